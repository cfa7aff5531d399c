import { DossierError, isErrorPayload, type ErrorPayload } from '../../../shared/api/errors';
import { extractSourceFile, type ExtractedSource } from './extractSourceFile';

/** One file for an import worker to read. */
export interface ImportWorkerRequest {
  name: string;
  bytes: Uint8Array;
}

export type ImportWorkerResponse = { extracted: ExtractedSource } | { error: ErrorPayload };

export interface ImportWorkerMessage {
  id: number;
  request: ImportWorkerRequest;
}

export interface ImportWorkerReply {
  id: number;
  response: ImportWorkerResponse;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isImportWorkerReply(value: unknown): value is ImportWorkerReply {
  if (!isRecord(value) || typeof value.id !== 'number' || !isRecord(value.response)) return false;
  const { response } = value;
  if ('error' in response) return isErrorPayload(response.error);
  return isRecord(response.extracted) && typeof response.extracted.text === 'string';
}

/**
 * An import worker's whole job as a plain function: read the file (HTML parsed right here, the
 * worker is already off the main thread), and turn any failure into a message about the file.
 */
export async function handleImportWorkerRequest(request: unknown): Promise<ImportWorkerResponse> {
  if (!isRecord(request) || typeof request.name !== 'string' || !(request.bytes instanceof Uint8Array)) {
    return { error: { code: 'INTERNAL', message: 'The import worker was started without a file to read.' } };
  }
  const fileName = request.name.split(/[\\/]/).pop() || request.name;
  try {
    return { extracted: await extractSourceFile(request.name, request.bytes) };
  } catch (error) {
    if (error instanceof DossierError) return { error: error.toPayload() };
    const detail = error instanceof RangeError ? 'it is nested too deeply' : error instanceof Error ? error.message : String(error);
    return { error: { code: 'FILE_UNSUPPORTED', message: `"${fileName}" could not be read (${detail}).` } };
  }
}

export async function handleImportWorkerMessage(message: unknown): Promise<ImportWorkerReply> {
  const id = isRecord(message) && typeof message.id === 'number' ? message.id : -1;
  return { id, response: await handleImportWorkerRequest(isRecord(message) ? message.request : undefined) };
}
