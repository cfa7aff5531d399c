// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { droppedFiles, isImportable } from '../../../renderer/api/droppedFiles';

/** The parts of the File and Directory Entries API a drop hands over, as Chromium gives them. */
function fileEntry(file: File): FileSystemFileEntry {
  return { isFile: true, isDirectory: false, name: file.name, file: (ok: (f: File) => void) => ok(file) } as unknown as FileSystemFileEntry;
}
function dirEntry(name: string, children: FileSystemEntry[]): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      // Like Chromium: entries come in batches, then an empty batch.
      const batches = [children.slice(0, 2), children.slice(2), []];
      return { readEntries: (ok: (entries: FileSystemEntry[]) => void) => ok(batches.shift() ?? []) };
    },
  } as unknown as FileSystemDirectoryEntry;
}
function transfer(entries: FileSystemEntry[], files: File[] = []): DataTransfer {
  return {
    items: entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry })),
    files,
  } as unknown as DataTransfer;
}
const file = (name: string) => new File(['x'], name);

describe('droppedFiles', () => {
  it('walks dropped folders and their subfolders, keeping importable files only', async () => {
    const loose = file('loose.pdf');
    const folder = dirEntry('reports', [
      fileEntry(file('a.txt')),
      fileEntry(file('.DS_Store')),
      dirEntry('inner', [fileEntry(file('b.docx')), fileEntry(file('c.png'))]),
      fileEntry(file('d.html')),
    ]);
    const names = (await droppedFiles(transfer([folder, fileEntry(loose)]))).map((f) => f.name);
    expect(names).toEqual(['a.txt', 'b.docx', 'd.html', 'loose.pdf']);
  });

  it('passes plain dropped files through as they are, for the summary to judge', async () => {
    const files = [file('a.txt'), file('deck.pptx')];
    expect(await droppedFiles(transfer(files.map(fileEntry), files))).toEqual(files);
  });

  it('knows the importable extensions', () => {
    expect(['x.TXT', 'y.md', 'z.markdown', 'p.htm', 'q.PDF', 'r.docx'].every((name) => isImportable({ name }))).toBe(true);
    expect(['x.png', '.hidden.txt', 'deck.pptx', 'letter.odt'].some((name) => isImportable({ name }))).toBe(false);
  });
});
