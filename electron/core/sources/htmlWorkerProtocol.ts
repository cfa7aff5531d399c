import { DossierError, isErrorPayload, type ErrorPayload } from '../../../shared/api/errors';
import { htmlToArticle, type HtmlArticle } from './htmlToArticle';

/** One page for the HTML worker to read. */
export interface HtmlWorkerRequest {
  html: string;
  fileName: string;
}

/** The article, or an error the user can read. */
export type HtmlWorkerResponse = { article: HtmlArticle } | { error: ErrorPayload };

/** What the main thread posts to a worker; a worker reads pages one after another. */
export interface HtmlWorkerMessage {
  id: number;
  request: HtmlWorkerRequest;
}

/** What a worker posts back, matched to its message by id. */
export interface HtmlWorkerReply {
  id: number;
  response: HtmlWorkerResponse;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isHtmlWorkerRequest(value: unknown): value is HtmlWorkerRequest {
  return isRecord(value) && typeof value.html === 'string' && typeof value.fileName === 'string';
}

export function isHtmlWorkerResponse(value: unknown): value is HtmlWorkerResponse {
  if (!isRecord(value)) return false;
  if ('error' in value) return isErrorPayload(value.error);
  return isRecord(value.article) && typeof value.article.text === 'string';
}

export function isHtmlWorkerReply(value: unknown): value is HtmlWorkerReply {
  return isRecord(value) && typeof value.id === 'number' && isHtmlWorkerResponse(value.response);
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

/** The worker's message handler: one message in, one reply out. */
export async function handleHtmlWorkerMessage(message: unknown): Promise<HtmlWorkerReply> {
  const id = isRecord(message) && typeof message.id === 'number' ? message.id : -1;
  const request = isRecord(message) ? message.request : undefined;
  return { id, response: await handleHtmlWorkerRequest(request) };
}
