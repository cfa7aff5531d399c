import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { EVENT_ROW } from '../../../shared/api/timelineTypes';
import type { EventList } from '../../../shared/api/timelineTypes';
import { base64 } from '../../helpers/testWorkbench';
import type { TestWorkbench } from '../../helpers/testWorkbench';
import { mixedDate } from './timelineArbitraries';
import { timelineProject } from './timelineTestProject';

const TIMELINEJS_HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

function file(name: string, text: string | Uint8Array) {
  return { name, dataBase64: base64(text) };
}

/** What an event is, by names: comparable across timelines and projects. */
function described(list: EventList, types: Map<string, string>) {
  const name = (id: string | null): string => (id === null ? '' : (list.entities[id]?.name ?? '?'));
  return list.rows.map((row) => ({
    title: row[EVENT_ROW.title],
    description: row[EVENT_ROW.description],
    date: row[EVENT_ROW.dateEdtf],
    type: types.get(row[EVENT_ROW.typeId] ?? '') ?? '',
    place: name(row[EVENT_ROW.placeEntityId]),
    entities: row[EVENT_ROW.entityIds].map(name).toSorted(),
    evidence: row[EVENT_ROW.evidenceCount],
  }));
}

async function typeNamesOf(t: TestWorkbench): Promise<Map<string, string>> {
  return new Map((await t.call('eventTypes.list', {})).map((type) => [type.id, type.name]));
}

async function importInto(t: TestWorkbench, name: string, text: string, newTimelineName: string) {
  const preview = await t.call('timelines.importPreview', { file: file(name, text) });
  return { preview, result: await t.call('timelines.importCommit', { token: preview.token, newTimelineName, skipInvalid: false }) };
}

/** Text that spreadsheets and CSV parsers get wrong: quotes, separators, newlines, formulas, apostrophes. */
const awkwardText = (minLength: number) =>
  fc
    .string({ unit: fc.constantFrom('a', 'B', ' ', '"', ',', ';', '\n', '=', '+', '-', '@', "'", '\t', 'é', '—', '1'), minLength, maxLength: 30 })
    .filter((s) => minLength === 0 || s.trim() !== '');

