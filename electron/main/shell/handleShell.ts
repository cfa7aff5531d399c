import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { z } from 'zod';
import { DossierError, type Envelope } from '../../../shared/api/errors';
import { desktopShellMethods, type DesktopShellMethod } from '../../../shared/api/host';
import { MAX_FILES_PER_JOB, SOURCE_FILE_EXTENSIONS } from '../../../shared/sources/sourceLimits';
import { listSourceFiles } from './listSourceFiles';
import { isTrustedSender } from '../security/isTrustedSender';
import { readPickedFiles } from './readPickedFiles';

/** The native pieces the desktop shell needs, injected so the logic runs without Electron. */
export interface ShellDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  print(): Promise<void>;
  /** Lays out a print view (memos.export's printHtml) and prints it to PDF bytes. */
  printToPdf(html: string): Promise<Uint8Array>;
  showItemInFolder(path: string): void;
  projectsDir: string;
  devServerOrigin?: string;
  /** A file core staged for the user (exchange.exportProject), handed over once; null when unknown or expired. */
  takeDownload?: (downloadId: string) => { path: string; fileName: string } | null;
  /** Writes an export; fs's writeFile unless a test injects a failing one. */
  writeFile?: (path: string, data: string | Uint8Array) => Promise<void>;
}

const WRITE_FAILURES: Record<string, string> = {
  EACCES: 'you do not have permission to write there. Choose another folder.',
  EPERM: 'you do not have permission to write there. Choose another folder.',
  EROFS: 'that disk or folder is read-only. Choose another folder.',
  ENOSPC: 'the disk is full. Free some space or choose another disk.',
  EDQUOT: 'your disk quota is used up. Free some space or choose another disk.',
  ENOTDIR: 'that folder does not exist. Choose another folder.',
  ENOENT: 'that folder does not exist. Choose another folder.',
  EISDIR: 'a folder of that name is already there. Choose another name.',
  ENAMETOOLONG: 'the name or path is too long. Choose a shorter name or another folder.',
  EBUSY: 'the file is open in another program. Close it, or choose another name.',
};

/** A failed export write, as the analyst should read it: which file, where, why, what to do. */
export function writeFailure(filePath: string, error: unknown): DossierError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why = code === undefined ? undefined : WRITE_FAILURES[code];
  if (why === undefined) return null;
  return new DossierError('READ_ONLY', `Dossier could not write “${basename(filePath)}” to ${dirname(filePath)}: ${why}`);
}

const suggestedName = z.string().max(255);
const argSchemas: Record<DesktopShellMethod, z.ZodType<unknown[]>> = {
  pickSourceFiles: z.tuple([]),
  pickSourceFolder: z.tuple([]),
  pickProjectPath: z.tuple([]),
  pickMergeFile: z.tuple([]),
  pickNewProjectPath: z.tuple([suggestedName]),
  saveFile: z.tuple([suggestedName, z.string().max(200 * 1024 * 1024), z.string().max(200), z.enum(['utf8', 'base64']).optional()]),
  print: z.tuple([]),
  savePdf: z.tuple([suggestedName, z.string().max(100 * 1024 * 1024)]),
  revealInFolder: z.tuple([z.string().min(1).max(4096).refine(isAbsolute, 'an absolute path')]),
  saveDownload: z.tuple([z.string().regex(/^[0-9a-f-]{36}$/, 'a download id'), suggestedName]),
};

function isShellMethod(name: unknown): name is DesktopShellMethod {
  return typeof name === 'string' && (desktopShellMethods as readonly string[]).includes(name);
}

/** A name safe to offer in a save dialog: separators and characters Windows refuses become '-'. */
export function safeFileName(name: string, fallback: string): string {
  // oxlint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 120);
  return cleaned === '' ? fallback : cleaned;
}

const PROJECT_FILTER = { name: 'Dossier projects', extensions: ['dossier'] };

