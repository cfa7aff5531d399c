import type { MergeKind } from '../../../shared/api/exchangeTypes';

/** How one table takes part in a merge. */
export interface MergeTable {
  table: string;
  kind: MergeKind;
  /** Primary key columns; a row's key is their values joined. */
  key: readonly string[];
  /** Shown in preview lists and conflicts (link rows have none: they are only counted). */
  title?: string;
  /** Columns holding ids of rows that may have been found to be duplicates (sources, seeded event types). */
  aliased?: readonly { column: string; table: string; onlyWhen?: { column: string; value: string } }[];
  /** For link rows: the row they belong to, whose title names them in the conflicts list. */
  owner?: { column: string; table: string; title: string };
  /** Rows never change once written (memo versions): added when missing, never updated. */
  appendOnly?: boolean;
}

/** In insert order (parents first), so foreign keys hold row by row where they can. */
export const mergeTables: readonly MergeTable[] = [
  { table: 'sources', kind: 'sources', key: ['id'], title: 'title' },
  { table: 'labels', kind: 'labels', key: ['id'], title: 'name' },
  { table: 'entities', kind: 'entities', key: ['id'], title: 'name' },
  { table: 'entity_aliases', kind: 'entities', key: ['id'], title: 'alias' },
  {
    table: 'annotations',
    kind: 'annotations',
    key: ['id'],
    title: 'exact',
    aliased: [{ column: 'source_id', table: 'sources' }],
  },
  { table: 'annotation_labels', kind: 'annotations', key: ['annotation_id', 'label_id'], owner: { column: 'annotation_id', table: 'annotations', title: 'exact' } },
  { table: 'annotation_entities', kind: 'annotations', key: ['annotation_id', 'entity_id'], owner: { column: 'annotation_id', table: 'annotations', title: 'exact' } },
  { table: 'claims', kind: 'claims', key: ['id'], title: 'statement' },
  { table: 'claim_entities', kind: 'claims', key: ['claim_id', 'entity_id'], owner: { column: 'claim_id', table: 'claims', title: 'statement' } },
  { table: 'claim_citations', kind: 'claims', key: ['claim_id', 'annotation_id'], owner: { column: 'claim_id', table: 'claims', title: 'statement' } },
  { table: 'claim_links', kind: 'claims', key: ['id'], owner: { column: 'from_claim_id', table: 'claims', title: 'statement' } },
  { table: 'event_types', kind: 'events', key: ['id'], title: 'name' },
  { table: 'timelines', kind: 'timelines', key: ['id'], title: 'name' },
  {
    table: 'events',
    kind: 'events',
    key: ['id'],
    title: 'title',
    aliased: [{ column: 'type_id', table: 'event_types' }],
  },
  { table: 'event_entities', kind: 'events', key: ['event_id', 'entity_id'], owner: { column: 'event_id', table: 'events', title: 'title' } },
  {
    table: 'event_evidence',
    kind: 'events',
    key: ['event_id', 'kind', 'ref_id'],
    owner: { column: 'event_id', table: 'events', title: 'title' },
    aliased: [{ column: 'ref_id', table: 'sources', onlyWhen: { column: 'kind', value: 'source' } }],
  },
  { table: 'timeline_events', kind: 'timelines', key: ['timeline_id', 'event_id'], owner: { column: 'timeline_id', table: 'timelines', title: 'name' } },
  { table: 'memos', kind: 'memos', key: ['id'], title: 'title' },
  { table: 'memo_versions', kind: 'memos', key: ['id'], appendOnly: true },
  { table: 'memo_templates', kind: 'memos', key: ['id'], title: 'name' },
  { table: 'saved_searches', kind: 'savedSearches', key: ['id'], title: 'name' },
];

/** Columns that say when and by whom, not what: rows equal apart from these are not a conflict. */
export const STAMP_COLUMNS: ReadonlySet<string> = new Set(['created_at', 'updated_at', 'created_by', 'updated_by']);
