import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import type { Workbench } from '../electron/core/workbench/createWorkbench';
import { makeArticleText } from './makeBenchTexts';

const statuses = ['unverified', 'corroborated', 'disputed', 'refuted'] as const;
const roles = ['subject', 'object', 'mentioned'] as const;
const verbs = ['said', 'denied', 'confirmed', 'suggested', 'reported', 'claimed'];
const topics = ['the port deal', 'vessel quotas', 'the border talks', 'grain exports', 'the pipeline', 'sanctions relief'];

type Call = <T>(method: string, input: unknown) => Promise<T>;

/**
 * A project with `count` claims, as one that grew over months: 100 entities,
 * 20 sources with two passages each, every claim citing one or two passages
 * and about one to three entities, a third asserted by an entity. Sources,
 * passages and entities go through the API; the claims are bulk-inserted
 * straight into the file (setup only: through the API it would take minutes).
 */
export async function makeClaimsProject(workbench: Workbench, name: string, count: number): Promise<string> {
  const call: Call = async (method, input) => {
    const envelope = await workbench.dispatch(method, input);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.result as never;
  };
  const info = await call<{ path: string }>('projects.create', { name });
  const passages: string[] = [];
  for (let s = 0; s < 20; s += 1) {
    const added = await call<{ sourceId: string }>('sources.addText', {
      text: makeArticleText(4000, s + 1),
      title: `Report ${s + 1} from the ${topics[s % topics.length]} correspondent`,
      reliability: 'ABCDEF'[s % 6],
    });
    for (const start of [0, 200]) passages.push((await call<{ id: string }>('annotations.create', { sourceId: added.sourceId, start, end: start + 60 })).id);
  }
  const entities: string[] = [];
  const kinds = ['person', 'organization', 'place'] as const;
  for (let e = 0; e < 100; e += 1) {
    entities.push((await call<{ id: string }>('entities.create', { kind: kinds[e % 3], name: `Bench entity ${e + 1}` })).id);
  }
  workbench.close();

  const db = new Database(info.path);
  db.transaction(() => {
    const claim = db.prepare(
      `INSERT INTO claims (id, statement, asserter_entity_id, asserter_text, date_edtf, status, reliability, credibility,
         created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 'bench')`,
    );
    const cite = db.prepare(
      `INSERT INTO claim_citations (claim_id, annotation_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, 'bench', 'bench')`,
    );
    const about = db.prepare(
      `INSERT INTO claim_entities (claim_id, entity_id, role, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, 'bench', 'bench')`,
    );
    for (let i = 0; i < count; i += 1) {
      const id = crypto.randomUUID();
      const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
      const byEntity = i % 3 === 0;
      const statement = `Claim ${i + 1}: an official ${verbs[i % verbs.length]} that ${topics[(i * 7) % topics.length]} would move ahead by ${(i % 28) + 1} March`;
      claim.run(
        id,
        statement,
        byEntity ? entities[(i * 13) % entities.length] : null,
        byEntity ? '' : 'senior official, unnamed',
        i % 4 === 0 ? `2026-0${(i % 9) + 1}` : '',
        statuses[i % statuses.length],
        'ABCDEF'[i % 6],
        (i % 6) + 1,
        at,
        at,
      );
      cite.run(id, passages[i % passages.length], at, at);
      if (i % 5 === 0) cite.run(id, passages[(i + 7) % passages.length], at, at);
      for (let k = 0; k <= i % 3; k += 1) about.run(id, entities[(i + k * 31) % entities.length], roles[k], at, at);
    }
  })();
  db.close();
  return info.path;
}
