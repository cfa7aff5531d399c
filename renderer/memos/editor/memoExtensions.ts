import type { Extensions } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import { StarterKit } from '@tiptap/starter-kit';
import { ClaimsTable, EntityCard, IndicatorsTable, SourcesList, TimelineTable } from './blockNodes';
import { Citation } from './Citation';

/**
 * The memo editor's schema, exactly shared/memos/memoDoc.ts: StarterKit
 * without strike, code, code blocks and links (underline stays), headings
 * 1–3, tables, and Dossier's citation and block nodes. There is no image node,
 * so pasted images cannot be kept.
 */
export function memoExtensions(): Extensions {
  return [
    StarterKit.configure({
      strike: false,
      code: false,
      codeBlock: false,
      link: false,
      heading: { levels: [1, 2, 3] },
    }),
    TableKit.configure({ table: { resizable: false } }),
    Citation,
    EntityCard,
    TimelineTable,
    ClaimsTable,
    IndicatorsTable,
    SourcesList,
  ];
}
