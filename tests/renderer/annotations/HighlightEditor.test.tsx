// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Label } from '../../../shared/api/types';
import { HighlightEditor } from '../../../renderer/annotations/HighlightEditor';

const label = (id: string, name: string, color: string): Label => ({ id, name, color, usageCount: 0, createdAt: '', updatedAt: '' });

afterEach(cleanup);

describe('HighlightEditor', () => {
  it('toggles labels, creates one inline, and saves note and labels', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<(note: string, labelIds: string[]) => Promise<void>>(async () => {});
    const onCreateLabel = vi.fn<(name: string, color: string) => Promise<Label>>(async (name, color) => label('new', name, color));
    render(
      <HighlightEditor
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
    expect(onSave).toHaveBeenCalledWith('Check with the hospital', ['a', 'new']);
  });

  it('starts from the existing note and labels, saves with Ctrl+Enter, and shows a failure', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<(note: string, labelIds: string[]) => Promise<void>>(async () => {
      throw new Error('that highlight is in the Trash');
    });
    render(
      <HighlightEditor
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
    expect(onSave).toHaveBeenCalledWith('old note', ['a']);
    expect((await screen.findByRole('alert')).textContent).toBe('That highlight is in the Trash');
  });

  it('typing an existing label name switches that label on instead of creating a duplicate', async () => {
    const user = userEvent.setup();
    const onCreateLabel = vi.fn<(name: string, color: string) => Promise<Label>>();
    render(
      <HighlightEditor
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
});
