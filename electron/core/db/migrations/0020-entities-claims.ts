import type { Migration } from './Migration';

const rowStamps = `created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT`;

/**
 * Entities (people, organizations, places, events) with aliases, highlights
 * tagged with entities, and claims graded on the Admiralty scale that cite
 * highlights. Link rows carry tombstones like everything a user makes, so
 * that removals can travel in a team merge.
 */
export const migration0020EntitiesClaims: Migration = {
  version: 20,
  name: 'entities-claims',
  up(db) {
    db.exec(`
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('person','organization','place','event','other')),
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        date_edtf TEXT NOT NULL DEFAULT '',
        -- Set when the entity was merged into another; it then also carries deleted_at.
        merged_into TEXT REFERENCES entities (id),
        ${rowStamps}
      ) STRICT;

      CREATE TABLE entity_aliases (
        id TEXT PRIMARY KEY,
        entity_id TEXT NOT NULL REFERENCES entities (id),
        alias TEXT NOT NULL,
        ${rowStamps}
      ) STRICT;
      CREATE INDEX entity_aliases_by_entity ON entity_aliases (entity_id);

      CREATE TABLE annotation_entities (
        annotation_id TEXT NOT NULL REFERENCES annotations (id),
        entity_id TEXT NOT NULL REFERENCES entities (id),
        ${rowStamps},
        PRIMARY KEY (annotation_id, entity_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX annotation_entities_by_entity ON annotation_entities (entity_id);

      -- Names the analyst dismissed as suggestions, by their folded form.
      CREATE TABLE dismissed_suggestions (
        key TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

      CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        statement TEXT NOT NULL,
        asserter_entity_id TEXT REFERENCES entities (id),
        asserter_text TEXT NOT NULL DEFAULT '',
        date_edtf TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'unverified' CHECK (status IN ('unverified','corroborated','disputed','refuted')),
        reliability TEXT NOT NULL DEFAULT 'F' CHECK (reliability IN ('A','B','C','D','E','F')),
        credibility INTEGER NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6),
        notes TEXT NOT NULL DEFAULT '',
        ${rowStamps}
      ) STRICT;
      CREATE INDEX claims_by_asserter ON claims (asserter_entity_id);

      CREATE TABLE claim_entities (
        claim_id TEXT NOT NULL REFERENCES claims (id),
        entity_id TEXT NOT NULL REFERENCES entities (id),
        role TEXT NOT NULL CHECK (role IN ('subject','object','mentioned')),
        ${rowStamps},
        PRIMARY KEY (claim_id, entity_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX claim_entities_by_entity ON claim_entities (entity_id);

      CREATE TABLE claim_citations (
        claim_id TEXT NOT NULL REFERENCES claims (id),
        annotation_id TEXT NOT NULL REFERENCES annotations (id),
        ${rowStamps},
        PRIMARY KEY (claim_id, annotation_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX claim_citations_by_annotation ON claim_citations (annotation_id);

      CREATE TABLE claim_links (
        id TEXT PRIMARY KEY,
        from_claim_id TEXT NOT NULL REFERENCES claims (id),
        to_claim_id TEXT NOT NULL REFERENCES claims (id),
        relation TEXT NOT NULL CHECK (relation IN ('supports','contradicts')),
        ${rowStamps},
        CHECK (from_claim_id <> to_claim_id)
      ) STRICT;
      CREATE INDEX claim_links_from ON claim_links (from_claim_id);
      CREATE INDEX claim_links_to ON claim_links (to_claim_id);

      -- What each entity merge moved, so that it can be undone (and replayed on a teammate's copy).
      CREATE TABLE entity_merges (
        id TEXT PRIMARY KEY,
        from_entity_id TEXT NOT NULL REFERENCES entities (id),
        into_entity_id TEXT NOT NULL REFERENCES entities (id),
        moved TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        undone_at TEXT,
        undone_by TEXT
      ) STRICT;

      -- Derived, rebuilt from the texts and names when stale: where each entity is mentioned.
      CREATE TABLE mention_index (
        source_id TEXT NOT NULL REFERENCES sources (id),
        entity_id TEXT NOT NULL REFERENCES entities (id),
        start_pos INTEGER NOT NULL,
        end_pos INTEGER NOT NULL,
        PRIMARY KEY (entity_id, source_id, start_pos)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX mention_index_by_source ON mention_index (source_id);
    `);
  },
};
