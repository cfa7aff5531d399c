/**
 * Opens the browser's file chooser through a hidden <input type=file>.
 * Resolves null when the person cancels.
 */
export function pickFilesWithInput(accept: string, multiple: boolean, folder = false): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    // A whole folder (and its subfolders); the browser lists its files.
    if (folder) input.webkitdirectory = true;
    input.hidden = true;
    let settled = false;
    const finish = (files: File[] | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => {
      const files = input.files ? Array.from(input.files) : [];
      finish(files.length > 0 ? files : null);
    });
    input.addEventListener('cancel', () => finish(null));
    document.body.append(input);
    input.click();
  });
}
