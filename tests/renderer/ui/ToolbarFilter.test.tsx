// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ToolbarFilter } from '../../../renderer/ui/ToolbarFilter';

afterEach(cleanup);

function Harness({ leaveOnEnter = false }: { leaveOnEnter?: boolean }) {
  const [value, setValue] = useState('');
  const [left, setLeft] = useState(false);
  return (
    <>
      <ToolbarFilter
        label="Search claims"
        placeholder="Search…"
        value={value}
        onChange={setValue}
        onKeyDown={(e) => {
          if (leaveOnEnter && (e.key === 'Enter' || e.key === 'Escape')) {
            e.preventDefault();
            setLeft(true);
          }
        }}
      />
      <p>{left ? 'left' : 'stayed'}</p>
    </>
  );
}

describe('ToolbarFilter', () => {
  it('is labelled for screen readers and clears on Esc', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('searchbox', { name: 'Search claims' });
    await user.type(box, 'twelve');
    expect((box as HTMLInputElement).value).toBe('twelve');
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('lets the view handle a key first; a key it took does not clear the box', async () => {
    const user = userEvent.setup();
    render(<Harness leaveOnEnter />);
    const box = screen.getByRole('searchbox', { name: 'Search claims' });
    await user.type(box, 'eight{Escape}');
    expect((box as HTMLInputElement).value).toBe('eight');
    expect(screen.getByText('left')).toBeTruthy();
  });
});
