/**
 * The desktop shell: windows, menu, the app:// protocol, security switches, dialogs
 * and IPC. Every decision lives in a pure module beside this file; this one only
 * wires them to Electron.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import type { DossierEvents, EventName } from '../../shared/api/contract';
import { DossierError, type Envelope } from '../../shared/api/errors';
import { ipcChannels, type MenuCommand } from '../../shared/api/host';
import type { RecentProject } from '../../shared/api/types';
import { contentTypeFor } from '../core/appAssets/contentTypeFor';
import { securityHeaders } from '../core/appAssets/contentSecurityPolicy';
import { createWorkbench, type Workbench } from '../core/workbench/createWorkbench';
import type { WorkbenchOptions } from '../core/workbench/WorkbenchOptions';
import { handleCall } from './ipc/handleCall';
import { menuTemplate } from './menu/menuTemplate';
import { pdfWindowOptions, printHtmlToPdf } from './print/printHtmlToPdf';
import { findIdleWindow, findWindowWithProject, type ProjectWindow } from './projects/findWindowWithProject';
import { projectPathFromArgv } from './projects/projectPathFromArgv';
import { APP_ENTRY_URL, APP_SCHEME } from './security/appOrigin';
import { isAllowedNavigation } from './security/isAllowedNavigation';
import { isAllowedRequest } from './security/isAllowedRequest';
import { resolveAppAsset } from './security/resolveAppAsset';
import { handleShell } from './shell/handleShell';
import { windowOptions } from './windows/windowOptions';
import { cascade, parseWindowState, restoreWindowState, type WindowState } from './windows/windowState';

interface AppWindow extends ProjectWindow<BrowserWindow> {
  workbench: Workbench;
}

// Must happen before 'ready': a standard, secure scheme gets a real origin, fetch and storage.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

const isDev = !app.isPackaged;
const rendererDevUrl = isDev ? process.env.ELECTRON_RENDERER_URL : undefined;
const devServerOrigin = rendererDevUrl !== undefined && rendererDevUrl !== '' ? new URL(rendererDevUrl).origin : undefined;
const entryUrl = devServerOrigin !== undefined ? rendererDevUrl! : APP_ENTRY_URL;
const rendererRoot = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const windows = new Map<number, AppWindow>();
let pendingProjectPath: string | null = null;

function workbenchOptions(): WorkbenchOptions {
  let userName: string;
  try {
    userName = userInfo().username;
  } catch {
    userName = process.env.USER ?? process.env.USERNAME ?? 'analyst';
  }
  return {
    projectsDir: join(app.getPath('documents'), 'Dossier'),
    settingsDir: app.getPath('userData'),
    sampleDir: join(app.getAppPath(), 'resources', 'sample'),
    userName,
    host: 'desktop',
    appVersion: app.getVersion(),
    htmlWorkerPath: join(import.meta.dirname, 'htmlWorker.js'),
    qdpxWorkerPath: join(import.meta.dirname, 'qdpxWorker.js'),
    importWorkerPath: join(import.meta.dirname, 'importWorker.js'),
  };
}

// ---- window state -------------------------------------------------------------

const windowStatePath = (): string => join(app.getPath('userData'), 'window-state.json');

function loadWindowState(): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(windowStatePath(), 'utf8')));
  } catch {
    return null;
  }
}

function saveWindowState(win: BrowserWindow): void {
  const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
  try {
    mkdirSync(app.getPath('userData'), { recursive: true });
    writeFileSync(windowStatePath(), JSON.stringify(state));
  } catch (error) {
    console.error('Could not save the window position', error);
  }
}

function workAreas(): Electron.Rectangle[] {
  return [screen.getPrimaryDisplay().workArea, ...screen.getAllDisplays().map((display) => display.workArea)];
}

function nextWindowState(): WindowState {
  const current = BrowserWindow.getFocusedWindow() ?? [...windows.values()].at(-1)?.window;
  if (current !== undefined && !current.isDestroyed()) {
    return cascade({ bounds: current.getNormalBounds(), maximized: false }, workAreas());
  }
  return restoreWindowState(loadWindowState(), workAreas());
}

// ---- windows ------------------------------------------------------------------

function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

function createAppWindow(): AppWindow {
  const state = nextWindowState();
  const win = new BrowserWindow(windowOptions({ preloadPath, bounds: state.bounds, devTools: isDev }));
  if (state.maximized) win.maximize();
  const contentsId = win.webContents.id;
  const workbench = createWorkbench(workbenchOptions());
  const entry: AppWindow = { window: win, workbench };
  windows.set(contentsId, entry);

  const unsubscribe = workbench.onEvent(<E extends EventName>(name: E, payload: DossierEvents[E]) => {
    if (!win.isDestroyed()) win.webContents.send(ipcChannels.event, name, payload);
    if (name === 'project.switched') {
      const project = (payload as DossierEvents['project.switched']).project;
      // The OS's own recent list (Dock menu, Windows jump list).
      if (project !== null) app.addRecentDocument(project.path);
      void refreshMenu();
    }
  });
  win.once('ready-to-show', () => win.show());
  win.on('focus', () => void refreshMenu());
  win.on('close', () => saveWindowState(win));
  win.on('closed', () => {
    unsubscribe();
    windows.delete(contentsId);
    // Closing the workbench closes the project and checkpoints its WAL.
    workbench.close();
  });
  void win.loadURL(entryUrl);
  return entry;
}

/** Opens a project: focuses the window that has it, else uses an idle window, else a new one. */
async function openProject(path: string, target?: AppWindow): Promise<void> {
  const existing = findWindowWithProject(windows.values(), path);
  if (existing !== undefined) {
    focusWindow(existing.window);
    return;
  }
  const entry = target ?? (findIdleWindow(windows.values()) as AppWindow | undefined) ?? createAppWindow();
  focusWindow(entry.window);
  const result = await entry.workbench.dispatch('projects.open', { path });
  if (!result.ok && !entry.window.isDestroyed()) {
    await dialog.showMessageBox(entry.window, {
      type: 'error',
      message: 'Dossier could not open this project.',
      detail: result.error.message,
    });
  }
}

