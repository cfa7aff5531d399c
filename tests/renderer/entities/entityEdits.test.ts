import { describe, expect, it } from 'vitest';
import { entityEdit } from '../../../renderer/entities/entityEdits';
import { entity } from './fixtures';

const vorontsov = entity('v', 'Gennady Vorontsov', { description: 'Head of delegation', notes: 'Check spelling', dateEdtf: '1961' });

describe('entityEdit', () => {
  it('keeps the values a rename overwrites, and says what it was', () => {
    expect(entityEdit(vorontsov, { name: 'Gennadiy Vorontsov' })).toEqual({
      before: { name: 'Gennady Vorontsov' },
      fields: ['name'],
      message: '“Gennady Vorontsov” renamed to “Gennadiy Vorontsov”.',
      description: 'renaming “Gennady Vorontsov” to “Gennadiy Vorontsov”',
    });
  });

  it('names the one field changed, or the entity when several change', () => {
    expect(entityEdit(vorontsov, { notes: 'Spelling checked' })?.description).toBe('notes of “Gennady Vorontsov”');
    expect(entityEdit(vorontsov, { kind: 'organization' })?.before).toEqual({ kind: 'person' });
    // The edit dialog sends every field: only those that changed are put back.
    const all = entityEdit(vorontsov, { kind: 'person', name: 'Vorontsov', description: 'Head of delegation', dateEdtf: '1962', notes: 'Check spelling' });
    expect(all?.before).toEqual({ name: 'Gennady Vorontsov', dateEdtf: '1961' });
    expect(all?.description).toBe('changes to “Vorontsov”');
  });

  it('is nothing when nothing changes', () => {
    expect(entityEdit(vorontsov, { description: 'Head of delegation', notes: undefined })).toBeNull();
  });
});
