import { createContext, useContext } from 'react';

/** Where the reader should land: a span of the text, and the highlight there if any. */
export interface RevealTarget {
  start: number;
  end: number;
  annotationId?: string;
  /** Changes on every request, so asking twice for the same place scrolls again. */
  nonce: number;
}

export interface NavigationApi {
  view: string;
  go(view: string): void;
  selectedSourceId: string | null;
  selectSource(sourceId: string | null): void;
  /** Shows a source in the reader, optionally scrolled to a span. */
  openSource(sourceId: string, reveal?: { start: number; end: number; annotationId?: string }): void;
  reveal: RevealTarget | null;
  /** Increases whenever something (Ctrl/Cmd+K, the menu) asks for the search box. */
  searchFocusRequest: number;
  focusSearch(): void;
}

export const NavigationContext = createContext<NavigationApi | null>(null);

export function useNavigation(): NavigationApi {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation needs the app shell above it');
  return nav;
}