function focusedEntry(): AppWindow | undefined {
  const focused = BrowserWindow.getFocusedWindow();
  return focused === null ? undefined : windows.get(focused.webContents.id);
}

// ---- menu -----------------------------------------------------------------------

let menuGeneration = 0;

async function refreshMenu(): Promise<void> {
  const generation = ++menuGeneration;
  let recent: RecentProject[] = [];
  const source = focusedEntry() ?? [...windows.values()][0];
  if (source !== undefined) {
    const result = await source.workbench.dispatch('projects.recent', {});
    if (result.ok) recent = result.result as RecentProject[];
  }
  // A later refresh started while this one waited: let it win.
  if (generation !== menuGeneration) return;
  const template = menuTemplate({
    platform: process.platform,
    isDev,
    recent,
    actions: {
      send(command: MenuCommand) {
        const target = focusedEntry() ?? [...windows.values()].at(-1);
        if (target === undefined) {
          createAppWindow();
          return;
        }
        target.window.webContents.send(ipcChannels.menu, command);
      },
      openRecent(path: string) {
        void openProject(path, focusedEntry());
      },
      newWindow() {
        createAppWindow();
      },
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

// ---- security -------------------------------------------------------------------

function isMainFrameSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && frame.frameTreeNodeId === event.sender.mainFrame.frameTreeNodeId;
}

function hardenSession(): void {
  const ses = session.defaultSession;
  const policy = { allowDevtools: isDev, devServerOrigin };
  // The app works with the network unplugged: nothing but its own files loads.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, policy) });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  ses.setSpellCheckerEnabled(false);
  // Never fetch dictionaries: `.invalid` cannot resolve, and the request filter above refuses it anyway.
  ses.setSpellCheckerDictionaryDownloadURL('https://dictionaries.invalid/');
  if (process.platform !== 'darwin') {
    try {
      ses.setSpellCheckerLanguages([]);
    } catch (error) {
      console.error('Could not clear the spell-checker languages', error);
    }
  }
}

async function serveAppRequest(request: Request): Promise<Response> {
  const headers = { ...securityHeaders, 'cache-control': 'no-cache' };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers });
  }
  const file = resolveAppAsset(request.url, rendererRoot);
  if (file === null) return new Response('Not found', { status: 404, headers });
  try {
    const bytes = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      status: 200,
      headers: { ...headers, 'content-type': contentTypeFor(file) },
    });
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, devServerOrigin)) event.preventDefault();
  });
});

