import { DossierError } from '../../../shared/api/errors';
import type { ImportJobProgress, ImportJobState, ImportResult } from '../../../shared/api/types';
import type { ProjectDb } from '../db/projectDatabase';
import { newId } from '../ids/newId';
import type { ExtractedSource } from './extractSourceFile';
import { decodeBase64 } from './importSourceFiles';
import { ImportWorkerPool, type ImportWorkerPoolOptions } from './ImportWorkerPool';
import { insertSource } from './sourcesStore';

/** One file of a batch as it arrives: its data, or why the UI could not send it. */
export type JobFile = { name: string; dataBase64: string } | { name: string; problem: string };

export interface ImportJobsOptions {
  pool: ImportWorkerPoolOptions;
  /** Called after each write with the ids of the sources it added (mention indexing). */
  onImported(db: ProjectDb, sourceIds: string[]): void;
  onProgress(progress: ImportJobProgress): void;
  /** The sources list changed; called at most every second or so while a batch runs, and at its end. */
  onSourcesChanged(): void;
}

/** Files read but not written yet, and files received but not read: adding more waits below this. */
const MAX_QUEUED_FILES = 16;
const MAX_QUEUED_BYTES = 64 * 1024 * 1024;
const SOURCES_CHANGED_EVERY_MS = 1000;

interface Queued {
  index: number;
  name: string;
  bytes: Uint8Array;
}

/**
 * A file's failure in words. Nothing escapes a job: a programming error fails its file (and is
 * logged), it does not stop the batch or the process.
 */
function failure(name: string, error: unknown): string {
  if (error instanceof DossierError) return error.message;
  console.error(`[dossier] importing ${name} failed`, error);
  return `“${name}” could not be imported (${error instanceof Error ? error.message : String(error)}).`;
}

class ImportJob {
  readonly id = newId();
  private readonly results: (ImportResult | undefined)[] = [];
  private readonly queue: Queued[] = [];
  private queuedBytes = 0;
  private received = 0;
  private done = 0;
  private readonly reading = new Map<string, string>();
  private readonly counts = { imported: 0, duplicates: 0, failed: 0, review: 0 };
  private cancelled = false;
  private readonly started = Date.now();
  private lastChanged = 0;
  private readonly roomWaiters: Array<() => void> = [];
  private readonly pool: ImportWorkerPool;

  constructor(
    private readonly db: ProjectDb,
    private readonly author: string,
    readonly total: number,
    private readonly reviewImperfect: boolean,
    private readonly options: ImportJobsOptions,
    private readonly onEnd: () => void,
  ) {
    this.pool = new ImportWorkerPool(options.pool);
  }

  get finished(): boolean {
    return this.cancelled || this.done >= this.total;
  }

