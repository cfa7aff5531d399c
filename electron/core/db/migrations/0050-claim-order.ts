import type { Migration } from './Migration';

/**
 * The claims grid lists live claims newest first: with this index SQLite
 * reads them in that order instead of sorting 50,000 rows on every list, and
 * the grid's first screenful is its first rows rather than a full scan.
 */
export const migration0050ClaimOrder: Migration = {
  version: 50,
  name: 'claim-order',
  up(db) {
    db.exec('CREATE INDEX claims_live_newest_first ON claims (created_at DESC, id DESC) WHERE deleted_at IS NULL');
  },
};
