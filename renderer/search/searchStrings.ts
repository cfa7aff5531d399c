/** Every user-facing string of search. */
export const searchStrings = {
  viewTitle: 'Search',
  fieldLabel: 'Search the project',
  placeholder: 'Words in the sources or in your notes…',
  shortcutHint: (mod: string) => `${mod}+K`,
  introTitle: 'Search your sources and notes',
  introBody: 'Type a word or phrase. Results show the passage in context; choose one to open the source at that place.',
  searching: 'Searching…',
  noResultsTitle: 'No matches',
  noResults: (q: string) => `Nothing in this project matches “${q}”. Check the spelling or try fewer words.`,
  count: (n: number, limit: number) => (n >= limit ? `First ${n} results` : n === 1 ? '1 result' : `${n} results`),
  kinds: { source: 'In text', annotation: 'In a highlight' },
  resultsLabel: 'Search results',
};
