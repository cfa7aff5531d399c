import { useCallback } from 'react';
import type { ProjectInfo } from '../../shared/api/types';
import { MAX_SOURCE_FILE_BYTES, formatBytes } from '../../shared/sources/sourceLimits';
import { useApi } from '../api/ApiContext';
import { pickFilesWithInput } from '../api/pickFilesWithInput';
import { readFileAsBase64 } from '../api/readFileAsBase64';
import { DossierError } from '../../shared/api/errors';
import { projectsStrings as s } from './projectsStrings';

/** The contract's upload limit, which allows twice the source-file size. */
const MAX_PROJECT_UPLOAD_BYTES = MAX_SOURCE_FILE_BYTES * 2;

/**
 * Opening and creating projects, the same from the welcome screen and the
 * menu. Each returns the opened project, or null when the person cancelled;
 * errors are thrown as DossierError for the caller to show.
 */
export function useProjectActions() {
  const client = useApi();

  const create = useCallback(
    async (name: string): Promise<ProjectInfo | null> => {
      if (client.shell.kind === 'desktop') {
        const path = await client.shell.pickNewProjectPath(name);
        if (!path) return null;
        return client.call('projects.create', { name, path });
      }
      return client.call('projects.create', { name });
    },
    [client],
  );

  const openFromDisk = useCallback(async (): Promise<ProjectInfo | null> => {
    if (client.shell.kind === 'desktop') {
      const path = await client.shell.pickProjectPath();
      return path ? client.call('projects.open', { path }) : null;
    }
    const files = await pickFilesWithInput('.dossier', false);
    const file = files?.[0];
    if (!file) return null;
    if (!file.name.toLowerCase().endsWith('.dossier')) throw new DossierError('NOT_A_PROJECT', s.notDossier);
    if (file.size > MAX_PROJECT_UPLOAD_BYTES)
      throw new DossierError('FILE_TOO_LARGE', s.uploadTooLarge(formatBytes(file.size), formatBytes(MAX_PROJECT_UPLOAD_BYTES)));
    return client.call('projects.upload', { name: file.name, dataBase64: await readFileAsBase64(file) });
  }, [client]);

  const openPath = useCallback((path: string) => client.call('projects.open', { path }), [client]);
  const openSample = useCallback(() => client.call('projects.openSample', {}), [client]);

  return { create, openFromDisk, openPath, openSample };
}
