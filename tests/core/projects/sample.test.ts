import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_ROW } from '../../../shared/api/timelineTypes';
import { claimRowsOf } from '../../../shared/claims/claimTable';
import { OPEN_LATEST } from '../../../shared/dates/edtf';
import { tempDir } from '../../helpers/tempDir';
import { sampleDir, testWorkbench, type TestWorkbench } from '../../helpers/testWorkbench';
import type { SampleManifest } from '../../../electron/core/projects/sampleManifest';

async function openSample(): Promise<TestWorkbench> {
  const t = testWorkbench();
  await t.call('projects.openSample', {});
  return t;
}

async function entityIdsByName(t: TestWorkbench): Promise<Map<string, string>> {
  return new Map((await t.call('entities.list', {})).map((e) => [e.name, e.id]));
}

async function claimByStart(t: TestWorkbench, start: string) {
  const row = claimRowsOf(await t.call('claims.list', {})).find((c) => c.statement.startsWith(start));
  expect(row, start).toBeDefined();
  return t.call('claims.get', { id: row?.id ?? '' });
}

describe('the sample project', () => {
  it('has the people, organizations and places of the texts, each mentioned in them, with no name conflicts', async () => {
    const t = await openSample();
    const entities = await t.call('entities.list', {});
    expect(entities.length).toBeGreaterThanOrEqual(8);
    expect(entities.length).toBeLessThanOrEqual(12);
    for (const entity of entities) {
      expect(entity.mentionCount, entity.name).toBeGreaterThan(0);
      expect(entity.conflictCount, entity.name).toBe(0);
      expect(entity.description, entity.name).not.toBe('');
    }
    const byName = new Map(entities.map((e) => [e.name, e]));
    expect(byName.get('Gennady Vorontsov')).toMatchObject({ kind: 'person' });
    expect(byName.get('Gennady Vorontsov')?.aliases).toEqual(expect.arrayContaining(['Genady Vorontsov', 'Геннадий Воронцов']));
    expect(byName.get('Lindhaven Contact Group')).toMatchObject({ kind: 'organization', aliases: ['Contact Group'] });
    expect(byName.get('Selmaran Customs Service')).toMatchObject({ kind: 'organization' });
    for (const place of ['Karvenia', 'Selmara', 'Dravik', 'Lindhaven', 'Ostrel']) expect(byName.get(place)?.kind, place).toBe('place');
    expect(byName.get('Dravik Transit Convention')).toMatchObject({ dateEdtf: '1953' });

    // Every spelling of the negotiator is found: all four texts that name him count as mentions of one entity.
    const page = await t.call('entities.get', { id: byName.get('Gennady Vorontsov')?.id ?? '' });
    expect(new Set(page.mentions.map((m) => m.match))).toEqual(
      new Set(['Gennady Vorontsov', 'Genady Vorontsov', 'Геннадий Воронцов', 'Mr Vorontsov']),
    );
    expect(new Set(page.mentions.map((m) => m.sourceId)).size).toBe(4);
  });

  it('tags the highlights about the negotiator with his entity', async () => {
    const t = await openSample();
    const vorontsov = (await entityIdsByName(t)).get('Gennady Vorontsov');
    const tagged: string[] = [];
    for (const source of await t.call('sources.list', {})) {
      const annotations = await t.call('annotations.list', { sourceId: source.id });
      tagged.push(...annotations.filter((a) => a.entityIds.includes(vorontsov ?? '')).map((a) => a.exact));
    }
    expect(tagged).toHaveLength(3);
    for (const exact of tagged) expect(exact).toMatch(/Gennady Vorontsov|Genady Vorontsov|Геннадий Воронцов/);
  });

  it('has graded claims made from its highlights, one citing two sources, with the contradiction linked', async () => {
    const t = await openSample();
    const ids = await entityIdsByName(t);
    const rows = claimRowsOf(await t.call('claims.list', {}));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.length).toBeLessThanOrEqual(7);
    for (const row of rows) {
      expect(row.citationCount, row.statement).toBeGreaterThan(0);
      expect(row.missingEvidence).toBe(false);
      expect(row.asserterName, row.statement).not.toBe('');
      expect(row.grade).toMatch(/^[A-F][1-6]$/);
    }

    const twelve = await claimByStart(t, 'The draft would allow up to twelve vessels');
    expect(twelve).toMatchObject({ status: 'disputed', reliability: 'B', credibility: 3, grade: 'B3', asserterEntityId: null });
    expect(twelve.asserterName).toMatch(/senior official, unnamed/);
    expect(twelve.citations.map((c) => c.sourceTitle).sort()).toEqual([
      'Karvenia and Selmara near deal to reopen Dravik to grain ships',
      'Lindhaven talks: negotiators report progress on Dravik port access',
    ]);
    expect(twelve.citations.every((c) => /twelve vessels a week/.test(c.exact))).toBe(true);
    expect(twelve.entities).toContainEqual(expect.objectContaining({ entityId: ids.get('Dravik'), role: 'subject' }));

    const eight = await claimByStart(t, 'The proposal discussed in Lindhaven allows no more than eight');
    expect(eight).toMatchObject({ status: 'unverified', reliability: 'B', asserterEntityId: ids.get('Selmara'), asserterName: 'Selmara' });
    expect(eight.links).toEqual([expect.objectContaining({ relation: 'contradicts', direction: 'outgoing', otherClaimId: twelve.id })]);
    expect(twelve.links).toEqual([expect.objectContaining({ relation: 'contradicts', direction: 'incoming', otherClaimId: eight.id })]);

    // Reliability comes from the cited source unless the manifest says otherwise: KarvInform is D, the mediator's transcript A.
    expect(await claimByStart(t, 'The parties agreed in principle')).toMatchObject({ reliability: 'D', status: 'disputed' });
    expect(await claimByStart(t, 'Several figures')).toMatchObject({ reliability: 'A', asserterEntityId: ids.get('Rosalind Achterberg') });
    expect(await claimByStart(t, 'A ceasefire took effect on 27 March')).toMatchObject({ status: 'corroborated', grade: 'B1' });

    // The entities' claim counts see them.
    const selmara = (await t.call('entities.list', {})).find((e) => e.name === 'Selmara');
    expect(selmara?.claimCount).toBeGreaterThanOrEqual(4);
  });

  it('has the timeline "Dravik talks", its events in date order with types, places, entities and evidence', async () => {
    const t = await openSample();
    const ids = await entityIdsByName(t);
    const { timelines } = await t.call('timelines.list', {});
    expect(timelines.map((tl) => tl.name)).toEqual(['Dravik talks']);
    const [timeline] = timelines;
    expect(timeline?.eventCount).toBeGreaterThanOrEqual(6);
    expect(timeline?.eventCount).toBeLessThanOrEqual(8);

    const types = new Map((await t.call('eventTypes.list', {})).map((type) => [type.id, type.name]));
    const { rows, entities } = await t.call('events.list', { timelineId: timeline?.id ?? '' });
    expect(rows.length).toBe(timeline?.eventCount);
    // Sorted by date: every event is dated, and the earliest dates never go backwards.
    const earliest = rows.map((row) => row[EVENT_ROW.earliest] as number);
    expect(earliest).toEqual([...earliest].sort((a, b) => a - b));
    for (const row of rows) {
      expect(row[EVENT_ROW.earliest], row[EVENT_ROW.title]).not.toBeNull();
      expect(row[EVENT_ROW.typeId], row[EVENT_ROW.title]).not.toBeNull();
      expect(row[EVENT_ROW.evidenceCount], row[EVENT_ROW.title]).toBeGreaterThan(0);
      expect(row[EVENT_ROW.missingEvidence]).toBe(false);
      expect(row[EVENT_ROW.entityIds].length, row[EVENT_ROW.title]).toBeGreaterThan(0);
    }
    const summary = rows.map((row) => [row[EVENT_ROW.dateEdtf], types.get(row[EVENT_ROW.typeId] ?? '')]);
    expect(summary).toEqual([
      ['1953', 'Turning point'],
      ['2025-09', 'Turning point'],
      ['2026-03-25~/2026-03-28', 'Summit'],
      ['2026-03-27/..', 'Turning point'],
      ['2026-03-28', 'Statement'],
      ['2026-03-28/2026-03-29', 'Disclosure'],
      ['2026-03-29', 'Warning'],
      ['2026-03-30', 'Statement'],
    ]);
    const byDate = new Map(rows.map((row) => [row[EVENT_ROW.dateEdtf], row]));
    expect(byDate.get('2026-03-27/..')?.[EVENT_ROW.latest]).toBe(OPEN_LATEST);
    expect(byDate.get('2026-03-29')?.[EVENT_ROW.placeEntityId]).toBe(ids.get('Ostrel'));
    expect(entities[ids.get('Lindhaven') ?? '']).toEqual({ name: 'Lindhaven', kind: 'place' });

    // Evidence of every kind: a claim and a highlight for the ceasefire, sources for the fighting.
    const ceasefire = await t.call('events.get', { id: byDate.get('2026-03-27/..')?.[EVENT_ROW.id] ?? '' });
    expect(ceasefire.evidence.map((e) => e.kind).sort()).toEqual(['annotation', 'claim']);
    expect(ceasefire.evidence.find((e) => e.kind === 'annotation')?.label).toBe('the ceasefire that took effect on March 27');
    const fighting = await t.call('events.get', { id: byDate.get('2025-09')?.[EVENT_ROW.id] ?? '' });
    expect(fighting.evidence.map((e) => e.kind)).toEqual(['source', 'source']);
    expect(fighting.placeEntityId).toBe(ids.get('Seren line'));
  });
});

