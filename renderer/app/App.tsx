import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, ProjectInfo } from '../../shared/api/types';
import { ApiProvider, useApi } from '../api/ApiContext';
import type { DossierClient } from '../api/DossierClient';
import { QueryProvider } from '../api/QueryContext';
import { NewProjectDialog } from '../projects/NewProjectDialog';
import { projectsStrings as p } from '../projects/projectsStrings';
import { useProjectActions } from '../projects/useProjectActions';
import { WelcomeScreen } from '../projects/WelcomeScreen';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { errorMessage } from '../ui/errorMessage';
import { NoticeProvider, useNotices } from '../ui/Notices';
import { appStrings as s } from './appStrings';
import { AppShell } from './AppShell';
import { useMenuCommands } from './useMenuCommands';
import { interopStrings as x } from '../interop/interopStrings';
import { useQdpxImport } from '../interop/useQdpxImport';

/** The whole UI over one API client (desktop or browser transport, or a fake in tests). */
export function App({ client }: { client: DossierClient }) {
  return (
    <ErrorBoundary>
      <ApiProvider client={client}>
        <NoticeProvider>
          <ProjectRoot />
        </NoticeProvider>
      </ApiProvider>
    </ErrorBoundary>
  );
}

/** Which project is open (if any) decides between the welcome screen and the workbench. */
function ProjectRoot() {
  const client = useApi();
  const notices = useNotices();
  const actions = useProjectActions();
  // undefined while we ask core whether a project is already open (e.g. after a reload).
  const [project, setProject] = useState<ProjectInfo | null | undefined>(undefined);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [newProject, setNewProject] = useState(false);
  const [welcomeError, setWelcomeError] = useState<string | null>(null);
  const [startupError, setStartupError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    client
      .call('projects.current', {})
      .then((current) => live && setProject(current))
      .catch((error: unknown) => {
        if (!live) return;
        setProject(null);
        setStartupError(errorMessage(error));
      });
    client
      .call('app.info', {})
      .then((i) => live && setInfo(i))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [client]);

  useEffect(() => client.on('project.switched', ({ project: next }) => setProject(next)), [client]);

  useEffect(() => {
    document.title = project ? `${project.name} — Dossier` : 'Dossier';
  }, [project]);

  const opened = useCallback(
    (next: ProjectInfo) => {
      setWelcomeError(null);
      setNewProject(false);
      if (project?.id !== next.id) notices.clear();
      setProject(next);
    },
    [notices, project],
  );

  const openFromDisk = useCallback(async () => {
    try {
      const next = await actions.openFromDisk();
      if (next) opened(next);
    } catch (error) {
      if (project) notices.reportError(error);
      else setWelcomeError(errorMessage(error));
    }
  }, [actions, opened, project, notices]);

  // A .qdpx becomes a new project (core opens it); the notice says what came in and what was left out.
  const pickQdpx = useQdpxImport();
  const importQdpx = useCallback(async () => {
    const result = await pickQdpx();
    if (!result) return;
    opened(result.project);
    notices.notify(x.importedQdpx(result.project.name, result.fileName, result.counts), { timeoutMs: 15000, fullText: result.project.name });
    if (result.skipped.length > 0) notices.notify(x.leftOut(result.skipped), { timeoutMs: 30000 });
  }, [pickQdpx, opened, notices]);
  const importQdpxReporting = useCallback(async () => {
    try {
      await importQdpx();
    } catch (error) {
      if (project) notices.reportError(error);
      else setWelcomeError(errorMessage(error));
    }
  }, [importQdpx, project, notices]);

  useMenuCommands({
    'project.new': () => setNewProject(true),
    'project.open': () => void openFromDisk(),
    'interop.importQdpx': () => void importQdpxReporting(),
  });

  if (project === undefined) {
    return (
      <div className="splash" aria-busy="true">
        {p.loading}
      </div>
    );
  }

  return (
    <>
      {project ? (
        <QueryProvider key={project.id}>
          <AppShell project={project} onProjectChanged={setProject} onImportQdpx={importQdpx} onClosed={() => {
              notices.clear();
              setProject(null);
            }}
          />
        </QueryProvider>
      ) : (
        <WelcomeScreen
          info={info}
          onOpened={opened}
          onNewProject={() => setNewProject(true)}
          onImportQdpx={() => void importQdpxReporting()}
          error={welcomeError ?? (startupError ? `${s.loadFailed}: ${startupError}` : null)}
          onDismissError={() => {
            setWelcomeError(null);
            setStartupError(null);
          }}
        />
      )}
      {newProject && <NewProjectDialog projectsDir={info?.projectsDir ?? null} onCreated={opened} onClose={() => setNewProject(false)} />}
    </>
  );
}
