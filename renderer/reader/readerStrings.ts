/** Every user-facing string of the reader. */
export const readerStrings = {
  textLabel: 'Source text',
  highlight: 'Highlight',
  highlightHint: 'Select text, then press H or Ctrl+Enter to highlight it.',
  loading: 'Loading source…',
  gone: 'This source is no longer in the project. It may have been moved to the Trash.',
  emptyText: 'This source has no text.',
  keyboard: {
    hints: [
      // Most needed first: a narrow reader shows as many as fit on one line.
      { keys: '↑↓', what: 'sentence' },
      { keys: 'Shift+↑↓', what: 'select' },
      { keys: 'H', what: 'highlight' },
      { keys: 'Shift+←→', what: 'move end' },
      { keys: 'Esc', what: 'clear' },
      { keys: 'Alt+Shift+←→', what: 'move start' },
    ],
    hintsLabel: 'Keys in the text',
    selected: (quote: string) => `Selected: ${quote}`,
    cleared: 'Selection cleared',
  },
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
