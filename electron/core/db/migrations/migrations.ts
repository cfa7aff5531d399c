import { migration0010Initial } from './0010-initial';
import { migration0020EntitiesClaims } from './0020-entities-claims';
import { migration0030Timelines } from './0030-timelines';
import { migration0040Memos } from './0040-memos';
import { migration0050ClaimOrder } from './0050-claim-order';
import { migration0060Exchange } from './0060-exchange';
import { migration0070Search } from './0070-search';
import { migration0080DocumentFormats } from './0080-document-formats';
import type { Migration } from './Migration';

/** Every migration, in order. A project's user_version is the last one applied. */
export const migrations: readonly Migration[] = [
  migration0010Initial,
  migration0020EntitiesClaims,
  migration0030Timelines,
  migration0040Memos,
  migration0050ClaimOrder,
  migration0060Exchange,
  migration0070Search,
  migration0080DocumentFormats,
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
