import type { ImportResult } from '../../shared/api/types';
import type { PickedFile } from '../../shared/api/host';
import { MAX_FILES_PER_IMPORT, MAX_SOURCE_FILE_BYTES, SOURCE_FILE_EXTENSIONS } from '../../shared/sources/sourceLimits';
import { errorMessage } from '../ui/errorMessage';
import { sourcesStrings as s } from './sourcesStrings';

/** Keeps each request to a size both transports carry comfortably. */
const MAX_BATCH_BASE64_CHARS = 48 * 1024 * 1024;
const MAX_BATCH_FILES = Math.min(25, MAX_FILES_PER_IMPORT);

type Upload = (files: { name: string; dataBase64: string }[]) => Promise<ImportResult[]>;

/** Why a file will not be uploaded at all, or null when it can go to core. */
export function precheckFile(file: Pick<PickedFile, 'name' | 'size'>): string | null {
  if (file.size > MAX_SOURCE_FILE_BYTES) return s.tooLarge(file.size);
  const lower = file.name.toLowerCase();
  if (!SOURCE_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return s.unsupported(file.name);
  return null;
}

/**
 * Imports files in batches and returns one result per file, in the order
 * given. Files that fail the size or type check are reported without being
 * uploaded; a batch that fails as a whole marks each of its files failed.
 */
export async function runImport(
  files: readonly PickedFile[],
  upload: Upload,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult[]> {
  const results: (ImportResult | undefined)[] = files.map((file) => {
    const problem = precheckFile(file);
    return problem ? { name: file.name, status: 'failed', message: problem } : undefined;
  });
  const pending = files.map((file, index) => ({ file, index })).filter(({ index }) => !results[index]);

  let done = files.length - pending.length;
  onProgress?.(done, files.length);
  let i = 0;
  while (i < pending.length) {
    const batch: typeof pending = [];
    let chars = 0;
    while (i < pending.length && batch.length < MAX_BATCH_FILES) {
      const next = pending[i] as (typeof pending)[number];
      if (batch.length > 0 && chars + next.file.dataBase64.length > MAX_BATCH_BASE64_CHARS) break;
      batch.push(next);
      chars += next.file.dataBase64.length;
      i += 1;
    }
    try {
      const answers = await upload(batch.map(({ file }) => ({ name: file.name, dataBase64: file.dataBase64 })));
      batch.forEach(({ file, index }, k) => {
        results[index] = answers[k] ?? { name: file.name, status: 'failed', message: 'No answer for this file.' };
      });
    } catch (error) {
      for (const { file, index } of batch) results[index] = { name: file.name, status: 'failed', message: errorMessage(error) };
    }
    done += batch.length;
    onProgress?.(done, files.length);
  }
  return results as ImportResult[];
}
