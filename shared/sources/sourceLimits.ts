/** Limits and accepted formats for imported source files; enforced by core, pre-checked by the UI. */
export const MAX_SOURCE_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_FILES_PER_IMPORT = 200;
/** One batch import (a job): files are sent a few at a time, so this bounds only the summary. */
export const MAX_FILES_PER_JOB = 20_000;
export const MAX_PASTE_CHARS = 20 * 1024 * 1024;
export const SOURCE_FILE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'] as const;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
