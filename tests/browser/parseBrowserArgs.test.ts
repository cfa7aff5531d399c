import { describe, expect, it } from 'vitest';
import { browserUsage, parseBrowserArgs } from '../../electron/browser/parseBrowserArgs';

describe('parseBrowserArgs', () => {
  it('reads every flag, spaced or with =', () => {
    expect(
      parseBrowserArgs(['--projects-dir', '/tmp/p', '--port=5300', '--token', 'abcdefgh-123', '--host-name', 'localhost', '--settings-dir=/tmp/s']),
    ).toEqual({ help: false, projectsDir: '/tmp/p', port: 5300, token: 'abcdefgh-123', hostName: 'localhost', settingsDir: '/tmp/s' });
    expect(parseBrowserArgs([])).toEqual({ help: false });
    expect(parseBrowserArgs(['--help']).help).toBe(true);
  });

  it('refuses bad values and unknown flags with a plain message', () => {
    expect(() => parseBrowserArgs(['--port', 'eighty'])).toThrow(/--port/);
    expect(() => parseBrowserArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseBrowserArgs(['--token', 'short'])).toThrow(/--token/);
    expect(() => parseBrowserArgs(['--token', 'has spaces in it'])).toThrow(/--token/);
    expect(() => parseBrowserArgs(['--host-name', '0.0.0.0'])).toThrow(/127\.0\.0\.1 or localhost/);
    expect(() => parseBrowserArgs(['--projects-dir'])).toThrow(/needs a value/);
    expect(() => parseBrowserArgs(['--verbose'])).toThrow(/Unknown option --verbose/);
  });

  it('documents every flag in --help', () => {
    for (const flag of ['--projects-dir', '--settings-dir', '--port', '--token', '--host-name', '--help']) {
      expect(browserUsage).toContain(flag);
    }
  });
});