// ---- IPC --------------------------------------------------------------------------

function registerIpc(): void {
  ipcMain.handle(ipcChannels.call, (event, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    const entry = windows.get(event.sender.id);
    if (entry === undefined) {
      return Promise.resolve({ ok: false, error: { code: 'UNAUTHORIZED', message: 'This window has no workbench.' } });
    }
    return handleCall(entry.workbench, event.senderFrame?.url, isMainFrameSender(event), method, input, {
      devServerOrigin,
      projectOpenElsewhere(path) {
        const other = findWindowWithProject(windows.values(), path, entry);
        if (other === undefined) return false;
        focusWindow(other.window);
        return true;
      },
    });
  });

  ipcMain.handle(ipcChannels.shell, (event, method: unknown, args: unknown): Promise<Envelope<unknown>> => {
    const entry = windows.get(event.sender.id);
    if (entry === undefined) {
      return Promise.resolve({ ok: false, error: { code: 'UNAUTHORIZED', message: 'This window has no workbench.' } });
    }
    const win = entry.window;
    return handleShell(event.senderFrame?.url, isMainFrameSender(event), method, args, {
      projectsDir: workbenchOptions().projectsDir,
      devServerOrigin,
      showOpenDialog: (options) => dialog.showOpenDialog(win, options),
      showSaveDialog: (options) => dialog.showSaveDialog(win, options),
      takeDownload: (downloadId) => entry.workbench.takeDownload(downloadId),
      showItemInFolder: (path) => shell.showItemInFolder(path),
      printToPdf: (html) =>
        printHtmlToPdf(html, () => {
          const pdfWindow = new BrowserWindow({ ...pdfWindowOptions(), parent: win });
          return {
            loadURL: (url) => pdfWindow.webContents.loadURL(url),
            printToPDF: (options) => pdfWindow.webContents.printToPDF(options),
            destroy: () => pdfWindow.destroy(),
          };
        }),
      print: () =>
        new Promise<void>((resolvePrint, rejectPrint) => {
          win.webContents.print({}, (success, failureReason) => {
            if (success || failureReason === 'cancelled') resolvePrint();
            else rejectPrint(new DossierError('INTERNAL', `Printing failed: ${failureReason}.`));
          });
        }),
    });
  });
}

// ---- lifecycle --------------------------------------------------------------------

if (!app.requestSingleInstanceLock()) {
  // Another Dossier is running; it receives our arguments through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = projectPathFromArgv(argv, workingDirectory);
    if (!app.isReady()) {
      pendingProjectPath = path ?? pendingProjectPath;
      return;
    }
    if (path !== null) {
      void openProject(path);
      return;
    }
    const last = focusedEntry() ?? [...windows.values()].at(-1);
    if (last !== undefined) focusWindow(last.window);
    else createAppWindow();
  });

  // macOS: a .dossier double-clicked in Finder, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void openProject(path);
    else pendingProjectPath = path;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (windows.size === 0) createAppWindow();
  });

  app.on('will-quit', () => {
    for (const entry of windows.values()) entry.workbench.close();
    windows.clear();
  });

  void app.whenReady().then(async () => {
    hardenSession();
    protocol.handle(APP_SCHEME, serveAppRequest);
    registerIpc();
    await refreshMenu();
    const path = pendingProjectPath ?? projectPathFromArgv(process.argv, process.cwd());
    pendingProjectPath = null;
    if (path !== null) await openProject(path);
    else createAppWindow();
  });
}
