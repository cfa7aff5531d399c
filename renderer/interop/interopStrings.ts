import type { QdpxCounts } from '../../shared/api/interopTypes';

const n = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString()} ${count === 1 ? one : many}`;

function listCounts(counts: QdpxCounts): string {
  return [
    n(counts.sources, 'source'),
    n(counts.labels, 'label'),
    n(counts.highlights, 'highlight'),
    n(counts.notes, 'note'),
    n(counts.entities, 'entity', 'entities'),
  ].join(', ');
}

/** Strings for exchanging projects with QDA software and exporting highlights. */
export const interopStrings = {
  menu: 'Exchange',
  exportProject: 'Export project file…',
  merge: 'Merge a colleague’s file…',
  menuLabel: 'Exchange with colleagues and other software',
  working: 'Working…',
  exportQdpx: 'Export for QDA software (.qdpx)…',
  importQdpx: 'Import QDA project (.qdpx)…',
  exportWebAnnotations: 'Export highlights as Web Annotations…',
  importQdpxHint: 'A REFI-QDA project from QualCoder, ATLAS.ti, MAXQDA, NVivo or Dossier opens as a new project.',
  exportedQdpx: (fileName: string, counts: QdpxCounts) =>
    `Exported ${listCounts(counts)} to ${fileName}. Claims, events, timelines and memos have no place in a .qdpx and stay in Dossier.`,
  noHighlights: 'This project has no highlights to export yet. Select a passage in the reader and press H to highlight it.',
  exportedWebAnnotations: (fileName: string, count: number) => `Exported ${n(count, 'highlight')} as Web Annotations to ${fileName}.`,
  importedQdpx: (projectName: string, fileName: string, counts: QdpxCounts) =>
    `Imported “${projectName}” from ${fileName} as a new project: ${listCounts(counts)}.`,
  leftOut: (reasons: readonly string[]) => `Left out: ${reasons.join(' ')}`,
  notQdpx: (fileName: string) => `“${fileName}” is not a .qdpx file. Choose a REFI-QDA project file, which ends in .qdpx.`,
  tooLarge: (fileName: string, size: string, max: string) => `“${fileName}” is ${size}; Dossier imports .qdpx files of up to ${max}.`,
};
