import { shortTitle } from '../ui/shortTitle';
import { formatBytes, MAX_SOURCE_FILE_BYTES, SOURCE_FILE_EXTENSIONS } from '../../shared/sources/sourceLimits';

/** Every user-facing string of the sources feature. */
export const sourcesStrings = {
  viewTitle: 'Sources',
  addSource: 'Add source',
  importFiles: 'Import files…',
  filterLabel: 'Filter sources',
  filterPlaceholder: 'Filter by any column…',
  noMatchingSources: 'No sources match these filters.',
  count: (n: number) => (n === 1 ? '1 source' : `${n} sources`),
  emptyTitle: 'No sources yet',
  emptyBody: 'Paste text or import .txt, .md, .html, .docx or .pdf files to start reading and highlighting.',
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
    reliabilityHint: 'Reliability of the source on the Admiralty scale, from A (completely reliable) to F (cannot be judged)',
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
  added: (title: string) => `Added “${shortTitle(title)}”.`,
  pasteDuplicate: (title: string) => `This text is already in the project as “${title}”.`,
  openExisting: 'Open it',

  chooseFiles: 'Choose files…',
  chooseFolder: 'Choose a folder…',
  dropZone: `Drop files or folders here (.txt, .md, .html, .docx, .pdf), or choose them. Up to ${formatBytes(MAX_SOURCE_FILE_BYTES)} each.`,
  moreFiles: (n: number) => `…and ${n} more`,
  cancelImport: 'Cancel import',
  cancellingImport: 'Cancelling…',
  timeLeft: (ms: number) => {
    const seconds = Math.ceil(ms / 1000);
    if (seconds < 60) return `about ${seconds} s left`;
    const minutes = Math.round(seconds / 60);
    return `about ${minutes} min left`;
  },
  filesDone: (done: number, total: number) => `${done} of ${total} files`,
  cancelledNote: (notRead: number, imported: number) =>
    `Import cancelled: ${notRead === 1 ? '1 file was' : `${notRead} files were`} not imported. ${
      imported === 0 ? 'Nothing had been imported yet.' : imported === 1 ? 'The source already imported stays in the project.' : `The ${imported} sources already imported stay in the project.`
    }`,
  statusReview: 'To review',
  reviewNeeded: 'Not imported yet: its text needs a look (headers, footers or split words). Review it, then import.',
  review: 'Review…',
  reviewTitle: (name: string) => `Review “${name}” before import`,
  reviewIntro: 'Dossier found things in this PDF’s text that are usually printing leftovers. Choose what to clean up; the text below shows the result.',
  reviewRepeated: (n: number) => (n === 1 ? 'Repeated header or footer (on most pages):' : `Repeated headers or footers (on most pages):`),
  reviewPageNumbers: (n: number) => `Page numbers at the top or bottom of ${n} pages.`,
  reviewHyphens: (n: number) => (n === 1 ? '1 word split over two lines with a hyphen.' : `${n} words split over two lines with a hyphen.`),
  stripRepeated: 'Strip repeated headers/footers and page numbers',
  joinHyphens: 'Join hyphenated words',
  reviewPreview: 'Text to import',
  reviewPage: (n: number) => `Page ${n}`,
  reviewPages: (n: number) => (n === 1 ? '1 page' : `${n} pages`),
  importReviewed: 'Import',
  reviewAll: (n: number) => `Import ${n === 1 ? 'it' : `all ${n}`} as suggested`,
  acceptedTypes: SOURCE_FILE_EXTENSIONS.join(', '),
  noFilesChosen: 'No files chosen yet.',
  chosenFiles: 'Chosen files',
  removeFile: (name: string) => `Remove ${name}`,
  import: 'Import',
  importing: (done: number, total: number) => `Importing… ${done} of ${total}`,
  importingFile: (n: number, total: number, name: string) => `Importing ${n} of ${total}: ${name}`,
  noAnswer: 'No answer came back for this file; try importing it again.',
  tooLarge: (size: number) => `This file is ${formatBytes(size)}; files up to ${formatBytes(MAX_SOURCE_FILE_BYTES)} can be imported.`,
  unsupported: (name: string) =>
    `“${name}” is not a file Dossier can import. Use ${SOURCE_FILE_EXTENSIONS.join(', ')} files.`,

  summaryTitle: 'Import summary',
  summaryCounts: (imported: number, duplicates: number, failed: number, review = 0) =>
    [
      failed ? `${failed} failed` : '',
      review ? `${review} to review` : '',
      duplicates ? `${duplicates} already in the project` : '',
      `${imported} imported`,
    ]
      .filter(Boolean)
      .join(', '),
  advice: {
    convert: 'Save it as .txt, .md, .html, .docx or .pdf (or copy its text and use Paste text), then import that.',
    binary: 'Dossier reads text files only. Copy the text out of it (for a PDF: select all and copy) and use Paste text.',
    tooLarge: 'Split it into smaller files, or paste only the part you need.',
    encoding: 'Open it in a text editor, save it as UTF-8, and import it again.',
    empty: 'Check that this is the file you meant; if its text is elsewhere, paste it instead.',
    webPage: 'Open the page in a browser, copy the article text, and use Paste text.',
    document: 'Open it in its own program and save it again (or print it to a new PDF), then import that copy.',
    noProject: 'Open a project, then import again.',
  },
  statusImported: 'Imported',
  statusDuplicate: 'Duplicate',
  statusFailed: 'Failed',
  importedAs: (title: string) => `Added as “${title}”`,
  duplicateOf: (title: string) => `Already in project as “${title}”`,
  open: 'Open',
  done: 'Done',

  editDetails: 'Edit details',
  details: 'Show details',
  lessDetails: 'Hide details',
  showDetailsHint: 'Show the URL, notes and when the source was added',
  hideDetailsHint: 'Show only the title and the main facts',
  editTitle: 'Edit source details',
  save: 'Save',
  saved: 'Source details saved.',
  deleteSource: 'Delete source',
  deleteConfirmTitle: 'Delete source',
  deleteConfirm: (title: string) =>
    `Move “${title}” and its highlights to the Trash? You can restore it from the Trash.`,
  deleteConfirmButton: 'Move to Trash',
  deleted: (title: string) => `“${shortTitle(title)}” moved to Trash.`,
  undo: 'Undo',
  cancel: 'Cancel',
  untitled: 'Untitled source',
};
