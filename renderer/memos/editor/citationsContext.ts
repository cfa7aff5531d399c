import { createContext, useContext } from 'react';
import type { CitationInfo } from '../../../shared/api/memoTypes';

export interface CitationsInMemo {
  /** Distinct citations in order of first use: footnote n is index n - 1. */
  refs: readonly { kind: 'claim' | 'annotation'; refId: string }[];
  /** What each points at, by `kind:refId`, once memos.citations has answered. */
  infos: ReadonlyMap<string, CitationInfo>;
}

export const CitationsContext = createContext<CitationsInMemo>({ refs: [], infos: new Map() });

export function useCitationsInMemo(): CitationsInMemo {
  return useContext(CitationsContext);
}
