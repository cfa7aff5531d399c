import { DossierError } from '../../../shared/api/errors';
import type { ImportResult } from '../../../shared/api/types';
import type { ProjectDb } from '../db/projectDatabase';
import { extractSourceFile } from './extractSourceFile';
import type { ExtractedSource } from './extractSourceFile';
import { insertSource } from './sourcesStore';

/** Extracted text held before it is written: bounds memory on large batches. */
const MAX_PENDING_CHARS = 32 * 1024 * 1024;

/** Node skips characters that are not base64; a short result means the data was damaged. */
export function decodeBase64(data: string): Buffer | null {
  const bytes = Buffer.from(data, 'base64');
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return data.length % 4 === 0 && bytes.length === (data.length / 4) * 3 - padding ? bytes : null;
}

function failed(name: string, error: unknown): ImportResult {
  if (!(error instanceof DossierError)) throw error;
  return { name, status: 'failed', message: error.message };
}

/**
 * Imports each file on its own: a bad file gets a message of its own and
 * leaves the project and the other files untouched. Files are parsed first,
 * then written together in one transaction with a savepoint per file.
 */
export async function importSourceFiles(
  db: ProjectDb,
  author: string,
  files: readonly { name: string; dataBase64: string }[],
  options: { htmlWorkerPath?: string; extract?: (name: string, bytes: Uint8Array) => Promise<ExtractedSource> },
): Promise<ImportResult[]> {
  const extract = options.extract ?? ((name: string, bytes: Uint8Array) => extractSourceFile(name, bytes, options));
  const results: ImportResult[] = [];
  let pending: { index: number; name: string; extracted: ExtractedSource }[] = [];
  let pendingChars = 0;

  const flush = (): void => {
    const batch = pending;
    pending = [];
    pendingChars = 0;
    db.transaction(() => {
      for (const { index, name, extracted } of batch) {
        try {
          const { review: _review, info: _info, ...source } = extracted;
          const result = insertSource(db, author, { ...source, originalName: name }, `“${name}”`);
          result.name = name;
          if (result.status === 'imported' && extracted.info) result.message = extracted.info;
          results[index] = result;
        } catch (error) {
          results[index] = failed(name, error);
        }
      }
    })();
  };

  for (const [index, file] of files.entries()) {
    try {
      const bytes = decodeBase64(file.dataBase64);
      if (!bytes) throw new DossierError('BAD_INPUT', `“${file.name}” did not arrive intact; try again.`);
      const extracted = await extract(file.name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      pending.push({ index, name: file.name, extracted });
      pendingChars += extracted.text.length;
      if (pendingChars >= MAX_PENDING_CHARS) flush();
    } catch (error) {
      results[index] = failed(file.name, error);
    }
  }
  if (pending.length > 0) flush();
  return results;
}
