// @vitest-environment jsdom
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DossierError } from '../../../shared/api/errors';
import { viewCommands } from '../../../shared/api/host';
import type { MergeConflict } from '../../../shared/api/exchangeTypes';
import type { ProjectInfo, RecentProject } from '../../../shared/api/types';
import { App } from '../../../renderer/app/App';
import { views } from '../../../renderer/app/views';
import { createFakeClient } from '../fakeClient';

const info = { version: '0.1.0', schemaVersion: 1, host: 'browser' as const, projectsDir: '/home/ana/Dossier', userName: 'ana' };

function project(name: string): ProjectInfo {
  return {
    id: `p-${name}`,
    name,
    path: `/home/ana/Dossier/${name}.dossier`,
    fileName: `${name}.dossier`,
    schemaVersion: 1,
    createdAt: '2024-01-01T00:00:00Z',
    counts: { sources: 0, annotations: 0, labels: 0, claims: 0, entities: 0, timelines: 0, memos: 0, trash: 0 },
  };
}

/** What exchange.conflicts answers (only its length shows, as the Conflicts badge). */
let conflicts: MergeConflict[] = [];

function fakeProjectApi(recent: RecentProject[] = []) {
  let current: ProjectInfo | null = null;
  return createFakeClient({
    'app.info': () => info,
    'projects.current': () => current,
    'projects.recent': () => recent,
    'projects.list': () => [],
    'projects.create': (input) => (current = project(input.name)),
    'projects.open': () => {
      throw new DossierError('NEWER_VERSION', 'This project was saved by a newer Dossier (schema 9). Update Dossier to open it.');
    },
    'projects.forgetRecent': (input) => (recent = recent.filter((r) => r.path !== input.path)),
    'projects.close': () => {
      current = null;
      return null;
    },
    'projects.rename': (input) => (current = { ...(current as ProjectInfo), name: input.name }),
    'sources.list': () => [],
    'labels.list': () => [],
    'trash.list': () => [],
    'entities.list': () => [],
    'exchange.conflicts': () => conflicts,
  });
}

// Generous waits: these run beside other suites on a busy machine.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  conflicts = [];
});

