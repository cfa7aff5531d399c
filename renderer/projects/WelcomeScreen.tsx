import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, ProjectFileInfo, ProjectInfo, RecentProject } from '../../shared/api/types';
import { formatBytes } from '../../shared/sources/sourceLimits';
import { useApi } from '../api/ApiContext';
import { errorMessage } from '../ui/errorMessage';
import { formatDateTime } from '../ui/formatDateTime';
import { projectsStrings as s } from './projectsStrings';
import { useProjectActions } from './useProjectActions';

interface Props {
  info: AppInfo | null;
  onOpened: (project: ProjectInfo) => void;
  onNewProject: () => void;
  /** An error from elsewhere (e.g. the menu's Open) to show here. */
  error: string | null;
  onDismissError: () => void;
}

/** No project open: start a new one, open one, pick a recent one, or look at the sample. */
export function WelcomeScreen({ info, onOpened, onNewProject, error, onDismissError }: Props) {
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
          </div>
        </section>

        <div className="welcome-lists">
          <section aria-labelledby="recent-heading" className="welcome-list">
            <h2 id="recent-heading">{s.recentTitle}</h2>
            {recent && recent.length === 0 && <p className="muted">{s.recentEmpty}</p>}
            {recent && recent.length > 0 && (
              <ul className="project-list">
                {recent.map((r) => (
                  <li key={r.path} className={r.exists ? undefined : 'missing'}>
                    <div className="project-entry">
                      {r.exists ? (
                        <button
                          type="button"
                          className="link-button project-name"
                          disabled={busy}
                          onClick={() => void run(() => actions.openPath(r.path))}
                        >
                          {r.name}
                        </button>
                      ) : (
                        <span className="project-name">{r.name}</span>
                      )}
                      <span className="project-path" title={r.path}>
                        {r.path}
                      </span>
                      <span className="muted small-text">{r.exists ? s.lastOpened(formatDateTime(r.openedAt)) : s.missing}</span>
                    </div>
                    <button type="button" className="small quiet" aria-label={s.removeRecent(r.name)} onClick={() => void forget(r.path)}>
                      {s.remove}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {browser && (
            <section aria-labelledby="folder-heading" className="welcome-list">
              <h2 id="folder-heading">{s.folderTitle}</h2>
              {folder && folder.length === 0 && <p className="muted">{s.folderEmpty}</p>}
              {folder && folder.length > 0 && (
                <ul className="project-list">
                  {folder.map((p) => (
                    <li key={p.path}>
                      <div className="project-entry">
                        <span className="project-name">{p.name}</span>
                        <span className="project-path" title={p.path}>
                          {p.fileName}
                        </span>
                        <span className="muted small-text">{s.modified(formatDateTime(p.modifiedAt), formatBytes(p.sizeBytes))}</span>
                      </div>
                      <button
                        type="button"
                        className="small"
                        aria-label={s.openNamed(p.name)}
                        disabled={busy}
                        onClick={() => void run(() => actions.openPath(p.path))}
                      >
                        {s.open}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </div>

        {info && <p className="muted stored-in">{s.storedIn(info.projectsDir)}</p>}
      </div>
    </main>
  );
}
