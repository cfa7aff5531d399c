import type { MenuItemConstructorOptions } from 'electron';
import type { RecentProject } from '../../../shared/api/types';
import { viewCommands, type MenuCommand, type ViewCommand } from '../../../shared/api/host';

export interface MenuActions {
  /** Sends a command to the focused window's renderer. */
  send(command: MenuCommand): void;
  openRecent(path: string): void;
  newWindow(): void;
}

export interface MenuTemplateInput {
  platform: NodeJS.Platform;
  /** Adds Reload and DevTools under View. */
  isDev: boolean;
  recent: readonly RecentProject[];
  actions: MenuActions;
}

const MAX_RECENT_ITEMS = 10;

const viewLabels: Record<ViewCommand, string> = {
  'view.sources': 'Sources',
  'view.search': 'Search',
  'view.labels': 'Labels',
  'view.claims': 'Claims',
  'view.entities': 'Entities',
  'view.timelines': 'Timelines',
  'view.memos': 'Memos',
  'view.trash': 'Trash',
  'view.conflicts': 'Conflicts',
  'view.backups': 'Backups',
};

/** The application menu; every item that acts on the project sends a MenuCommand to the focused window. */
export function menuTemplate({ platform, isDev, recent, actions }: MenuTemplateInput): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => actions.send(cmd),
  });

  const recentItems: MenuItemConstructorOptions[] = recent.slice(0, MAX_RECENT_ITEMS).map((project) => ({
    label: project.name,
    sublabel: project.path,
    toolTip: project.path,
    enabled: project.exists,
    click: () => actions.openRecent(project.path),
  }));

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Project…', 'project.new', 'CmdOrCtrl+N'),
      command('Open Project…', 'project.open', 'CmdOrCtrl+O'),
      {
        label: 'Open Recent',
        submenu: recentItems.length > 0 ? recentItems : [{ label: 'No recent projects', enabled: false }],
      },
      { label: 'New Window', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newWindow() },
      { type: 'separator' },
      command('Close Project', 'project.close', 'CmdOrCtrl+W'),
      command('Rename Project…', 'project.rename'),
      command('Merge a Colleague’s File…', 'project.merge', 'CmdOrCtrl+Shift+M'),
      command('Export Project File…', 'project.export', 'CmdOrCtrl+Shift+E'),
      { type: 'separator' },
      command('Import Sources…', 'sources.import', 'CmdOrCtrl+I'),
      command('Import Folder…', 'sources.importFolder'),
      command('Paste as Source', 'sources.paste', 'CmdOrCtrl+Shift+V'),
      { type: 'separator' },
      command('Import QDA Project (.qdpx)…', 'interop.importQdpx'),
      command('Export for QDA Software (.qdpx)…', 'interop.exportQdpx'),
      command('Export Highlights as Web Annotations…', 'interop.exportWebAnnotations'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit Dossier', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find…', 'edit.find', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      // Only nine digits: a tenth view has no accelerator.
      ...viewCommands.map((cmd, index) => command(viewLabels[cmd], cmd, index < 9 ? `CmdOrCtrl+${index + 1}` : undefined)),
      { type: 'separator' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isDev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: '&Window',
    role: 'window',
    submenu: [
      { role: 'minimize' },
      ...(isMac ? [{ role: 'zoom' } as const] : []),
      // Cmd/Ctrl+W closes the project, so closing the window takes Shift as well.
      { role: 'close', label: 'Close Window', accelerator: 'CmdOrCtrl+Shift+W' },
      ...(isMac ? [{ type: 'separator' } as const, { role: 'front' } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [{ role: 'about', label: 'About Dossier' }],
  };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Dossier',
          submenu: [
            { role: 'about', label: 'About Dossier' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: 'Quit Dossier' },
          ],
        },
      ]
    : [];

  return [...appMenu, file, edit, view, window, help];
}
