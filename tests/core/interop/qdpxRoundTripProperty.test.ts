import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testWorkbench } from '../../helpers/testWorkbench';

// Pieces that stress offsets: code points outside the BMP, combining marks, XML's special characters, line breaks.
const piece = fc.constantFrom('a', 'b', ' ', '\n', 'é', 'e\u0301', '🙂', '𝔸', '&', '<', '>', '"', "'", 'Ж', '\t', 'x y');
const text = fc.array(piece, { minLength: 3, maxLength: 60 }).map((parts) => `Start ${parts.join('')} end`);

const project = text.chain((t) =>
  fc.record({
    text: fc.constant(t),
    spans: fc.uniqueArray(
      fc.tuple(fc.nat({ max: t.length }), fc.nat({ max: t.length })).filter(([a, b]) => a !== b),
      { maxLength: 5, selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}` },
    ),
    note: fc.string({ maxLength: 20 }),
  }),
);

const key = (h: { start: number; end: number }): string => `${h.start}-${h.end}`;

describe('qdpx round trip, property', () => {
  it('any normalized text and any highlights on it come back with the same spans, quotes and notes', async () => {
    await fc.assert(
      fc.asyncProperty(project, async ({ text: raw, spans, note }) => {
        const t = testWorkbench();
        await t.call('projects.create', { name: 'Property' });
        const added = await t.call('sources.addText', { text: raw, title: 'T' });
        const source = await t.call('sources.get', { id: added.sourceId! });
        const made: { start: number; end: number; exact: string; note: string }[] = [];
        for (const [a, b] of spans) {
          let start = Math.min(a, b, source.text.length);
          let end = Math.min(Math.max(a, b), source.text.length);
          // Never split a surrogate pair: the UI cannot select half a character either.
          if (/[\uDC00-\uDFFF]/.test(source.text[start] ?? '')) start -= 1;
          if (/[\uDC00-\uDFFF]/.test(source.text[end] ?? '')) end += 1;
          if (start >= end) continue;
          const h = await t.call('annotations.create', { sourceId: source.id, start, end, note });
          made.push({ start: h.start, end: h.end, exact: h.exact, note: h.note });
        }
        const out = await t.call('interop.exportQdpx', {});
        const other = testWorkbench();
        await other.call('interop.importQdpx', { name: 'p.qdpx', dataBase64: out.dataBase64 });
        const back = await other.call('sources.get', { id: source.id });
        expect(back.text).toBe(source.text);
        const highlights = await other.call('annotations.list', { sourceId: source.id });
        expect(highlights.map((h) => ({ start: h.start, end: h.end, exact: h.exact, note: h.note })).sort((x, y) => key(x).localeCompare(key(y)))).toEqual(
          made.sort((x, y) => key(x).localeCompare(key(y))),
        );
        t.workbench.close();
        other.workbench.close();
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
