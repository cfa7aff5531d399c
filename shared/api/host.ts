/**
 * The host-specific part of the contract: what differs between the desktop app
 * and browser mode (native dialogs, save, print, reveal in folder). The desktop
 * implements it in main (native dialogs), browser mode in the renderer (file
 * inputs, downloads).
 */
import type { DossierEvents, EventName } from './contract';
import type { Envelope } from './errors';

export interface PickedFile {
  name: string;
  size: number;
  /** The file's bytes; '' when they are read on demand with read() (browser mode: large batches stay on disk until sent). */
  dataBase64: string;
  read?: () => Promise<string>;
}

export interface HostShell {
  readonly kind: 'desktop' | 'browser';
  /** Lets the user choose source files; null when cancelled. */
  pickSourceFiles(): Promise<PickedFile[] | null>;
  /** Lets the user choose a folder; every importable file in it and its subfolders, or null when cancelled. */
  pickSourceFolder(): Promise<PickedFile[] | null>;
  /** Desktop: a native dialog to choose an existing .dossier file. Browser: null (the UI offers an upload). */
  pickProjectPath(): Promise<string | null>;
  /** Desktop: a native dialog to choose a colleague's .dossier file to merge. Browser: null (the UI offers an upload). */
  pickMergeFile(): Promise<string | null>;
  /** Desktop: a native save dialog for a new project. Browser: null (projects go in the projects folder). */
  pickNewProjectPath(suggestedName: string): Promise<string | null>;
  /** Saves data the user asked to export; false when cancelled. Binary data (a PNG) comes as base64. */
  saveFile(suggestedName: string, data: string, mimeType: string, encoding?: 'utf8' | 'base64'): Promise<boolean>;
  print(): Promise<void>;
  /**
   * Prints a memo's print view (memos.export format 'printHtml') to PDF. Desktop: Electron's printToPDF, then a
   * save dialog; false when cancelled. Browser: the same view in Chromium's print dialog ("Save as PDF").
   */
  savePdf(suggestedName: string, printHtml: string): Promise<boolean>;
  revealInFolder(path: string): Promise<void>;
  /**
   * Delivers a file core staged for the user (exchange.exportProject's downloadId). Desktop: a native save dialog,
   * then the staged file is moved there (false when cancelled). Browser: the browser downloads it from
   * /api/download/<id>, streamed, never through JSON.
   */
  saveDownload(downloadId: string, suggestedName: string): Promise<boolean>;
}

/** Desktop shell calls carried over IPC, declared once for main and preload. */
export const desktopShellMethods = [
  'pickSourceFiles',
  'pickSourceFolder',
  'pickProjectPath',
  'pickMergeFile',
  'pickNewProjectPath',
  'saveFile',
  'print',
  'savePdf',
  'revealInFolder',
  'saveDownload',
] as const;
export type DesktopShellMethod = (typeof desktopShellMethods)[number];

/**
 * The View menu's views, in the navigation's order: CmdOrCtrl+1… follow it in
 * the menu exactly as the renderer's own Ctrl/Cmd+digit shortcuts do.
 */
export const viewCommands = ['view.sources', 'view.search', 'view.labels', 'view.claims', 'view.entities', 'view.timelines', 'view.memos', 'view.trash', 'view.conflicts', 'view.backups'] as const;
export type ViewCommand = (typeof viewCommands)[number];

/** Commands the desktop application menu sends to the renderer. */
export const menuCommands = [
  'project.new',
  'project.open',
  'project.close',
  'project.rename',
  'project.merge',
  'project.export',
  'sources.import',
  'sources.importFolder',
  'sources.paste',
  'interop.exportQdpx',
  'interop.importQdpx',
  'interop.exportWebAnnotations',
  ...viewCommands,
  'edit.find',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** IPC channel names, declared once for main and preload. */
export const ipcChannels = {
  call: 'dossier:call',
  shell: 'dossier:shell',
  event: 'dossier:event',
  menu: 'dossier:menu',
} as const;

/** The one object the desktop preload exposes as window.dossier. */
export interface DossierBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  shell(method: DesktopShellMethod, args: unknown[]): Promise<Envelope<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: DossierEvents[E]) => void): () => void;
  onMenu(listener: (command: MenuCommand) => void): () => void;
}
