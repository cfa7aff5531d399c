import { formatBytes, MAX_SOURCE_FILE_BYTES, SOURCE_FILE_EXTENSIONS } from '../../shared/sources/sourceLimits';

/** Every user-facing string of the sources feature. */
export const sourcesStrings = {
  viewTitle: 'Sources',
  addSource: 'Add source',
  importFiles: 'Import files…',
  filterLabel: 'Filter sources',
  filterPlaceholder: 'Filter by any column…',
  count: (n: number) => (n === 1 ? '1 source' : `${n} sources`),
  emptyTitle: 'No sources yet',
  emptyBody: 'Paste text or import .txt, .md, .html files to start reading and highlighting.',
  emptyDrop: 'You can also drop files anywhere here.',
  emptyPaste: 'Paste a text…',
  emptyChoose: 'Choose files to import…',
  resizeList: 'Resize the source list',
  dropHere: 'Drop files to import them',
  noSelection: 'Select a source in the list to read it here.',

  columns: {
    title: 'Title',
    outlet: 'Outlet',
    published: 'Published',
    added: 'Added',
    highlights: 'Highlights',
    reliability: 'Reliability',
  },

  dialogTitle: 'Add source',
  tabPaste: 'Paste text',
  tabFiles: 'Files',
  fields: {
    title: 'Title',
    titlePlaceholder: 'Defaults to the first line of the text',
    outlet: 'Outlet',
    author: 'Author',
    published: 'Published',
    publishedPlaceholder: 'e.g. 2024-03-27',
    url: 'URL',
    reliability: 'Reliability',
    notes: 'Notes',
    text: 'Text',
    textPlaceholder: 'Paste the text of the report, statement or transcript here.',
  },
  add: 'Add',
  textRequired: 'Paste some text first.',
  added: (title: string) => `Added “${title}”.`,
  pasteDuplicate: (title: string) => `This text is already in the project as “${title}”.`,
  openExisting: 'Open it',

  chooseFiles: 'Choose files…',
  dropZone: `Drop .txt, .md or .html files here, or choose them. Up to ${formatBytes(MAX_SOURCE_FILE_BYTES)} each.`,
  acceptedTypes: SOURCE_FILE_EXTENSIONS.join(', '),
  noFilesChosen: 'No files chosen yet.',
  chosenFiles: 'Chosen files',
  removeFile: (name: string) => `Remove ${name}`,
  import: 'Import',
  importing: (done: number, total: number) => `Importing… ${done} of ${total}`,
  tooLarge: (size: number) => `This file is ${formatBytes(size)}; files up to ${formatBytes(MAX_SOURCE_FILE_BYTES)} can be imported.`,
  unsupported: (name: string) =>
    `“${name}” is not a file Dossier can import. Use ${SOURCE_FILE_EXTENSIONS.join(', ')} files.`,

  summaryTitle: 'Import summary',
  summaryCounts: (imported: number, duplicates: number, failed: number) =>
    [`${imported} imported`, duplicates ? `${duplicates} already in the project` : '', failed ? `${failed} failed` : '']
      .filter(Boolean)
      .join(', '),
  statusImported: 'Imported',
  statusDuplicate: 'Duplicate',
  statusFailed: 'Failed',
  importedAs: (title: string) => `Added as “${title}”`,
  duplicateOf: (title: string) => `Already in project as “${title}”`,
  open: 'Open',
  done: 'Done',

  editDetails: 'Edit details',
  editTitle: 'Edit source details',
  save: 'Save',
  saved: 'Source details saved.',
  deleteSource: 'Delete source',
  deleteConfirmTitle: 'Delete source',
  deleteConfirm: (title: string) =>
    `Move “${title}” and its highlights to the Trash? You can restore it from the Trash.`,
  deleteConfirmButton: 'Move to Trash',
  deleted: (title: string) => `“${title}” moved to Trash.`,
  undo: 'Undo',
  cancel: 'Cancel',
  untitled: 'Untitled source',
};
