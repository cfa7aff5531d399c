// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation, Label } from '../../../shared/api/types';
import { ReaderText } from '../../../renderer/reader/ReaderText';

const TEXT = 'Alpha beta gamma delta epsilon.\n\nZeta eta theta.';

function annotation(id: string, start: number, end: number, labelIds: string[] = []): Annotation {
  return {
    id,
    sourceId: 's1',
    start,
    end,
    exact: TEXT.slice(start, end),
    prefix: '',
    suffix: '',
    note: '',
    labelIds,
    entityIds: [],
    createdAt: '',
    updatedAt: '',
    createdBy: '',
  };
}

afterEach(cleanup);

describe('ReaderText', () => {
  const labels = new Map<string, Label>([['red', { id: 'red', name: 'Red', color: '#e5534b', usageCount: 1, createdAt: '', updatedAt: '' }]]);

  it('draws overlapping highlights as segments that know every covering highlight', () => {
    const annotations = [annotation('outer', 6, 22), annotation('inner', 11, 16, ['red'])];
    render(
      <ReaderText sourceId="s1" text={TEXT} annotations={annotations} labelsById={labels} onHighlightClick={() => {}} rootRef={createRef()} />,
    );
    const root = screen.getByTestId('reader-text');
    expect(root.textContent).toBe(TEXT);
    const marks = Array.from(root.querySelectorAll('mark'));
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-annotation-ids'), m.getAttribute('data-start')])).toEqual([
      ['beta ', 'outer', '6'],
      ['gamma', 'outer inner', '11'],
      [' delta', 'outer', '16'],
    ]);
    // Deeper overlap draws stronger; the innermost highlight's label gives the colour.
    expect(marks[1]?.className).toContain('hl-d2');
    expect(marks[1]?.className).toContain('lc-red');
    expect(marks[0]?.className).toContain('hl-d1');
    // Every covering highlight keeps its own stripe: the outer one in the default colour, the inner one in red above it.
    expect(marks[1]?.className).toContain('hl-s2');
    expect(marks[1]?.className).toContain('l0-x');
    expect(marks[1]?.className).toContain('l1-red');
    expect(marks[0]?.className).toContain('l0-x');
    expect(document.querySelector('style')?.textContent).toContain('.lc-red{--hl:#e5534b}');
    // Plain text keeps its newlines and its offsets.
    expect(root.querySelector('span[data-start="22"]')?.textContent).toBe(' epsilon.\n\nZeta eta theta.');
  });

  it('reports the highlights under a click, innermost first, and marks when it is ready', () => {
    const onClick = vi.fn<(ids: string[]) => void>();
    const marks: unknown[] = [];
    const observer = vi.spyOn(performance, 'mark').mockImplementation((name, options) => {
      marks.push([name, options?.detail]);
      return undefined as unknown as PerformanceMark;
    });
    render(
      <ReaderText
        sourceId="s1"
        text={TEXT}
        annotations={[annotation('outer', 0, 30), annotation('inner', 6, 10)]}
        labelsById={labels}
        onHighlightClick={onClick}
        rootRef={createRef()}
      />,
    );
    fireEvent.click(screen.getByText('beta'));
    expect(onClick).toHaveBeenCalledWith(['inner', 'outer']);
    expect(marks).toContainEqual(['dossier:reader-ready', expect.objectContaining({ sourceId: 's1', highlights: 2 })]);
    observer.mockRestore();
  });
});
