import type { PickedFile } from '../../shared/api/host';
import { MAX_SOURCE_FILE_BYTES } from '../../shared/sources/sourceLimits';
import { readFileAsBase64 } from './readFileAsBase64';

/**
 * Reads chosen or dropped files for upload. Files over the size limit are not
 * read at all: they come back with empty data and their real size, so the
 * import summary can say why they were skipped without uploading them.
 */
export async function toPickedFiles(files: readonly File[]): Promise<PickedFile[]> {
  const picked: PickedFile[] = [];
  for (const file of files) {
    const tooLarge = file.size > MAX_SOURCE_FILE_BYTES;
    picked.push({ name: file.name, size: file.size, dataBase64: tooLarge ? '' : await readFileAsBase64(file) });
  }
  return picked;
}

/** Files that stay where they are until sent: a batch of a thousand is not read into memory at once. */
export function toLazyPickedFiles(files: readonly File[]): PickedFile[] {
  return files.map((file) => ({ name: file.name, size: file.size, dataBase64: '', read: () => readFileAsBase64(file) }));
}
