import { DossierError, isErrorPayload, type ErrorPayload } from '../../../shared/api/errors';
import { htmlToArticle, type HtmlArticle } from './htmlToArticle';

/** What the HTML worker is given (as workerData). */
export interface HtmlWorkerRequest {
  html: string;
  fileName: string;
}

/** What the HTML worker posts back: the article, or an error the user can read. */
export type HtmlWorkerResponse = { article: HtmlArticle } | { error: ErrorPayload };

export function isHtmlWorkerRequest(value: unknown): value is HtmlWorkerRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.html === 'string' && typeof v.fileName === 'string';
}

export function isHtmlWorkerResponse(value: unknown): value is HtmlWorkerResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if ('error' in v) return isErrorPayload(v.error);
  const article = v.article as Record<string, unknown> | undefined;
  return typeof article === 'object' && article !== null && typeof article.text === 'string';
}

/**
 * The HTML worker's whole job, as a plain function: parse, and turn every failure into an
 * error payload. A stack overflow or a parser bug on hostile input is the file's fault,
 * not a reason to crash.
 */
export async function handleHtmlWorkerRequest(request: unknown): Promise<HtmlWorkerResponse> {
  if (!isHtmlWorkerRequest(request)) {
    return { error: { code: 'INTERNAL', message: 'The HTML reader was started without a page to read.' } };
  }
  try {
    return { article: await htmlToArticle(request.html, request.fileName) };
  } catch (error) {
    if (error instanceof DossierError) return { error: error.toPayload() };
    const detail = error instanceof RangeError ? 'it is nested too deeply' : 'the HTML reader failed on it';
    const reason = error instanceof Error ? ` (${error.message})` : '';
    return {
      error: { code: 'FILE_UNSUPPORTED', message: `"${request.fileName}" could not be read as a web page: ${detail}${reason}.` },
    };
  }
}
