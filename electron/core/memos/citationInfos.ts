import type { CitationInfo } from '../../../shared/api/memoTypes';
import type { Reliability } from '../../../shared/api/types';
import { admiraltyGrade } from '../../../shared/grades/admiraltyGrade';
import type { CitationRef } from '../../../shared/memos/memoStats';
import type { ProjectDb } from '../db/projectDatabase';
import { statement } from '../db/statement';

interface PassageRow {
  ref: string;
  annotation_id: string;
  exact: string;
  start_pos: number;
  end_pos: number;
  source_id: string;
  title: string;
  outlet: string;
  published: string;
  reliability: Reliability;
  removed: number;
  page: number | null;
}

const passageColumns = `a.id AS annotation_id, a.exact, a.start_pos, a.end_pos, s.id AS source_id, s.title, s.outlet, s.published,
  s.reliability, (a.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL) AS removed,
  (SELECT max(p.page) FROM source_pages p WHERE p.source_id = s.id AND p.start_pos <= a.start_pos) AS page`;

function removedInfo(ref: CitationRef): CitationInfo {
  return { ...ref, removed: true, statement: '', quote: '', sourceId: null, sourceTitle: '', outlet: '', published: '', grade: '', start: null, end: null };
}

function passageInfo(ref: CitationRef, row: PassageRow): Omit<CitationInfo, 'statement' | 'grade'> {
  return {
    ...ref,
    removed: false,
    quote: row.exact,
    sourceId: row.source_id,
    sourceTitle: row.title,
    outlet: row.outlet,
    published: row.published,
    start: row.start_pos,
    end: row.end_pos,
    ...(row.page === null ? {} : { page: row.page }),
  };
}

/**
 * What each citation points at, in the order asked, in three queries
 * whatever the number of citations. A claim in the Trash, or a passage
 * whose highlight or source is in the Trash, is `removed`. A live claim
 * shows its first live passage (by source title, then position).
 */
export function citationInfos(db: ProjectDb, refs: readonly CitationRef[]): CitationInfo[] {
  const claimIds = [...new Set(refs.filter((r) => r.kind === 'claim').map((r) => r.refId))];
  const annotationIds = [...new Set(refs.filter((r) => r.kind === 'annotation').map((r) => r.refId))];

  const claims = new Map<string, { statement: string; reliability: Reliability; credibility: number }>();
  const claimPassages = new Map<string, PassageRow>();
  if (claimIds.length > 0) {
    const ids = JSON.stringify(claimIds);
    for (const row of statement(
      db,
      'SELECT id, statement, reliability, credibility FROM claims WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL',
    ).all(ids) as { id: string; statement: string; reliability: Reliability; credibility: number }[]) {
      claims.set(row.id, row);
    }
    for (const row of statement(
      db,
      `SELECT cc.claim_id AS ref, ${passageColumns} FROM claim_citations cc
       JOIN annotations a ON a.id = cc.annotation_id JOIN sources s ON s.id = a.source_id
       WHERE cc.claim_id IN (SELECT value FROM json_each(?)) AND cc.deleted_at IS NULL AND a.deleted_at IS NULL AND s.deleted_at IS NULL
       ORDER BY cc.claim_id, s.title COLLATE NOCASE, a.start_pos`,
    ).all(ids) as PassageRow[]) {
      if (!claimPassages.has(row.ref)) claimPassages.set(row.ref, row);
    }
  }
  const passages = new Map<string, PassageRow>();
  if (annotationIds.length > 0) {
    for (const row of statement(
      db,
      `SELECT a.id AS ref, ${passageColumns} FROM annotations a JOIN sources s ON s.id = a.source_id
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(annotationIds)) as PassageRow[]) {
      passages.set(row.ref, row);
    }
  }

  return refs.map((ref): CitationInfo => {
    if (ref.kind === 'claim') {
      const claim = claims.get(ref.refId);
      if (!claim) return removedInfo(ref);
      const grade = admiraltyGrade(claim.reliability, claim.credibility);
      const passage = claimPassages.get(ref.refId);
      if (!passage) return { ...removedInfo(ref), removed: false, statement: claim.statement, grade };
      return { ...passageInfo(ref, passage), statement: claim.statement, grade };
    }
    const passage = passages.get(ref.refId);
    if (!passage || passage.removed === 1) return removedInfo(ref);
    // A passage is not assessed on its own: its grade is its source's reliability.
    return { ...passageInfo(ref, passage), statement: '', grade: passage.reliability };
  });
}
