import type { DossierBridge, HostShell, PickedFile } from '../../shared/api/host';
import type { DossierClient } from './DossierClient';
import { unwrapEnvelope } from './unwrapEnvelope';

/** The desktop transport: everything goes through the preload's window.dossier. */
export function createDesktopClient(bridge: DossierBridge): DossierClient {
  const shellCall = async <T>(name: Parameters<DossierBridge['shell']>[0], args: unknown[]): Promise<T> =>
    unwrapEnvelope<T>(await bridge.shell(name, args));

  const shell: HostShell = {
    kind: 'desktop',
    pickSourceFiles: () => shellCall<PickedFile[] | null>('pickSourceFiles', []),
    pickSourceFolder: () => shellCall<PickedFile[] | null>('pickSourceFolder', []),
    pickProjectPath: () => shellCall<string | null>('pickProjectPath', []),
    pickMergeFile: () => shellCall<string | null>('pickMergeFile', []),
    pickNewProjectPath: (suggestedName) => shellCall<string | null>('pickNewProjectPath', [suggestedName]),
    saveFile: (suggestedName, data, mimeType, encoding = 'utf8') => shellCall<boolean>('saveFile', [suggestedName, data, mimeType, encoding]),
    print: () => shellCall<void>('print', []),
    savePdf: (suggestedName, printHtml) => shellCall<boolean>('savePdf', [suggestedName, printHtml]),
    revealInFolder: (path) => shellCall<void>('revealInFolder', [path]),
    saveDownload: (downloadId, suggestedName) => shellCall<boolean>('saveDownload', [downloadId, suggestedName]),
  };

  return {
    call: async (method, input) => unwrapEnvelope(await bridge.call(method, input)),
    on: (event, listener) => bridge.on(event, listener),
    onMenu: (listener) => bridge.onMenu(listener),
    shell,
  };
}
