import { useCallback } from 'react';
import { DossierError } from '../../shared/api/errors';
import type { QdpxImport } from '../../shared/api/interopTypes';
import { MAX_QDPX_BYTES } from '../../shared/interop/qdpxLimits';
import { formatBytes } from '../../shared/sources/sourceLimits';
import { useApi } from '../api/ApiContext';
import { pickFilesWithInput } from '../api/pickFilesWithInput';
import { readFileAsBase64 } from '../api/readFileAsBase64';
import { interopStrings as s } from './interopStrings';

/**
 * Lets the analyst choose a .qdpx and imports it as a new project (which core then opens).
 * Resolves null when cancelled; a refused file throws its DossierError.
 */
export function useQdpxImport(): () => Promise<(QdpxImport & { fileName: string }) | null> {
  const client = useApi();
  return useCallback(async () => {
    // A file input works on both hosts: Electron shows the native dialog for it.
    const [file] = (await pickFilesWithInput('.qdpx', false)) ?? [];
    if (!file) return null;
    if (!file.name.toLowerCase().endsWith('.qdpx')) throw new DossierError('FILE_UNSUPPORTED', s.notQdpx(file.name));
    if (file.size > MAX_QDPX_BYTES) throw new DossierError('FILE_TOO_LARGE', s.tooLarge(file.name, formatBytes(file.size), formatBytes(MAX_QDPX_BYTES)));
    const result = await client.call('interop.importQdpx', { name: file.name, dataBase64: await readFileAsBase64(file) });
    return { ...result, fileName: file.name };
  }, [client]);
}
