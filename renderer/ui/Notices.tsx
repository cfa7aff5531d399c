import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { onShellMessage } from '../api/shellMessages';
import { errorMessage } from './errorMessage';
import { uiStrings as u } from './uiStrings';

export interface NoticeAction {
  label: string;
  run: () => void | Promise<void>;
}

interface Notice {
  id: number;
  kind: 'info' | 'error';
  message: string;
  /** The whole text (an untruncated title) for the tooltip. */
  fullText?: string;
  action?: NoticeAction;
}

interface NoticeApi {
  notify(message: string, options?: { action?: NoticeAction; timeoutMs?: number; fullText?: string }): void;
  /** Shows an API error (or anything thrown) as a plain message. */
  reportError(error: unknown): void;
  /** Drops every notice, e.g. when the project closes and their Undo would no longer apply. */
  clear(): void;
}

const NoticeContext = createContext<NoticeApi | null>(null);

const INFO_MS = 6000;
const ERROR_MS = 15000;

/**
 * The toast area at the bottom left, over the navigation when a project is open
 * so it never covers the text being read: informational notices in a polite
 * status region, errors in an alert region, each dismissable.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setNotices((list) => list.filter((n) => n.id !== id));
    const timer = timers.current.get(id);
    if (timer) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const push = useCallback(
    (kind: Notice['kind'], message: string, action?: NoticeAction, timeoutMs?: number, fullText?: string) => {
      const id = nextId.current++;
      // Keep the area short: the newest few are what matter.
      setNotices((list) => [...list.slice(-3), { id, kind, message, action, fullText }]);
      timers.current.set(id, setTimeout(() => dismiss(id), timeoutMs ?? (kind === 'error' ? ERROR_MS : INFO_MS)));
    },
    [dismiss],
  );

  const api = useMemo<NoticeApi>(
    () => ({
      notify: (message, options) => push('info', message, options?.action, options?.timeoutMs, options?.fullText),
      reportError: (error) => push('error', errorMessage(error)),
      clear: () => {
        for (const timer of timers.current.values()) clearTimeout(timer);
        timers.current.clear();
        setNotices([]);
      },
    }),
    [push],
  );

  useEffect(() => onShellMessage((message) => api.notify(message, { timeoutMs: 20000 })), [api]);
  useEffect(() => {
    const all = timers.current;
    return () => {
      for (const timer of all.values()) clearTimeout(timer);
    };
  }, []);

  const render = (kind: Notice['kind']) =>
    notices
      .filter((n) => n.kind === kind)
      .map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
          {/* Long messages (a long title quoted) are cut to a few lines; the whole text is in the tooltip. */}
          <span className="notice-message" title={n.fullText ?? n.message}>
            {n.message}
          </span>
          <span className="notice-buttons">
            {n.action && (
              <button
                type="button"
                className="notice-action"
                onClick={async () => {
                  dismiss(n.id);
                  try {
                    await n.action?.run();
                  } catch (error) {
                    api.reportError(error);
                  }
                }}
              >
                {n.action.label}
              </button>
            )}
            <button type="button" className="icon-button" aria-label={u.dismiss} onClick={() => dismiss(n.id)}>
              ×
            </button>
          </span>
        </div>
      ));

  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices">
        <div role="status" aria-live="polite" className="notice-region">
          {render('info')}
        </div>
        {/* Each error carries role="alert" itself, so no empty alert sits on the page. */}
        <div aria-live="assertive" className="notice-region">
          {render('error')}
        </div>
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotices needs a <NoticeProvider> above it');
  return api;
}
