import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuCommands, type MenuCommand } from '../../shared/api/host';
import { menuTemplate, type MenuActions } from '../../electron/main/menu/menuTemplate';

function build(platform: NodeJS.Platform, recent: Parameters<typeof menuTemplate>[0]['recent'] = []) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  let newWindows = 0;
  const actions: MenuActions = {
    send: (command) => sent.push(command),
    openRecent: (path) => opened.push(path),
    newWindow: () => {
      newWindows += 1;
    },
  };
  const template = menuTemplate({ platform, isDev: false, recent, actions });
  return { template, sent, opened, newWindows: () => newWindows };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function find(items: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = flatten(items).find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no menu item "${label}"`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

const expected: [label: string, accelerator: string | undefined, command: MenuCommand][] = [
  ['New Project…', 'CmdOrCtrl+N', 'project.new'],
  ['Open Project…', 'CmdOrCtrl+O', 'project.open'],
  ['Close Project', 'CmdOrCtrl+W', 'project.close'],
  ['Rename Project…', undefined, 'project.rename'],
  ['Export Project File…', 'CmdOrCtrl+Shift+E', 'project.export'],
  ['Import Sources…', 'CmdOrCtrl+I', 'sources.import'],
  ['Import Folder…', undefined, 'sources.importFolder'],
  ['Paste as Source', 'CmdOrCtrl+Shift+V', 'sources.paste'],
  ['Find…', 'CmdOrCtrl+F', 'edit.find'],
  ['Sources', 'CmdOrCtrl+1', 'view.sources'],
  ['Search', 'CmdOrCtrl+2', 'view.search'],
  ['Labels', 'CmdOrCtrl+3', 'view.labels'],
  ['Claims', 'CmdOrCtrl+4', 'view.claims'],
  ['Entities', 'CmdOrCtrl+5', 'view.entities'],
  ['Timelines', 'CmdOrCtrl+6', 'view.timelines'],
  ['Memos', 'CmdOrCtrl+7', 'view.memos'],
  ['Trash', 'CmdOrCtrl+8', 'view.trash'],
  ['Conflicts', 'CmdOrCtrl+9', 'view.conflicts'],
  // Only nine digits: the tenth view has no accelerator.
  ['Backups', undefined, 'view.backups'],
];

describe('menuTemplate', () => {
  it.each(expected)('%s has %s and sends %s', (label, accelerator, command) => {
    const { template, sent } = build('linux');
    const item = find(template, label);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(sent).toEqual([command]);
  });

  it('offers every menu command somewhere', () => {
    const { template, sent } = build('win32');
    for (const item of flatten(template)) if (item.click !== undefined && item.label !== 'New Window') click(item);
    expect([...sent].sort()).toEqual([...menuCommands].sort());
  });

  it('has the standard menus and edit, zoom and fullscreen roles', () => {
    const { template } = build('linux');
    expect(template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    const roles = flatten(template).map((item) => item.role).filter(Boolean);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit', 'minimize', 'close']) {
      expect(roles).toContain(role);
    }
    expect(roles).not.toContain('toggleDevTools');
  });

  it('never uses one accelerator twice and has no undefined entries', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const items = flatten(build(platform).template);
      const accelerators = items.map((item) => item.accelerator).filter((a): a is string => typeof a === 'string');
      expect(new Set(accelerators).size).toBe(accelerators.length);
      for (const item of items) {
        expect(item).toBeDefined();
        expect(Object.values(item)).not.toContain(undefined);
        expect(item.label === undefined && item.role === undefined && item.type !== 'separator' && item.submenu === undefined).toBe(false);
      }
    }
  });

  it('puts Quit in the app menu on macOS and in File elsewhere', () => {
    const mac = build('darwin').template;
    expect(mac[0]!.label).toBe('Dossier');
    expect(flatten([mac[1]!]).some((item) => item.role === 'quit')).toBe(false);
    const linux = build('linux').template;
    expect(flatten([linux[0]!]).find((item) => item.role === 'quit')?.accelerator).toBe('CmdOrCtrl+Q');
  });

  it('lists recent projects, opening the one clicked; missing files are disabled', () => {
    const { template, opened } = build('linux', [
      { path: '/p/Alpha.dossier', name: 'Alpha', openedAt: '2026-01-02T00:00:00Z', exists: true },
      { path: '/p/Gone.dossier', name: 'Gone', openedAt: '2026-01-01T00:00:00Z', exists: false },
    ]);
    const alpha = find(template, 'Alpha');
    expect(alpha.sublabel).toBe('/p/Alpha.dossier');
    click(alpha);
    expect(opened).toEqual(['/p/Alpha.dossier']);
    expect(find(template, 'Gone').enabled).toBe(false);
  });

  it('says so when there are no recent projects', () => {
    expect(find(build('linux').template, 'No recent projects').enabled).toBe(false);
  });

  it('opens a new window from File', () => {
    const built = build('linux');
    const item = find(built.template, 'New Window');
    expect(item.accelerator).toBe('CmdOrCtrl+Shift+N');
    click(item);
    expect(built.newWindows()).toBe(1);
  });

  it('adds reload and DevTools only in development', () => {
    const template = menuTemplate({ platform: 'linux', isDev: true, recent: [], actions: { send() {}, openRecent() {}, newWindow() {} } });
    expect(flatten(template).map((item) => item.role)).toContain('toggleDevTools');
  });
});
