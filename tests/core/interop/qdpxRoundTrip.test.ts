import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { testWorkbench, type TestWorkbench } from '../../helpers/testWorkbench';
import { validateProjectXml } from './refiSchema';

// A character outside the Basic Multilingual Plane (two UTF-16 units, one code point) before the passages.
const heraldText = 'Talks 🕊 resumed in Dravik on March 27.\n\nThe minister warned of a “collapse” of the talks within weeks & said <nothing> more.';
const gazetteText = 'Gazette sources say the ceasefire line was redrawn overnight. Officials denied any change.';

function span(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no “${quote}”`);
  return { start, end: start + quote.length };
}

async function richProject(t: TestWorkbench) {
  await t.call('projects.create', { name: 'Dravik talks' });
  const herald = await t.call('sources.addText', {
    text: heraldText,
    title: 'Talks resume',
    outlet: 'Northern Herald',
    author: 'A. Reporter',
    published: '2022-04-02',
    url: 'https://example.org/talks',
    reliability: 'B',
    notes: 'Front page.\nSecond line of notes.',
  });
  const gazette = await t.call('sources.addText', { text: gazetteText, title: 'Line redrawn', reliability: 'C' });
  const gone = await t.call('sources.addText', { text: 'A source that went to the Trash.' });
  await t.call('sources.delete', { id: gone.sourceId! });
  const threat = await t.call('labels.create', { name: 'Threat', color: '#c0392b' });
  const place = await t.call('labels.create', { name: 'Place & time', color: '#2e86de' });
  const unused = await t.call('labels.create', { name: 'Unused', color: '#00ff7f' });
  const met = await t.call('annotations.create', { sourceId: herald.sourceId!, ...span(heraldText, 'resumed in Dravik on March 27'), labelIds: [place.id] });
  const warned = await t.call('annotations.create', {
    sourceId: herald.sourceId!,
    ...span(heraldText, 'warned of a “collapse” of the talks'),
    labelIds: [threat.id, place.id],
    note: 'Compare with the Gazette.\nTwo lines & <markup>.',
  });
  const redrawn = await t.call('annotations.create', { sourceId: gazette.sourceId!, ...span(gazetteText, 'the ceasefire line was redrawn'), note: 'Key claim' });
  const minister = await t.call('entities.create', {
    kind: 'person',
    name: 'Gennady Vorontsov',
    description: 'Chief negotiator',
    notes: 'Met him in 2019.',
    dateEdtf: '1961',
    aliases: ['G. Vorontsov', 'The minister'],
  });
  const dravik = await t.call('entities.create', { kind: 'place', name: 'Dravik' });
  await t.call('annotations.update', { id: warned.id, entityIds: [minister.id] });
  await t.call('annotations.update', { id: met.id, entityIds: [dravik.id] });
  return { herald, gazette, threat, place, unused, met, warned, redrawn, minister, dravik };
}

/** Everything the exchange must keep, in a form two projects can be compared by (ids included). */
async function snapshot(t: TestWorkbench) {
  const labels = await t.call('labels.list', {});
  const labelName = new Map(labels.map((l) => [l.id, l.name]));
  const sources = await Promise.all(
    (await t.call('sources.list', {})).map(async (summary) => {
      const source = await t.call('sources.get', { id: summary.id });
      const annotations = await t.call('annotations.list', { sourceId: summary.id });
      return {
        id: source.id,
        title: source.title,
        text: source.text,
        outlet: source.outlet,
        author: source.author,
        published: source.published,
        url: source.url,
        reliability: source.reliability,
        notes: source.notes,
        highlights: annotations.map((a) => ({
          id: a.id,
          start: a.start,
          end: a.end,
          exact: a.exact,
          prefix: a.prefix,
          suffix: a.suffix,
          note: a.note,
          labels: a.labelIds.map((id) => labelName.get(id)).sort(),
          entityIds: [...a.entityIds].sort(),
        })),
      };
    }),
  );
  const entities = await Promise.all(
    (await t.call('entities.list', {})).map(async (summary) => {
      const page = await t.call('entities.get', { id: summary.id });
      const { entity } = page;
      return {
        id: entity.id,
        kind: entity.kind,
        name: entity.name,
        description: entity.description,
        notes: entity.notes,
        dateEdtf: entity.dateEdtf,
        aliases: [...entity.aliases].sort(),
      };
    }),
  );
  return {
    labels: labels.map((l) => ({ id: l.id, name: l.name, color: l.color })).sort((a, b) => a.name.localeCompare(b.name)),
    sources: sources.sort((a, b) => a.id.localeCompare(b.id)),
    entities: entities.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

describe('REFI-QDA project exchange (.qdpx)', () => {
  it('exports a project that validates against the REFI-QDA project schema, with texts in Sources/', async () => {
    const t = testWorkbench({ userName: 'lee' });
    const p = await richProject(t);
    const out = await t.call('interop.exportQdpx', {});
    expect(out.fileName).toBe('Dravik talks.qdpx');
    expect(out.counts).toEqual({ sources: 2, labels: 3, highlights: 3, notes: 2, entities: 2 });

    const files = unzipSync(Buffer.from(out.dataBase64, 'base64'));
    expect(Object.keys(files).filter((name) => !name.endsWith('/')).sort()).toEqual(['Sources/' + p.gazette.sourceId + '.txt', 'Sources/' + p.herald.sourceId + '.txt', 'project.qde'].sort());
    expect(strFromU8(files[`Sources/${p.herald.sourceId}.txt`]!)).toBe(heraldText);

    const xml = strFromU8(files['project.qde']!);
    const verdict = await validateProjectXml(xml);
    expect(verdict.errors).toEqual([]);
    expect(verdict.valid).toBe(true);

    expect(xml).toContain('xmlns="urn:QDA-XML:project:1.0"');
    expect(xml).toContain(`<TextSource guid="${p.herald.sourceId}" name="Talks resume" plainTextPath="internal://${p.herald.sourceId}.txt"`);
    expect(xml).toContain(`<Code guid="${p.threat.id}" name="Threat" isCodable="true" color="#c0392b"/>`);
    // Positions count code points: the dove before the passage is one character, not two UTF-16 units.
    const met = span(heraldText, 'resumed in Dravik on March 27');
    expect(xml).toMatch(new RegExp(`<PlainTextSelection guid="${p.met.id}" name="resumed in Dravik on March 27" startPosition="${met.start - 1}" endPosition="${met.end - 1}"`));
    expect(xml).toContain(`<CodeRef targetGUID="${p.place.id}"/>`);
    expect(xml).toContain('<PlainTextContent>Compare with the Gazette.\nTwo lines &amp; &lt;markup&gt;.</PlainTextContent>');
    expect(xml).toContain(`<Case guid="${p.minister.id}" name="Gennady Vorontsov"><Description>Chief negotiator</Description>`);
    expect(xml).toContain(`<SelectionRef targetGUID="${p.warned.id}"/>`);
    expect(xml).toMatch(/<User guid="[0-9a-f-]{36}" name="lee"\/>/);
    expect(xml).not.toContain('went to the Trash');
  });

  it('imports its own export as a new project with nothing lost: texts, titles, metadata, labels with colours, spans, notes, entities', async () => {
    const t = testWorkbench({ userName: 'lee' });
    await richProject(t);
    const before = await snapshot(t);
    const out = await t.call('interop.exportQdpx', {});

    const other = testWorkbench({ userName: 'sam' });
    await other.call('projects.create', { name: 'Sam’s own work' });
    const imported = await other.call('interop.importQdpx', { name: out.fileName, dataBase64: out.dataBase64 });
    expect(imported.counts).toEqual(out.counts);
    expect(imported.skipped).toEqual([]);
    expect(imported.project.name).toBe('Dravik talks');
    expect(imported.project.fileName).toBe('Dravik talks.dossier');
    expect((await other.call('projects.current', {}))?.id).toBe(imported.project.id);
    expect(imported.project.counts).toMatchObject({ sources: 2, annotations: 3, labels: 3, entities: 2 });
    expect(await snapshot(other)).toEqual(before);

    // And again: the re-export of the import is the same project.
    const again = await other.call('interop.exportQdpx', {});
    expect(again.counts).toEqual(out.counts);
    const third = testWorkbench();
    await third.call('interop.importQdpx', { name: again.fileName, dataBase64: again.dataBase64 });
    expect(await snapshot(third)).toEqual(before);
  });

  it('exports the sample project (every entity kind, many labels and notes) as a valid .qdpx that re-imports whole', async () => {
    const t = testWorkbench();
    await t.call('projects.openSample', {});
    const before = await snapshot(t);
    const out = await t.call('interop.exportQdpx', {});
    const files = unzipSync(Buffer.from(out.dataBase64, 'base64'));
    const verdict = await validateProjectXml(strFromU8(files['project.qde']!));
    expect(verdict.errors).toEqual([]);
    const other = testWorkbench();
    const imported = await other.call('interop.importQdpx', { name: out.fileName, dataBase64: out.dataBase64 });
    expect(imported.skipped).toEqual([]);
    expect(await snapshot(other)).toEqual(before);
  });

  it('exports an empty project as a valid .qdpx and imports it back', async () => {
    const t = testWorkbench();
    await t.call('projects.create', { name: 'Empty' });
    const out = await t.call('interop.exportQdpx', {});
    const files = unzipSync(Buffer.from(out.dataBase64, 'base64'));
    expect((await validateProjectXml(strFromU8(files['project.qde']!))).valid).toBe(true);
    const imported = await t.call('interop.importQdpx', { name: 'Empty.qdpx', dataBase64: out.dataBase64 });
    expect(imported.project.name).toBe('Empty');
    expect(imported.project.fileName).toBe('Empty (2).dossier');
    expect(imported.project.counts).toMatchObject({ sources: 0, annotations: 0, labels: 0, entities: 0 });
  });
});
