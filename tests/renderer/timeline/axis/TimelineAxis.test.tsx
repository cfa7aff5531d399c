// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createRef, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TimelineAxis, type TimelineAxisHandle } from '../../../../renderer/timeline/axis/TimelineAxis';
import type { AxisItem } from '../../../../renderer/timeline/axis/axisData';
import { TYPES, dayItem, item, utcDay } from './fixtures';

const ITEMS: AxisItem[] = [
  dayItem('talks', 2022, 3, 1, { title: 'Talks resume' }),
  dayItem('memo', 2022, 6, 1, { title: 'Leaked memo', typeId: 'warning', uncertain: true }),
  item('mission', utcDay(2022, 8, 1), utcDay(2022, 11, 1) - 1, { title: 'Observer mission', approximate: true, uncertain: true }),
  item('sanctions', utcDay(2022, 10, 1), 1e300, { title: 'Sanctions', openEnd: true, typeId: null }),
  dayItem('old', 1990, 1, 1, { title: 'Long ago <script> & "quotes"' }),
];

beforeAll(() => {
  // jsdom has no canvas: the axis must still lay out, respond and export.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

afterEach(cleanup);

function Controlled({ initial = null, onSelect }: { initial?: string | null; onSelect?: (id: string | null) => void }) {
  const [selectedId, setSelectedId] = useState<string | null>(initial);
  return (
    <>
      <TimelineAxis
        items={ITEMS}
        types={TYPES}
        selectedId={selectedId}
        onSelect={(id) => {
          onSelect?.(id);
          setSelectedId(id);
        }}
        now={utcDay(2022, 7, 1)}
      />
      <button type="button" onClick={() => setSelectedId('talks')}>
        select talks
      </button>
    </>
  );
}

function caption(): string {
  return screen.getByTestId('timeline-axis-caption').textContent ?? '';
}

/** The view the caption names, as [start, end] in ms. */
function shown(): [number, number] {
  const [from, to] = caption().split(' – ');
  return [Date.parse(`${from} UTC`), Date.parse(`${to} UTC`)];
}

describe('TimelineAxis', () => {
  it('fits every event at first and zooms with the buttons and keys', async () => {
    render(<Controlled />);
    expect(caption()).toMatch(/1989 – .*2023/);
    const plot = screen.getByRole('group', { name: /Timeline/ });
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(caption()).not.toMatch(/1989/));
    const zoomed = caption();
    fireEvent.keyDown(plot, { key: '-' });
    fireEvent.keyDown(plot, { key: '-' });
    await waitFor(() => expect(caption()).not.toBe(zoomed));
    fireEvent.keyDown(plot, { key: '0' });
    await waitFor(() => expect(caption()).toMatch(/1989 – .*2023/));
  });

  it('pans with the arrow keys', async () => {
    render(<Controlled />);
    const plot = screen.getByRole('group', { name: /Timeline/ });
    fireEvent.keyDown(plot, { key: '+' });
    await waitFor(() => expect(caption()).not.toMatch(/1989/));
    const before = caption();
    const [startBefore, endBefore] = shown();
    fireEvent.keyDown(plot, { key: 'ArrowLeft', shiftKey: true });
    await waitFor(() => expect(caption()).not.toBe(before));
    const [start, end] = shown();
    // Half a view to the left, the span unchanged (within the caption's day precision).
    expect(startBefore - start).toBeCloseTo((endBefore - startBefore) / 2, -9);
    expect(end - start).toBeCloseTo(endBefore - startBefore, -9);
  });

  it('selects the event nearest the centre with Enter, steps with ] and [, and clears with Escape', async () => {
    const onSelect = vi.fn<(id: string | null) => void>();
    render(<Controlled onSelect={onSelect} />);
    const plot = screen.getByRole('group', { name: /Timeline/ });
    // Centre on today (1 Jul 2022), zoomed to a couple of years: the nearest event is the memo of 1 June.
    for (let i = 0; i < 6; i += 1) fireEvent.keyDown(plot, { key: '+' });
    fireEvent.keyDown(plot, { key: 't' });
    await waitFor(() => {
      const [start, end] = shown();
      expect(end - start).toBeLessThan(3 * 365 * 86_400_000);
      expect((start + end) / 2).toBeCloseTo(utcDay(2022, 7, 1), -8);
    });
    fireEvent.keyDown(plot, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('memo');
    fireEvent.keyDown(plot, { key: ']' });
    expect(onSelect).toHaveBeenLastCalledWith('mission');
    fireEvent.keyDown(plot, { key: '[' });
    expect(onSelect).toHaveBeenLastCalledWith('memo');
    expect(await screen.findByText(/Leaked memo — 1 Jun 2022 \(uncertain\)/)).toBeTruthy();
    fireEvent.keyDown(plot, { key: 'Escape' });
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('scrolls a selection made elsewhere into view', async () => {
    render(<Controlled />);
    const plot = screen.getByRole('group', { name: /Timeline/ });
    for (let i = 0; i < 9; i += 1) fireEvent.keyDown(plot, { key: '+' });
    const talks = utcDay(2022, 3, 1);
    await waitFor(() => expect(shown()[1]).toBeLessThan(talks));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'select talks' }));
    });
    await waitFor(() => {
      const [start, end] = shown();
      expect(start).toBeLessThan(talks);
      expect(end).toBeGreaterThan(talks);
    });
  });

  it('exports the view as standalone SVG with the titles escaped and every reference inside', async () => {
    const ref = createRef<TimelineAxisHandle>();
    render(<TimelineAxis ref={ref} items={ITEMS} types={TYPES} selectedId="memo" onSelect={() => {}} now={utcDay(2022, 7, 1)} />);
    const svg = ref.current?.exportSvg() ?? '';
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('svg');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Summit', 'Warning', 'No type', 'Today', '1990', 'Long ago <script> & "quotes"', '3 events']));
    expect(svg).not.toContain('<script>');
    expect(svg).not.toMatch(/href=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const ids = new Set(Array.from(doc.querySelectorAll('[id]')).map((e) => e.id));
    for (const match of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids.has(match[1] as string)).toBe(true);
    // Open end: a gradient fading to nothing; uncertain: a hatch pattern.
    const stops = Array.from(doc.getElementsByTagName('stop')).map((stop) => stop.getAttribute('stop-opacity'));
    expect(stops).toContain('0');
    expect(doc.getElementsByTagName('pattern')).toHaveLength(1);
  });

  it('zooms into an event in the exported view once it has been selected', async () => {
    const ref = createRef<TimelineAxisHandle>();
    render(<TimelineAxis ref={ref} items={ITEMS} types={TYPES} selectedId={null} onSelect={() => {}} />);
    const plot = screen.getByRole('group', { name: /Timeline/ });
    for (let i = 0; i < 10; i += 1) fireEvent.keyDown(plot, { key: '+' });
    await waitFor(() => expect(ref.current?.exportSvg()).not.toContain('>1990<'));
    act(() => ref.current?.fitAll());
    expect(ref.current?.exportSvg()).toContain('>1990<');
  });

  it('says so when there is nothing to show', () => {
    render(<TimelineAxis items={[]} types={TYPES} selectedId={null} onSelect={() => {}} />);
    expect(screen.getByText('No dated events to show yet.')).toBeTruthy();
  });
});

