import { SOURCE_FILE_EXTENSIONS } from '../../shared/sources/sourceLimits';

/** A file in a chosen or dropped folder worth sending: an importable extension, not hidden (.DS_Store and the like). */
export function isImportable(file: Pick<File, 'name'>): boolean {
  const lower = file.name.toLowerCase();
  return !lower.startsWith('.') && SOURCE_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries answers in batches (about 100 at a time in Chromium) until an empty one.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function collect(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    if (isImportable(file)) out.push(file);
    return;
  }
  if (entry.isDirectory) {
    for (const child of await readAll((entry as FileSystemDirectoryEntry).createReader())) await collect(child, out);
  }
}

/**
 * The files of a drop, folders opened and walked: a dropped folder brings in every importable file
 * inside it. Dropped files come as they are (an unknown type gets its message in the summary).
 */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((entry) => entry === null) || !entries.some((entry) => entry?.isDirectory)) {
    return Array.from(data.files);
  }
  const out: File[] = [];
  for (const entry of entries) {
    if (entry!.isDirectory) await collect(entry!, out);
    else {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push(file);
    }
  }
  return out;
}
