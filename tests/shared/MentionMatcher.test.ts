import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../shared/entities/foldName';
import { MentionMatcher } from '../../shared/entities/MentionMatcher';

function found(text: string, names: [string, string][]): string[] {
  const matcher = new MentionMatcher(names.map(([entityId, name]) => ({ entityId, name })));
  return matcher.find(text).map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);
}

describe('foldName', () => {
  it('ignores case, diacritics and compatibility forms, keeps scripts apart', () => {
    expect(foldName('Zürich')).toBe(foldName('ZURICH'));
    expect(foldName('Straße')).toBe('strasse');
    expect(foldName('Łódź')).toBe('lodz');
    expect(foldName('Воронцов')).toBe(foldName('ВОРОНЦОВ'));
    expect(foldName('Фёдор')).toBe(foldName('Федор'));
    expect(foldName('Voronzov')).not.toBe(foldName('Воронцов'));
    expect(foldName('ｆｕｌｌ')).toBe('full');
  });
});

describe('MentionMatcher', () => {
  it('finds names whole-word, case- and diacritic-insensitively, possessives included', () => {
    expect(found('Merkel’s plan and MERKEL. Merkelism is not Merkel; merkel-led talks', [['m', 'Merkel']])).toEqual([
      'm:Merkel',
      'm:MERKEL',
      'm:Merkel',
      'm:merkel',
    ]);
    expect(found('Talks in Zurich and Zürich; Zurichsee is a lake.', [['z', 'Zürich']])).toEqual(['z:Zurich', 'z:Zürich']);
  });

  it('works in other scripts', () => {
    expect(found('Глава делегации Геннадий Воронцов заявил; ВОРОНЦОВ добавил.', [['v', 'Воронцов']])).toEqual([
      'v:Воронцов',
      'v:ВОРОНЦОВ',
    ]);
    expect(found('قال محمد أمس', [['a', 'محمد']])).toEqual(['a:محمد']);
  });

  it('lets the longest of overlapping names win', () => {
    const names: [string, string][] = [
      ['city', 'York'],
      ['ny', 'New York'],
      ['nyt', 'New York Times'],
    ];
    expect(found('The New York Times said New York and York agree.', names)).toEqual(['nyt:New York Times', 'ny:New York', 'city:York']);
  });

  it('allows spaces, line breaks, hyphens and dots inside a name but not other punctuation', () => {
    const names: [string, string][] = [['ny', 'New York'], ['us', 'U.S.']];
    expect(found('New\nYork, New-York, New, York, the U.S. and the U. S.', names)).toEqual([
      'ny:New\nYork',
      'ny:New-York',
      'us:U.S.',
      'us:U. S.',
    ]);
  });

  it('treats names literally, metacharacters and right-to-left marks included', () => {
    expect(found('Operators (a+b)* and a+b and C++ rules, C and c', [['r', '(a+b)*'], ['c', 'C++']])).toEqual(['r:(a+b)*', 'c:C++']);
    expect(found('Talks with Hamas today', [['h', '\u202BHamas\u202C']])).toEqual(['h:Hamas']);
    expect(found('Nothing .* here', [['x', '.*']])).toEqual([]);
  });

  it('reports the same name on two entities as a mention of each', () => {
    expect(found('Achterberg arrived.', [['a', 'Achterberg'], ['b', 'Achterberg']])).toEqual(['a:Achterberg', 'b:Achterberg']);
  });

  it('finds exactly the occurrences a plain word search finds (property)', () => {
    const word = fc.constantFrom('Dravik', 'port', 'Lindhaven', 'talks', 'ships', 'Karvenia');
    const sep = fc.constantFrom(' ', ', ', '. ', '\n', ' (', ') ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 40 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        const expected = parts.filter(([w]) => w === 'Dravik').length;
        expect(new MentionMatcher([{ entityId: 'd', name: 'dravik' }]).find(text)).toHaveLength(expected);
      }),
    );
  });
});
