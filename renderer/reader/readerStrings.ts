/** Every user-facing string of the reader. */
export const readerStrings = {
  textLabel: 'Source text',
  highlight: 'Highlight',
  highlightHint: 'Select text, then press H or Ctrl+Enter to highlight it.',
  loading: 'Loading source…',
  gone: 'This source is no longer in the project. It may have been moved to the Trash.',
  emptyText: 'This source has no text.',
  meta: {
    outlet: 'Outlet',
    author: 'Author',
    published: 'Published',
    added: 'Added',
    addedBy: (when: string, who: string) => (who ? `Added ${when} by ${who}` : `Added ${when}`),
    reliability: 'Reliability',
    url: 'URL',
    characters: (n: number) => `${n.toLocaleString()} characters`,
    highlights: (n: number) => (n === 1 ? '1 highlight' : `${n.toLocaleString()} highlights`),
  },
};
