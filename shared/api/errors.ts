/**
 * Errors a user can cause. They cross both transports as plain data
 * ({ code, message }) and are shown to the user as the message.
 */
export const errorCodes = [
  'BAD_INPUT',
  'UNKNOWN_METHOD',
  'NO_PROJECT',
  'NOT_FOUND',
  'NOT_A_PROJECT',
  'CORRUPT_PROJECT',
  'NEWER_VERSION',
  'READ_ONLY',
  'ALREADY_EXISTS',
  'ALREADY_OPEN',
  'FILE_EMPTY',
  'FILE_BINARY',
  'FILE_ENCODING',
  'FILE_TOO_LARGE',
  'FILE_UNSUPPORTED',
  'DUPLICATE',
  'RANGE_OUTSIDE_TEXT',
  /** A save based on an older revision than the stored one (the memo was saved elsewhere meanwhile). */
  'CONFLICT',
  /** A project file from someone else that Dossier refuses to read (damaged, foreign, or over the limits). */
  'BAD_PROJECT_FILE',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
}

export class DossierError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'DossierError';
    this.code = code;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message };
  }

  static fromPayload(payload: ErrorPayload): DossierError {
    return new DossierError(payload.code, payload.message);
  }
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string';
}

/** What both transports send back for every call. */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: ErrorPayload };
