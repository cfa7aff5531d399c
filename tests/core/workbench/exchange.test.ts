import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { base64, testWorkbench } from '../../helpers/testWorkbench';

async function projectFile(t: ReturnType<typeof testWorkbench>): Promise<Buffer> {
  const info = await t.call('projects.current', {});
  if (!info) throw new Error('no project');
  await t.call('projects.close', {});
  const bytes = fs.readFileSync(info.path);
  await t.call('projects.open', { path: info.path });
  return bytes;
}

describe('exchange.* calls', () => {
  it('previews an uploaded colleague file, merges it, lists and resolves conflicts, and keeps the history', async () => {
    const ana = testWorkbench({ userName: 'ana' });
    const ben = testWorkbench({ userName: 'ben' });
    await ana.call('projects.create', { name: 'Harbor (Ana)' });
    await ben.call('projects.create', { name: 'Harbor (Ben)' });
    const label = await ana.call('labels.create', { name: 'Key', color: '#112233' });

    const first = await ben.call('exchange.previewMerge', { file: { name: 'ana.dossier', dataBase64: (await projectFile(ana)).toString('base64') } });
    expect(first.peerName).toBe('Harbor (Ana)');
    expect(first.kinds.find((k) => k.kind === 'labels')?.lists.added).toEqual([{ table: 'labels', id: label.id, title: 'Key' }]);
    const backupsBefore = (await ben.call('backups.list', {})).backups.length;
    const merged = await ben.call('exchange.applyMerge', { stagingId: first.stagingId });
    expect(merged.fileName).toBe('ana.dossier');
    // A backup was taken just before the merge, and Backups lists it.
    const backups = (await ben.call('backups.list', {})).backups;
    expect(backups).toHaveLength(backupsBefore + 1);
    expect(backups[0]?.reason).toBe('beforeMerge');
    expect((await ben.call('labels.list', {})).map((l) => l.name)).toEqual(['Key']);
    // A staged file is used once.
    expect((await ben.fail('exchange.applyMerge', { stagingId: first.stagingId })).message).toMatch(/no longer ready to merge/);

    await ana.call('labels.update', { id: label.id, name: 'Key (Ana)' });
    await ben.call('labels.update', { id: label.id, name: 'Key (Ben)' });
    const second = await ben.call('exchange.previewMerge', { file: { name: 'ana-2.dossier', dataBase64: (await projectFile(ana)).toString('base64') } });
    expect(second.lastExchange?.fileName).toBe('ana.dossier');
    expect(second.kinds.find((k) => k.kind === 'labels')?.conflicts).toBe(1);
    await ben.call('exchange.applyMerge', { stagingId: second.stagingId });
    const [conflict] = await ben.call('exchange.conflicts', {});
    expect(conflict).toMatchObject({ kind: 'labels', kept: 'mine', peerName: 'Harbor (Ana)' });
    expect(conflict?.theirs?.name).toBe('Key (Ana)');
    await ben.call('exchange.resolveConflict', { id: conflict?.id ?? '', keep: 'theirs' });
    expect((await ben.call('labels.list', {})).map((l) => l.name)).toEqual(['Key (Ana)']);
    expect(await ben.call('exchange.conflicts', {})).toEqual([]);
    expect((await ben.call('exchange.history', {})).map((h) => h.fileName)).toEqual(['ana-2.dossier', 'ana.dossier']);
  });

  it('lets two analysts who started from one shared file merge each other’s work, and refuses a file exported from the open project itself', async () => {
    const ana = testWorkbench({ userName: 'ana' });
    const ben = testWorkbench({ userName: 'ben' });
    await ana.call('projects.create', { name: 'Harbor' });
    await ana.call('labels.create', { name: 'Key', color: '#112233' });
    // Ben starts from a copy of Ana's file.
    await ben.call('projects.upload', { name: 'Harbor.dossier', dataBase64: (await projectFile(ana)).toString('base64') });
    await ben.call('labels.create', { name: 'Ben’s label', color: '#445566' });
    await ana.call('labels.create', { name: 'Ana’s label', color: '#778899' });

    const fromBen = await ana.call('exchange.previewMerge', { file: { name: 'ben.dossier', dataBase64: (await projectFile(ben)).toString('base64') } });
    await ana.call('exchange.applyMerge', { stagingId: fromBen.stagingId });
    const fromAna = await ben.call('exchange.previewMerge', { file: { name: 'ana.dossier', dataBase64: (await projectFile(ana)).toString('base64') } });
    await ben.call('exchange.applyMerge', { stagingId: fromAna.stagingId });
    const names = async (t: typeof ana) => (await t.call('labels.list', {})).map((l) => l.name).sort();
    expect(await names(ana)).toEqual(['Ana’s label', 'Ben’s label', 'Key']);
    expect(await names(ben)).toEqual(await names(ana));

    const own = await ana.fail('exchange.previewMerge', { file: { name: 'mine.dossier', dataBase64: (await projectFile(ana)).toString('base64') } });
    expect(own.message).toMatch(/is a copy of the open project itself/);
  });

  it('refuses a bad upload with the core’s message, leaving the project as it was', async () => {
    const ben = testWorkbench({ userName: 'ben' });
    const info = await ben.call('projects.create', { name: 'Harbor (Ben)' });
    await ben.call('labels.create', { name: 'Key', color: '#112233' });
    const error = await ben.fail('exchange.previewMerge', { file: { name: 'notes.dossier', dataBase64: base64('not a project at all '.repeat(10)) } });
    expect(error.message).toBe('“notes.dossier” cannot be used: it is not a Dossier project file (it is a text file).');
    const own = await ben.fail('exchange.previewMerge', { path: info.path });
    expect(own.message).toMatch(/is the open project itself/);
    expect((await ben.call('exchange.history', {}))).toEqual([]);
    expect(fs.readdirSync(`${ben.settingsDir}/exchange-temp`)).toEqual([]);
  });
});
