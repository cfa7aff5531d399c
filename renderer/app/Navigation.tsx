import { createContext, useContext } from 'react';

/** Where the reader should land: a span of the text, and the highlight there if any. */
export interface RevealTarget {
  start: number;
  end: number;
  annotationId?: string;
  /** Changes on every request, so asking twice for the same place scrolls again. */
  nonce: number;
}

/**
 * A request to move keyboard focus: into a view's main control (the sources list,
 * the search box…) or into the reader's text. Views take it when it names them.
 */
export interface FocusRequest {
  view: string;
  target: 'view' | 'reader';
  nonce: number;
}

export interface NavigationApi {
  /** The open project, for what is remembered per project (the reading place). */
  projectId: string;
  view: string;
  /** Shows a view; with focus, keyboard focus moves into it (nav clicks, Ctrl/Cmd+1…, the menu). */
  go(view: string, options?: { focus?: boolean }): void;
  selectedSourceId: string | null;
  selectSource(sourceId: string | null): void;
  /** Shows a source in the reader, optionally scrolled to a span, optionally with focus in its text. */
  openSource(sourceId: string, reveal?: { start: number; end: number; annotationId?: string }, options?: { focus?: boolean }): void;
  reveal: RevealTarget | null;
  focusRequest: FocusRequest | null;
  /** A view took the focus request: it is not taken again (by a reader opened later, say). */
  focusDone(request: FocusRequest): void;
  /** Search view with focus in its box (Ctrl/Cmd+K, the menu, the nav). */
  focusSearch(): void;
}

export const NavigationContext = createContext<NavigationApi | null>(null);

export function useNavigation(): NavigationApi {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation needs the app shell above it');
  return nav;
}

/** The focus request for this view, if the latest one is for it. */
export function useFocusRequest(view: string, target: FocusRequest['target'] = 'view'): FocusRequest | null {
  const { focusRequest } = useNavigation();
  return focusRequest && focusRequest.view === view && focusRequest.target === target ? focusRequest : null;
}
