// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Label } from '../../../shared/api/types';
import { LabelPicker } from '../../../renderer/labels/LabelPicker';

afterEach(cleanup);

const label = (id: string, name: string, color: string): Label => ({ id, name, color, usageCount: 0, createdAt: '', updatedAt: '' });
const onCreate = async (name: string, color: string) => label('new', name, color);

describe('LabelPicker', () => {
  it('offers a colour for a new label that no label has, also when the labels arrive after it shows', () => {
    const { rerender } = render(<LabelPicker labels={[]} selected={[]} onChange={() => {}} onCreate={onCreate} />);
    const colour = screen.getByLabelText('Colour for the new label') as HTMLInputElement;
    expect(colour.value).toBe('#e8a33d');
    rerender(<LabelPicker labels={[label('l1', 'Key claim', '#e8a33d')]} selected={[]} onChange={() => {}} onCreate={onCreate} />);
    expect(colour.value).toBe('#4c8bf5');
  });

  it('shows a chosen label with white text on a dark colour', () => {
    render(<LabelPicker labels={[label('l1', 'Contradiction', '#d64545')]} selected={['l1']} onChange={() => {}} onCreate={onCreate} />);
    expect(screen.getByRole('button', { name: 'Contradiction' }).style.color).toBe('rgb(255, 255, 255)');
  });
});
