import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DOSSIER_APPLICATION_ID } from '../../../electron/core/db/projectDatabase';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations/migrations';
import { UUID_V7_PATTERN } from '../../../electron/core/ids/newId';
import { tempDir } from '../../helpers/tempDir';
import { base64, testWorkbench } from '../../helpers/testWorkbench';

function fileBytes(filePath: string): Buffer {
  return fs.readFileSync(filePath);
}

describe('projects', () => {
  it('creates a project file marked as Dossier, WAL, with foreign keys and metadata', async () => {
    const t = testWorkbench({ userName: 'maria' });
    const info = await t.call('projects.create', { name: 'Harbor talks' });
    expect(info.name).toBe('Harbor talks');
    expect(info.path).toBe(fs.realpathSync(path.join(t.projectsDir, 'Harbor talks.dossier')));
    expect(info.id).toMatch(UUID_V7_PATTERN);
    expect(info.counts).toEqual({ sources: 0, annotations: 0, labels: 0, claims: 0, entities: 0, timelines: 0, memos: 0, trash: 0 });
    await t.call('projects.close', {});
    const db = new Database(info.path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(DOSSIER_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare("SELECT value FROM project_meta WHERE key = 'created_by'").get()).toEqual({ value: 'maria' });
    db.close();
  });

  it('gives a second project with the same name its own file and lists both', async () => {
    const t = testWorkbench();
    const a = await t.call('projects.create', { name: 'Talks: round 2/3' });
    const b = await t.call('projects.create', { name: 'Talks: round 2/3' });
    expect(path.basename(a.path)).toBe('Talks round 2 3.dossier');
    expect(path.basename(b.path)).toBe('Talks round 2 3 (2).dossier');
    const listed = await t.call('projects.list', {});
    expect(listed.map((p) => p.name)).toEqual(['Talks: round 2/3', 'Talks: round 2/3']);
  });

  it('keeps everything across close and reopen, and remembers recent projects', async () => {
    const t = testWorkbench();
    const created = await t.call('projects.create', { name: 'Persisted' });
    const label = await t.call('labels.create', { name: 'Key claim', color: '#E8A33D' });
    const added = await t.call('sources.addText', { text: 'The ministry confirmed the talks on March 27.', outlet: 'Veltra Daily' });
    const note = await t.call('annotations.create', { sourceId: added.sourceId ?? '', start: 4, end: 12, note: 'who?', labelIds: [label.id] });
    await t.call('projects.close', {});
    expect(await t.call('projects.current', {})).toBeNull();

    // A new workbench is a restart of the app.
    const again = testWorkbench({ projectsDir: t.projectsDir, settingsDir: t.settingsDir });
    const recent = await again.call('projects.recent', {});
    expect(recent[0]).toMatchObject({ path: created.path, name: 'Persisted', exists: true });
    await again.call('projects.open', { path: created.path });
    const [annotation] = await again.call('annotations.list', { sourceId: added.sourceId ?? '' });
    expect(annotation).toMatchObject({ id: note.id, exact: 'ministry', note: 'who?', labelIds: [label.id] });
    expect((await again.call('labels.list', {}))[0]).toMatchObject({ name: 'Key claim', color: '#e8a33d', usageCount: 1 });
  });

  it('renames a project and its file, and the recent list follows', async () => {
    const t = testWorkbench();
    const created = await t.call('projects.create', { name: 'Old name' });
    await t.call('sources.addText', { text: 'Kept across the rename.' });
    const renamed = await t.call('projects.rename', { name: '  New name ' });
    expect(renamed.name).toBe('New name');
    expect(renamed.path).toBe(path.join(path.dirname(created.path), 'New name.dossier'));
    expect(fs.existsSync(created.path)).toBe(false);
    expect(renamed.counts.sources).toBe(1);
    expect(await t.call('projects.recent', {})).toMatchObject([{ name: 'New name', path: renamed.path }]);
    // A name whose file is taken keeps the old file name.
    const other = testWorkbench({ projectsDir: t.projectsDir });
    await other.call('projects.create', { name: 'Taken' });
    expect((await t.call('projects.rename', { name: 'Taken' })).path).toBe(renamed.path);
    expect((await t.fail('projects.rename', { name: '   ' })).code).toBe('BAD_INPUT');
  });

  it('forgets a recent project whose file is gone', async () => {
    const t = testWorkbench();
    const info = await t.call('projects.create', { name: 'Gone' });
    await t.call('projects.close', {});
    fs.rmSync(info.path);
    expect((await t.call('projects.recent', {}))[0]).toMatchObject({ exists: false });
    expect(await t.call('projects.forgetRecent', { path: info.path })).toEqual([]);
  });

  it('creates a project at a chosen path and adds the extension', async () => {
    const t = testWorkbench();
    const dir = tempDir();
    const info = await t.call('projects.create', { name: 'Elsewhere', path: path.join(dir, 'elsewhere') });
    expect(info.path).toBe(path.join(fs.realpathSync(dir), 'elsewhere.dossier'));
    expect((await t.fail('projects.create', { name: 'Again', path: info.path })).code).toBe('ALREADY_EXISTS');
  });

  it('refuses to open one file in two workbenches at once', async () => {
    const a = testWorkbench();
    const info = await a.call('projects.create', { name: 'Shared' });
    const b = testWorkbench({ projectsDir: a.projectsDir });
    const error = await b.fail('projects.open', { path: info.path });
    expect(error.code).toBe('ALREADY_OPEN');
    await a.call('projects.close', {});
    await b.call('projects.open', { path: info.path });
  });

  it('uploads a project file into the projects folder and opens it', async () => {
    const source = testWorkbench();
    const info = await source.call('projects.create', { name: 'From a colleague' });
    await source.call('sources.addText', { text: 'Shared text.' });
    await source.call('projects.close', {});

    const t = testWorkbench();
    const opened = await t.call('projects.upload', { name: 'colleague.dossier', dataBase64: base64(fileBytes(info.path)) });
    expect(opened.name).toBe('From a colleague');
    expect(path.dirname(opened.path)).toBe(fs.realpathSync(t.projectsDir));
    expect(opened.counts.sources).toBe(1);
  });

  it('opens the sample project with sources, labels and highlights', async () => {
    const t = testWorkbench();
    const info = await t.call('projects.openSample', {});
    expect(info.counts.sources).toBeGreaterThanOrEqual(4);
    expect(info.counts.labels).toBeGreaterThanOrEqual(3);
    expect(info.counts.annotations).toBeGreaterThanOrEqual(8);
    // Opening it again opens the same file instead of building another copy.
    await t.call('projects.close', {});
    const again = await t.call('projects.openSample', {});
    expect(again.path).toBe(info.path);
    expect((await t.call('projects.list', {})).length).toBe(1);
  });
});

describe('project files on disk', () => {
  it('leave no -wal or -shm files behind once closed and listed', async () => {
    const t = testWorkbench();
    await t.call('projects.create', { name: 'Tidy' });
    await t.call('sources.addText', { text: 'Some text.' });
    await t.call('projects.close', {});
    await t.call('projects.list', {});
    expect(fs.readdirSync(t.projectsDir)).toEqual(['Tidy.dossier']);
  });
});
