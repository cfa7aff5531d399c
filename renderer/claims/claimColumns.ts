import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { ClaimRow, ClaimStatus, Credibility, Reliability } from '../../shared/api/types';
import { admiraltyGrade } from '../../shared/grades/admiraltyGrade';
import { formatDateTime } from '../ui/formatDateTime';
import { choiceColumnFilter } from './choiceColumnFilter';
import { claimStatuses, credibilities, credibilityText, entitiesText, gradeMeaning, reliabilities, reliabilityText, statusLabel } from './claimFormat';
import { claimsStrings as s } from './claimsStrings';

/** Sorts ISO timestamps and filters them by calendar day. */
function compareDay(filterDate: Date, cellValue: string): number {
  const cell = new Date(cellValue);
  const day = new Date(cell.getFullYear(), cell.getMonth(), cell.getDate()).getTime();
  return day === filterDate.getTime() ? 0 : day < filterDate.getTime() ? -1 : 1;
}

const formatTime = (p: ValueFormatterParams<ClaimRow, string>) => (p.value ? formatDateTime(p.value) : '');
const noQuickFilter = () => '';

/** The columns that can be edited in place, and what claims.update calls each field. */
export const editableFields = ['status', 'reliability', 'credibility'] as const;
export type EditableField = (typeof editableFields)[number];

/** Columns hidden until the analyst asks for them. */
export const hiddenByDefault: readonly string[] = ['updatedAt', 'createdBy'];

/**
 * The claims grid's columns. Value getters are plain field reads or cached
 * strings: with 50,000 rows every sort and quick search calls them per row.
 */
export const claimColumns: ColDef<ClaimRow>[] = [
  {
    colId: 'statement',
    field: 'statement',
    headerName: s.columns.statement,
    width: 360,
    minWidth: 200,
    // Kept in view while the other columns scroll sideways.
    pinned: 'left',
    filter: 'agTextColumnFilter',
    tooltipField: 'statement',
  },
  { colId: 'asserter', field: 'asserterName', headerName: s.columns.asserter, width: 165, filter: 'agTextColumnFilter', tooltipField: 'asserterName' },
  {
    colId: 'entities',
    headerName: s.columns.entities,
    width: 210,
    valueGetter: (p) => (p.data ? entitiesText(p.data.entities) : ''),
    tooltipValueGetter: (p) => (p.data ? entitiesText(p.data.entities) : ''),
    filter: 'agTextColumnFilter',
  },
  { colId: 'date', field: 'dateEdtf', headerName: s.columns.date, width: 115, filter: 'agTextColumnFilter' },
  {
    colId: 'status',
    field: 'status',
    headerName: s.columns.status,
    width: 145,
    editable: true,
    cellEditor: 'agSelectCellEditor',
    // In the popup layer: above the pinned Statement column even when this column is scrolled partly under it.
    cellEditorPopup: true,
    cellEditorParams: { values: claimStatuses },
    valueFormatter: (p: ValueFormatterParams<ClaimRow, ClaimStatus>) => (p.value ? statusLabel(p.value) : ''),
    getQuickFilterText: (p) => statusLabel(p.value as ClaimStatus),
    cellClass: (p) => `status-cell status-${p.value as string}`,
    ...choiceColumnFilter<ClaimRow>(
      (d) => d.status,
      claimStatuses.map((v) => ({ value: v, label: statusLabel(v) })),
    ),
  },
  {
    colId: 'grade',
    headerName: s.columns.grade,
    width: 110,
    valueGetter: (p) => (p.data ? admiraltyGrade(p.data.reliability, p.data.credibility) : ''),
    tooltipValueGetter: (p) => (p.data ? gradeMeaning(p.data.reliability, p.data.credibility) : ''),
    cellClass: 'grade-cell',
    filter: 'agTextColumnFilter',
  },
  {
    colId: 'reliability',
    field: 'reliability',
    headerName: s.columns.reliability,
    width: 190,
    editable: true,
    cellEditor: 'agSelectCellEditor',
    cellEditorPopup: true,
    cellEditorParams: { values: reliabilities, valueListMaxWidth: 280 },
    valueFormatter: (p: ValueFormatterParams<ClaimRow, Reliability>) => (p.value ? reliabilityText(p.value) : ''),
    getQuickFilterText: noQuickFilter,
    ...choiceColumnFilter<ClaimRow>(
      (d) => d.reliability,
      reliabilities.map((v) => ({ value: v, label: reliabilityText(v) })),
    ),
  },
  {
    colId: 'credibility',
    field: 'credibility',
    headerName: s.columns.credibility,
    width: 200,
    editable: true,
    cellEditor: 'agSelectCellEditor',
    cellEditorPopup: true,
    cellEditorParams: { values: credibilities, valueListMaxWidth: 280 },
    valueFormatter: (p: ValueFormatterParams<ClaimRow, Credibility>) => (p.value ? credibilityText(p.value) : ''),
    getQuickFilterText: noQuickFilter,
    ...choiceColumnFilter<ClaimRow>(
      (d) => String(d.credibility),
      credibilities.map((v) => ({ value: String(v), label: credibilityText(v) })),
    ),
  },
  {
    colId: 'sources',
    headerName: s.columns.sources,
    width: 210,
    valueGetter: (p) => (p.data ? p.data.sourceTitles.join('; ') : ''),
    tooltipValueGetter: (p) => (p.data ? p.data.sourceTitles.join('\n') : ''),
    filter: 'agTextColumnFilter',
  },
  {
    colId: 'citations',
    field: 'citationCount',
    headerName: s.columns.citations,
    width: 115,
    type: 'numericColumn',
    filter: 'agNumberColumnFilter',
    getQuickFilterText: noQuickFilter,
  },
  {
    colId: 'evidence',
    headerName: s.columns.evidence,
    width: 125,
    valueGetter: (p) => (p.data?.missingEvidence ? 'missing' : 'present'),
    valueFormatter: (p) => (p.value === 'missing' ? `⚠ ${s.missingEvidence}` : ''),
    tooltipValueGetter: (p) => (p.data?.missingEvidence ? s.missingEvidenceTitle : ''),
    cellClass: (p) => (p.value === 'missing' ? 'missing-cell' : ''),
    getQuickFilterText: (p) => (p.data?.missingEvidence ? s.missingEvidence : ''),
    ...choiceColumnFilter<ClaimRow>(
      (d) => (d.missingEvidence ? 'missing' : 'present'),
      [
        { value: 'missing', label: s.missingEvidence },
        { value: 'present', label: s.evidencePresent },
      ],
    ),
  },
  {
    colId: 'createdAt',
    field: 'createdAt',
    headerName: s.columns.created,
    width: 190,
    valueFormatter: formatTime,
    filter: 'agDateColumnFilter',
    filterParams: { comparator: compareDay },
    getQuickFilterText: noQuickFilter,
    sort: 'desc',
  },
  {
    colId: 'updatedAt',
    field: 'updatedAt',
    headerName: s.columns.updated,
    width: 190,
    valueFormatter: formatTime,
    filter: 'agDateColumnFilter',
    filterParams: { comparator: compareDay },
    getQuickFilterText: noQuickFilter,
    hide: true,
  },
  { colId: 'createdBy', field: 'createdBy', headerName: s.columns.createdBy, width: 140, filter: 'agTextColumnFilter', hide: true },
];
