import { DossierError } from '../../../shared/api/errors';
import type { ImportResult } from '../../../shared/api/types';
import type { ProjectDb } from '../db/projectDatabase';
import { extractSourceFile } from './extractSourceFile';
import { insertSource } from './sourcesStore';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Imports each file on its own: a bad file gets a message of its own and
 * leaves the project and the other files untouched.
 */
export async function importSourceFiles(
  db: ProjectDb,
  author: string,
  files: readonly { name: string; dataBase64: string }[],
  options: { htmlWorkerPath?: string },
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const file of files) {
    try {
      if (!BASE64.test(file.dataBase64)) throw new DossierError('BAD_INPUT', `“${file.name}” did not arrive intact; try again.`);
      const bytes = Buffer.from(file.dataBase64, 'base64');
      const extracted = await extractSourceFile(file.name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), options);
      const result = insertSource(db, author, { ...extracted, originalName: file.name }, `“${file.name}”`);
      result.name = file.name;
      if (result.status === 'imported' && extracted.info) result.message = extracted.info;
      results.push(result);
    } catch (error) {
      if (!(error instanceof DossierError)) throw error;
      results.push({ name: file.name, status: 'failed', message: error.message });
    }
  }
  return results;
}
