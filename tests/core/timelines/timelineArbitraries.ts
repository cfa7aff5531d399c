import fc from 'fast-check';

/** Dates of every precision, qualifiers, intervals, open and unknown ends, BC, seasons, and invalid values. */
const pad = (n: number, w: number): string => String(n).padStart(w, '0');

export const mixedDate = (): fc.Arbitrary<string> => {
  const point = fc
    .tuple(fc.integer({ min: -3000, max: 2100 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }), fc.constantFrom('', '', '~', '?', '%'))
    .map(([y, m, d, q]) => {
      const year = `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}`;
      const base = m === 0 ? year : d === 0 ? `${year}-${pad(m, 2)}` : `${year}-${pad(m, 2)}-${pad(d, 2)}`;
      return y === 0 && base.startsWith('-') ? `${base.slice(1)}${q}` : `${base}${q}`;
    });
  return fc.oneof(
    point,
    fc.tuple(point, point).map(([a, b]) => `${a}/${b}`),
    point.map((p) => `${p}/..`),
    point.map((p) => `../${p}`),
    point.map((p) => `${p}/`),
    fc.constantFrom('', '2022-21', '2022-13-01', 'about 1950', '2022-02-30', 'Y-20000', '199X', '1953-07-27T10:00:00Z'),
  );
};
