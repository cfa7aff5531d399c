import fs from 'node:fs';
import path from 'node:path';
import { parseEdtf } from '../../../shared/dates/edtf';
import { nameKey } from '../../../shared/entities/foldName';
import { createAnnotation } from '../annotations/annotationsStore';
import { createClaim, linkClaims } from '../claims/claimsStore';
import type { ProjectDb } from '../db/projectDatabase';
import { createEntity } from '../entities/entitiesStore';
import { createLabel } from '../labels/labelsStore';
import { extractSourceFile } from '../sources/extractSourceFile';
import type { ExtractedSource } from '../sources/extractSourceFile';
import { insertSource } from '../sources/sourcesStore';
import { createEvents, type EvidenceRef } from '../timelines/eventsStore';
import { findEventTypeByName, listEventTypes } from '../timelines/eventTypesStore';
import { createTimeline } from '../timelines/timelinesStore';
import type { SampleManifest } from './sampleManifest';

type Passage = { file: string; quote: string };

function passageKey(p: Passage): string {
  return `${p.file}\u0000${p.quote}`;
}

/** A manifest mistake, said in terms of the manifest. */
function bad(message: string): Error {
  return new Error(`Sample manifest: ${message}`);
}

/** A date the manifest gives must be valid EDTF: the stores would keep a bad one as typed. */
function edtf(value: string | undefined, where: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseEdtf(value);
  if (!parsed.ok) throw bad(`${where} has the date “${value}”, which is not valid EDTF: ${parsed.reason}`);
  return value;
}

function short(quote: string): string {
  return quote.length > 80 ? `${quote.slice(0, 77)}…` : quote;
}

/**
 * Fails when two declared entities answer to the same name (after folding),
 * which the mention index would show as a conflict on every occurrence.
 */
function assertNoNameConflicts(entities: NonNullable<SampleManifest['entities']>): void {
  const owners = new Map<string, string>();
  for (const entity of entities) {
    const own = new Set<string>();
    for (const name of [entity.name, ...(entity.aliases ?? [])]) {
      const key = nameKey(name);
      if (own.has(key)) continue;
      own.add(key);
      const owner = owners.get(key);
      if (owner !== undefined) {
        throw bad(
          owner === entity.name
            ? `the entity “${entity.name}” is declared twice.`
            : `the name “${name}” of “${entity.name}” is already a name of “${owner}” (alias conflict).`,
        );
      }
      owners.set(key, entity.name);
    }
  }
}

/**
 * Fills a new, empty project with the sample, in one transaction: its
 * sources, labels, entities, highlights (found by their quotes, which occur
 * once in their texts), claims made from those highlights, links between
 * claims, and timelines of events. Anything the manifest names that does not
 * exist (an entity, a quote, a claim key, an event type) fails the whole
 * build with a message saying what and where.
 */
