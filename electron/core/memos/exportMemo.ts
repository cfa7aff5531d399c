import type { MemoExport, MemoExportFormat, MemoExportOptions } from '../../../shared/api/memoTypes';
import type { ProjectDb } from '../db/projectDatabase';
import { getMemo } from './memosStore';
import { renderDocx } from './render/renderDocx';
import { renderHtml } from './render/renderHtml';
import { renderMarkdown } from './render/renderMarkdown';
import { buildRenderModel } from './render/renderModel';

export type ExportOptionsInput = Omit<MemoExportOptions, 'date'> & { date?: string };

const FORMATS: Record<MemoExportFormat, { extension: string; mimeType: string }> = {
  html: { extension: 'html', mimeType: 'text/html' },
  printHtml: { extension: 'html', mimeType: 'text/html' },
  markdown: { extension: 'md', mimeType: 'text/markdown' },
  docx: { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
};

/** Today in the local calendar, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A file name from the memo's title: what file systems refuse becomes '-'. */
export function exportFileName(title: string, extension: string): string {
  // oxlint-disable-next-line no-control-regex -- control characters are exactly what must go
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[.\s-]+|[.\s]+$/g, '').slice(0, 120);
  return `${base === '' ? 'Memo' : base}.${extension}`;
}

/** Renders the stored memo (never the screen) through the one render model, into the format asked. */
export async function exportMemo(db: ProjectDb, id: string, format: MemoExportFormat, input: ExportOptionsInput): Promise<MemoExport> {
  const options: MemoExportOptions = { ...input, date: input.date ?? today() };
  const memo = getMemo(db, id);
  const model = buildRenderModel(db, memo, options);
  const { extension, mimeType } = FORMATS[format];
  const fileName = exportFileName(memo.title, extension);
  const base = { fileName, mimeType, removedSources: model.removedSources };
  switch (format) {
    case 'html':
      return { ...base, text: renderHtml(model, null) };
    case 'printHtml':
      return { ...base, text: renderHtml(model, options) };
    case 'markdown':
      return { ...base, text: renderMarkdown(model) };
    case 'docx':
      return { ...base, dataBase64: (await renderDocx(model, options)).toString('base64') };
  }
}
