import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import { handleQdpxWorkerRequest, readQdpxProjectInWorker } from '../../../electron/core/interop/readQdpxProjectInWorker';
import { repoRoot } from '../../helpers/testWorkbench';

const fakeWorker = (name: string): string => path.join(repoRoot, 'tests/fixtures/workers', name);
const bytes = new Uint8Array([1, 2, 3]);

async function rejection(promise: Promise<unknown>): Promise<DossierError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DossierError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('reading a .qdpx in a worker', () => {
  it('answers with the project, or with the refusal as a plain error payload', () => {
    const bad = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/bad-qdpx/not-a-zip.qdpx'));
    expect(handleQdpxWorkerRequest({ bytes: new Uint8Array(bad), fileName: 'n.qdpx' })).toEqual({
      ok: false,
      error: { code: 'FILE_UNSUPPORTED', message: '“n.qdpx” cannot be imported: it is not a zip archive, and a .qdpx file is one.' },
    });
  });

  it('stops a worker that hangs, and says so', async () => {
    const error = await rejection(readQdpxProjectInWorker(bytes, 'slow.qdpx', fakeWorker('hang.mjs'), 300));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe('“slow.qdpx” took longer than 0.3 s to read, so Dossier stopped; it is too large or malformed.');
  });

  it('turns a worker that crashes or exits into a refusal, not a crash of the app', async () => {
    const thrown = await rejection(readQdpxProjectInWorker(bytes, 'boom.qdpx', fakeWorker('throw.mjs')));
    expect(thrown.message).toBe('“boom.qdpx” could not be read: the reader failed on it (parser exploded).');
    const exited = await rejection(readQdpxProjectInWorker(bytes, 'gone.qdpx', fakeWorker('exit.mjs')));
    expect(exited.message).toBe('“gone.qdpx” could not be read: the reader stopped unexpectedly (code 3).');
  });
});