export async function buildSampleProject(db: ProjectDb, author: string, sampleDir: string, manifest: SampleManifest): Promise<void> {
  const extracted: { source: SampleManifest['sources'][number]; content: ExtractedSource }[] = [];
  for (const source of manifest.sources) {
    const bytes = fs.readFileSync(path.join(sampleDir, source.file));
    extracted.push({ source, content: await extractSourceFile(source.file, new Uint8Array(bytes), {}) });
  }
  assertNoNameConflicts(manifest.entities ?? []);
  db.transaction(() => {
    const labelIds = new Map<string, string>();
    for (const label of manifest.labels) labelIds.set(label.name, createLabel(db, author, label).id);
    const sourceIds = new Map<string, { id: string; text: string }>();
    for (const { source, content } of extracted) {
      const result = insertSource(
        db,
        author,
        { ...content, ...Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined)), originalName: source.file },
        source.file,
      );
      if (!result.sourceId) throw new Error(`sample source ${source.file} was not imported: ${result.message ?? ''}`);
      sourceIds.set(source.file, { id: result.sourceId, text: content.text });
    }
    const sourceId = (file: string, where: string): string => {
      const source = sourceIds.get(file);
      if (!source) throw bad(`${where} names the file “${file}”, which is not among the sources.`);
      return source.id;
    };

    const entityIds = new Map<string, string>();
    for (const entity of manifest.entities ?? []) {
      const dateEdtf = edtf(entity.dateEdtf, `the entity “${entity.name}”`);
      entityIds.set(entity.name, createEntity(db, author, { ...entity, dateEdtf }).id);
    }
    const entityId = (name: string, where: string): string => {
      const id = entityIds.get(name);
      if (!id) throw bad(`${where} names the entity “${name}”, which is not declared under "entities".`);
      return id;
    };

    const annotationIds = new Map<string, string>();
    for (const annotation of manifest.annotations) {
      const source = sourceIds.get(annotation.file);
      const start = source?.text.indexOf(annotation.quote) ?? -1;
      const where = `the highlight “${short(annotation.quote)}”`;
      if (!source) throw bad(`${where} is in “${annotation.file}”, which is not among the sources.`);
      if (start < 0) throw bad(`the quote “${short(annotation.quote)}” is not found in ${annotation.file} (it must match the extracted text exactly).`);
      const created = createAnnotation(db, author, {
        sourceId: source.id,
        start,
        end: start + annotation.quote.length,
        note: annotation.note ?? '',
        labelIds: (annotation.labels ?? []).map((name) => {
          const id = labelIds.get(name);
          if (!id) throw bad(`${where} has the label “${name}”, which is not declared under "labels".`);
          return id;
        }),
        entityIds: (annotation.entities ?? []).map((name) => entityId(name, where)),
      });
      annotationIds.set(passageKey(annotation), created.id);
    }
    const annotationId = (p: Passage, where: string): string => {
      const id = annotationIds.get(passageKey(p));
      if (!id) {
        throw bad(
          `${where} cites “${short(p.quote)}” in ${p.file}, which is not one of the highlights under "annotations" (same file, same quote).`,
        );
      }
      return id;
    };

    const claimIds = new Map<string, string>();
    for (const claim of manifest.claims ?? []) {
      const where = `the claim “${claim.key}”`;
      if (claimIds.has(claim.key)) throw bad(`${where} is declared twice.`);
      const created = createClaim(db, author, {
        statement: claim.statement,
        annotationIds: claim.citations.map((p) => annotationId(p, where)),
        asserterEntityId: claim.asserter && 'entity' in claim.asserter ? entityId(claim.asserter.entity, `${where} (asserter)`) : null,
        asserterText: claim.asserter && 'text' in claim.asserter ? claim.asserter.text : '',
        entities: (claim.entities ?? []).map(({ name, role }) => ({ entityId: entityId(name, where), role })),
        dateEdtf: edtf(claim.dateEdtf, where),
        status: claim.status,
        reliability: claim.reliability,
        credibility: claim.credibility,
        notes: claim.notes,
      });
      claimIds.set(claim.key, created.id);
    }
    const claimId = (key: string, where: string): string => {
      const id = claimIds.get(key);
      if (!id) throw bad(`${where} refers to the claim “${key}”, which is not declared under "claims".`);
      return id;
    };
    for (const link of manifest.claimLinks ?? []) {
      const where = `the link “${link.from} ${link.relation} ${link.to}”`;
      linkClaims(db, author, claimId(link.from, where), claimId(link.to, where), link.relation);
    }

    for (const timeline of manifest.timelines ?? []) {
      const timelineId = createTimeline(db, author, timeline.name).id;
      createEvents(
        db,
        author,
        timeline.events.map((event) => {
          const where = `the event “${event.title}”`;
          const type = event.type === undefined ? undefined : findEventTypeByName(db, event.type);
          if (event.type !== undefined && !type) {
            const known = listEventTypes(db).map((t) => t.name).join(', ');
            throw bad(`${where} has the type “${event.type}”, which the project does not have (it has ${known}).`);
          }
          return {
            title: event.title,
            description: event.description,
            dateEdtf: edtf(event.date, where),
            typeId: type?.id ?? null,
            placeEntityId: event.place === undefined ? null : entityId(event.place, `${where} (place)`),
            entityIds: (event.entities ?? []).map((name) => entityId(name, where)),
            timelineIds: [timelineId],
            evidence: (event.evidence ?? []).map(
              (ref): EvidenceRef =>
                'highlight' in ref
                  ? { kind: 'annotation', refId: annotationId(ref.highlight, where) }
                  : 'claim' in ref
                    ? { kind: 'claim', refId: claimId(ref.claim, where) }
                    : { kind: 'source', refId: sourceId(ref.source, where) },
            ),
          };
        }),
      );
    }
  })();
}