type Manifest = SampleManifest & Record<string, unknown>;

/**
 * Opens a copy of the sample whose manifest `edit` breaks: the build must
 * fail and leave no project file, and the same workbench must then open the
 * intact sample (nothing half-built in the way). Returns the error message.
 */
async function brokenSampleError(edit: (manifest: Manifest) => void): Promise<string> {
  const dir = tempDir('dossier-sample-');
  fs.cpSync(sampleDir, dir, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  edit(manifest);
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  const t = testWorkbench({ sampleDir: dir });
  const error = await t.fail('projects.openSample', {});
  expect(fs.readdirSync(t.projectsDir)).toEqual([]);
  fs.cpSync(path.join(sampleDir, 'manifest.json'), path.join(dir, 'manifest.json'));
  expect((await t.call('projects.openSample', {})).counts.annotations).toBeGreaterThan(0);
  return error.message;
}

describe('a broken sample manifest', () => {
  it('names an entity that is not declared', async () => {
    expect(
      await brokenSampleError((m) => {
        m.claims![1]!.entities![0]!.name = 'Selmarra';
      }),
    ).toMatch(/claim “eight-a-week” names the entity “Selmarra”, which is not declared/);
  });

  it('names an unknown asserter or event place', async () => {
    expect(
      await brokenSampleError((m) => {
        m.claims![1]!.asserter = { entity: 'Ministry of Truth' };
      }),
    ).toMatch(/claim “eight-a-week” \(asserter\) names the entity “Ministry of Truth”/);
    expect(
      await brokenSampleError((m) => {
        m.timelines![0]!.events[6]!.place = 'Ostrell';
      }),
    ).toMatch(/event “Ceasefire violation reported near Ostrel” \(place\) names the entity “Ostrell”/);
  });

  it('has a highlight whose quote is not in its text', async () => {
    expect(
      await brokenSampleError((m) => {
        m.annotations[0]!.quote = 'up to fourteen vessels a week';
      }),
    ).toMatch(/quote “up to fourteen vessels a week” is not found in 01-meridian-herald-dravik-deal\.txt/);
  });

  it('cites a passage that is not one of its highlights', async () => {
    expect(
      await brokenSampleError((m) => {
        m.claims![0]!.citations[1]!.quote = 'two people familiar with the talks';
      }),
    ).toMatch(/claim “twelve-a-week” cites “two people familiar with the talks” in 02-nordline-lindhaven-talks\.txt, which is not one of the highlights/);
  });

  it('gives two entities the same name', async () => {
    expect(
      await brokenSampleError((m) => {
        m.entities!.find((e) => e.name === 'Dravik Transit Convention')!.aliases!.push('DRAVIK');
      }),
    ).toMatch(/the name “DRAVIK” of “Dravik Transit Convention” is already a name of “Dravik” \(alias conflict\)/);
  });

  it('refers to a claim, event type or date that does not exist', async () => {
    expect(
      await brokenSampleError((m) => {
        m.claimLinks![0]!.to = 'fourteen-a-week';
      }),
    ).toMatch(/link “eight-a-week contradicts fourteen-a-week” refers to the claim “fourteen-a-week”, which is not declared/);
    expect(
      await brokenSampleError((m) => {
        m.timelines![0]!.events[0]!.type = 'Treaty';
      }),
    ).toMatch(/event “Dravik Transit Convention signed” has the type “Treaty”, which the project does not have \(it has Summit, Statement/);
    expect(
      await brokenSampleError((m) => {
        m.timelines![0]!.events[0]!.date = 'spring 1953';
      }),
    ).toMatch(/event “Dravik Transit Convention signed” has the date “spring 1953”, which is not valid EDTF/);
  });

  it('misspells a section or field, which the schema refuses by name', async () => {
    expect(
      await brokenSampleError((m) => {
        m.timeline = m.timelines;
        delete m.timelines;
      }),
    ).toMatch(/sample manifest .*manifest\.json is not valid:\n.*Unrecognized key: "timeline"/);
  });
});