  /** Queues files; resolves once there is room for more, so uploads cannot outrun the readers. */
  async add(files: readonly JobFile[]): Promise<{ cancelled: boolean }> {
    if (!this.cancelled && this.received + files.length > this.total) {
      throw new DossierError('BAD_INPUT', `This import was started for ${this.total} files; no more can be added to it.`);
    }
    for (const file of files) {
      if (this.cancelled) break;
      const index = this.received++;
      if ('problem' in file) {
        this.record(index, { name: file.name, status: 'failed', message: file.problem });
        continue;
      }
      const bytes = decodeBase64(file.dataBase64);
      if (!bytes) {
        this.record(index, { name: file.name, status: 'failed', message: `“${file.name}” did not arrive intact; try again.` });
        continue;
      }
      this.queue.push({ index, name: file.name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
      this.queuedBytes += bytes.byteLength;
    }
    this.pump();
    while (!this.cancelled && (this.queue.length > MAX_QUEUED_FILES || this.queuedBytes > MAX_QUEUED_BYTES)) {
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
    return { cancelled: this.cancelled };
  }

  cancel(): void {
    if (this.finished) return;
    this.cancelled = true;
    this.queue.length = 0;
    this.queuedBytes = 0;
    this.pool.close();
    this.wakeAdders();
    this.end();
  }

  state(): ImportJobState {
    return { ...this.progress(), results: this.results.filter((r): r is ImportResult => r !== undefined) };
  }

  progress(): ImportJobProgress {
    const elapsed = Date.now() - this.started;
    return {
      jobId: this.id,
      total: this.total,
      done: this.done,
      current: [...this.reading.values()][0] ?? null,
      ...this.counts,
      etaMs: this.done > 0 && !this.finished ? Math.round((elapsed / this.done) * (this.total - this.done)) : this.finished ? 0 : null,
      finished: this.finished,
      cancelled: this.cancelled,
    };
  }

  private wakeAdders(): void {
    for (const wake of this.roomWaiters.splice(0)) wake();
  }

  private pump(): void {
    const size = this.options.pool.size ?? 2;
    while (!this.cancelled && this.reading.size < size && this.queue.length > 0) {
      const next = this.queue.shift()!;
      this.queuedBytes -= next.bytes.byteLength;
      const key = `${next.index}\u0000${next.name}`;
      this.reading.set(key, next.name);
      this.options.onProgress({ ...this.progress(), current: next.name });
      void this.read(next).finally(() => {
        this.reading.delete(key);
        this.pump();
      });
    }
    if (this.queue.length <= MAX_QUEUED_FILES && this.queuedBytes <= MAX_QUEUED_BYTES) this.wakeAdders();
  }

  private async read(file: Queued): Promise<void> {
    let extracted: ExtractedSource;
    try {
      extracted = await this.pool.extract(file.name, file.bytes);
    } catch (error) {
      if (this.cancelled) return;
      this.record(file.index, { name: file.name, status: 'failed', message: failure(file.name, error) });
      return;
    }
    if (this.cancelled) return;
    this.record(file.index, this.write(file.name, extracted));
  }

  private write(name: string, extracted: ExtractedSource): ImportResult {
    if (extracted.review && this.reviewImperfect) {
      return {
        name,
        status: 'review',
        title: extracted.title,
        message: extracted.info,
        review: {
          pages: extracted.review.pages.map((page) => [...page]),
          artifacts: extracted.review.artifacts,
          title: extracted.title,
          author: extracted.author,
          info: extracted.info,
        },
      };
    }
    try {
      const { review: _review, info, ...source } = extracted;
      const result = insertSource(this.db, this.author, { ...source, originalName: name }, `“${name}”`);
      result.name = name;
      if (result.status === 'imported') {
        if (info) result.message = info;
        if (result.sourceId) this.options.onImported(this.db, [result.sourceId]);
      }
      return result;
    } catch (error) {
      return { name, status: 'failed', message: failure(name, error) };
    }
  }

  private record(index: number, result: ImportResult): void {
    this.results[index] = result;
    this.done++;
    if (result.status === 'imported') this.counts.imported++;
    else if (result.status === 'duplicate') this.counts.duplicates++;
    else if (result.status === 'review') this.counts.review++;
    else this.counts.failed++;
    const now = Date.now();
    if (result.status === 'imported' && now - this.lastChanged >= SOURCES_CHANGED_EVERY_MS) {
      this.lastChanged = now;
      this.options.onSourcesChanged();
    }
    if (this.done >= this.total) this.end();
    else this.options.onProgress(this.progress());
  }

  private end(): void {
    this.pool.close();
    this.options.onSourcesChanged();
    this.options.onProgress(this.progress());
    this.onEnd();
  }
}

/**
 * Batch imports as jobs: files arrive in chunks (sources.importJob.add), are read in worker
 * threads a few at a time, and each is written in its own transaction as soon as it is read, so
 * a bad file fails alone and a cancel keeps what is already in. Progress goes out as events.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();
  /** Finished jobs are kept a while for sources.importJob.get; the oldest go first. */
  private readonly finishedIds: string[] = [];

  constructor(private readonly options: ImportJobsOptions) {}

  start(db: ProjectDb, author: string, total: number, reviewImperfect: boolean): { jobId: string } {
    let job: ImportJob;
    const onEnd = (): void => {
      this.finishedIds.push(job.id);
      while (this.finishedIds.length > 20) this.jobs.delete(this.finishedIds.shift()!);
    };
    job = new ImportJob(db, author, total, reviewImperfect, this.options, onEnd);
    this.jobs.set(job.id, job);
    this.options.onProgress(job.progress());
    return { jobId: job.id };
  }

  private job(jobId: string): ImportJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new DossierError('NOT_FOUND', 'That import is no longer known (the project was closed, or Dossier restarted).');
    return job;
  }

  add(jobId: string, files: readonly JobFile[]): Promise<{ cancelled: boolean }> {
    const job = this.job(jobId);
    if (job.finished) return Promise.resolve({ cancelled: job.progress().cancelled });
    return job.add(files);
  }

  cancel(jobId: string): void {
    this.job(jobId).cancel();
  }

  get(jobId: string): ImportJobState {
    return this.job(jobId).state();
  }

  /** The project is closing: running imports stop (what they imported stays). */
  cancelAll(): void {
    for (const job of this.jobs.values()) job.cancel();
    this.jobs.clear();
    this.finishedIds.length = 0;
  }
}
