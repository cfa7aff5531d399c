import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openIncomingProject } from '../../../electron/core/exchange/incomingProject';
import { tempDir } from '../../helpers/tempDir';
import { testWorkbench, type TestWorkbench } from '../../helpers/testWorkbench';

/** Two sources; each with a highlight, a claim and an event on its own timeline; one shared entity; a memo with history. */
async function twoSourceProject(t: TestWorkbench) {
  await t.call('projects.create', { name: 'Field notes' });
  const a = (await t.call('sources.addText', { title: 'Alpha', text: 'Alpha text names Ivan Petrov and Geneva.' })).sourceId!;
  const b = (await t.call('sources.addText', { title: 'Beta', text: 'Beta text about Oslo only.' })).sourceId!;
  const petrov = await t.call('entities.create', { kind: 'person', name: 'Ivan Petrov' });
  const oslo = await t.call('entities.create', { kind: 'place', name: 'Oslo' });
  const key = await t.call('labels.create', { name: 'Key', color: '#0072b2' });
  const other = await t.call('labels.create', { name: 'Other', color: '#d55e00' });
  const ha = await t.call('annotations.create', { sourceId: a, start: 0, end: 5, labelIds: [key.id] });
  const hb = await t.call('annotations.create', { sourceId: b, start: 0, end: 4, labelIds: [other.id], entityIds: [oslo.id] });
  const ca = await t.call('claims.create', { statement: 'Alpha says so.', annotationIds: [ha.id] });
  await t.call('claims.create', { statement: 'Beta says so.', annotationIds: [hb.id] });
  const ta = await t.call('timelines.create', { name: 'Alpha line' });
  const tb = await t.call('timelines.create', { name: 'Beta line' });
  await t.call('events.create', { title: 'Alpha event', timelineIds: [ta.id], evidence: [{ kind: 'claim', refId: ca.id }] });
  await t.call('events.create', { title: 'Beta event', timelineIds: [tb.id], evidence: [{ kind: 'source', refId: b }] });
  const memo = await t.call('memos.create', { title: 'Brief' });
  await t.call('memos.snapshot', { id: memo.id, name: 'Sent to boss' });
  await t.call('memos.save', { id: memo.id, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Draft text' }] }] }, baseRevision: memo.revision });
  return { a, b, petrov, oslo };
}

function exportedFile(t: TestWorkbench, downloadId: string): string {
  const staged = t.workbench.takeDownload(downloadId);
  expect(staged).not.toBeNull();
  return staged!.path;
}

function rows(file: string, sql: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).pluck().all();
  } finally {
    db.close();
  }
}