describe('App', () => {
  it('creates a project from the welcome screen, renames it, and closes it again', async () => {
    const user = userEvent.setup();
    const fake = fakeProjectApi();
    render(<App client={fake.client} />);
    expect(await screen.findByText('Projects are stored in /home/ana/Dossier')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'New project' }));
    const dialog = screen.getByRole('dialog', { name: 'New project' });
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Give the project a name.');
    await user.type(within(dialog).getByLabelText('Project name'), 'Harbour incident');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(fake.callsTo('projects.create')).toEqual([{ name: 'Harbour incident' }]);

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    // One nav entry per view (renderer/app/views.tsx), in that order, then the shortcuts.
    const entries = within(nav).getAllByRole('button').map((b) => b.textContent);
    expect(entries).toEqual([...views.map((v) => v.label), 'Keyboard shortcuts']);
    expect(entries.slice(0, 3)).toEqual(['Sources', 'Search', 'Labels']);
    expect(entries.slice(-4, -1)).toEqual(['Trash', 'Conflicts', 'Backups']);
    expect(screen.getByText(/Paste text or import \.txt, \.md, \.html, \.docx or \.pdf files/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Rename project' }));
    const rename = screen.getByRole('dialog', { name: 'Rename project' });
    await user.clear(within(rename).getByLabelText('Project name'));
    await user.type(within(rename).getByLabelText('Project name'), 'Harbour collision{Enter}');
    await waitFor(() => expect(screen.getByText('Harbour collision', { selector: '.project-title' })).toBeTruthy());

    await user.click(screen.getByRole('button', { name: 'Close project' }));
    expect(await screen.findByRole('button', { name: 'Open sample project' })).toBeTruthy();
  });

  it('switches views with the keyboard, the nav and the desktop menu', async () => {
    const user = userEvent.setup();
    const fake = fakeProjectApi();
    render(<App client={fake.client} />);
    await user.click(await screen.findByRole('button', { name: 'New project' }));
    await user.type(screen.getByLabelText('Project name'), 'Case{Enter}');
    await screen.findByRole('navigation', { name: 'Main' });

    // Ctrl/Cmd+digit follows the nav order; the Trash and Backups come last.
    await user.keyboard(`{Control>}${views.findIndex((v) => v.id === 'trash') + 1}{/Control}`);
    expect(await screen.findByRole('heading', { name: 'The Trash is empty' })).toBeTruthy();
    fake.menu('view.labels');
    expect(await screen.findByRole('heading', { name: 'No labels yet' })).toBeTruthy();
    fake.menu('view.entities');
    expect(await screen.findByRole('heading', { name: 'No entities yet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Entities' }).getAttribute('aria-current')).toBe('page');
    await user.keyboard('{Control>}k{/Control}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Search the project')));
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('button', { name: 'Sources' }));
    expect(within(nav).getByRole('button', { name: 'Sources' }).getAttribute('aria-current')).toBe('page');
  });

  it('lists the shortcuts of every part of the app on ?', async () => {
    const user = userEvent.setup();
    render(<App client={fakeProjectApi().client} />);
    await user.click(await screen.findByRole('button', { name: 'New project' }));
    await user.type(screen.getByLabelText('Project name'), 'Case{Enter}');
    await screen.findByRole('navigation', { name: 'Main' });
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Everywhere', 'Sources and the reader', 'Claims', 'Entities', 'Timelines', 'Memos']);
    expect(within(dialog).getByText(`Ctrl+1 … Ctrl+${Math.min(9, views.length)}`)).toBeTruthy();
    expect(within(dialog).getByText('Switch between Sources, Search, Labels, Claims, Entities, Timelines, Memos, Trash and Conflicts')).toBeTruthy();
    // The same accelerator as the desktop menu's Import Sources… (Ctrl/Cmd+O there opens a project).
    expect(within(dialog).getByText('Import source files').closest('.shortcut-row')?.querySelector('kbd')?.textContent).toBe('Ctrl+I');
    // The same accelerator as the desktop menu's Export Project File….
    expect(within(dialog).getByText(/^Export the project file/).closest('.shortcut-row')?.querySelector('kbd')?.textContent).toBe('Ctrl+Shift+E');
    const reader = within(dialog).getByRole('region', { name: 'Sources and the reader' });
    expect(within(reader).getByText('Make a claim from the selected passage').closest('.shortcut-row')?.querySelector('kbd')?.textContent).toBe('C');
    const entities = within(dialog).getByRole('region', { name: 'Entities' });
    expect(within(entities).getByText('Undo the last edit made in Entities')).toBeTruthy();
  });

  it('gives each view with a menu command its place in the View menu, so CmdOrCtrl+N means the same in the menu and the app', () => {
    const withMenu = views.map((v, index) => ({ index, menu: v.menu })).filter((v) => v.menu !== undefined);
    expect(withMenu.map((v) => v.menu)).toEqual([...viewCommands]);
    expect(withMenu.map((v) => v.index)).toEqual(viewCommands.map((_, i) => i));
  });

  it('shows open errors on the welcome screen, which stays usable, and greys out missing recent files', async () => {
    const user = userEvent.setup();
    const fake = fakeProjectApi([
      { path: '/p/new.dossier', name: 'From a colleague', openedAt: '2024-01-02T00:00:00Z', exists: true },
      { path: '/p/gone.dossier', name: 'Deleted one', openedAt: '2024-01-01T00:00:00Z', exists: false },
    ]);
    render(<App client={fake.client} />);
    await user.click(await screen.findByRole('button', { name: 'From a colleague' }));
    await waitFor(() => expect(document.querySelector('.banner-error')?.textContent).toContain('saved by a newer Dossier'));
    expect(screen.getByRole('button', { name: 'Open sample project' })).toHaveProperty('disabled', false);

    expect(screen.getByText('Deleted one').closest('li')?.className).toBe('missing');
    expect(screen.queryByRole('button', { name: 'Deleted one' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove Deleted one from recent projects' }));
    expect(fake.callsTo('projects.forgetRecent')).toEqual([{ path: '/p/gone.dossier' }]);
    await waitFor(() => expect(screen.queryByText('Deleted one')).toBeNull());
  });

  it('follows project.switched pushed from core', async () => {
    const fake = fakeProjectApi();
    render(<App client={fake.client} />);
    await screen.findByRole('button', { name: 'Open sample project' });
    fake.emit('project.switched', { project: project('Sample') });
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    fake.emit('project.switched', { project: null });
    expect(await screen.findByRole('button', { name: 'Open sample project' })).toBeTruthy();
  });

  it('shows beside Sources, Labels, Claims, Entities, Timelines, Memos and Trash how many each holds, and open conflicts beside Conflicts', async () => {
    const fake = fakeProjectApi();
    conflicts = [{ id: 'c1' }, { id: 'c2' }] as MergeConflict[];
    render(<App client={fake.client} />);
    await screen.findByRole('button', { name: 'Open sample project' });
    const counted = { ...project('Sample'), counts: { sources: 5, annotations: 9, labels: 2, claims: 3, entities: 7, timelines: 1, memos: 2, trash: 4 } };
    fake.emit('project.switched', { project: counted });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const entries = within(nav).getAllByRole('button').map((b) => b.textContent);
    expect(entries).toEqual(['Sources5', 'Search', 'Labels2', 'Claims3', 'Entities7', 'Timelines1', 'Memos2', 'Trash4', 'Conflicts2', 'Backups', 'Keyboard shortcuts']);
  });
});
