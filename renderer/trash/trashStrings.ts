import { shortTitle } from '../ui/shortTitle';

/** Every user-facing string of the Trash. */
export const trashStrings = {
  viewTitle: 'Trash',
  intro: 'Deleted sources, highlights and labels stay here and can be restored.',
  emptyTitle: 'The Trash is empty',
  emptyBody: 'When you delete a source, a highlight or a label, it appears here so you can restore it.',
  kinds: { source: 'Source', annotation: 'Highlight', label: 'Label', entity: 'Entity', claim: 'Claim', event: 'Event', timeline: 'Timeline', eventType: 'Event type', memo: 'Memo', memoTemplate: 'Memo template' },
  columns: { kind: 'Kind', item: 'Item', deleted: 'Deleted', actions: 'Actions' },
  /** Who is named only when it was someone else. */
  deletedBy: (when: string, who: string) => (who ? `${when} by ${who}` : when),
  restore: 'Restore',
  open: 'Open',
  restored: (title: string) => `Restored: ${shortTitle(title)}`,
  untitled: '(untitled)',
};
