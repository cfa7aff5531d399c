import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/core/appAssets/contentSecurityPolicy';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** A policy's directives, normalized and sorted; frame-ancestors left out (a <meta> CSP ignores it). */
function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter((directive) => directive !== '' && !directive.startsWith('frame-ancestors'))
    .sort();
}

describe('the CSP response header', () => {
  it('is the renderer’s <meta> CSP plus frame-ancestors, which only a header can carry', () => {
    const html = fs.readFileSync(path.join(repoRoot, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(directives(contentSecurityPolicy)).toEqual(directives(meta!));
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
  });
});