describe('timeline files', () => {
  it('round-trip random events through Dossier CSV and through TimelineJS with nothing lost', async () => {
    const { t, dravik, vorontsov, halvorsen, claim, passage, sourceId, typeId } = await timelineProject();
    const names = await typeNamesOf(t);
    const evidenceChoices = [
      { kind: 'claim' as const, refId: claim.id },
      { kind: 'annotation' as const, refId: passage.id },
      { kind: 'source' as const, refId: sourceId },
    ];
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            title: awkwardText(1),
            description: awkwardText(0),
            dateEdtf: mixedDate(),
            type: fc.constantFrom('', 'Summit', 'Warning', 'Turning point'),
            place: fc.constantFrom(null, dravik.id),
            entityIds: fc.subarray([vorontsov.id, halvorsen.id]),
            evidence: fc.subarray(evidenceChoices),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (events) => {
          round += 1;
          const source = await t.call('timelines.create', { name: `Source ${round}` });
          await t.call('events.createMany', {
            events: events.map((e) => ({
              title: e.title,
              description: e.description,
              dateEdtf: e.dateEdtf,
              typeId: e.type ? typeId(e.type) : null,
              placeEntityId: e.place,
              entityIds: e.entityIds,
              evidence: e.evidence,
              timelineIds: [source.id],
            })),
          });
          const original = described(await t.call('events.list', { timelineId: source.id }), names);

          const csv = await t.call('timelines.export', { timelineId: source.id, format: 'csv' });
          for (const cell of (parse(csv.text, { bom: true }) as string[][]).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          const viaCsv = await importInto(t, csv.fileName, csv.text, `CSV ${round}`);
          expect(viaCsv.preview.rows.flatMap((r) => r.errors)).toEqual([]);
          expect(described(await t.call('events.list', { timelineId: viaCsv.result.timelineId }), names)).toEqual(original);

          const tjs = await t.call('timelines.export', { timelineId: source.id, format: 'timelinejs' });
          const viaTjs = await importInto(t, tjs.fileName, tjs.text, `TimelineJS ${round}`);
          // TimelineJS has no places, people or evidence: the rest comes back whole.
          const withoutLinks = (list: ReturnType<typeof described>) => list.map(({ title, description, date, type }) => ({ title, description, date, type }));
          expect(withoutLinks(described(await t.call('events.list', { timelineId: viaTjs.result.timelineId }), names))).toEqual(withoutLinks(original));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('exports the TimelineJS header row exactly, with dates by precision, Group and Background from the type', async () => {
    const { t, typeId } = await timelineProject();
    const tl = await t.call('timelines.create', { name: 'Negotiations / 2022' });
    await t.call('events.createMany', {
      events: [
        { title: 'Armistice', dateEdtf: '1953-07-27/..', typeId: typeId('Turning point'), timelineIds: [tl.id] },
        { title: 'Talks', dateEdtf: '1955-05-15/1955-10-26', timelineIds: [tl.id] },
        { title: '=cmd|" /C calc"!A0', dateEdtf: '2022-03', typeId: typeId('Summit'), timelineIds: [tl.id] },
      ],
    });
    const exported = await t.call('timelines.export', { timelineId: tl.id, format: 'timelinejs' });
    expect(exported.fileName).toBe('Negotiations 2022 (TimelineJS).csv');
    const lines = exported.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(TIMELINEJS_HEADER);
    expect(lines[1]).toBe('1953,7,27,,,,,,27 Jul 1953 – present [1953-07-27/..],Armistice,,,,,,,Turning point,#cc79a7');
    expect(lines[2]).toBe('1955,5,15,,1955,10,26,,15 May – 26 Oct 1955,Talks,,,,,,,,');
    expect(lines[3]).toBe(`2022,3,,,,,,,March 2022,"'=cmd|"" /C calc""!A0",,,,,,,Summit,#0072b2`);

    const csv = await t.call('timelines.export', { timelineId: null, format: 'csv' });
    expect(csv.fileName).toBe('All events.csv');
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Title,Date (EDTF),Date in words,Type,Place,Entities,Description,Evidence');
  });

  it('never writes impossible TimelineJS date parts: invalid dates get empty columns, the typed value in Display Date, and a warning each', async () => {
    const { t } = await timelineProject();
    const tl = await t.call('timelines.create', { name: 'Bad dates' });
    await t.call('events.createMany', {
      events: [
        { title: 'Talks resume', dateEdtf: '2022-02-30', timelineIds: [tl.id] },
        { title: 'Meeting', dateEdtf: 'March 27', timelineIds: [tl.id] },
        { title: 'Undated', dateEdtf: '', timelineIds: [tl.id] },
        { title: 'Good', dateEdtf: '2022-03-27', timelineIds: [tl.id] },
      ],
    });
    const exported = await t.call('timelines.export', { timelineId: tl.id, format: 'timelinejs' });
    const records = parse(exported.text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const byTitle = new Map(records.map((r) => [r.Headline, r]));
    for (const title of ['Talks resume', 'Meeting']) {
      const row = byTitle.get(title);
      expect([row?.Year, row?.Month, row?.Day, row?.['End Year'], row?.['End Month'], row?.['End Day']]).toEqual(['', '', '', '', '', '']);
    }
    expect(byTitle.get('Talks resume')?.['Display Date']).toContain('2022-02-30');
    expect(byTitle.get('Meeting')?.['Display Date']).toContain('March 27');
    expect(byTitle.get('Good')).toMatchObject({ Year: '2022', Month: '3', Day: '27' });
    expect(exported.eventCount).toBe(4);
    expect(exported.warnings.map((w) => w.title).toSorted()).toEqual(['Meeting', 'Talks resume', 'Undated']);
    const reason = new Map(exported.warnings.map((w) => [w.title, w.reason]));
    expect(reason.get('Talks resume')).toMatch(/^invalid date “2022-02-30”: /);
    expect(reason.get('Meeting')).toMatch(/^invalid date “March 27”: /);
    expect(reason.get('Undated')).toBe('no date');
    // Dossier's own CSV holds every date as typed: nothing to warn about.
    expect((await t.call('timelines.export', { timelineId: tl.id, format: 'csv' })).warnings).toEqual([]);
    // Imported again, the invalid dates come back exactly as typed.
    const { result } = await importInto(t, exported.fileName, exported.text, 'Bad dates again');
    const again = await t.call('events.list', { timelineId: result.timelineId });
    expect(again.rows.map((r) => r[EVENT_ROW.dateEdtf]).toSorted()).toEqual(['', '2022-02-30', '2022-03-27', 'March 27']);
  });

  it('warns, row by row, when a file brings back events the project already has (a re-import), and imports them only if asked', async () => {
    const { t } = await timelineProject();
    await t.call('events.createMany', { events: [{ title: 'Ceasefire', dateEdtf: '2026-03-27/..' }, { title: 'Talks', dateEdtf: '2026-03~' }] });
    const exported = await t.call('timelines.export', { timelineId: null, format: 'timelinejs' });
    await t.call('events.create', { title: 'Talks', dateEdtf: '2026-04' });
    const preview = await t.call('timelines.importPreview', { file: file('again.csv', exported.text) });
    const duplicate = 'An event with this title and date is already in the project: importing adds a second one.';
    expect(preview.rows.map((row) => [row.title, row.warnings.includes(duplicate)])).toEqual([
      ['Talks', true],
      ['Ceasefire', true],
    ]);
    const fresh = await t.call('timelines.importPreview', { file: file('new.csv', exported.text.replace(/Talks/g, 'Second round')) });
    expect(fresh.rows.find((row) => row.title === 'Second round')?.warnings).not.toContain(duplicate);
  });

  it('previews a TimelineJS sheet with missing and extra columns, per-row errors and warnings, and imports the good rows', async () => {
    const { t } = await timelineProject();
    const before = await t.call('events.list', {});
    const sheet = [
      'Year,Month,Day,Display Date,Headline,Text,Type,Group,Background,Notes',
      ',,,,My timeline,Intro,title,,,',
      '2022,3,27,,First round,"Long text, with a comma\nand a second line",,Summit,,x',
      '2022,13,1,,Bad month,,,Sanctions,#1b9e77,',
      '2022,4,,,,No headline,,,,',
      "'-500,,,,Founding,,,Legend,,",
    ].join('\n');
    const preview = await t.call('timelines.importPreview', { file: file('sheet.csv', sheet) });
    expect(preview).toMatchObject({ format: 'timelinejs', encoding: 'utf-8', totalRows: 5, validRows: 3, ignoredColumns: ['Notes'] });
    expect(preview.missingColumns).toEqual(['Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail']);
    const byRow = new Map(preview.rows.map((r) => [r.rowNumber, r]));
    expect(byRow.get(1)?.errors).toEqual(['A TimelineJS title slide, not an event: Dossier imports events only.']);
    expect(byRow.get(2)).toMatchObject({ title: 'First round', dateEdtf: '2022-03-27', dateWords: '27 Mar 2022', errors: [], warnings: [] });
    expect(byRow.get(3)?.warnings).toEqual([
      expect.stringMatching(/^The date “2022-13-01” is not valid EDTF: There is no month 13/),
      'A new event type “Sanctions” will be created.',
    ]);
    expect(byRow.get(4)?.errors).toEqual(['The Headline is empty; every event needs one.']);
    expect(byRow.get(5)).toMatchObject({ dateEdtf: '-0500', dateWords: '501 BC' });

    // Rows with errors stop the import unless they are to be skipped; nothing changes meanwhile.
    const refused = await t.fail('timelines.importCommit', { token: preview.token, newTimelineName: 'Imported', skipInvalid: false });
    expect(refused).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('2 of 5 rows cannot be imported (the first is row 1') });
    expect(await t.call('events.list', {})).toEqual(before);
    expect((await t.call('timelines.list', {})).timelines).toEqual([]);

    const result = await t.call('timelines.importCommit', { token: preview.token, newTimelineName: 'Imported', skipInvalid: true });
    expect(result).toMatchObject({ created: 3, skipped: 2 });
    const imported = await t.call('events.get', {
      id: (await t.call('events.list', { timelineId: result.timelineId })).rows.find((r) => r[EVENT_ROW.title] === 'Bad month')?.[EVENT_ROW.id] ?? '',
    });
    expect(imported).toMatchObject({ dateEdtf: '2022-13-01', earliest: null });
    expect((await t.call('eventTypes.list', {})).find((type) => type.name === 'Sanctions')).toMatchObject({ color: '#1b9e77' });
    expect((await t.fail('timelines.importCommit', { token: preview.token, newTimelineName: 'Again', skipInvalid: true })).code).toBe('NOT_FOUND');
  });

  it('reads a windows-1252 CSV with semicolons, quoted newlines and a BOM-less header, into an existing timeline', async () => {
    const { t, dravik, vorontsov } = await timelineProject();
    const tl = await t.call('timelines.create', { name: 'Existing' });
    const text = [
      'Title;Date (EDTF);Type;Place;Entities;Description',
      'Réunion à Dravik;2022-03-27;Summit;dravik;"Gennady Vorontsov\n Nobody Known";"Première ligne\nseconde ligne — fin"',
      '"Café ""Zürich"" talks";1953~;;Atlantis;;',
    ].join('\r\n');
    const bytes = iconv.encode(text.replace('—', '-'), 'windows-1252');
    const preview = await t.call('timelines.importPreview', { file: { name: 'export.csv', dataBase64: Buffer.from(bytes).toString('base64') } });
    expect(preview).toMatchObject({ format: 'csv', encoding: 'windows-1252', totalRows: 2, validRows: 2, ignoredColumns: [] });
    expect(preview.missingColumns).toEqual(['Date in words', 'Evidence']);
    expect(preview.rows[0]?.warnings).toEqual(['“Nobody Known” is not an entity in this project; it is left out.']);
    expect(preview.rows[1]).toMatchObject({ title: 'Café "Zürich" talks', warnings: ['Place “Atlantis” is not an entity in this project; it is left out.'] });
    const result = await t.call('timelines.importCommit', { token: preview.token, timelineId: tl.id, skipInvalid: false });
    expect(result).toEqual({ timelineId: tl.id, created: 2, skipped: 0 });
    const list = await t.call('events.list', { timelineId: tl.id });
    const first = list.rows.find((r) => r[EVENT_ROW.title] === 'Réunion à Dravik');
    expect(first?.[EVENT_ROW.placeEntityId]).toBe(dravik.id);
    expect(first?.[EVENT_ROW.entityIds]).toEqual([vorontsov.id]);
    expect(first?.[EVENT_ROW.description]).toBe('Première ligne\nseconde ligne - fin');
  });

  it('imports 5,000 rows in one transaction and refuses what it cannot read, leaving the project unchanged', async () => {
    const { t } = await timelineProject();
    const rows = Array.from({ length: 5000 }, (_, i) => `Event ${i},${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')},Warning,,,"Line one\nline two"`);
    const preview = await t.call('timelines.importPreview', {
      file: file('big.csv', ['Title,Date (EDTF),Type,Place,Entities,Description', ...rows].join('\n')),
    });
    expect(preview).toMatchObject({ totalRows: 5000, validRows: 5000 });
    expect(preview.rows).toHaveLength(100);
    const result = await t.call('timelines.importCommit', { token: preview.token, newTimelineName: 'Big', skipInvalid: false });
    expect(result.created).toBe(5000);
    expect((await t.call('timelines.list', {})).timelines[0]?.eventCount).toBe(5000);

    const before = await t.call('events.list', {});
    expect((await t.fail('timelines.importPreview', { file: file('notes.csv', 'Name,When\nx,y') })).code).toBe('FILE_UNSUPPORTED');
    expect((await t.fail('timelines.importPreview', { file: file('empty.csv', '') })).code).toBe('FILE_EMPTY');
    expect((await t.fail('timelines.importPreview', { file: file('pic.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])) })).code).toMatch(/FILE_/);
    const fresh = await t.call('timelines.importPreview', { file: file('ok.csv', 'Title\nOne') });
    expect((await t.fail('timelines.importCommit', { token: fresh.token, skipInvalid: false })).code).toBe('BAD_INPUT');
    expect((await t.fail('timelines.importCommit', { token: fresh.token, timelineId: 'gone', skipInvalid: false })).code).toBe('NOT_FOUND');
    expect((await t.fail('timelines.importCommit', { token: 'forged', newTimelineName: 'X', skipInvalid: false })).code).toBe('NOT_FOUND');
    expect(await t.call('events.list', {})).toEqual(before);
    expect((await t.call('timelines.list', {})).timelines).toHaveLength(1);
  });
});
