import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsToKeep, KEEP_LAST } from '../../../electron/core/backups/projectBackups';
import { testWorkbench } from '../../helpers/testWorkbench';

const HOUR = 60 * 60 * 1000;

function backupsAt(times: number[]) {
  return times.map((t, i) => ({ id: `b${String(i).padStart(3, '0')}`, createdAt: new Date(t).toISOString() }));
}

describe('backup retention', () => {
  const now = Date.parse('2026-12-10T12:00:00.000Z');

  it('keeps everything while there are at most 10', () => {
    const backups = backupsAt([now - 3 * HOUR, now - 2 * HOUR, now - HOUR]);
    expect(backupsToKeep(backups, new Date(now)).size).toBe(3);
  });

  it('keeps the last 10 plus the newest of each of the last 7 days, and nothing older', () => {
    // Every 6 hours for 12 days: 48 backups, 4 a day.
    const times = Array.from({ length: 48 }, (_, i) => now - i * 6 * HOUR);
    const backups = backupsAt(times);
    const keep = backupsToKeep(backups, new Date(now));
    const kept = backups.filter((b) => keep.has(b.id));
    // The 10 newest…
    for (const b of backups.slice(0, KEEP_LAST)) expect(keep.has(b.id)).toBe(true);
    // …and one per day for days within the week that the 10 newest do not cover.
    const days = new Set(kept.map((b) => b.createdAt.slice(0, 10)));
    expect(days.size).toBe(8);
    for (const b of kept) expect(now - Date.parse(b.createdAt)).toBeLessThanOrEqual(7 * 24 * HOUR);
    // Per older day exactly its newest one.
    const older = kept.filter((b) => !backups.slice(0, KEEP_LAST).includes(b));
    for (const b of older) {
      const sameDay = backups.filter((o) => o.createdAt.slice(0, 10) === b.createdAt.slice(0, 10));
      expect(b.createdAt).toBe(sameDay.map((o) => o.createdAt).sort().at(-1));
    }
    expect(kept.length).toBe(KEEP_LAST + older.length);
  });

  it('a week later only the last 10 remain (all older than 7 days)', () => {
    const times = Array.from({ length: 30 }, (_, i) => now - 8 * 24 * HOUR - i * HOUR);
    expect(backupsToKeep(backupsAt(times), new Date(now)).size).toBe(KEEP_LAST);
  });
});

describe('backups of the open project', () => {
  it('backs up on open, lists, restores a backup, and undoes the restore', async () => {
    const t = testWorkbench();
    const project = await t.call('projects.create', { name: 'Backed up' });
    await t.call('sources.addText', { title: 'First', text: 'The first state of the project.' });
    const first = await t.call('backups.create', {});
    expect(first.reason).toBe('manual');
    await t.call('sources.addText', { title: 'Second', text: 'Added after the backup.' });
    expect((await t.call('sources.list', {})).map((s) => s.title).sort()).toEqual(['First', 'Second']);

    const { undoBackupId } = await t.call('backups.restore', { id: first.id });
    expect((await t.call('sources.list', {})).map((s) => s.title)).toEqual(['First']);
    const list = await t.call('backups.list', {});
    expect(list.folder).toBe(path.join(t.settingsDir, 'backups', project.id));
    expect(list.backups.map((b) => b.reason)).toEqual(['beforeRestore', 'manual']);
    expect(list.backups[0]!.id).toBe(undoBackupId);
    expect(list.backups[1]!.sizeBytes).toBe(fs.statSync(path.join(list.folder, `${first.id}.dossier`)).size);

    // Undo: the state before the restore comes back, and the project still works.
    await t.call('backups.restore', { id: undoBackupId });
    expect((await t.call('sources.list', {})).map((s) => s.title).sort()).toEqual(['First', 'Second']);
    await t.call('sources.addText', { title: 'Third', text: 'Still writable after two restores.' });

    // Reopening makes an 'open' backup.
    await t.call('projects.close', {});
    await t.call('projects.open', { path: project.path });
    await t.workbench.backupNow('beforeMerge');
    const reasons = (await t.call('backups.list', {})).backups.map((b) => b.reason);
    expect(reasons[0]).toBe('beforeMerge');
    expect(reasons).toContain('open');
    t.workbench.close();
  });

  it('backs up hourly while the project is edited, on the injected clock', async () => {
    let clock = Date.parse('2026-12-10T09:00:00.000Z');
    const t = testWorkbench({ now: () => clock });
    await t.call('projects.create', { name: 'Hourly' });
    const waitForBackups = async (n: number) => {
      for (let i = 0; i < 200 && (await t.call('backups.list', {})).backups.length < n; i += 1) await new Promise((r) => setTimeout(r, 10));
      return (await t.call('backups.list', {})).backups;
    };
    await t.call('sources.addText', { title: 'Early', text: 'Edited at nine.' });
    clock += 59 * 60 * 1000;
    await t.call('sources.addText', { title: 'Later', text: 'Edited at nine fifty-nine.' });
    expect((await t.call('backups.list', {})).backups).toEqual([]);
    clock += 2 * 60 * 1000;
    await t.call('sources.addText', { title: 'After the hour', text: 'Edited past ten.' });
    const backups = await waitForBackups(1);
    expect(backups.map((b) => [b.reason, b.createdAt])).toEqual([['hourly', '2026-12-10T10:01:00.000Z']]);
    // Reading is not editing: no backup for it.
    clock += 2 * 60 * 60 * 1000;
    await t.call('sources.list', {});
    await new Promise((r) => setTimeout(r, 100));
    expect((await t.call('backups.list', {})).backups.length).toBe(1);
    t.workbench.close();
  });

  it('refuses an id that is not a backup (no paths) and changes nothing', async () => {
    const t = testWorkbench();
    await t.call('projects.create', { name: 'Guarded' });
    await t.call('sources.addText', { title: 'Only', text: 'Only text.' });
    for (const id of ['../../etc/passwd', '2026-01-01T00-00-00-000Z-manual']) {
      const error = await t.fail('backups.restore', { id });
      expect(error.code).toBe('NOT_FOUND');
    }
    expect((await t.call('sources.list', {})).map((s) => s.title)).toEqual(['Only']);
    t.workbench.close();
  });
});

describe('a backup that cannot be written', () => {
  it('says where and why, and leaves the project as it was', async () => {
    const t = testWorkbench();
    const project = await t.call('projects.create', { name: 'Nowhere to go' });
    await t.call('sources.addText', { title: 'Kept', text: 'Still here.' });
    // A file where the backups folder should be: nothing can be written under it.
    fs.mkdirSync(path.join(t.settingsDir, 'backups'), { recursive: true });
    fs.writeFileSync(path.join(t.settingsDir, 'backups', project.id), 'not a folder');
    const error = await t.fail('backups.create', {});
    expect(error.code).toBe('READ_ONLY');
    expect(error.message).toContain(`Dossier could not write a backup of this project to ${path.join(t.settingsDir, 'backups', project.id)}`);
    expect((await t.call('sources.list', {})).map((s) => s.title)).toEqual(['Kept']);
    t.workbench.close();
  });
});
