// @vitest-environment jsdom
import { cleanup, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import { createFakeClient } from '../fakeClient';

const info = { version: '0.1.0', schemaVersion: 1, host: 'browser' as const, projectsDir: '/home/ana/Dossier', userName: 'ana' };
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

function fake() {
  return createFakeClient({
    'app.info': () => info,
    'projects.current': () => null,
    'projects.recent': () => [
      { path: '/home/ana/Dossier/Harbour.dossier', name: 'Harbour incident', openedAt: hoursAgo(2), exists: true },
      { path: '/elsewhere/Gone.dossier', name: 'Gone', openedAt: hoursAgo(30), exists: false },
    ],
    'projects.list': () => [
      { path: '/home/ana/Dossier/Harbour.dossier', fileName: 'Harbour.dossier', name: 'Harbour incident', modifiedAt: hoursAgo(1), sizeBytes: 61_440 },
      { path: '/home/ana/Dossier/Border.dossier', fileName: 'Border.dossier', name: 'Border crossings', modifiedAt: hoursAgo(3), sizeBytes: 4096 },
    ],
    'projects.create': () => {
      throw new Error('not in this test');
    },
  });
}

configure({ asyncUtilTimeout: 5000 });
afterEach(cleanup);

describe('WelcomeScreen', () => {
  it('shows one list: the recently opened first, then the other projects of the folder, each once', async () => {
    render(<App client={fake().client} />);
    const list = await screen.findByRole('list');
    const rows = await within(list).findAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.project-name')?.textContent)).toEqual(['Harbour incident', 'Gone', 'Border crossings']);
    expect(rows[0]?.textContent).toContain('Last opened 2 hours ago');
    expect(rows[1]?.textContent).toContain('File not found');
    expect(rows[2]?.textContent).toContain('Changed 3 hours ago');
    // Only recent entries can be removed from the recent list.
    expect(within(rows[2] as HTMLElement).queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Harbour incident' })).toHaveLength(1);
  });

  it('marks an empty or too long project name on the field itself, and does not cut names short', async () => {
    const user = userEvent.setup();
    const client = fake();
    render(<App client={client.client} />);
    await user.click(await screen.findByRole('button', { name: 'New project' }));
    const dialog = screen.getByRole('dialog', { name: 'New project' });
    const field = within(dialog).getByLabelText('Project name');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe('Give the project a name.');

    await user.type(field, 'x'.repeat(130));
    expect((field as HTMLInputElement).value).toHaveLength(130);
    expect(within(dialog).getByRole('alert').textContent).toBe('The name has 130 characters; a project name can have at most 120.');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(client.callsTo('projects.create')).toEqual([]);
  });
});
