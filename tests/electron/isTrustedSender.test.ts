import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../electron/main/security/isTrustedSender';

describe('isTrustedSender', () => {
  it('trusts only the main frame of the app page', () => {
    expect(isTrustedSender('app://dossier/index.html', true)).toBe(true);
    expect(isTrustedSender('app://dossier/index.html#/sources/1', true)).toBe(true);
  });

  it.each([
    ['a subframe of the app', 'app://dossier/index.html', false],
    ['an iframe elsewhere', 'https://example.com/', false],
    ['another scheme', 'https://dossier/index.html', true],
    ['file://', 'file:///work/out/renderer/index.html', true],
    ['another app host', 'app://evil/index.html', true],
    ['a look-alike host', 'app://dossier.evil/index.html', true],
    ['credentials before the host', 'app://dossier@evil/index.html', true],
    ['a port', 'app://dossier:1/index.html', true],
    ['data:', 'data:text/html,hi', true],
    ['about:blank', 'about:blank', true],
    ['an empty URL', '', true],
    ['a dev server when none is configured', 'http://localhost:5173/', true],
  ])('refuses %s', (_name, url, isMainFrame) => {
    expect(isTrustedSender(url, isMainFrame)).toBe(false);
  });

  it('refuses a destroyed frame (no URL)', () => {
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });

  it('trusts the dev server origin only when configured, and only its exact origin', () => {
    expect(isTrustedSender('http://localhost:5173/', true, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', true, 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', false, 'http://localhost:5173')).toBe(false);
  });
});
