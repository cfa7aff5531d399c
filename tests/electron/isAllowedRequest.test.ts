import { describe, expect, it } from 'vitest';
import { isAllowedRequest } from '../../electron/main/security/isAllowedRequest';
import { isAllowedNavigation } from '../../electron/main/security/isAllowedNavigation';

const packaged = { allowDevtools: false };
const dev = { allowDevtools: true, devServerOrigin: 'http://localhost:5173' };

describe('isAllowedRequest (session.webRequest.onBeforeRequest)', () => {
  it.each([
    ['app://dossier/index.html', true, true],
    ['app://dossier/assets/index-abc.js', true, true],
    ['app://dossier/assets/font.woff2?v=1', true, true],
    ['data:image/png;base64,iVBORw0KGgo=', true, true],
    ['blob:app://dossier/5b2c6a0e-0000-4000-8000-000000000000', true, true],
    ['devtools://devtools/bundled/inspector.html', false, true],
    ['http://localhost:5173/src/main.tsx', false, true],
    ['ws://localhost:5173/', false, true],
    ['http://localhost:5174/', false, false],
    ['ws://localhost:9999/', false, false],
    ['http://example.com/', false, false],
    ['https://example.com/', false, false],
    ['https://clients2.google.com/service/update2/crx', false, false],
    ['https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic', false, false],
    ['http://127.0.0.1:5183/api/call/projects.list', false, false],
    ['ws://example.com/socket', false, false],
    ['wss://example.com/socket', false, false],
    ['file:///etc/passwd', false, false],
    ['file:///C:/Windows/win.ini', false, false],
    ['blob:https://example.com/uuid', false, false],
    ['app://evil/index.html', false, false],
    ['app://dossier.evil.com/index.html', false, false],
    ['app://dossier@evil/index.html', false, false],
    ['app://dossier:8080/index.html', false, false],
    ['ftp://example.com/file', false, false],
    ['chrome-extension://abc/page.html', false, false],
    ['not a url', false, false],
  ])('%s → packaged %s, dev %s', (url, inPackaged, inDev) => {
    expect(isAllowedRequest(url, packaged)).toBe(inPackaged);
    expect(isAllowedRequest(url, dev)).toBe(inDev);
  });
});

describe('isAllowedNavigation (will-navigate, will-frame-navigate, will-redirect)', () => {
  it('stays inside the app', () => {
    expect(isAllowedNavigation('app://dossier/index.html')).toBe(true);
    expect(isAllowedNavigation('app://dossier/index.html#/sources')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///home/analyst/report.txt')).toBe(false);
    expect(isAllowedNavigation('data:text/html,<script>alert(1)</script>')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
  });
});
