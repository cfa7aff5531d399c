import type { ExportCounts } from '../../shared/api/exportTypes';
import { formatBytes } from '../ui/formatBytes';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** Every user-facing string of "Export project file…". */
export const exportStrings = {
  exportMenu: 'Export project file…',
  exportTitle: 'Export project file',
  intro: 'A copy of this project in one .dossier file, to send to a colleague who merges it into their project. Your project is not changed.',
  scopeLegend: 'What goes in the file',
  wholeProject: 'The whole project',
  chosenSources: 'Only chosen sources, with everything attached to them',
  chosenHint: 'Their highlights and labels, the claims citing them, the entities they mention, the events citing them and the timelines holding those events.',
  filterSources: 'Filter sources',
  filterPlaceholder: 'Type to filter by title or outlet',
  selectShown: 'Select shown',
  clearChoice: 'Clear',
  chosenCount: (n: number, total: number) => `${n.toLocaleString()} of ${total.toLocaleString()} sources chosen`,
  noSourcesMatch: 'No source matches the filter.',
  noSources: 'This project has no sources yet.',
  includeMemos: 'Include memos',
  includeMemosHint: 'All memos, with their named versions. Citations to sources left out show as “[source removed]”.',
  includeDrafts: 'Include personal drafts',
  includeDraftsHint: 'Your memo templates and each memo’s automatic history (autosaves, conflict copies, copies kept before a restore). Named versions always go with their memo.',
  summaryTitle: 'The file will hold',
  summary: (c: ExportCounts): string[] => [
    plural(c.sources, 'source', 'sources'),
    plural(c.annotations, 'highlight', 'highlights'),
    plural(c.labels, 'label', 'labels'),
    plural(c.claims, 'claim', 'claims'),
    plural(c.entities, 'entity', 'entities'),
    plural(c.events, 'event', 'events'),
    plural(c.timelines, 'timeline', 'timelines'),
    plural(c.memos, 'memo', 'memos'),
  ],
  summaryExtra: (c: ExportCounts, draftsLeftOut: number) =>
    [
      c.memoVersions > 0 ? `${plural(c.memoVersions, 'memo version', 'memo versions')}` : '',
      c.templates > 0 ? `${plural(c.templates, 'memo template', 'memo templates')}` : '',
      draftsLeftOut > 0 ? `${plural(draftsLeftOut, 'personal draft', 'personal drafts')} left out` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  summaryNote: (bytes: number) => `Items in the Trash travel too, so that deletions reach your colleague. The project file is ${formatBytes(bytes)} now; the export is at most about that size. It records your name and the time.`,
  chooseOne: 'Choose at least one source, or export the whole project.',
  cancel: 'Cancel',
  export: 'Export…',
  exporting: 'Exporting…',
  exported: (fileName: string, bytes: number) => `Exported “${fileName}” (${formatBytes(bytes)}).`,
};
