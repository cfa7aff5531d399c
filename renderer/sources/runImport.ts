import type { PickedFile } from '../../shared/api/host';
import { MAX_SOURCE_FILE_BYTES, SOURCE_FILE_EXTENSIONS } from '../../shared/sources/sourceLimits';
import { sourcesStrings as s } from './sourcesStrings';

/** Why a file will not be uploaded at all, or null when it can go to core. */
export function precheckFile(file: Pick<PickedFile, 'name' | 'size'>): string | null {
  if (file.size > MAX_SOURCE_FILE_BYTES) return s.tooLarge(file.size);
  const lower = file.name.toLowerCase();
  if (!SOURCE_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return s.unsupported(file.name);
  return null;
}

/** Where an import is: files finished, of how many, and the one being read now. */
export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
  /** Estimated time left; null until the pace is known. */
  etaMs?: number | null;
  /** The batch job, once started: Cancel stops it. */
  jobId?: string;
  /** Cancel was pressed; the job is stopping. */
  cancelling?: boolean;
}
