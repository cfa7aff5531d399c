import { requestFindInSource } from '../reader/findInSourceRequests';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ProjectInfo } from '../../shared/api/types';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/QueryContext';
import { projectsStrings as p } from '../projects/projectsStrings';
import { RenameProjectDialog } from '../projects/RenameProjectDialog';
import { exchangeStrings as xs } from '../exchange/exchangeStrings';
import { MergeCommandContext } from '../exchange/MergeCommandContext';
import { MergeDialog } from '../exchange/MergeDialog';
import type { MergeResult } from '../../shared/api/exchangeTypes';
import { SourceImportProvider, useSourceImport } from '../sources/SourceImportContext';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { hasModKey, isModalOpen, isTypingTarget, modKeyName } from '../ui/keyboard';
import { useNotices } from '../ui/Notices';
import { appStrings as s } from './appStrings';
import { readLastSource, writeLastSource } from './lastSource';
import { NavigationContext, type FocusRequest, type NavigationApi, type RevealTarget } from './Navigation';
import { ShortcutsDialog } from './ShortcutsDialog';
import { ExportProjectDialog } from '../exchange/ExportProjectDialog';
import { useMenuCommands } from './useMenuCommands';
import { views } from './views';
import { ExchangeMenu } from '../interop/ExchangeMenu';

interface Props {
  project: ProjectInfo;
  onProjectChanged: (project: ProjectInfo) => void;
  onClosed: () => void;
  /** Chooses a .qdpx and imports it as a new project; throws when the file is refused. */
  onImportQdpx: () => Promise<void>;
}

/** An open project: header, navigation and the views. */
export function AppShell({ project, onProjectChanged, onClosed, onImportQdpx }: Props) {
  const [view, setView] = useState(views[0]?.id ?? 'sources');
  const [selectedSourceId, setSelectedSourceId] = useState<string | null>(() => readLastSource(project.id));
  const [reveal, setReveal] = useState<RevealTarget | null>(null);
  // Opening a project puts focus in the first view (the sources list), not on the page body.
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(() => ({ view: views[0]?.id ?? 'sources', target: 'view', nonce: 1 }));

  const selectSource = useCallback(
    (sourceId: string | null) => {
      setSelectedSourceId(sourceId);
      // Chosen in the list: the reader goes back to where the person was, not to an old search hit.
      setReveal(null);
      writeLastSource(project.id, sourceId);
    },
    [project.id],
  );

  const nav = useMemo<NavigationApi>(
    () => ({
      projectId: project.id,
      view,
      go: (next, options) => {
        setView(next);
        if (options?.focus) setFocusRequest((r) => ({ view: next, target: 'view', nonce: (r?.nonce ?? 0) + 1 }));
      },
      selectedSourceId,
      selectSource,
      openSource: (sourceId, target, options) => {
        selectSource(sourceId);
        setView('sources');
        setReveal(target ? { ...target, nonce: Date.now() + Math.random() } : null);
        if (options?.focus) setFocusRequest((r) => ({ view: 'sources', target: 'reader', nonce: (r?.nonce ?? 0) + 1 }));
      },
      reveal,
      focusRequest,
      focusDone: (request) => setFocusRequest((r) => (r?.nonce === request.nonce ? null : r)),
      focusSearch: () => {
        setView('search');
        setFocusRequest((r) => ({ view: 'search', target: 'view', nonce: (r?.nonce ?? 0) + 1 }));
      },
    }),
    [project.id, view, selectedSourceId, selectSource, reveal, focusRequest],
  );

  return (
    <NavigationContext.Provider value={nav}>
      <SourceImportProvider>
        <ShellFrame project={project} nav={nav} onProjectChanged={onProjectChanged} onClosed={onClosed} onImportQdpx={onImportQdpx} />
      </SourceImportProvider>
    </NavigationContext.Provider>
  );
}

