import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { MAX_FILES_PER_JOB, SOURCE_FILE_EXTENSIONS } from '../../../shared/sources/sourceLimits';

/** Every file with an importable extension in a folder and its subfolders (hidden ones skipped), sorted by path. */
export async function listSourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const accepted = new Set<string>(SOURCE_FILE_EXTENSIONS);
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && accepted.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .slice(0, MAX_FILES_PER_JOB + 1);
}
