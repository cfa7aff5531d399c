import { describe, expect, it } from 'vitest';
import type { ImportJobProgress } from '../../../shared/api/types';
import { MAX_SOURCE_FILE_BYTES } from '../../../shared/sources/sourceLimits';
import { MAX_CHUNK_CHARS, runImportJob } from '../../../renderer/sources/runImportJob';
import { createFakeClient } from '../fakeClient';

const progress = (done: number, total: number, extra: Partial<ImportJobProgress> = {}): ImportJobProgress => ({
  jobId: 'j',
  total,
  done,
  current: null,
  imported: done,
  duplicates: 0,
  failed: 0,
  review: 0,
  etaMs: null,
  finished: done === total,
  cancelled: false,
  ...extra,
});

describe('runImportJob', () => {
  it('sends files in chunks bounded by size and count, pre-checked problems as problems, then waits for the end', async () => {
    const chunks: string[][] = [];
    let received = 0;
    const big = 'A'.repeat(MAX_CHUNK_CHARS - 10);
    const files = [
      { name: 'big1.txt', size: 100, dataBase64: big },
      { name: 'big2.txt', size: 100, dataBase64: '', read: async () => big },
      { name: 'huge.pdf', size: MAX_SOURCE_FILE_BYTES + 1, dataBase64: '' },
      { name: 'deck.pptx', size: 10, dataBase64: 'YQ==' },
      ...Array.from({ length: 25 }, (_, i) => ({ name: `n${i}.txt`, size: 1, dataBase64: 'YQ==' })),
    ];
    const fake = createFakeClient({
      'sources.importJob.start': ({ total }) => {
        expect(total).toBe(29);
        return { jobId: 'j' };
      },
      'sources.importJob.add': ({ files: sent }) => {
        chunks.push(sent.map((f) => ('problem' in f ? `!${f.name}` : f.name)));
        received += sent.length;
        return { cancelled: false };
      },
      'sources.importJob.get': () => ({ ...progress(received, 29), results: [] }),
    });
    const started: string[] = [];
    const state = await runImportJob(fake.client, files, (jobId) => started.push(jobId));
    expect(started).toEqual(['j']);
    expect(state.finished).toBe(true);
    expect(chunks[0]).toEqual(['big1.txt']);
    expect(chunks[1]?.slice(0, 3)).toEqual(['big2.txt', '!huge.pdf', '!deck.pptx']);
    expect(chunks.every((c) => c.length <= 20)).toBe(true);
    expect(chunks.flat()).toHaveLength(29);
  });

  it('stops sending once the job says it was cancelled', async () => {
    let adds = 0;
    const fake = createFakeClient({
      'sources.importJob.start': () => ({ jobId: 'j' }),
      'sources.importJob.add': () => {
        adds++;
        return { cancelled: true };
      },
      'sources.importJob.get': () => ({ ...progress(20, 60, { cancelled: true, finished: true }), results: [] }),
    });
    const files = Array.from({ length: 60 }, (_, i) => ({ name: `n${i}.txt`, size: 1, dataBase64: 'YQ==' }));
    const state = await runImportJob(fake.client, files, () => {});
    expect(adds).toBe(1);
    expect(state.cancelled).toBe(true);
  });
});
