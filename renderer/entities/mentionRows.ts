import type { MentionInContext } from '../../shared/api/types';

export type MentionRow =
  | { type: 'source'; key: string; sourceId: string; title: string; count: number }
  | { type: 'mention'; key: string; mention: MentionInContext; /** Position among the mentions, for keyboard moves. */ index: number };

/** Mentions come in source order; a header row starts each source, so the list reads as groups. */
export function mentionRows(mentions: readonly MentionInContext[]): MentionRow[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.sourceId, (counts.get(m.sourceId) ?? 0) + 1);
  const rows: MentionRow[] = [];
  let previous: string | null = null;
  mentions.forEach((mention, index) => {
    if (mention.sourceId !== previous) {
      previous = mention.sourceId;
      rows.push({ type: 'source', key: `s:${mention.sourceId}:${index}`, sourceId: mention.sourceId, title: mention.sourceTitle, count: counts.get(mention.sourceId) ?? 0 });
    }
    rows.push({ type: 'mention', key: `m:${mention.sourceId}:${mention.start}:${index}`, mention, index });
  });
  return rows;
}
