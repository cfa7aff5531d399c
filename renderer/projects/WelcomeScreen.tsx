import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppInfo, ProjectFileInfo, ProjectInfo, RecentProject } from '../../shared/api/types';
import { formatBytes } from '../../shared/sources/sourceLimits';
import { useApi } from '../api/ApiContext';
import { errorMessage } from '../ui/errorMessage';
import { formatRelativeTime } from '../ui/formatDateTime';
import { projectsStrings as s } from './projectsStrings';
import { useProjectActions } from './useProjectActions';
import { interopStrings as x } from '../interop/interopStrings';

interface Props {
  info: AppInfo | null;
  onOpened: (project: ProjectInfo) => void;
  onNewProject: () => void;
  /** Chooses a .qdpx from QDA software and imports it as a new project. */
  onImportQdpx: () => void;
  /** An error from elsewhere (e.g. the menu's Open) to show here. */
  error: string | null;
  onDismissError: () => void;
}

interface Entry {
  path: string;
  name: string;
  shownPath: string;
  when: string;
  /** In the recent list (so it can be removed from it). */
  recent: boolean;
  missing: boolean;
}

/** No project open: start a new one, open one, pick a recent one, or look at the sample. */
export function WelcomeScreen({ info, onOpened, onNewProject, onImportQdpx, error, onDismissError }: Props) {
  const client = useApi();
  const actions = useProjectActions();
  const [recent, setRecent] = useState<RecentProject[] | null>(null);
  const [folder, setFolder] = useState<ProjectFileInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const browser = client.shell.kind === 'browser';
  const shownError = problem ?? error;

  const fetchLists = useCallback(
    () => Promise.all([client.call('projects.recent', {}), browser ? client.call('projects.list', {}) : Promise.resolve(null)]),
    [client, browser],
  );

  useEffect(() => {
    let live = true;
    fetchLists()
      .then(([r, f]) => {
        if (!live) return;
        setRecent(r);
        setFolder(f);
      })
      .catch((e: unknown) => live && setProblem(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [fetchLists]);

  // One list: the recently opened first (most recent on top), then the other projects in the folder.
  const entries = useMemo(() => {
    if (!recent) return null;
    const listed: Entry[] = recent.map((r) => ({
      path: r.path,
      name: r.name,
      shownPath: r.path,
      when: r.exists ? s.lastOpened(formatRelativeTime(r.openedAt)) : s.missing,
      recent: true,
      missing: !r.exists,
    }));
    const seen = new Set(recent.map((r) => r.path));
    const others = [...(folder ?? [])].filter((p) => !seen.has(p.path)).sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
    for (const p of others) {
      listed.push({
        path: p.path,
        name: p.name,
        shownPath: p.fileName,
        when: s.modified(formatRelativeTime(p.modifiedAt), formatBytes(p.sizeBytes)),
        recent: false,
        missing: false,
      });
    }
    return listed;
  }, [recent, folder]);

  const run = async (open: () => Promise<ProjectInfo | null>) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    onDismissError();
    try {
      const project = await open();
      if (project) onOpened(project);
    } catch (e) {
      setProblem(errorMessage(e));
      // The list may have changed (a recent file that turned out to be missing).
      fetchLists()
        .then(([r, f]) => {
          setRecent(r);
          setFolder(f);
        })
        .catch(() => {});
    } finally {
      setBusy(false);
    }
  };

  const forget = async (path: string) => {
    try {
      setRecent(await client.call('projects.forgetRecent', { path }));
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <main className="welcome" aria-busy={busy}>
      <div className="welcome-inner">
        <header className="welcome-header">
          <h1>{s.appName}</h1>
          <p className="tagline">{s.tagline}</p>
        </header>

        {shownError && (
          <div className="banner banner-error" role="alert">
            <span>{shownError}</span>
            <button
              type="button"
              className="small"
              onClick={() => {
                setProblem(null);
                onDismissError();
              }}
            >
              {s.dismiss}
            </button>
          </div>
        )}

        <section className="welcome-actions" aria-label={s.startSection}>
          <div className="sample-card">
            <button type="button" className="primary large" disabled={busy} onClick={() => void run(actions.openSample)}>
              {s.openSample}
            </button>
            <p className="muted">{s.openSampleHint}</p>
          </div>
          <div className="welcome-buttons">
            <button type="button" disabled={busy} onClick={onNewProject}>
              {s.newProject}
            </button>
            {browser ? (
              <button type="button" disabled={busy} onClick={() => void run(actions.openFromDisk)}>
                {s.uploadProject}
              </button>
            ) : (
              <button type="button" disabled={busy} onClick={() => void run(actions.openFromDisk)}>
                {s.openProject}
              </button>
            )}
            <button type="button" disabled={busy} onClick={onImportQdpx} title={x.importQdpxHint}>
              {x.importQdpx}
            </button>
          </div>
        </section>

        <section aria-labelledby="projects-heading" className="welcome-list">
          <h2 id="projects-heading">{s.projectsTitle}</h2>
          {entries && entries.length === 0 && <p className="muted">{browser ? s.folderEmpty : s.recentEmpty}</p>}
          {entries && entries.length > 0 && (
            <ul className="project-list">
              {entries.map((entry) => (
                <li key={entry.path} className={entry.missing ? 'missing' : undefined}>
                  <div className="project-entry">
                    {entry.missing ? (
                      <span className="project-name" title={entry.name}>
                        {entry.name}
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="link-button project-name"
                        title={entry.name}
                        disabled={busy}
                        onClick={() => void run(() => actions.openPath(entry.path))}
                      >
                        {entry.name}
                      </button>
                    )}
                    <span className="project-meta">
                      <span className="project-path" title={entry.path}>
                        {entry.shownPath}
                      </span>
                      <span className="project-when">{entry.when}</span>
                    </span>
                  </div>
                  {entry.recent && (
                    <button
                      type="button"
                      className="small quiet"
                      aria-label={s.removeRecent(entry.name)}
                      title={s.removeRecentHint}
                      onClick={() => void forget(entry.path)}
                    >
                      {s.remove}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        {info && <p className="muted stored-in">{s.storedIn(info.projectsDir)}</p>}
      </div>
    </main>
  );
}
