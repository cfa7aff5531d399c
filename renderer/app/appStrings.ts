/** User-facing strings of the app frame (header, navigation, shortcuts). */
export const appStrings = {
  appName: 'Dossier',
  mainNav: 'Main',
  projectLabel: 'Project',
  shortcuts: 'Keyboard shortcuts',
  /** Every shortcut of the app, by where it works; `views` are the navigation's labels, in order. */
  shortcutGroups: (mod: string, allViews: readonly string[]) => {
    // Only nine digits: views after the ninth are reached from the navigation and the View menu.
    const views = allViews.slice(0, 9);
    return [
      {
        title: 'Everywhere',
        rows: [
          { keys: `${mod}+1 … ${mod}+${views.length}`, what: `Switch between ${views.slice(0, -1).join(', ')} and ${views.at(-1) ?? ''}` },
          { keys: `${mod}+K`, what: 'Search the whole project' },
          { keys: `${mod}+Shift+V`, what: 'Add a source by pasting its text' },
          { keys: `${mod}+I`, what: 'Import source files' },
          { keys: `${mod}+Shift+E`, what: 'Export the project file (to send to a colleague)' },
          { keys: `${mod}+Shift+M`, what: 'Merge a colleague’s project file' },
          { keys: `${mod}+Enter`, what: 'Save, in a form or editor (highlight, pasted source, claim, entity)' },
          { keys: 'Esc', what: 'Close a dialog or panel; in a field being edited, put it back' },
          { keys: '?', what: 'Show this list' },
        ],
      },
      {
        title: 'Sources and the reader',
        rows: [
          { keys: 'Enter  or  Space', what: 'In the sources list: open the source (Enter also moves into its text)' },
          { keys: '↑ ↓  or  J K', what: 'In the text: move the sentence cursor (Home, End: first, last)' },
          { keys: 'Shift+↑ ↓', what: 'In the text: select by sentences' },
          { keys: 'Shift+← →', what: 'In the text: move the end of the selection by a word (with Alt: the start)' },
          { keys: `${mod}+A`, what: 'In the text: select the whole text' },
          { keys: `H  or  ${mod}+Enter`, what: 'Highlight the selected text' },
          { keys: 'C', what: 'Make a claim from the selected passage' },
          { keys: `${mod}+F`, what: 'Find in this source (Enter, Shift+Enter: next, previous)' },
          { keys: 'Esc', what: 'In the text: clear the selection' },
        ],
      },
      {
        title: 'Claims',
        rows: [
          { keys: '/', what: 'Go to the search box' },
          { keys: '↑ ↓ ← →', what: 'In the grid: move between cells' },
          { keys: 'Enter', what: 'In the grid: open the claim; on Status, Reliability or Credibility, edit it' },
          { keys: 'F2', what: 'In the grid: edit Status, Reliability or Credibility' },
          { keys: `${mod}+Z`, what: 'Undo the last edit made in Claims' },
          { keys: 'Esc', what: 'Close the claim panel' },
        ],
      },
      {
        title: 'Entities',
        rows: [
          { keys: '/', what: 'Go to the filter (↓ or Enter: on to the list)' },
          { keys: 'N', what: 'New entity' },
          { keys: 'S', what: 'Show or hide suggestions' },
          { keys: 'M', what: 'Merge the chosen entity into another' },
          { keys: 'Delete', what: 'Move the chosen entity to the Trash' },
          { keys: 'Enter', what: 'In the list: open the entity’s page; on a mention: open the reader there' },
          { keys: '↑ ↓  PageUp PageDown  Home End', what: 'Move in the list of entities or of mentions' },
          { keys: `${mod}+Z`, what: 'Undo the last edit made in Entities' },
        ],
      },
      {
        title: 'Timelines',
        rows: [
          { keys: '/', what: 'Go to the search box' },
          { keys: '↑ ↓  in the side list', what: 'Move between timelines (F2: rename; Delete: move to the Trash)' },
          { keys: 'Enter', what: 'In the grid: edit the cell, then save it; on the last title, add the next event' },
          { keys: 'Tab  Shift+Tab', what: 'In the grid: next or previous cell' },
          { keys: `${mod}+Enter`, what: 'Add an event' },
          { keys: 'Delete', what: 'Move the selected events to the Trash' },
          { keys: `${mod}+V`, what: 'Paste rows copied from a spreadsheet as new events' },
          { keys: `${mod}+Z`, what: 'Undo the last edit made in Timelines' },
          { keys: `${mod}+Shift+Z  or  ${mod}+Y`, what: 'Redo' },
          { keys: '← →  + −  0  T', what: 'On the time axis: pan, zoom, fit all, go to today' },
          { keys: 'Enter  [  ]', what: 'On the time axis: select the event at the centre, the previous, the next' },
        ],
      },
      {
        title: 'Memos',
        rows: [
          { keys: `${mod}+B  ${mod}+I  ${mod}+U`, what: 'In the editor: bold, italic, underline' },
          { keys: `${mod}+Alt+1 … 3  (${mod}+Alt+0)`, what: 'Heading 1 to 3 (normal text)' },
          { keys: `${mod}+Shift+8  ${mod}+Shift+7`, what: 'Bulleted list, numbered list' },
          { keys: `${mod}+Shift+B`, what: 'Block quote' },
          { keys: `${mod}+Z  ${mod}+Y`, what: 'Undo, redo (the memo saves itself as you type)' },
        ],
      },
    ];
  },
  needsProject: 'Open or create a project first.',
  closed: 'Project closed.',
  loadFailed: 'Dossier could not start',
};
