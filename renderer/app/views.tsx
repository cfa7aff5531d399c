import type { ReactNode } from 'react';
import type { MenuCommand } from '../../shared/api/host';
import { BackupsView } from '../backups/BackupsView';
import { ClaimsView } from '../claims/ClaimsView';
import { ConflictsView } from '../exchange/ConflictsView';
import { EntitiesView } from '../entities/EntitiesView';
import { LabelsView } from '../labels/LabelsView';
import { MemosView } from '../memos/MemosView';
import { SearchView } from '../search/SearchView';
import { SourcesView } from '../sources/SourcesView';
import { TimelinesView } from '../timeline/TimelinesView';
import { TrashView } from '../trash/TrashView';

export interface ViewEntry {
  id: string;
  /** Nav entry name; also its accessible name. */
  label: string;
  /** The desktop menu command that shows it, if any. */
  menu?: MenuCommand;
  render: () => ReactNode;
}

/**
 * The left navigation, in order; Ctrl/Cmd+1… follow this order, and so does
 * the desktop View menu (viewCommands in shared/api/host.ts, kept in step by a
 * test). A new feature (Timelines, Memos) is one more line here and there.
 */
export const views: readonly ViewEntry[] = [
  { id: 'sources', label: 'Sources', menu: 'view.sources', render: () => <SourcesView /> },
  { id: 'search', label: 'Search', menu: 'view.search', render: () => <SearchView /> },
  { id: 'labels', label: 'Labels', menu: 'view.labels', render: () => <LabelsView /> },
  { id: 'claims', label: 'Claims', menu: 'view.claims', render: () => <ClaimsView /> },
  { id: 'entities', label: 'Entities', menu: 'view.entities', render: () => <EntitiesView /> },
  { id: 'timelines', label: 'Timelines', menu: 'view.timelines', render: () => <TimelinesView /> },
  { id: 'memos', label: 'Memos', menu: 'view.memos', render: () => <MemosView /> },
  { id: 'trash', label: 'Trash', menu: 'view.trash', render: () => <TrashView /> },
  { id: 'conflicts', label: 'Conflicts', menu: 'view.conflicts', render: () => <ConflictsView /> },
  { id: 'backups', label: 'Backups', menu: 'view.backups', render: () => <BackupsView /> },
];
