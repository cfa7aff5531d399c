import type { HostShell } from '../../shared/api/host';
import { SOURCE_FILE_EXTENSIONS } from '../../shared/sources/sourceLimits';
import { pickFilesWithInput } from './pickFilesWithInput';
import { postShellMessage } from './shellMessages';
import { isImportable } from './droppedFiles';
import { toLazyPickedFiles } from './toPickedFiles';

/** Browser mode's host shell: file inputs, downloads and the page's own print. */
export function createBrowserShell(): HostShell {
  return {
    kind: 'browser',
    async pickSourceFiles() {
      const files = await pickFilesWithInput(SOURCE_FILE_EXTENSIONS.join(','), true);
      return files ? toLazyPickedFiles(files) : null;
    },
    async pickSourceFolder() {
      const files = await pickFilesWithInput('', true, true);
      return files ? toLazyPickedFiles(files.filter(isImportable)) : null;
    },
    // Browser mode keeps projects in the projects folder; the UI offers a list and an upload instead.
    pickProjectPath: async () => null,
    pickNewProjectPath: async () => null,
    // A colleague's file comes as an upload in browser mode.
    pickMergeFile: async () => null,
    async saveFile(suggestedName, data, mimeType, encoding = 'utf8') {
      const body = encoding === 'base64' ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) : data;
      const url = URL.createObjectURL(new Blob([body], { type: mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the download a moment to start before the URL goes away.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    },
    async print() {
      window.print();
    },
    async savePdf(_suggestedName, printHtml) {
      // The print view in a hidden frame of its own, printed by the browser: its @page CSS sets size, margins and marking.
      const frame = document.createElement('iframe');
      frame.hidden = true;
      frame.srcdoc = printHtml;
      await new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true });
        document.body.append(frame);
      });
      frame.contentWindow?.print();
      frame.remove();
      return true;
    },
    async saveDownload(downloadId, suggestedName) {
      // The server streams the staged file; the token travels in the page's SameSite=Strict cookie.
      const link = document.createElement('a');
      link.href = `/api/download/${encodeURIComponent(downloadId)}`;
      link.download = suggestedName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      return true;
    },
    async revealInFolder(path) {
      postShellMessage(`The file is at ${path}`);
    },
  };
}
