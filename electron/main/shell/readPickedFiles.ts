import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { DossierError } from '../../../shared/api/errors';
import type { PickedFile } from '../../../shared/api/host';
import { formatBytes, MAX_FILES_PER_IMPORT, MAX_SOURCE_FILE_BYTES } from '../../../shared/sources/sourceLimits';

/** Largest total read for one pick: the files travel to the renderer and back over IPC. */
export const MAX_PICK_TOTAL_BYTES = 200 * 1024 * 1024;

/**
 * Reads the files chosen in the open dialog. A file over the per-file limit is
 * not read: it comes back with its size and no data, so the import reports it by
 * name like any other rejected file.
 */
export async function readPickedFiles(paths: readonly string[], maxFiles = MAX_FILES_PER_IMPORT): Promise<PickedFile[]> {
  if (paths.length > maxFiles) {
    throw new DossierError('BAD_INPUT', `You chose ${paths.length} files; import at most ${maxFiles} at once.`);
  }
  const picked: PickedFile[] = [];
  let total = 0;
  for (const path of paths) {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_SOURCE_FILE_BYTES) {
        picked.push({ name: basename(path), size, dataBase64: '' });
        continue;
      }
      total += size;
      if (total > MAX_PICK_TOTAL_BYTES) {
        throw new DossierError(
          'FILE_TOO_LARGE',
          `The chosen files add up to more than ${formatBytes(MAX_PICK_TOTAL_BYTES)}; import them in smaller batches.`,
        );
      }
      // Read through the handle we measured, never more than the limit, even if the file grows meanwhile.
      const buffer = Buffer.alloc(size);
      const { bytesRead } = await handle.read(buffer, 0, size, 0);
      picked.push({ name: basename(path), size: bytesRead, dataBase64: buffer.subarray(0, bytesRead).toString('base64') });
    } finally {
      await handle.close();
    }
  }
  return picked;
}