/** The save dialog for an export, then the file; false when cancelled. */
async function saveAs(name: string, data: string | Uint8Array, deps: ShellDeps): Promise<boolean> {
  // A suggested name is a name, not a place: only its last segment counts.
  const fileName = safeFileName(name.split(/[\\/]/).pop() ?? '', 'Export');
  const ext = extname(fileName).slice(1);
  const picked = await deps.showSaveDialog({
    title: 'Save',
    defaultPath: fileName,
    filters: ext === '' ? [] : [{ name: ext.toUpperCase(), extensions: [ext] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (picked.canceled || picked.filePath === undefined || picked.filePath === '') return false;
  const write = deps.writeFile ?? ((path: string, bytes: string | Uint8Array) => writeFile(path, bytes, typeof bytes === 'string' ? 'utf8' : undefined));
  try {
    await write(picked.filePath, data);
  } catch (error) {
    throw writeFailure(picked.filePath, error) ?? error;
  }
  return true;
}

async function run(method: DesktopShellMethod, args: unknown[], deps: ShellDeps): Promise<unknown> {
  switch (method) {
    case 'pickSourceFiles': {
      const picked = await deps.showOpenDialog({
        title: 'Import sources',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Texts', extensions: SOURCE_FILE_EXTENSIONS.map((ext) => ext.slice(1)) },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      if (picked.canceled || picked.filePaths.length === 0) return null;
      return readPickedFiles(picked.filePaths);
    }
    case 'pickSourceFolder': {
      const picked = await deps.showOpenDialog({ title: 'Import a folder of sources', properties: ['openDirectory'] });
      if (picked.canceled || picked.filePaths.length === 0) return null;
      return readPickedFiles(await listSourceFiles(picked.filePaths[0]!), MAX_FILES_PER_JOB);
    }
    case 'pickProjectPath': {
      const picked = await deps.showOpenDialog({
        title: 'Open project',
        defaultPath: deps.projectsDir,
        properties: ['openFile'],
        filters: [PROJECT_FILTER],
      });
      return picked.canceled || picked.filePaths.length === 0 ? null : picked.filePaths[0]!;
    }
    case 'pickMergeFile': {
      const picked = await deps.showOpenDialog({
        title: 'Merge a colleague’s file',
        properties: ['openFile'],
        filters: [PROJECT_FILTER],
      });
      return picked.canceled || picked.filePaths.length === 0 ? null : picked.filePaths[0]!;
    }
    case 'pickNewProjectPath': {
      await mkdir(deps.projectsDir, { recursive: true });
      const picked = await deps.showSaveDialog({
        title: 'New project',
        defaultPath: join(deps.projectsDir, `${safeFileName(args[0] as string, 'Untitled')}.dossier`),
        filters: [PROJECT_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (picked.canceled || picked.filePath === undefined || picked.filePath === '') return null;
      return extname(picked.filePath).toLowerCase() === '.dossier' ? picked.filePath : `${picked.filePath}.dossier`;
    }
    case 'saveFile': {
      const [name, data, , encoding = 'utf8'] = args as [string, string, string, ('utf8' | 'base64')?];
      // A PNG or DOCX comes as base64 over IPC and is written as its bytes.
      return saveAs(name, encoding === 'base64' ? Buffer.from(data, 'base64') : data, deps);
    }
    case 'savePdf': {
      const [name, html] = args as [string, string];
      const pdf = await deps.printToPdf(html);
      return saveAs(name, pdf, deps);
    }
    case 'saveDownload': {
      const [downloadId, name] = args as [string, string];
      const staged = deps.takeDownload?.(downloadId) ?? null;
      if (!staged) throw new DossierError('NOT_FOUND', 'This export is no longer available. Export the file again.');
      try {
        const fileName = safeFileName(name.split(/[\\/]/).pop() ?? '', 'Export.dossier');
        const picked = await deps.showSaveDialog({
          title: 'Export project file',
          defaultPath: join(deps.projectsDir, fileName),
          filters: [PROJECT_FILTER],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        });
        if (picked.canceled || picked.filePath === undefined || picked.filePath === '') return false;
        const target = extname(picked.filePath).toLowerCase() === '.dossier' ? picked.filePath : `${picked.filePath}.dossier`;
        try {
          // A move when on the same disk (instant for any size), a copy across disks.
          await rename(staged.path, target).catch(async (error: NodeJS.ErrnoException) => {
            if (error.code !== 'EXDEV') throw error;
            await copyFile(staged.path, target);
          });
        } catch (error) {
          throw writeFailure(target, error) ?? error;
        }
        return true;
      } finally {
        await rm(staged.path, { force: true });
      }
    }
    case 'print':
      await deps.print();
      return null;
    case 'revealInFolder':
      deps.showItemInFolder(args[0] as string);
      return null;
  }
}

/** The `dossier:shell` IPC handler, minus Electron: sender check, argument check, the native call. */
export async function handleShell(
  senderUrl: string | null | undefined,
  isMainFrame: boolean,
  method: unknown,
  args: unknown,
  deps: ShellDeps,
): Promise<Envelope<unknown>> {
  if (!isTrustedSender(senderUrl, isMainFrame, deps.devServerOrigin)) {
    return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Only the Dossier window itself may use the desktop shell.' } };
  }
  if (!isShellMethod(method)) {
    const name = typeof method === 'string' ? method.slice(0, 100) : typeof method;
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no shell method named "${name}".` } };
  }
  const parsed = argSchemas[method].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue !== undefined && issue.path.length > 0 ? ` (argument ${issue.path.join('.')})` : '';
    return { ok: false, error: { code: 'BAD_INPUT', message: `Bad arguments for ${method}${where}: ${issue?.message ?? 'invalid'}.` } };
  }
  try {
    return { ok: true, result: await run(method, parsed.data, deps) };
  } catch (error) {
    if (error instanceof DossierError) return { ok: false, error: error.toPayload() };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
      return { ok: false, error: { code: 'NOT_FOUND', message: `Dossier could not read or write that file (${code}).` } };
    }
    console.error('dossier:shell failed', error);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Dossier. Please try again.' } };
  }
}
