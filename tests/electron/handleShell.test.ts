import fs from 'node:fs';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { handleShell, safeFileName, type ShellDeps } from '../../electron/main/shell/handleShell';
import { MAX_SOURCE_FILE_BYTES } from '../../shared/sources/sourceLimits';
import { tempDir } from '../helpers/tempDir';

const APP = 'app://dossier/index.html';

/** Native dialogs answered by the test; files are real, in temp folders. */
function deps(answers: { open?: string[] | null; save?: string | null } = {}) {
  const seen: { open: OpenDialogOptions[]; save: SaveDialogOptions[]; revealed: string[]; printed: number; pdfs: string[] } = { open: [], save: [], revealed: [], printed: 0, pdfs: [] };
  const projectsDir = path.join(tempDir('dossier-shell-'), 'Projects');
  const shellDeps: ShellDeps = {
    projectsDir,
    showOpenDialog: (options) => {
      seen.open.push(options);
      return Promise.resolve(answers.open === undefined || answers.open === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: answers.open });
    },
    showSaveDialog: (options) => {
      seen.save.push(options);
      return Promise.resolve(answers.save === undefined || answers.save === null ? { canceled: true } : { canceled: false, filePath: answers.save });
    },
    print: () => {
      seen.printed += 1;
      return Promise.resolve();
    },
    printToPdf: (html) => {
      seen.pdfs.push(html);
      return Promise.resolve(new TextEncoder().encode(`%PDF ${html}`));
    },
    showItemInFolder: (target) => seen.revealed.push(target),
  };
  return { shellDeps, seen, projectsDir };
}

