// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityKind, Label } from '../../../shared/api/types';
import { HighlightEditor, type AfterSave, type HighlightValues } from '../../../renderer/annotations/HighlightEditor';
import { fakeClaimsApi } from '../claims/fakeClaimsApi';

const label = (id: string, name: string, color: string): Label => ({ id, name, color, usageCount: 0, createdAt: '', updatedAt: '' });
const known = (id: string, name: string, kind: EntityKind) => [id, { id, name, kind }] as const;
/** The entities of fakeClaimsApi, as the reader passes them for the tags. */
const entitiesById = new Map([
  known('e-karvenia', 'Karvenia', 'place'),
  known('e-dravik', 'Dravik', 'place'),
  known('e-vorontsov', 'Gennady Vorontsov', 'person'),
]);
type OnSave = (values: HighlightValues, then: AfterSave) => Promise<void>;
const tagged = () => within(screen.getByRole('list', { name: 'Tagged entities' })).getAllByRole('listitem').map((li) => li.textContent);

afterEach(cleanup);

describe('HighlightEditor', () => {
  it('toggles labels, creates one inline, and saves note and labels', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<OnSave>(async () => {});
    const onCreateLabel = vi.fn<(name: string, color: string) => Promise<Label>>(async (name, color) => label('new', name, color));
    fakeClaimsApi().renderWithApi(
      <HighlightEditor
        entitiesById={entitiesById}
        isNew
        quote="Two crew members were injured"
        labels={[label('a', 'Casualties', '#e8a33d'), label('b', 'Official', '#4c8bf5')]}
        onCreateLabel={onCreateLabel}
        onSave={onSave}
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'New highlight' })).toBeTruthy();
    // The note field gets focus so the person can type straight away.
    expect(document.activeElement).toBe(screen.getByLabelText('Note'));
    await user.type(screen.getByLabelText('Note'), 'Check with the hospital');

    const casualties = screen.getByRole('button', { name: 'Casualties' });
    const official = screen.getByRole('button', { name: 'Official' });
    expect(casualties.getAttribute('aria-pressed')).toBe('false');
    await user.click(casualties);
    await user.click(official);
    await user.click(official);
    expect(casualties.getAttribute('aria-pressed')).toBe('true');
    expect(official.getAttribute('aria-pressed')).toBe('false');

    await user.type(screen.getByLabelText('New label'), 'Dates{Enter}');
    expect(onCreateLabel).toHaveBeenCalledWith('Dates', expect.stringMatching(/^#[0-9a-f]{6}$/i));

    await user.click(screen.getByRole('button', { name: 'Save highlight' }));
    expect(onSave).toHaveBeenCalledWith({ note: 'Check with the hospital', labelIds: ['a', 'new'], entityIds: [] }, undefined);
  });

  it('starts from the existing note and labels, saves with Ctrl+Enter, and shows a failure', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<OnSave>(async () => {
      throw new Error('that highlight is in the Trash');
    });
    fakeClaimsApi().renderWithApi(
      <HighlightEditor
        entitiesById={entitiesById}
        isNew={false}
        quote="quote"
        initialNote="old note"
        initialLabelIds={['a']}
        labels={[label('a', 'Casualties', '#e8a33d')]}
        onCreateLabel={async () => label('x', 'x', '#000000')}
        onSave={onSave}
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Edit highlight' })).toBeTruthy();
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('old note');
    expect(screen.getByRole('button', { name: 'Casualties' }).getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSave).toHaveBeenCalledWith({ note: 'old note', labelIds: ['a'], entityIds: [] }, undefined);
    expect((await screen.findByRole('alert')).textContent).toBe('That highlight is in the Trash');
  });

  it('typing an existing label name switches that label on instead of creating a duplicate', async () => {
    const user = userEvent.setup();
    const onCreateLabel = vi.fn<(name: string, color: string) => Promise<Label>>();
    fakeClaimsApi().renderWithApi(
      <HighlightEditor
        entitiesById={entitiesById}
        isNew
        quote="q"
        labels={[label('a', 'Casualties', '#e8a33d')]}
        onCreateLabel={onCreateLabel}
        onSave={async () => {}}
        onClose={() => {}}
      />,
    );
    await user.type(screen.getByLabelText('New label'), 'casualties');
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    expect(onCreateLabel).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Casualties' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('tags the highlight with entities: picked by an alias, taken from those named in the passage, removed again; Make claim saves first', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<OnSave>(async () => {});
    fakeClaimsApi().renderWithApi(
      <HighlightEditor
        entitiesById={entitiesById}
        isNew={false}
        quote="Vorontsov said Dravik would reopen"
        initialEntityIds={['e-karvenia']}
        suggestedEntityIds={['e-vorontsov', 'e-karvenia', 'e-dravik']}
        labels={[]}
        onCreateLabel={async () => label('x', 'x', '#000000')}
        onSave={onSave}
        onClose={() => {}}
      />,
    );
    expect(tagged()).toEqual(['Karvenia×']);
    // Named in the passage and not tagged yet: one click each.
    const named = screen.getByRole('group', { name: 'Named in the passage:' });
    expect(within(named).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Tag with Gennady Vorontsov', 'Tag with Dravik']);
    await user.click(within(named).getByRole('button', { name: 'Tag with Dravik' }));
    expect(tagged()).toEqual(['Karvenia×', 'Dravik×']);

    // Found by its Cyrillic alias, picked with the keyboard.
    await user.type(screen.getByRole('combobox', { name: 'Tag with an entity' }), 'воронцов');
    expect(await screen.findByRole('option', { name: /Gennady Vorontsov/ })).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(tagged()).toEqual(['Karvenia×', 'Dravik×', 'Gennady Vorontsov×']);
    expect(screen.queryByRole('group', { name: 'Named in the passage:' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Remove Karvenia' }));
    expect(tagged()).toEqual(['Dravik×', 'Gennady Vorontsov×']);
    await user.click(screen.getByRole('button', { name: 'Make claim' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({ note: '', labelIds: [], entityIds: ['e-dravik', 'e-vorontsov'] }, 'claim'),
    );
  });
});
