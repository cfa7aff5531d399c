import type { ImportResult } from '../../shared/api/types';
import type { PickedFile } from '../../shared/api/host';
import { MAX_SOURCE_FILE_BYTES, SOURCE_FILE_EXTENSIONS } from '../../shared/sources/sourceLimits';
import { errorMessage } from '../ui/errorMessage';
import { sourcesStrings as s } from './sourcesStrings';

type Upload = (files: { name: string; dataBase64: string }[]) => Promise<ImportResult[]>;

/** Why a file will not be uploaded at all, or null when it can go to core. */
export function precheckFile(file: Pick<PickedFile, 'name' | 'size'>): string | null {
  if (file.size > MAX_SOURCE_FILE_BYTES) return s.tooLarge(file.size);
  const lower = file.name.toLowerCase();
  if (!SOURCE_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return s.unsupported(file.name);
  return null;
}

/** Where an import is: files finished, of how many, and the one being read now. */
export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
}

/**
 * Imports files one request per file, so progress moves with every file, and
 * returns one result per file in the order given. Files that fail the size or
 * type check are reported without being uploaded; a request that fails as a
 * whole marks its file failed with the reason.
 */
export async function runImport(
  files: readonly PickedFile[],
  upload: Upload,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportResult[]> {
  const results: (ImportResult | undefined)[] = files.map((file) => {
    const problem = precheckFile(file);
    return problem ? { name: file.name, status: 'failed', message: problem } : undefined;
  });
  const pending = files.map((file, index) => ({ file, index })).filter(({ index }) => !results[index]);

  let done = files.length - pending.length;
  for (const { file, index } of pending) {
    onProgress?.({ done, total: files.length, current: file.name });
    try {
      const [answer] = await upload([{ name: file.name, dataBase64: file.dataBase64 }]);
      results[index] = answer ?? { name: file.name, status: 'failed', message: s.noAnswer };
    } catch (error) {
      results[index] = { name: file.name, status: 'failed', message: errorMessage(error) };
    }
    done += 1;
  }
  onProgress?.({ done, total: files.length, current: null });
  return results as ImportResult[];
}
