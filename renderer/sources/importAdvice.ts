import type { ImportResult } from '../../shared/api/types';
import { sourcesStrings as s } from './sourcesStrings';

/**
 * What the person can do about a failed file, read from core's plain-English
 * reason; null when the reason already says it or nothing obvious helps.
 */
export function importAdvice(message: string | undefined): string | null {
  const m = message ?? '';
  if (/not a file Dossier can import/i.test(m)) return s.advice.convert;
  if (/looks like .+, not text/i.test(m)) return s.advice.binary;
  if (/the limit is|files up to/i.test(m)) return s.advice.tooLarge;
  if (/byte-order mark|not valid|damaged/i.test(m) && !/save it as UTF-8/i.test(m)) return s.advice.encoding;
  if (/is empty|only blank space|no text to import/i.test(m)) return s.advice.empty;
  if (/\.(?:pdf|docx)"/i.test(m) && /took too long|more memory|stopped while reading|damaged/i.test(m)) return s.advice.document;
  if (/no readable text|could not be read as a web page|took too long|more memory|stopped while parsing/i.test(m)) return s.advice.webPage;
  if (/no project is open/i.test(m)) return s.advice.noProject;
  return null;
}

const order: Record<ImportResult['status'], number> = { failed: 0, review: 1, duplicate: 2, imported: 3 };

/** Failures first (they need something done), then files to review, duplicates, then what went in; otherwise as given. */
export function sortImportResults(results: readonly ImportResult[]): ImportResult[] {
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => order[a.result.status] - order[b.result.status] || a.index - b.index)
    .map(({ result }) => result);
}
