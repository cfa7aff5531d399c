import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor } from '../../../electron/core/appAssets/contentTypeFor';
import { resolveStaticPath } from '../../../electron/core/appAssets/resolveStaticPath';

const root = path.resolve('/srv/dossier/out/renderer');

describe('resolveStaticPath', () => {
  it('maps ordinary paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc123.js')).toBe(path.join(root, 'assets', 'index-abc123.js'));
    expect(resolveStaticPath(root, '/assets/font%20name.woff2')).toBe(path.join(root, 'assets', 'font name.woff2'));
  });

  it.each([
    ['dot dot', '/../package.json'],
    ['nested dot dot', '/assets/../../package.json'],
    ['encoded dot dot', '/%2e%2e/package.json'],
    ['upper-case encoding', '/%2E%2E/package.json'],
    ['half-encoded dot dot', '/.%2e/package.json'],
    ['encoded slash', '/..%2fpackage.json'],
    ['encoded slash inside a name', '/assets%2f..%2f..%2fpackage.json'],
    ['encoded backslash', '/..%5cpackage.json'],
    ['backslash', '/..\\package.json'],
    ['NUL', '/index.html\0.js'],
    ['encoded NUL', '/index.html%00.js'],
    ['double slash', '//etc/passwd'],
    ['no leading slash', 'index.html'],
    ['absolute Windows path', '/C:/Windows/win.ini'],
    ['hidden file', '/.env'],
    ['trailing slash', '/assets/'],
    ['broken escape', '/%E0%A4%A'],
    ['overlong UTF-8 dot', '/%c0%ae%c0%ae/package.json'],
  ])('refuses %s', (_name, urlPath) => {
    expect(resolveStaticPath(root, urlPath)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer build produces', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
