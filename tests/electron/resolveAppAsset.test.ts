import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../electron/main/security/resolveAppAsset';

const root = path.resolve('/opt/Dossier/resources/app.asar/out/renderer');

describe('resolveAppAsset', () => {
  it('maps app://dossier/ paths to files under the renderer build', () => {
    expect(resolveAppAsset('app://dossier/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset('app://dossier/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset('app://dossier/assets/index-abc.js', root)).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppAsset('app://dossier/assets/app.css?v=2#x', root)).toBe(path.join(root, 'assets', 'app.css'));
    expect(resolveAppAsset('app://dossier/index.html#/sources', root)).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://dossier/../package.json',
    'app://dossier/assets/../../main/index.js',
    'app://dossier/%2e%2e/package.json',
    'app://dossier/%2E%2E/%2E%2E/package.json',
    'app://dossier/.%2e/package.json',
    'app://dossier/..%2fpackage.json',
    'app://dossier/assets%2f..%2f..%2fpackage.json',
    'app://dossier/..%5cpackage.json',
    'app://dossier/..\\..\\package.json',
    'app://dossier/assets\\..\\..\\package.json',
    'app://dossier//etc/passwd',
    'app://dossier/%2Fetc%2Fpasswd',
    'app://dossier/C:/Windows/win.ini',
    'app://dossier/C:%5CWindows%5Cwin.ini',
    'app://dossier/index.html%00.js',
    'app://dossier/index.html\0.js',
    'app://dossier/%E0%A4%A',
    'app://evil/index.html',
    'app://dossier.evil/index.html',
    'app://dossier@evil/index.html',
    'file:///etc/passwd',
    'https://dossier/index.html',
    '/etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(url, root)).toBeNull();
  });
});
