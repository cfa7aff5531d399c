/** User-facing strings of the app frame (header, navigation, shortcuts). */
export const appStrings = {
  appName: 'Dossier',
  mainNav: 'Main',
  projectLabel: 'Project',
  shortcuts: 'Keyboard shortcuts',
  shortcutList: (mod: string) => [
    { keys: `${mod}+1 … ${mod}+4`, what: 'Switch between Sources, Search, Labels and Trash' },
    { keys: `${mod}+Shift+V`, what: 'Add a source by pasting its text' },
    { keys: `${mod}+O`, what: 'Import source files' },
    { keys: `${mod}+K`, what: 'Search' },
    { keys: `H  or  ${mod}+Enter`, what: 'Highlight the selected text' },
    { keys: `${mod}+Enter`, what: 'Save (in the highlight editor and the paste form)' },
    { keys: 'Esc', what: 'Close a dialog' },
    { keys: '?', what: 'Show this list' },
  ],
  needsProject: 'Open or create a project first.',
  closed: 'Project closed.',
  loadFailed: 'Dossier could not start',
};
