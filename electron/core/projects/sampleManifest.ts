import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** A passage of a sample text: the file and a quote that occurs once in its extracted text. */
const passage = z.strictObject({ file: z.string().min(1), quote: z.string().min(1) });

const entity = z.strictObject({
  name: z.string().min(2),
  kind: z.enum(['person', 'organization', 'place', 'event', 'other']),
  /** The one-line role shown beside the name. */
  description: z.string().max(2000).optional(),
  notes: z.string().optional(),
  dateEdtf: z.string().optional(),
  aliases: z.array(z.string().min(2)).optional(),
});

const claim = z.strictObject({
  /** How links and timeline evidence in this manifest refer to the claim; not stored. */
  key: z.string().min(1),
  statement: z.string().min(1).max(20_000),
  /** Who makes the claim: a declared entity, or free text ("senior official, unnamed"). */
  asserter: z.union([z.strictObject({ entity: z.string().min(1) }), z.strictObject({ text: z.string().min(1).max(500) })]).optional(),
  /** Passages the claim rests on: each must be one of the manifest's annotations (same file and quote). */
  citations: z.array(passage).min(1),
  entities: z.array(z.strictObject({ name: z.string().min(1), role: z.enum(['subject', 'object', 'mentioned']) })).optional(),
  dateEdtf: z.string().optional(),
  status: z.enum(['unverified', 'corroborated', 'disputed', 'refuted']).optional(),
  /** Defaults to the reliability of the first cited passage's source. */
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).optional(),
  credibility: z.number().int().min(1).max(6).optional(),
  notes: z.string().optional(),
});

const evidence = z.union([
  z.strictObject({ highlight: passage }),
  z.strictObject({ claim: z.string().min(1) }),
  z.strictObject({ source: z.string().min(1) }),
]);

const timeline = z.strictObject({
  name: z.string().min(1).max(200),
  events: z.array(
    z.strictObject({
      title: z.string().min(1).max(1000),
      description: z.string().optional(),
      /** EDTF, e.g. 2026-03-27/.. or 2026-03-25~/2026-03-28. */
      date: z.string().optional(),
      /** The name of an event type the project has (the seeded ones: Summit, Statement, Disclosure, Warning, Turning point). */
      type: z.string().optional(),
      /** A declared entity. */
      place: z.string().optional(),
      entities: z.array(z.string()).optional(),
      evidence: z.array(evidence).optional(),
    }),
  ),
});

const manifestSchema = z.strictObject({
  name: z.string().min(1),
  labels: z.array(z.object({ name: z.string().min(1), color: z.string().regex(/^#[0-9a-fA-F]{6}$/) })),
  sources: z.array(
    z.object({
      file: z.string().min(1),
      title: z.string().optional(),
      outlet: z.string().optional(),
      author: z.string().optional(),
      published: z.string().optional(),
      url: z.string().optional(),
      reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).optional(),
      notes: z.string().optional(),
    }),
  ),
  /** Made before the highlights, so highlights can be tagged with them. */
  entities: z.array(entity).optional(),
  annotations: z.array(
    z.object({
      file: z.string().min(1),
      quote: z.string().min(1),
      note: z.string().optional(),
      labels: z.array(z.string()).optional(),
      /** Names of declared entities the highlight is tagged with. */
      entities: z.array(z.string()).optional(),
    }),
  ),
  claims: z.array(claim).optional(),
  claimLinks: z.array(z.strictObject({ from: z.string().min(1), relation: z.enum(['supports', 'contradicts']), to: z.string().min(1) })).optional(),
  timelines: z.array(timeline).optional(),
});

export type SampleManifest = z.infer<typeof manifestSchema>;

export function readSampleManifest(sampleDir: string): SampleManifest {
  const file = path.join(sampleDir, 'manifest.json');
  const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`The sample manifest ${file} is not valid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