describe('handleShell: the gate', () => {
  it('refuses senders that are not the app’s main frame', async () => {
    const { shellDeps, seen } = deps();
    expect(await handleShell('https://example.com/', true, 'print', [], shellDeps)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await handleShell(APP, false, 'print', [], shellDeps)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(seen.printed).toBe(0);
  });

  it('refuses unknown methods and wrong arguments', async () => {
    const { shellDeps } = deps();
    expect(await handleShell(APP, true, 'openExternal', ['https://x'], shellDeps)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await handleShell(APP, true, 'revealInFolder', ['relative/path'], shellDeps)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await handleShell(APP, true, 'saveFile', ['a.txt', 42, 'text/plain'], shellDeps)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('argument 1') },
    });
    expect(await handleShell(APP, true, 'print', 'not an array', shellDeps)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});

describe('handleShell: source files', () => {
  it('reads the chosen files as base64, offering only the accepted text formats', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'statement.txt');
    const b = path.join(dir, 'report.html');
    fs.writeFileSync(a, 'Plain text, naïve café.');
    fs.writeFileSync(b, '<p>Hello</p>');
    const { shellDeps, seen } = deps({ open: [a, b] });
    const answer = await handleShell(APP, true, 'pickSourceFiles', [], shellDeps);
    expect(answer).toEqual({
      ok: true,
      result: [
        { name: 'statement.txt', size: fs.statSync(a).size, dataBase64: fs.readFileSync(a).toString('base64') },
        { name: 'report.html', size: 12, dataBase64: Buffer.from('<p>Hello</p>').toString('base64') },
      ],
    });
    expect(seen.open[0]!.properties).toEqual(['openFile', 'multiSelections']);
    expect(seen.open[0]!.filters![0]!.extensions).toEqual(['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf']);
  });

  it('reads every importable file of a chosen folder and its subfolders, skipping hidden and other files', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a.txt'), 'A');
    fs.writeFileSync(path.join(dir, 'sub', 'b.PDF'), '%PDF-1.4');
    fs.writeFileSync(path.join(dir, 'sub', 'deeper', 'c.docx'), 'PK');
    fs.writeFileSync(path.join(dir, 'sub', 'photo.png'), 'x');
    fs.writeFileSync(path.join(dir, '.hidden.txt'), 'x');
    const { shellDeps, seen } = deps({ open: [dir] });
    const answer = await handleShell(APP, true, 'pickSourceFolder', [], shellDeps);
    expect(answer.ok).toBe(true);
    expect((answer as { result: { name: string; dataBase64: string }[] }).result.map((f) => [f.name, f.dataBase64])).toEqual([
      ['a.txt', 'QQ=='],
      ['b.PDF', Buffer.from('%PDF-1.4').toString('base64')],
      ['c.docx', 'UEs='],
    ]);
    expect(seen.open[0]!.properties).toEqual(['openDirectory']);
    expect(await handleShell(APP, true, 'pickSourceFolder', [], deps({ open: null }).shellDeps)).toEqual({ ok: true, result: null });
  });

  it('answers null when the dialog is cancelled', async () => {
    expect(await handleShell(APP, true, 'pickSourceFiles', [], deps({ open: null }).shellDeps)).toEqual({ ok: true, result: null });
  });

  it('does not read a file over the size limit, returning its size so the import can name it', async () => {
    const big = path.join(tempDir(), 'huge.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_SOURCE_FILE_BYTES + 1);
    const answer = await handleShell(APP, true, 'pickSourceFiles', [], deps({ open: [big] }).shellDeps);
    expect(answer).toEqual({ ok: true, result: [{ name: 'huge.txt', size: MAX_SOURCE_FILE_BYTES + 1, dataBase64: '' }] });
  });

  it('says plainly when a chosen file cannot be read', async () => {
    const answer = await handleShell(APP, true, 'pickSourceFiles', [], deps({ open: [path.join(tempDir(), 'gone.txt')] }).shellDeps);
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('handleShell: projects, saving, printing, revealing', () => {
  it('picks an existing project, starting in the projects folder', async () => {
    const { shellDeps, seen, projectsDir } = deps({ open: ['/data/Case.dossier'] });
    expect(await handleShell(APP, true, 'pickProjectPath', [], shellDeps)).toEqual({ ok: true, result: '/data/Case.dossier' });
    expect(seen.open[0]).toMatchObject({ defaultPath: projectsDir, properties: ['openFile'], filters: [{ extensions: ['dossier'] }] });
  });

  it('picks a colleague’s project file to merge, with a dialog saying so; null when cancelled', async () => {
    const { shellDeps, seen } = deps({ open: ['/mail/Ben.dossier'] });
    expect(await handleShell(APP, true, 'pickMergeFile', [], shellDeps)).toEqual({ ok: true, result: '/mail/Ben.dossier' });
    expect(seen.open[0]).toMatchObject({ title: 'Merge a colleague’s file', properties: ['openFile'], filters: [{ extensions: ['dossier'] }] });
    expect(await handleShell(APP, true, 'pickMergeFile', [], deps({ open: [] }).shellDeps)).toEqual({ ok: true, result: null });
  });

  it('suggests a new project file in the projects folder (creating it) and adds the extension', async () => {
    const { shellDeps, seen, projectsDir } = deps({ save: '/data/Chosen' });
    expect(await handleShell(APP, true, 'pickNewProjectPath', ['Port: strike/2026'], shellDeps)).toEqual({ ok: true, result: '/data/Chosen.dossier' });
    expect(seen.save[0]!.defaultPath).toBe(path.join(projectsDir, 'Port- strike-2026.dossier'));
    expect(fs.existsSync(projectsDir)).toBe(true);
    expect(await handleShell(APP, true, 'pickNewProjectPath', ['x'], deps({ save: null }).shellDeps)).toEqual({ ok: true, result: null });
  });

  it('saves exported data where the user chose', async () => {
    const target = path.join(tempDir(), 'memo.md');
    const { shellDeps, seen } = deps({ save: target });
    expect(await handleShell(APP, true, 'saveFile', ['../../memo.md', '# Memo\n', 'text/markdown'], shellDeps)).toEqual({ ok: true, result: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('# Memo\n');
    expect(seen.save[0]!.defaultPath).toBe('memo.md');
    expect(await handleShell(APP, true, 'saveFile', ['memo.md', 'x', 'text/plain'], deps({ save: null }).shellDeps)).toEqual({ ok: true, result: false });
  });

  it('moves a staged project export where the user chose, once; a cancel removes it', async () => {
    const staging = tempDir();
    const stage = (name: string): { path: string; fileName: string } => {
      const file = path.join(staging, name);
      fs.writeFileSync(file, 'SQLite format 3\u0000 project bytes');
      return { path: file, fileName: 'Case.dossier' };
    };
    const id = '019a0000-0000-7000-8000-000000000001';
    const target = path.join(tempDir(), 'Sent to Ana');
    const staged = new Map([[id, stage('a.dossier')]]);
    const { shellDeps, seen } = deps({ save: target });
    shellDeps.takeDownload = (downloadId) => {
      const file = staged.get(downloadId) ?? null;
      staged.delete(downloadId);
      return file;
    };
    expect(await handleShell(APP, true, 'saveDownload', [id, 'Case.dossier'], shellDeps)).toEqual({ ok: true, result: true });
    expect(fs.readFileSync(`${target}.dossier`, 'utf8')).toContain('project bytes');
    expect(seen.save[0]!.filters).toEqual([{ name: 'Dossier projects', extensions: ['dossier'] }]);
    expect(fs.readdirSync(staging)).toEqual([]);
    // Taken once: a second save of the same id says it is gone.
    expect(await handleShell(APP, true, 'saveDownload', [id, 'Case.dossier'], shellDeps)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await handleShell(APP, true, 'saveDownload', ['../etc', 'Case.dossier'], shellDeps)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    const cancelled = deps({ save: null }).shellDeps;
    staged.set(id, stage('b.dossier'));
    cancelled.takeDownload = shellDeps.takeDownload;
    expect(await handleShell(APP, true, 'saveDownload', [id, 'Case.dossier'], cancelled)).toEqual({ ok: true, result: false });
    expect(fs.readdirSync(staging)).toEqual([]);
  });

  it('saves binary exports (a PNG sent as base64) as their bytes, and refuses an unknown encoding', async () => {
    const target = path.join(tempDir(), 'axis.png');
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
    const { shellDeps } = deps({ save: target });
    expect(await handleShell(APP, true, 'saveFile', ['axis.png', bytes.toString('base64'), 'image/png', 'base64'], shellDeps)).toEqual({ ok: true, result: true });
    expect(fs.readFileSync(target)).toEqual(bytes);
    expect(await handleShell(APP, true, 'saveFile', ['axis.png', 'AAAA', 'image/png', 'hex'], shellDeps)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('a folder that cannot be written to comes back as a clear error naming the file and the folder (a real failing write)', async () => {
    // A path under a regular file fails for every user, root included (chmod would not stop root).
    const notAFolder = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(notAFolder, 'a file, not a folder');
    const target = path.join(notAFolder, 'Brief.docx');
    const { shellDeps } = deps({ save: target });
    expect(await handleShell(APP, true, 'saveFile', ['Brief.docx', 'AAAA', 'application/msword', 'base64'], shellDeps)).toEqual({
      ok: false,
      error: { code: 'READ_ONLY', message: `Dossier could not write “Brief.docx” to ${notAFolder}: that folder does not exist. Choose another folder.` },
    });
  });

  it('maps permission, read-only-disk and full-disk failures (Word and PDF) to what the analyst can do', async () => {
    const dir = path.join(tempDir(), 'Locked');
    const cases = [
      ['EACCES', 'you do not have permission to write there. Choose another folder.'],
      ['EPERM', 'you do not have permission to write there. Choose another folder.'],
      ['EROFS', 'that disk or folder is read-only. Choose another folder.'],
      ['ENOSPC', 'the disk is full. Free some space or choose another disk.'],
    ] as const;
    for (const [code, why] of cases) {
      const { shellDeps } = deps({ save: path.join(dir, 'Brief.docx') });
      shellDeps.writeFile = () => Promise.reject(Object.assign(new Error(`${code}: refused`), { code }));
      expect(await handleShell(APP, true, 'saveFile', ['Brief.docx', 'AAAA', 'application/msword', 'base64'], shellDeps)).toEqual({
        ok: false,
        error: { code: 'READ_ONLY', message: `Dossier could not write “Brief.docx” to ${dir}: ${why}` },
      });
    }
    const { shellDeps } = deps({ save: path.join(dir, 'Brief.pdf') });
    shellDeps.writeFile = () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    expect(await handleShell(APP, true, 'savePdf', ['Brief.pdf', '<p>x</p>'], shellDeps)).toEqual({
      ok: false,
      error: { code: 'READ_ONLY', message: `Dossier could not write “Brief.pdf” to ${dir}: you do not have permission to write there. Choose another folder.` },
    });
  });

  it('a real read-only folder (chmod 0o500) refuses the write unless the tests run as root', async () => {
    const dir = path.join(tempDir(), 'ReadOnly');
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o500);
    try {
      const { shellDeps } = deps({ save: path.join(dir, 'Brief.md') });
      const answer = await handleShell(APP, true, 'saveFile', ['Brief.md', '# Brief', 'text/markdown'], shellDeps);
      const asRoot = process.getuid?.() === 0;
      const refused = { ok: false, error: { code: 'READ_ONLY', message: `Dossier could not write “Brief.md” to ${dir}: you do not have permission to write there. Choose another folder.` } };
      expect(answer).toEqual(asRoot ? { ok: true, result: true } : refused);
    } finally {
      fs.chmodSync(dir, 0o700);
    }
  });

  it('prints a memo’s print view to PDF and saves it where the user chose', async () => {
    const target = path.join(tempDir(), 'Brief.pdf');
    const { shellDeps, seen } = deps({ save: target });
    expect(await handleShell(APP, true, 'savePdf', ['Brief.pdf', '<!DOCTYPE html><p>Brief</p>'], shellDeps)).toEqual({ ok: true, result: true });
    expect(seen.pdfs).toEqual(['<!DOCTYPE html><p>Brief</p>']);
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF <!DOCTYPE html><p>Brief</p>');
    expect(seen.save[0]).toMatchObject({ defaultPath: 'Brief.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(await handleShell(APP, true, 'savePdf', ['Brief.pdf', 42], shellDeps)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('prints and reveals', async () => {
    const { shellDeps, seen } = deps();
    expect(await handleShell(APP, true, 'print', [], shellDeps)).toEqual({ ok: true, result: null });
    expect(await handleShell(APP, true, 'revealInFolder', ['/data/Case.dossier'], shellDeps)).toEqual({ ok: true, result: null });
    expect(seen).toMatchObject({ printed: 1, revealed: ['/data/Case.dossier'] });
  });
});

describe('safeFileName', () => {
  it('replaces separators and characters Windows refuses', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'x')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(safeFileName('  ..hidden. ', 'x')).toBe('hidden');
    expect(safeFileName('\u0000\u0001', 'Untitled')).toBe('-');
    expect(safeFileName('', 'Untitled')).toBe('Untitled');
  });
});