/** An axis whose events grow, as when events are added elsewhere. */
function Growing() {
  const [items, setItems] = useState<AxisItem[]>(ITEMS);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <>
      <TimelineAxis items={items} types={TYPES} selectedId={selectedId} onSelect={setSelectedId} now={utcDay(2022, 7, 1)} />
      <button
        type="button"
        onClick={() => {
          // An event in the middle of what the axis shows now.
          const [from, to] = shown();
          setItems((list) => [...list, item('inview', (from + to) / 2, (from + to) / 2 + 86_400_000 - 1, { title: 'In view' })]);
        }}
      >
        add in view
      </button>
      <button type="button" onClick={() => setItems((list) => [...list, dayItem('far', 1900, 1, 1, { title: 'Far back' }), dayItem('far2', 1901, 1, 1)])}>
        add far
      </button>
      <button
        type="button"
        onClick={() => {
          setItems((list) => [...list, dayItem('selected-far', 1850, 6, 1, { title: 'Selected far' })]);
          setSelectedId('selected-far');
        }}
      >
        add and select far
      </button>
    </>
  );
}
describe('TimelineAxis with events added', () => {



  it('keeps the analyst\'s zoom when an added event is in view, fits when none of the added ones is', async () => {
    render(<Growing />);
    const plot = screen.getByRole('group', { name: /Timeline/ });
    for (let i = 0; i < 12; i += 1) fireEvent.keyDown(plot, { key: '+' });
    await waitFor(() => expect(caption()).not.toMatch(/1989/));
    const zoomed = caption();
    fireEvent.click(screen.getByRole('button', { name: 'add in view' }));
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    expect(caption()).toBe(zoomed);
    fireEvent.click(screen.getByRole('button', { name: 'add far' }));
    await waitFor(() => expect(shown()[0]).toBeLessThan(utcDay(1900, 1, 1)));
    expect(shown()[1]).toBeGreaterThan(utcDay(2022, 11, 1));
  });

  it('reveals an added event that is selected at once', async () => {
    render(<Growing />);
    const plot = screen.getByRole('group', { name: /Timeline/ });
    for (let i = 0; i < 12; i += 1) fireEvent.keyDown(plot, { key: '+' });
    await waitFor(() => expect(caption()).not.toMatch(/1989/));
    fireEvent.click(screen.getByRole('button', { name: 'add and select far' }));
    await waitFor(() => {
      const [from, to] = shown();
      expect(from).toBeLessThanOrEqual(utcDay(1850, 6, 1));
      expect(to).toBeGreaterThanOrEqual(utcDay(1850, 6, 1));
    });
  });
});
