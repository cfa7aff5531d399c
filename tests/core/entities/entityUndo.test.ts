import { describe, expect, it } from 'vitest';
import { testWorkbench } from '../../helpers/testWorkbench';

const text = 'Vorontsov met Achterberg in Lindhaven. Vorontsov left. Dravik waits.';

async function withVorontsov() {
  const t = testWorkbench({ userName: 'ana' });
  await t.call('projects.create', { name: 'Undo' });
  const { sourceId } = await t.call('sources.addText', { text, title: 'Herald' });
  const entity = await t.call('entities.create', { kind: 'person', name: 'Gennady Vorontsov', aliases: ['Vorontsov'] });
  return { t, sourceId: sourceId ?? '', entity, aliasId: entity.aliasRows[0]?.id ?? '' };
}

describe('taking entity edits back', () => {
  it('restores a removed alias with its id, and its mentions with it', async () => {
    const { t, entity, aliasId } = await withVorontsov();
    await t.call('entities.removeAlias', { aliasId });
    expect((await t.call('entities.list', {}))[0]?.mentionCount).toBe(0);
    const restored = await t.call('entities.restoreAlias', { aliasId });
    expect(restored.aliasRows.map((a) => [a.id, a.alias])).toEqual([[aliasId, 'Vorontsov']]);
    expect((await t.call('entities.get', { id: entity.id })).mentionTotal).toBe(2);
    // Restoring a live alias changes nothing.
    expect((await t.call('entities.restoreAlias', { aliasId })).aliasRows).toHaveLength(1);
  });

  it('refuses to restore an alias the entity has meanwhile taken again, and changes nothing', async () => {
    const { t, entity, aliasId } = await withVorontsov();
    await t.call('entities.removeAlias', { aliasId });
    await t.call('entities.addAlias', { entityId: entity.id, alias: 'VORONTSOV' });
    const failure = await t.fail('entities.restoreAlias', { aliasId });
    expect(failure.code).toBe('ALREADY_EXISTS');
    expect(failure.message).toBe('“Vorontsov” is already a name of Gennady Vorontsov.');
    expect((await t.call('entities.get', { id: entity.id })).entity.aliases).toEqual(['VORONTSOV']);
  });

  it('says plainly when the alias or its entity is gone', async () => {
    const { t, entity, aliasId } = await withVorontsov();
    expect((await t.fail('entities.restoreAlias', { aliasId: 'no-such-alias' })).code).toBe('NOT_FOUND');
    await t.call('entities.removeAlias', { aliasId });
    await t.call('entities.delete', { id: entity.id });
    expect((await t.fail('entities.restoreAlias', { aliasId })).message).toMatch(/no longer exists/u);
  });

  it('suggests a dismissed name again once the dismissal is taken back', async () => {
    const { t, sourceId } = await withVorontsov();
    const place = (await t.call('entities.suggest', { sourceId })).find((x) => x.name === 'Lindhaven');
    expect(place).toBeDefined();
    await t.call('entities.dismissSuggestion', { key: place?.key ?? '' });
    expect((await t.call('entities.suggest', { sourceId })).map((x) => x.name)).not.toContain('Lindhaven');
    await t.call('entities.undismissSuggestion', { key: place?.key ?? '' });
    expect((await t.call('entities.suggest', { sourceId })).map((x) => x.name)).toContain('Lindhaven');
  });
});
