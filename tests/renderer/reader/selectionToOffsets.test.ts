// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { pointToOffset, selectionToOffsets } from '../../../renderer/reader/selectionToOffsets';

const TEXT = 'Alpha beta gamma.\n\nDelta epsilon.';

/** The reader's DOM shape: one element per segment, each with its data-start. */
function renderSegments(): HTMLElement {
  document.body.innerHTML = `<p id="before">before</p><div id="root"><span data-start="0">Alpha </span><mark data-start="6" data-annotation-ids="a">beta</mark><span data-start="10"> gamma.\n\nDelta epsilon.</span></div><p id="after">after</p>`;
  return document.getElementById('root') as HTMLElement;
}

function textOf(selector: string): Text {
  return document.querySelector(selector)?.firstChild as Text;
}

describe('selectionToOffsets', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = renderSegments();
  });

  it('maps a point in a text node through its segment start', () => {
    expect(pointToOffset(root, textOf('[data-start="6"]'), 2, TEXT.length)).toBe(8);
    expect(pointToOffset(root, textOf('[data-start="10"]'), 3, TEXT.length)).toBe(13);
  });

  it('maps points given as element and child index', () => {
    expect(pointToOffset(root, root, 1, TEXT.length)).toBe(6);
    expect(pointToOffset(root, root, 3, TEXT.length)).toBe(TEXT.length);
    const mark = root.querySelector('mark') as HTMLElement;
    expect(pointToOffset(root, mark, 1, TEXT.length)).toBe(10);
  });

  it('turns a selection across segments into offsets into the text', () => {
    const range = document.createRange();
    range.setStart(textOf('[data-start="0"]'), 0);
    range.setEnd(textOf('[data-start="10"]'), 6);
    expect(selectionToOffsets(root, range, TEXT)).toEqual({ start: 0, end: 16 });
    expect(TEXT.slice(0, 16)).toBe('Alpha beta gamma');
  });

  it('trims whitespace so the highlight hugs the words', () => {
    const range = document.createRange();
    range.setStart(textOf('[data-start="0"]'), 5);
    range.setEnd(textOf('[data-start="10"]'), 1);
    expect(selectionToOffsets(root, range, TEXT)).toEqual({ start: 6, end: 10 });
  });

  it('clips a selection that starts or ends outside the reader', () => {
    const range = document.createRange();
    range.setStart(textOf('#before'), 2);
    range.setEnd(textOf('[data-start="6"]'), 4);
    expect(selectionToOffsets(root, range, TEXT)).toEqual({ start: 0, end: 10 });
    const tail = document.createRange();
    tail.setStart(textOf('[data-start="10"]'), 9);
    tail.setEnd(textOf('#after'), 3);
    expect(selectionToOffsets(root, tail, TEXT)).toEqual({ start: 19, end: TEXT.length });
    expect(TEXT.slice(19)).toBe('Delta epsilon.');
  });

  it('ignores empty, whitespace-only and outside selections', () => {
    const collapsed = document.createRange();
    collapsed.setStart(textOf('[data-start="0"]'), 2);
    expect(selectionToOffsets(root, collapsed, TEXT)).toBeNull();
    const blank = document.createRange();
    blank.setStart(textOf('[data-start="10"]'), 7);
    blank.setEnd(textOf('[data-start="10"]'), 9);
    expect(selectionToOffsets(root, blank, TEXT)).toBeNull();
    const outside = document.createRange();
    outside.selectNodeContents(document.getElementById('after') as HTMLElement);
    expect(selectionToOffsets(root, outside, TEXT)).toBeNull();
  });
});
