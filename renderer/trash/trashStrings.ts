import { shortTitle } from '../ui/shortTitle';

/** Every user-facing string of the Trash. */
export const trashStrings = {
  viewTitle: 'Trash',
  intro: 'Everything you delete stays here and can be restored: sources, highlights, labels, entities, claims, events, timelines, event types, memos and memo templates.',
  emptyTitle: 'The Trash is empty',
  emptyBody: 'When you delete something (a source, a highlight, a claim, an event, a memo…), it appears here so you can restore it.',
  kinds: { source: 'Source', annotation: 'Highlight', label: 'Label', entity: 'Entity', claim: 'Claim', event: 'Event', timeline: 'Timeline', eventType: 'Event type', memo: 'Memo', memoTemplate: 'Memo template', savedSearch: 'Saved search' },
  columns: { kind: 'Kind', item: 'Item', deleted: 'Deleted', actions: 'Actions' },
  /** Who is named only when it was someone else. */
  deletedBy: (when: string, who: string) => (who ? `${when} by ${who}` : when),
  restore: 'Restore',
  open: 'Open',
  restored: (title: string) => `Restored: ${shortTitle(title)}`,
  untitled: '(untitled)',
};