/** Views that put focus on their own main control when asked; the others get it on their heading. */
const VIEWS_THAT_TAKE_FOCUS = new Set(['sources', 'search', 'labels']);

function ShellFrame({ project, nav, onProjectChanged, onClosed, onImportQdpx }: Props & { nav: NavigationApi }) {
  const mainRef = useRef<HTMLElement>(null);
  const client = useApi();
  const notices = useNotices();
  const imports = useSourceImport();
  const current = useQuery('projects.current', {});
  const [dialog, setDialog] = useState<'rename' | 'shortcuts' | 'merge' | 'export' | null>(null);
  const openConflicts = useQuery('exchange.conflicts', {}).data?.length ?? 0;
  const openMerge = useCallback(() => setDialog('merge'), []);
  const closeDialog = useCallback(() => setDialog(null), []);
  const merged = useCallback(
    (result: MergeResult) => {
      setDialog(null);
      const sum = (key: 'added' | 'updated' | 'deleted' | 'conflicts') => result.kinds.reduce((n, k) => n + k[key], 0);
      const conflicts = sum('conflicts');
      notices.notify(
        result.changes === 0 ? xs.mergedNothing(result.fileName) : xs.merged(result.fileName, sum('added'), sum('updated'), sum('deleted'), conflicts),
        { timeoutMs: 12_000, action: conflicts > 0 ? { label: xs.reviewConflicts, run: () => nav.go('conflicts', { focus: true }) } : undefined },
      );
    },
    [notices, nav],
  );
  // Views stay mounted once visited, so the grid keeps its sort and the reader its place.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([nav.view]));
  // Name, file and counts from core's answer, asked again after every change (a rename moves the file).
  const live = current.data ?? project;
  const { counts, name } = live;

  if (!visited.has(nav.view)) setVisited(new Set([...visited, nav.view]));

  const close = useCallback(async () => {
    try {
      await client.call('projects.close', {});
      onClosed();
    } catch (error) {
      notices.reportError(error);
    }
  }, [client, onClosed, notices]);

  useMenuCommands({
    'project.close': () => void close(),
    'project.rename': () => setDialog('rename'),
    'project.merge': openMerge,
    'project.export': () => setDialog('export'),
    'sources.import': () => void imports.pickAndImport(),
    'sources.importFolder': () => void imports.pickAndImport({ folder: true }),
    'sources.paste': () => imports.openAddSource('paste'),
    // Find…: in the open source while reading, else the project-wide search.
    'edit.find': () => (nav.view === 'sources' && nav.selectedSourceId ? requestFindInSource() : nav.focusSearch()),
    ...Object.fromEntries(views.filter((v) => v.menu).map((v) => [v.menu, () => (v.id === 'search' ? nav.focusSearch() : nav.go(v.id, { focus: true }))])),
  });

  // Attached before the first paint, so a shortcut pressed as soon as the shell shows still works.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isModalOpen()) return;
      if (hasModKey(event) && !event.altKey) {
        const key = event.key.toLowerCase();
        const digit = Number(event.key);
        if (Number.isInteger(digit) && digit >= 1 && digit <= views.length && !event.shiftKey) {
          event.preventDefault();
          const id = (views[digit - 1] as (typeof views)[number]).id;
          if (id === 'search') nav.focusSearch();
          else nav.go(id, { focus: true });
        } else if (key === 'e' && event.shiftKey) {
          event.preventDefault();
          setDialog('export');
        } else if (key === 'v' && event.shiftKey) {
          event.preventDefault();
          imports.openAddSource('paste');
        } else if (key === 'i' && !event.shiftKey) {
          // The desktop menu's accelerator too (Import Sources…); Ctrl/Cmd+O is the menu's Open Project.
          event.preventDefault();
          void imports.pickAndImport();
        } else if (key === 'm' && event.shiftKey) {
          // The desktop menu's accelerator too (Merge a Colleague's File…).
          event.preventDefault();
          setDialog('merge');
        } else if (key === 'k' && !event.shiftKey) {
          event.preventDefault();
          nav.focusSearch();
        }
        return;
      }
      if (event.key === '?' && !isTypingTarget(event.target) && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        setDialog('shortcuts');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [nav, imports]);

  // Focus moves into the view shown (keyboard users go on from there); by default its heading.
  const { focusRequest, focusDone } = nav;
  useEffect(() => {
    if (!focusRequest || focusRequest.target !== 'view' || VIEWS_THAT_TAKE_FOCUS.has(focusRequest.view) || isModalOpen()) return;
    const heading = mainRef.current?.querySelector<HTMLElement>(`[data-view="${focusRequest.view}"] h1`);
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    focusDone(focusRequest);
  }, [focusRequest, focusDone]);

  // The number beside each view in the navigation (core's counts; the Trash's is what its page lists).
  const navCounts: Partial<Record<string, number>> = {
    sources: counts.sources,
    labels: counts.labels,
    claims: counts.claims,
    entities: counts.entities,
    timelines: counts.timelines,
    memos: counts.memos,
    trash: counts.trash,
    conflicts: openConflicts,
  };
  const navCount = (id: string): number | null => navCounts[id] ?? null;

  return (
    <MergeCommandContext.Provider value={openMerge}>
    <div className="app-shell">
      <header className="app-header">
        <span className="brand" aria-hidden="true">
          {s.appName}
        </span>
        <span className="project-title" title={live.path}>
          <span className="visually-hidden">{s.projectLabel}: </span>
          {name}
        </span>
        <div className="header-actions">
          <ExchangeMenu onImportQdpx={onImportQdpx} onExportProject={() => setDialog('export')} onMerge={openMerge} />
          <button type="button" className="small quiet" onClick={() => setDialog('rename')}>
            {p.renameProject}
          </button>
          <button type="button" className="small quiet" onClick={() => void client.shell.revealInFolder(live.path).catch(notices.reportError)}>
            {p.showFile}
          </button>
          <button type="button" className="small quiet" onClick={() => void close()}>
            {p.closeProject}
          </button>
        </div>
      </header>
      <nav className="app-nav" aria-label={s.mainNav}>
        <ul>
          {views.map((v, index) => {
            const count = navCount(v.id);
            return (
              <li key={v.id}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={nav.view === v.id ? 'page' : undefined}
                  title={index < 9 ? `${v.label} (${modKeyName}+${index + 1})` : v.label}
                  onClick={() => (v.id === 'search' ? nav.focusSearch() : nav.go(v.id, { focus: true }))}
                >
                  <span>{v.label}</span>
                  {count !== null && count > 0 && (
                    <span className="nav-count" aria-hidden="true">
                      {count}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" className="nav-help quiet small" onClick={() => setDialog('shortcuts')}>
          {s.shortcuts}
        </button>
      </nav>
      <main className="app-main" ref={mainRef}>
        {views.map((v) =>
          visited.has(v.id) || nav.view === v.id ? (
            <section key={v.id} className="view-host" data-view={v.id} hidden={nav.view !== v.id}>
              <ErrorBoundary area={`${v.label} view`}>{v.render()}</ErrorBoundary>
            </section>
          ) : null,
        )}
      </main>
      {dialog === 'rename' && (
        <RenameProjectDialog
          project={{ ...project, name }}
          onClose={() => setDialog(null)}
          onRenamed={(renamed) => {
            setDialog(null);
            onProjectChanged(renamed);
            notices.notify(p.renamed(renamed.name), { fullText: renamed.name });
          }}
        />
      )}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'merge' && <MergeDialog onClose={closeDialog} onMerged={merged} />}
      {dialog === 'export' && (
        <ExportProjectDialog
          onClose={() => setDialog(null)}
          onExported={(message) => {
            setDialog(null);
            notices.notify(message);
          }}
        />
      )}
    </div>
    </MergeCommandContext.Provider>
  );
}
