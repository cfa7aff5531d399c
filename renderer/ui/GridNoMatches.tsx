import type { GridApi, IOverlayParams, OverlaySelectorFunc } from 'ag-grid-community';
import { uiStrings as u } from './uiStrings';

interface NoMatchesParams {
  /** E.g. "No claims match these filters." */
  message: string;
  /** The grid clears its own column filters; this clears what lives outside it (a search box). */
  onClear: () => void;
}

/** Dossier's message where AG Grid would say "No Matching Rows": what happened and a way back to every row. */
export function GridNoMatches({ api, message, onClear }: IOverlayParams & NoMatchesParams) {
  return (
    <div className="grid-no-matches" role="status">
      <p>{message}</p>
      <button type="button" className="small" onClick={() => clearGridFilters(api, onClear)}>
        {u.clearFilters}
      </button>
    </div>
  );
}

function clearGridFilters(api: GridApi, onClear: () => void): void {
  api.setFilterModel(null);
  onClear();
}

/**
 * For a grid's `overlayComponentSelector`: Dossier's no-matches message instead of AG Grid's. The
 * selector is read once, so `current` gives the latest message and clear action when it shows.
 */
export function noMatchesOverlay(current: () => NoMatchesParams): OverlaySelectorFunc {
  return (params) => (params.overlayType === 'noMatchingRows' ? { component: GridNoMatches, params: current() } : undefined);
}
