import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSampleManifest } from '../../../electron/core/projects/sampleManifest';
import { extractSourceFile, type ExtractedSource } from '../../../electron/core/sources/extractSourceFile';

const sampleDir = join(import.meta.dirname, '../../../resources/sample');
// The lead's loader parses the manifest with its schema: the same call proves the shape.
const manifest = readSampleManifest(sampleDir);

const extracted = new Map<string, ExtractedSource>();
async function sourceText(file: string): Promise<string> {
  if (!extracted.has(file)) {
    extracted.set(file, await extractSourceFile(file, readFileSync(join(sampleDir, file)), {}));
  }
  return extracted.get(file)!.text;
}

function occurrences(text: string, quote: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

describe('the sample project manifest', () => {
  it('has a name, 3–5 labels, sources and 10–16 annotations', () => {
    expect(manifest.name).toMatch(/^Sample — /);
    expect(manifest.labels.length).toBeGreaterThanOrEqual(3);
    expect(manifest.labels.length).toBeLessThanOrEqual(5);
    expect(manifest.sources.length).toBeGreaterThanOrEqual(4);
    expect(manifest.annotations.length).toBeGreaterThanOrEqual(10);
    expect(manifest.annotations.length).toBeLessThanOrEqual(16);
  });

  it('declares labels once each, with #rrggbb colours', () => {
    const names = manifest.labels.map((label) => label.name);
    expect(new Set(names).size).toBe(names.length);
    for (const label of manifest.labels) expect(label.color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('lists every sample file once, each with sound metadata', () => {
    const files = manifest.sources.map((source) => source.file);
    expect(new Set(files).size).toBe(files.length);
    const onDisk = readdirSync(sampleDir).filter((name) => name !== 'manifest.json').sort();
    expect([...files].sort()).toEqual(onDisk);
    for (const source of manifest.sources) {
      expect(existsSync(join(sampleDir, source.file)), source.file).toBe(true);
      expect(source.file).toMatch(/\.(txt|md)$/);
      expect(source.title).toBeTruthy();
      expect(source.outlet).toBeTruthy();
      expect(source.reliability).toMatch(/^[A-F]$/);
      expect(source.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.url).toMatch(/^https:\/\/example\.org\//);
    }
  });

  it('has files that import cleanly as UTF-8 texts of 300–700 words', async () => {
    for (const source of manifest.sources) {
      const bytes = readFileSync(join(sampleDir, source.file));
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes), source.file).toBeTruthy();
      const result = await extractSourceFile(source.file, bytes, {});
      expect(result.info, source.file).toBeUndefined();
      expect(result.format).toBe(source.file.endsWith('.md') ? 'md' : 'txt');
      const words = result.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      expect(words, source.file).toBeGreaterThanOrEqual(300);
      expect(words, source.file).toBeLessThanOrEqual(700);
    }
  });

  it('anchors every annotation to a quote that occurs exactly once in its normalized text', async () => {
    const files = new Set(manifest.sources.map((source) => source.file));
    for (const annotation of manifest.annotations) {
      expect(files.has(annotation.file), annotation.file).toBe(true);
      expect(occurrences(await sourceText(annotation.file), annotation.quote), annotation.quote).toBe(1);
    }
  });

  it('uses only declared labels', () => {
    const declared = new Set(manifest.labels.map((label) => label.name));
    for (const annotation of manifest.annotations) {
      expect(annotation.labels?.length, annotation.quote).toBeGreaterThan(0);
      for (const label of annotation.labels ?? []) expect(declared, label).toContain(label);
    }
  });

  it('includes two annotations that overlap in one source', async () => {
    const ranges = await Promise.all(
      manifest.annotations.map(async (annotation) => {
        const start = (await sourceText(annotation.file)).indexOf(annotation.quote);
        return { file: annotation.file, start, end: start + annotation.quote.length };
      }),
    );
    const overlapping = ranges.some((a, i) =>
      ranges.some((b, j) => i < j && a.file === b.file && a.start < b.end && b.start < a.end),
    );
    expect(overlapping).toBe(true);
  });

  it('spells the chief negotiator three ways across outlets, once in Cyrillic', async () => {
    const all = (await Promise.all(manifest.sources.map((source) => sourceText(source.file)))).join('\n');
    expect(all).toContain('Gennady Vorontsov');
    expect(all).toContain('Genady Vorontsov');
    expect(all).toContain('Геннадий Воронцов');
  });
});