describe('exchange.exportProject', () => {
  it('exports the whole project as a self-contained, vacuumed snapshot stamped with who and when', async () => {
    const t = testWorkbench({ userName: 'maria' });
    await twoSourceProject(t);
    const projectId = (await t.call('projects.current', {}))!.id;
    const preview = await t.call('exchange.exportPreview', { includeMemos: true, includeDrafts: true });
    const result = await t.call('exchange.exportProject', { includeMemos: true, includeDrafts: true });
    expect(result.counts).toEqual(preview.counts);
    expect(result.counts).toMatchObject({ sources: 2, annotations: 2, labels: 2, claims: 2, entities: 2, events: 2, timelines: 2, memos: 1 });
    expect(result.fileName).toBe('Field notes.dossier');
    const file = exportedFile(t, result.downloadId);
    expect(fs.statSync(file).size).toBe(result.sizeBytes);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const meta = Object.fromEntries(rows(file, "SELECT json_array(key, value) FROM project_meta").map((r) => JSON.parse(r as string) as [string, string]));
    expect(meta.project_id).toBe(projectId);
    expect(meta.exported_by).toBe('maria');
    expect(Date.now() - Date.parse(meta.exported_at!)).toBeLessThan(60_000);
    expect(JSON.parse(meta.export_scope!)).toEqual({ sources: 'all', memos: true, drafts: true });
    expect(rows(file, 'PRAGMA freelist_count')).toEqual([0]);
    expect(rows(file, 'PRAGMA journal_mode')).toEqual(['delete']);
    // It passes every check a colleague's Dossier makes.
    const incoming = openIncomingProject(file, { tempDir: tempDir() });
    expect(incoming.exportedBy).toBe('maria');
    // The sender is known by its copy's replica id (replicaIdentity.ts), carried in the file.
    expect(meta.replica_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(incoming.projectId).toBe(meta.replica_id);
    incoming.close();
    // Taken once only.
    expect(t.workbench.takeDownload(result.downloadId)).toBeNull();
    t.workbench.close();
  });

  it('limits the file to chosen sources and everything attached to them', async () => {
    const t = testWorkbench();
    const { a } = await twoSourceProject(t);
    const scope = { sourceIds: [a], includeMemos: false, includeDrafts: true };
    const preview = await t.call('exchange.exportPreview', scope);
    const result = await t.call('exchange.exportProject', scope);
    expect(result.counts).toEqual(preview.counts);
    expect(result.counts).toMatchObject({ sources: 1, annotations: 1, labels: 1, claims: 1, events: 1, timelines: 1, memos: 0 });
    const file = exportedFile(t, result.downloadId);
    expect(rows(file, 'SELECT title FROM sources')).toEqual(['Alpha']);
    expect(rows(file, 'SELECT name FROM labels')).toEqual(['Key']);
    expect(rows(file, 'SELECT statement FROM claims')).toEqual(['Alpha says so.']);
    expect(rows(file, 'SELECT title FROM events')).toEqual(['Alpha event']);
    expect(rows(file, 'SELECT name FROM timelines')).toEqual(['Alpha line']);
    // Mentioned in Alpha's text: Petrov; Oslo is only in Beta.
    expect(rows(file, 'SELECT name FROM entities')).toEqual(['Ivan Petrov']);
    expect(rows(file, 'SELECT count(*) FROM memos')).toEqual([0]);
    expect(rows(file, 'PRAGMA foreign_key_check')).toEqual([]);
    expect(JSON.parse(rows(file, "SELECT value FROM project_meta WHERE key = 'export_scope'")[0] as string)).toEqual({ sources: [a], memos: false, drafts: true });
    openIncomingProject(file, { tempDir: tempDir() }).close();
    t.workbench.close();
  });

  it('leaves personal drafts out when asked: autosave history and own templates, keeping named versions', async () => {
    const t = testWorkbench();
    await twoSourceProject(t);
    const memoId = (await t.call('memos.list', {}))[0]!.id;
    await t.call('templates.saveFromMemo', { memoId, name: 'My template' });
    // Restoring the named version keeps the memo as it was in a 'beforeRestore' version: a draft.
    const named = (await t.call('memos.versions.list', { memoId })).find((v) => v.kind === 'named')!;
    await t.call('memos.restoreVersion', { versionId: named.id });
    const withDrafts = await t.call('exchange.exportPreview', { includeMemos: true, includeDrafts: true });
    const preview = await t.call('exchange.exportPreview', { includeMemos: true, includeDrafts: false });
    expect(preview.draftsLeftOut).toBeGreaterThan(0);
    const result = await t.call('exchange.exportProject', { includeMemos: true, includeDrafts: false });
    const file = exportedFile(t, result.downloadId);
    expect(rows(file, 'SELECT DISTINCT kind FROM memo_versions')).toEqual(['named']);
    expect(rows(file, 'SELECT count(*) FROM memo_templates')).toEqual([0]);
    expect(result.counts.memoVersions).toBeLessThan(withDrafts.counts.memoVersions);
    expect(withDrafts.counts.templates).toBe(1);
    expect(result.counts.templates).toBe(0);
    expect(preview.draftsLeftOut).toBe(withDrafts.counts.memoVersions - result.counts.memoVersions + 1);
    expect(rows(file, 'SELECT title FROM memos')).toEqual(['Brief']);
    t.workbench.close();
  });

  it('refuses an empty source choice and changes nothing in the open project', async () => {
    const t = testWorkbench();
    await twoSourceProject(t);
    const error = await t.fail('exchange.exportProject', { sourceIds: [], includeMemos: true, includeDrafts: true });
    expect(error.message).toMatch(/choose at least one source/);
    t.workbench.close();
  });
});
