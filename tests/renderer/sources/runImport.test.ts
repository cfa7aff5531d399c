import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/api/types';
import { MAX_SOURCE_FILE_BYTES } from '../../../shared/sources/sourceLimits';
import { runImport } from '../../../renderer/sources/runImport';

describe('runImport', () => {
  it('reports oversized and unsupported files without uploading them, in the original order', async () => {
    const uploaded: string[][] = [];
    const results = await runImport(
      [
        { name: 'a.txt', size: 10, dataBase64: 'YQ==' },
        { name: 'huge.txt', size: MAX_SOURCE_FILE_BYTES + 1, dataBase64: '' },
        { name: 'scan.pdf', size: 10, dataBase64: 'YQ==' },
        { name: 'b.md', size: 10, dataBase64: 'Yg==' },
      ],
      async (files) => {
        uploaded.push(files.map((f) => f.name));
        return files.map((f): ImportResult => ({ name: f.name, status: 'imported', sourceId: `id-${f.name}`, title: f.name }));
      },
    );
    // One request per file, so the progress moves with each.
    expect(uploaded).toEqual([['a.txt'], ['b.md']]);
    expect(results.map((r) => [r.name, r.status])).toEqual([
      ['a.txt', 'imported'],
      ['huge.txt', 'failed'],
      ['scan.pdf', 'failed'],
      ['b.md', 'imported'],
    ]);
    expect(results[1]?.message).toMatch(/50\.0 MB/);
    expect(results[2]?.message).toMatch(/\.txt/);
  });

  it('marks every file of a failed batch with the error message and reports progress', async () => {
    const progress: unknown[] = [];
    const results = await runImport(
      [{ name: 'a.txt', size: 1, dataBase64: 'YQ==' }],
      async () => {
        throw new Error('no project is open');
      },
      (p) => progress.push(p),
    );
    expect(results).toEqual([{ name: 'a.txt', status: 'failed', message: 'No project is open' }]);
    expect(progress).toEqual([
      { done: 0, total: 1, current: 'a.txt' },
      { done: 1, total: 1, current: null },
    ]);
  });
});
