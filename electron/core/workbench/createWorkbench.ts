import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { contract, isMethodName } from '../../../shared/api/contract';
import type { DossierEvents, EventName, MethodName, MethodOutput, MethodParsedInput } from '../../../shared/api/contract';
import { DossierError } from '../../../shared/api/errors';
import type { Envelope } from '../../../shared/api/errors';
import type { ProjectInfo } from '../../../shared/api/types';
import type { BackupInfo, BackupReason } from '../../../shared/api/backupTypes';
import { backupNow as backupProjectNow, backupNowInProcess, backupPath, backupsFolderFor, listBackups } from '../backups/projectBackups';
import { exportProjectFile, previewExport } from '../exchange/exportProjectFile';
import { normalizeText } from '../../../shared/text/normalizeText';
import { createAnnotation, deleteAnnotation, listAnnotations, listAnnotationsByLabel, updateAnnotation } from '../annotations/annotationsStore';
import { closeProjectDatabase, createProjectDatabase, inspectProjectFile, openProjectDatabase } from '../db/projectDatabase';
import type { ProjectDb } from '../db/projectDatabase';
import { newId } from '../ids/newId';
import { createLabel, deleteLabel, listLabels, updateLabel } from '../labels/labelsStore';
import { buildSampleProject } from '../projects/buildSampleProject';
import { freeProjectPath, listProjectFiles, projectFileNameFor, safeFileName, withProjectExtension } from '../projects/projectFiles';
import { readProjectMeta, writeProjectMeta } from '../projects/projectMeta';
import { readSampleManifest } from '../projects/sampleManifest';
import { deleteSavedSearch, listSavedSearches, saveSearch } from '../search/savedSearches';
import { flushSearchIndex } from '../search/searchIndex';
import { ensureReplicaIdentity } from '../projects/replicaIdentity';
import { searchProject } from '../search/searchProject';
import { forgetRecentProject, listRecentProjects, rememberRecentProject } from '../settings/recentProjects';
import { importSourceFiles } from '../sources/importSourceFiles';
import { ImportJobs } from '../sources/importJobs';
import { IMPORT_WORKER_RESOURCE_LIMITS, ImportWorkerPool } from '../sources/ImportWorkerPool';
import { importReviewedPdf } from '../sources/importReviewedPdf';
import { assertPublishedDate, deleteSource, getSource, getSourceText, insertSource, listSources, updateSource } from '../sources/sourcesStore';
import { countTrash, listTrash, restoreFromTrash } from '../trash/trashStore';
import {
  citePassage,
  claimTable,
  createClaim,
  deleteClaim,
  getClaim,
  linkClaims,
  uncitePassage,
  unlinkClaims,
  updateClaim,
} from '../claims/claimsStore';
import {
  addAlias,
  createEntity,
  deleteEntity,
  listEntities,
  mergeEntities,
  removeAlias,
  restoreAlias,
  updateEntity,
} from '../entities/entitiesStore';
import { entityPage } from '../entities/entityPage';
import { indexSourceMentions, mentionsInText } from '../entities/mentionIndex';
import { dismissSuggestion, suggestEntities, undismissSuggestion } from '../entities/suggestEntities';
import type { WorkbenchOptions } from './WorkbenchOptions';
import { exportQdpx } from '../interop/exportQdpx';
import { exportWebAnnotations } from '../interop/exportWebAnnotations';
import { readQdpxProject } from '../interop/readQdpxProject';
import { readQdpxProjectInWorker } from '../interop/readQdpxProjectInWorker';
import { writeQdpxProject } from '../interop/writeQdpxProject';
import { MAX_QDPX_BYTES } from '../../../shared/interop/qdpxLimits';
import { createExchangeHandlers } from '../exchange/exchangeHandlers';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/migrations';
import { createEventType, deleteEventType, listEventTypes, updateEventType } from '../timelines/eventTypesStore';
import {
  addEventEvidence,
  createEvent,
  createEvents,
  deleteEvents,
  getEvent,
  listEvents,
  moveEvent,
  removeEventEvidence,
  updateEvent,
} from '../timelines/eventsStore';
import { createEventFromEvidence, suggestEventDates } from '../timelines/eventsFromEvidence';
import { exportTimeline } from '../timelines/timelineExport';
import { commitTimelineImport, previewTimelineImport } from '../timelines/timelineImport';
import { citationInfos } from '../memos/citationInfos';
import { exportMemo } from '../memos/exportMemo';
import { liveBlockContent } from '../memos/liveBlocks';
import {
  createMemo,
  deleteMemo,
  duplicateMemo,
  getMemo,
  getVersion,
  listMemos,
  listVersions,
  renameMemo,
  restoreVersion,
  saveMemo,
  snapshotMemo,
} from '../memos/memosStore';
import { deleteTemplate, getTemplate, listTemplates, renameTemplate, replaceTemplateFromMemo, saveTemplateFromMemo } from '../memos/templatesStore';
import { createTimeline, deleteTimeline, listTimelines, saveTimelineLayout, updateTimeline } from '../timelines/timelinesStore';

type Listener = <E extends EventName>(name: E, payload: DossierEvents[E]) => void;
type Topic = DossierEvents['project.changed']['topics'][number];

export interface Workbench {
  /** Validates the method and its input against the contract; never throws. */
  dispatch(method: string, rawInput: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: Listener): () => void;
  /** Absolute path of the open project file, or null. */
  currentProjectPath(): string | null;
  /**
   * Backs the open project up now (the merge calls this with 'beforeMerge' before every merge). Resolves when the
   * backup file is complete; rejects with NO_PROJECT when none is open.
   */
  backupNow(reason: BackupReason): Promise<BackupInfo>;
  /** A file staged by exchange.exportProject, handed over once (the host moves or streams it, then deletes it). */
  takeDownload(downloadId: string): { path: string; fileName: string } | null;
  close(): void;
}

type Handlers = { [M in MethodName]: (input: MethodParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

/** Which views to refresh after each write. */
/** Everything an analyst makes: what a restore, a merge or a backup restored can change at once. */
const contentTopics: Topic[] = ['project', 'sources', 'annotations', 'labels', 'trash', 'entities', 'claims', 'events', 'timelines', 'eventTypes', 'memos', 'savedSearches'];

const changedTopics: Partial<Record<MethodName, Topic[]>> = {
  'projects.rename': ['project'],
  'sources.addText': ['sources', 'project'],
  'sources.importFiles': ['sources', 'project'],
  'sources.importReviewed': ['sources', 'project'],
  'sources.update': ['sources'],
  'sources.delete': ['sources', 'trash', 'project', 'labels', 'events'],
  'annotations.delete': ['annotations', 'sources', 'labels', 'trash', 'project', 'events'],
  'labels.create': ['labels'],
  'labels.update': ['labels', 'annotations'],
  'labels.delete': ['labels', 'annotations', 'trash', 'project'],
  'trash.restore': contentTopics,
  'search.saved.save': ['savedSearches'],
  'search.saved.delete': ['savedSearches', 'trash', 'project'],
  'entities.create': ['entities'],
  'entities.update': ['entities', 'claims', 'events'],
  'entities.addAlias': ['entities'],
  'entities.removeAlias': ['entities'],
  'entities.restoreAlias': ['entities'],
  'entities.delete': ['entities', 'claims', 'trash', 'annotations', 'events'],
  'entities.merge': ['entities', 'claims', 'trash', 'annotations', 'events'],
  'entities.dismissSuggestion': ['entities'],
  'entities.undismissSuggestion': ['entities'],
  // With a passage, it also makes a highlight.
  'claims.create': ['claims', 'entities', 'annotations', 'sources', 'project'],
  'claims.update': ['claims', 'entities'],
  'claims.cite': ['claims'],
  'claims.uncite': ['claims'],
  'claims.link': ['claims'],
  'claims.unlink': ['claims'],
  'claims.delete': ['claims', 'entities', 'trash', 'events'],
  'eventTypes.create': ['eventTypes'],
  'eventTypes.update': ['eventTypes', 'events'],
  'eventTypes.delete': ['eventTypes', 'events', 'trash'],
  'timelines.create': ['timelines'],
  'timelines.update': ['timelines'],
  'timelines.saveLayout': ['timelines'],
  'timelines.delete': ['timelines', 'events', 'trash'],
  'timelines.importCommit': ['timelines', 'events', 'eventTypes'],
  'events.create': ['events', 'timelines'],
  'events.createMany': ['events', 'timelines'],
  'events.update': ['events', 'timelines'],
  'events.move': ['events'],
  'events.addEvidence': ['events'],
  'events.removeEvidence': ['events'],
  'events.delete': ['events', 'timelines', 'trash'],
  'events.createFromEvidence': ['events', 'timelines'],
  'memos.create': ['memos'],
  'memos.save': ['memos'],
  'memos.rename': ['memos'],
  'memos.duplicate': ['memos'],
  'memos.delete': ['memos', 'trash', 'project'],
  'memos.snapshot': ['memos'],
  'memos.restoreVersion': ['memos'],
  'templates.saveFromMemo': ['memos'],
  'templates.replaceFromMemo': ['memos', 'trash', 'project'],
  'templates.rename': ['memos'],
  'templates.delete': ['memos', 'trash', 'project'],
  'annotations.create': ['annotations', 'sources', 'labels', 'project', 'entities'],
  'annotations.update': ['annotations', 'labels', 'entities'],
  // A merge can touch anything a user makes.
  'exchange.applyMerge': [...contentTopics, 'exchange'],
  'exchange.resolveConflict': [...contentTopics, 'exchange'],
  'backups.create': ['backups'],
  // The whole project changes, its conflicts and merge history with it.
  'backups.restore': [...contentTopics, 'exchange', 'backups'],
};

/** Automatic backups while a project is being edited: at most one an hour. */
const HOURLY_MS = 60 * 60 * 1000;
/** A staged export not fetched within this time is removed. */
const DOWNLOAD_TTL_MS = 30 * 60 * 1000;

/** Project files open in this process, so two windows never write the same file. */
const openPaths = new Set<string>();

interface OpenProject {
  db: ProjectDb;
  path: string;
}

function countsOf(db: ProjectDb): ProjectInfo['counts'] {
  const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  return {
    sources: count('SELECT count(*) AS n FROM sources WHERE deleted_at IS NULL'),
    annotations: count(
      'SELECT count(*) AS n FROM annotations a JOIN sources s ON s.id = a.source_id WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL',
    ),
    labels: count('SELECT count(*) AS n FROM labels WHERE deleted_at IS NULL'),
    claims: count('SELECT count(*) AS n FROM claims WHERE deleted_at IS NULL'),
    entities: count('SELECT count(*) AS n FROM entities WHERE deleted_at IS NULL'),
    timelines: count('SELECT count(*) AS n FROM timelines WHERE deleted_at IS NULL'),
    memos: count('SELECT count(*) AS n FROM memos WHERE deleted_at IS NULL'),
    // Exactly what trash.list shows, counted from the same list of kinds.
    trash: countTrash(db),
  };
}

function describeProject(project: OpenProject): ProjectInfo {
  const { db } = project;
  return {
    id: readProjectMeta(db, 'project_id') ?? '',
    name: readProjectMeta(db, 'name') ?? path.basename(project.path),
    path: project.path,
    fileName: path.basename(project.path),
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    createdAt: readProjectMeta(db, 'created_at') ?? '',
    counts: countsOf(db),
  };
}

function canonicalPath(filePath: string): string {
  const absolute = path.resolve(filePath);
  try {
    return fs.realpathSync(absolute);
  } catch {
    return absolute;
  }
}

export function createWorkbench(options: WorkbenchOptions): Workbench {
  const listeners = new Set<Listener>();
  let current: OpenProject | null = null;
  const author = options.userName;
  const now = options.now ?? Date.now;

  function emit<E extends EventName>(name: E, payload: DossierEvents[E]): void {
    for (const listener of listeners) listener(name, payload);
  }

  function requireProject(): OpenProject {
    if (!current) throw new DossierError('NO_PROJECT', 'No project is open. Create or open a project first.');
    return current;
  }

  const importJobs = new ImportJobs({
    pool: {
      workerPath: options.importWorkerPath,
      timeoutMs: options.importTimeoutMs,
      size: options.importWorkers,
      resourceLimits: options.importMemoryMb ? { ...IMPORT_WORKER_RESOURCE_LIMITS, maxOldGenerationSizeMb: options.importMemoryMb } : undefined,
    },
    onImported: (db, ids) => indexSourceMentions(db, ids),
    onProgress: (progress) => emit('import.progress', progress),
    onSourcesChanged: () => {
      if (!current) return;
      emit('project.changed', { topics: ['sources', 'project'] });
      // Imported sources become searchable as the batch goes, in the background.
      indexSoon();
    },
  });

  // sources.importFiles reads its files in the same kind of workers, kept between calls (idle ones stop by themselves).
  const filesPool = options.importWorkerPath ? new ImportWorkerPool({ workerPath: options.importWorkerPath, timeoutMs: options.importTimeoutMs, size: options.importWorkers }) : null;

  function closeCurrent(): void {
    if (!current) return;
    importJobs.cancelAll();
    const closing = current;
    current = null;
    openPaths.delete(closing.path);
    closeProjectDatabase(closing.db);
  }

  // Backups: when the open project was last backed up, and the backup running now (one at a time).
  let lastBackupAt = 0;
  let backupRunning: Promise<BackupInfo> | null = null;

  function backupsFolder(project: OpenProject): string {
    return backupsFolderFor(options.settingsDir, readProjectMeta(project.db, 'project_id') ?? '');
  }

  async function backupsSettled(): Promise<void> {
    for (let running = backupRunning; running; running = backupRunning) await running.catch(() => undefined);
  }

  async function backupNow(reason: BackupReason): Promise<BackupInfo> {
    // One at a time: the second waits for the first.
    await backupsSettled();
    const project = requireProject();
    const folder = backupsFolder(project);
    const running = backupProjectNow(project.db, folder, reason, new Date(now())).catch((error: unknown) => {
      if (error instanceof DossierError) throw error;
      throw new DossierError('READ_ONLY', `Dossier could not write a backup of this project to ${folder}: ${(error as Error).message}`);
    });
    backupRunning = running;
    try {
      const info = await running;
      lastBackupAt = now();
      if (current === project) emit('project.changed', { topics: ['backups'] });
      return info;
    } finally {
      if (backupRunning === running) backupRunning = null;
    }
  }

  /** In the background: a failed automatic backup is logged, never shown as the failure of the edit that caused it. */
  function backupInBackground(reason: BackupReason): void {
    const project = current;
    backupNow(reason).catch((error: unknown) => {
      // The project was closed (or restored) meanwhile: that backup is moot.
      if (current !== project || !project?.db.open) return;
      console.error(`[dossier] ${reason} backup failed`, error);
    });
  }

  // Exports staged for the host to deliver (a download in browser mode, a move after the save dialog on the desktop).
  const downloads = new Map<string, { path: string; fileName: string; timer: NodeJS.Timeout }>();
  let downloadsDir: string | null = null;

  function stageDownload(): { id: string; path: string } {
    downloadsDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-exports-'));
    const id = newId();
    return { id, path: path.join(downloadsDir, `${id}.dossier`) };
  }

  function forgetDownload(id: string, remove: boolean): void {
    const staged = downloads.get(id);
    if (!staged) return;
    clearTimeout(staged.timer);
    downloads.delete(id);
    if (remove) fs.rmSync(staged.path, { force: true });
  }

  function adopt(db: ProjectDb, filePath: string): ProjectInfo {
    closeCurrent();
    // A copy opened in a new place (a colleague's file, a moved project) becomes its own replica for merging.
    ensureReplicaIdentity(db, filePath);
    current = { db, path: filePath };
    lastBackupAt = now();
    openPaths.add(filePath);
    const info = describeProject(current);
    rememberRecentProject(options.settingsDir, { path: filePath, name: info.name });
    emit('project.switched', { project: info });
    // What an older version or another tool left unindexed gets indexed in the background.
    indexSoon();
    return info;
  }

  function openAt(filePath: string): ProjectInfo {
    const target = canonicalPath(filePath);
    if (current?.path === target) return describeProject(current);
    if (openPaths.has(target)) {
      throw new DossierError('ALREADY_OPEN', `“${path.basename(target)}” is already open in another window.`);
    }
    const info = adopt(openProjectDatabase(target), target);
    backupInBackground('open');
    return info;
  }

  function createAt(filePath: string, name: string): ProjectDb {
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
    return createProjectDatabase(filePath, (db) => {
      writeProjectMeta(db, 'project_id', newId());
      writeProjectMeta(db, 'name', name);
      writeProjectMeta(db, 'created_at', new Date().toISOString());
      writeProjectMeta(db, 'created_by', author);
    });
  }

  /**
   * Gives the file the project's new name, as a desktop app renames its
   * document. Keeps the old file name when the new one is taken or the
   * folder refuses; the display name changes either way.
   */
  function renameFileAfter(project: OpenProject, name: string): void {
    const target = path.join(path.dirname(project.path), projectFileNameFor(name));
    if (target === project.path || fs.existsSync(target)) return;
    closeProjectDatabase(project.db);
    let finalPath = project.path;
    try {
      fs.renameSync(project.path, target);
      finalPath = target;
    } catch {
      // The folder is not ours to change: keep the file where it is.
    }
    openPaths.delete(project.path);
    forgetRecentProject(options.settingsDir, project.path);
    current = { db: openProjectDatabase(finalPath), path: finalPath };
    openPaths.add(finalPath);
  }

  const exchange = createExchangeHandlers({
    project: requireProject,
    author,
    tempDir: path.join(options.settingsDir, 'exchange-temp'),
  });

  const handlers: Handlers = {
    'exchange.previewMerge': exchange['exchange.previewMerge'],
    'exchange.applyMerge': (input) => {
      // A backup first, synchronously: no edit can come between it and the merge, and Backups can restore it.
      const project = requireProject();
      try {
        backupNowInProcess(project.db, backupsFolder(project), 'beforeMerge', new Date(now()));
      } catch (error) {
        throw new DossierError('READ_ONLY', `Dossier could not back the project up before merging, so it did not merge: ${(error as Error).message}`);
      }
      emit('project.changed', { topics: ['backups'] });
      return exchange['exchange.applyMerge'](input);
    },
    'exchange.cancelMerge': exchange['exchange.cancelMerge'],
    'exchange.conflicts': exchange['exchange.conflicts'],
    'exchange.resolveConflict': exchange['exchange.resolveConflict'],
    'exchange.history': exchange['exchange.history'],

    'app.info': () => ({
      version: options.appVersion,
      schemaVersion: LATEST_SCHEMA_VERSION,
      host: options.host,
      projectsDir: options.projectsDir,
      userName: options.userName,
    }),

    'projects.list': () => listProjectFiles(options.projectsDir),
    'projects.recent': () => listRecentProjects(options.settingsDir),
    'projects.current': () => (current ? describeProject(current) : null),
    'projects.create': ({ name, path: chosen }) => {
      const filePath = chosen ? withProjectExtension(path.resolve(chosen)) : freeProjectPath(options.projectsDir, name);
      const db = createAt(filePath, name);
      return adopt(db, canonicalPath(filePath));
    },
    'projects.open': ({ path: filePath }) => openAt(path.isAbsolute(filePath) ? filePath : path.join(options.projectsDir, filePath)),
    'projects.upload': ({ name, dataBase64 }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      fs.mkdirSync(options.projectsDir, { recursive: true });
      const staging = path.join(options.projectsDir, `.upload-${newId()}.dossier`);
      fs.writeFileSync(staging, bytes);
      try {
        inspectProjectFile(staging);
        openProjectDatabase(staging).close();
      } catch (error) {
        fs.rmSync(staging, { force: true });
        for (const suffix of ['-wal', '-shm']) fs.rmSync(`${staging}${suffix}`, { force: true });
        if (error instanceof DossierError) throw new DossierError(error.code, error.message.replaceAll(path.basename(staging), name));
        throw error;
      }
      const base = path.basename(name).replace(/\.dossier$/i, '');
      const target = freeProjectPath(options.projectsDir, base);
      fs.renameSync(staging, target);
      return openAt(target);
    },
    'projects.openSample': async () => {
      const manifest = readSampleManifest(options.sampleDir);
      const target = path.join(options.projectsDir, projectFileNameFor(manifest.name));
      if (fs.existsSync(target)) return openAt(target);
      const db = createAt(target, manifest.name);
      try {
        await buildSampleProject(db, author, options.sampleDir, manifest);
      } catch (error) {
        closeProjectDatabase(db);
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
        throw error;
      }
      return adopt(db, canonicalPath(target));
    },
    'projects.close': () => {
      const wasOpen = current !== null;
      closeCurrent();
      if (wasOpen) emit('project.switched', { project: null });
      return null;
    },
    'projects.rename': ({ name }) => {
      const project = requireProject();
      writeProjectMeta(project.db, 'name', name);
      renameFileAfter(project, name);
      const renamed = requireProject();
      const info = describeProject(renamed);
      rememberRecentProject(options.settingsDir, { path: renamed.path, name });
      return info;
    },
    'projects.forgetRecent': ({ path: filePath }) => forgetRecentProject(options.settingsDir, filePath),

    'sources.list': () => listSources(requireProject().db),
    'sources.get': ({ id }) => getSource(requireProject().db, id),
    'sources.addText': (input) => {
      const { db } = requireProject();
      const { text, ...meta } = input;
      assertPublishedDate(meta.published);
      const normalized = normalizeText(text);
      if (normalized.length === 0) throw new DossierError('FILE_EMPTY', 'The pasted text is empty; paste the text of the source first.');
      const result = insertSource(db, author, { ...meta, text: normalized, format: 'paste' }, 'The pasted text');
      if (result.sourceId) indexSourceMentions(db, [result.sourceId]);
      return result;
    },
    'sources.importFiles': async ({ files }) => {
      const { db } = requireProject();
      const results = await importSourceFiles(db, author, files, {
        htmlWorkerPath: options.htmlWorkerPath,
        extract: filesPool ? (name, bytes) => filesPool.extract(name, bytes) : undefined,
      });
      indexSourceMentions(
        db,
        results.flatMap((r) => (r.status === 'imported' && r.sourceId ? [r.sourceId] : [])),
      );
      return results;
    },
    'sources.importJob.start': ({ total, reviewImperfect }) => importJobs.start(requireProject().db, author, total, reviewImperfect),
    'sources.importJob.add': ({ jobId, files }) => importJobs.add(jobId, files),
    'sources.importJob.cancel': ({ jobId }) => {
      importJobs.cancel(jobId);
      return null;
    },
    'sources.importJob.get': ({ jobId }) => importJobs.get(jobId),
    'sources.importReviewed': (input) => {
      const { db } = requireProject();
      const result = importReviewedPdf(db, author, input);
      if (result.status === 'imported' && result.sourceId) indexSourceMentions(db, [result.sourceId]);
      return result;
    },
    'sources.update': ({ id, patch }) => updateSource(requireProject().db, author, id, patch),
    'sources.delete': ({ id }) => {
      deleteSource(requireProject().db, author, id);
      return null;
    },

    'annotations.list': ({ sourceId }) => listAnnotations(requireProject().db, sourceId),
    'annotations.byLabel': ({ labelId }) => listAnnotationsByLabel(requireProject().db, labelId),
    'annotations.create': (input) => createAnnotation(requireProject().db, author, input),
    'annotations.update': (input) => updateAnnotation(requireProject().db, author, input),
    'annotations.delete': ({ id }) => {
      deleteAnnotation(requireProject().db, author, id);
      return null;
    },

    'labels.list': () => listLabels(requireProject().db),
    'labels.create': (input) => createLabel(requireProject().db, author, input),
    'labels.update': (input) => updateLabel(requireProject().db, author, input),
    'labels.delete': ({ id }) => {
      deleteLabel(requireProject().db, author, id);
      return null;
    },

    'trash.list': () => listTrash(requireProject().db),
    'trash.restore': ({ kind, id }) => {
      restoreFromTrash(requireProject().db, author, kind, id);
      return null;
    },

    'search.query': ({ q, filters, perKind }) => searchProject(requireProject().db, q, filters, perKind),
    'search.saved.list': () => listSavedSearches(requireProject().db),
    'search.saved.save': (input) => saveSearch(requireProject().db, author, input),
    'search.saved.delete': ({ id }) => {
      deleteSavedSearch(requireProject().db, author, id);
      return null;
    },

    'interop.exportQdpx': () => {
      const project = requireProject();
      const name = readProjectMeta(project.db, 'name') ?? path.basename(project.path, '.dossier');
      const file = exportQdpx(project.db, { exportedBy: author, appVersion: options.appVersion });
      return { fileName: safeFileName(name, '.qdpx', 'Dossier project'), dataBase64: Buffer.from(file.bytes).toString('base64'), counts: file.counts };
    },
    'interop.importQdpx': async ({ name, dataBase64 }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      const displayName = path.basename(name);
      if (bytes.length > MAX_QDPX_BYTES) {
        throw new DossierError('FILE_TOO_LARGE', `“${displayName}” is larger than ${MAX_QDPX_BYTES / 1024 / 1024} MB, the most Dossier imports as a .qdpx.`);
      }
      // Checked completely before a file is made: a refused .qdpx leaves nothing behind.
      const model = options.qdpxWorkerPath
        ? await readQdpxProjectInWorker(bytes, displayName, options.qdpxWorkerPath)
        : readQdpxProject(bytes, displayName);
      fs.mkdirSync(options.projectsDir, { recursive: true });
      const staging = path.join(options.projectsDir, `.qdpx-import-${newId()}.dossier`);
      let result: ReturnType<typeof writeQdpxProject>;
      try {
        const db = createAt(staging, model.name);
        try {
          result = writeQdpxProject(db, author, model);
        } finally {
          closeProjectDatabase(db);
        }
      } catch (error) {
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${staging}${suffix}`, { force: true });
        throw error;
      }
      const target = freeProjectPath(options.projectsDir, model.name);
      fs.renameSync(staging, target);
      return { project: openAt(target), counts: result.counts, skipped: result.skipped };
    },
    'interop.exportWebAnnotations': () => {
      const project = requireProject();
      const name = readProjectMeta(project.db, 'name') ?? path.basename(project.path, '.dossier');
      const collection = exportWebAnnotations(project.db, { appVersion: options.appVersion });
      return { fileName: safeFileName(`${name} highlights`, '.jsonld', 'Dossier project'), json: `${JSON.stringify(collection, null, 2)}\n`, count: collection.total };
    },

    'exchange.exportPreview': (scope) => {
      const project = requireProject();
      return previewExport(project.db, project.path, scope);
    },
    'exchange.exportProject': (scope) => {
      const project = requireProject();
      const name = readProjectMeta(project.db, 'name') ?? path.basename(project.path, '.dossier');
      const fileName = scope.sourceIds ? projectFileNameFor(`${name} (selected sources)`) : projectFileNameFor(name);
      const staged = stageDownload();
      let written: ReturnType<typeof exportProjectFile>;
      try {
        written = exportProjectFile(project.db, staged.path, { ...scope, exportedBy: author });
      } catch (error) {
        if (error instanceof DossierError) throw error;
        const code = (error as { code?: string }).code ?? '';
        const why = code === 'SQLITE_FULL' || code === 'ENOSPC' ? 'the disk is full' : (error as Error).message;
        throw new DossierError('READ_ONLY', `Dossier could not write the project file for export (${why}). Your project is unchanged.`);
      }
      const { counts, sizeBytes } = written;
      const timer = setTimeout(() => forgetDownload(staged.id, true), DOWNLOAD_TTL_MS);
      timer.unref();
      downloads.set(staged.id, { path: staged.path, fileName, timer });
      return { fileName, sizeBytes, counts, downloadId: staged.id };
    },

    'backups.list': () => {
      const project = requireProject();
      const folder = backupsFolder(project);
      return { folder, backups: listBackups(folder) };
    },
    'backups.create': () => backupNow('manual'),
    'backups.restore': async ({ id }) => {
      await backupsSettled();
      // From here on synchronous: no other call can edit the project between its backup and the restore.
      const project = requireProject();
      const folder = backupsFolder(project);
      const source = backupPath(folder, id);
      inspectProjectFile(source);
      const undo = backupNowInProcess(project.db, folder, 'beforeRestore', new Date(now()));
      // Swap files with the project closed: the old file is kept aside until the restored one opens.
      const target = project.path;
      const aside = `${target}.before-restore-${newId()}`;
      const incoming = `${target}.restoring-${newId()}`;
      fs.copyFileSync(source, incoming);
      closeProjectDatabase(project.db);
      for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
      fs.renameSync(target, aside);
      try {
        fs.renameSync(incoming, target);
        current = { db: openProjectDatabase(target), path: target };
      } catch (error) {
        fs.rmSync(target, { force: true });
        fs.renameSync(aside, target);
        current = { db: openProjectDatabase(target), path: target };
        throw error;
      } finally {
        fs.rmSync(incoming, { force: true });
      }
      fs.rmSync(aside, { force: true });
      lastBackupAt = now();
      return { undoBackupId: undo.id };
    },

    'entities.list': ({ kind }) => listEntities(requireProject().db, kind),
    'entities.get': ({ id, mentionLimit }) => entityPage(requireProject().db, id, mentionLimit),
    'entities.create': (input) => createEntity(requireProject().db, author, input),
    'entities.update': (input) => updateEntity(requireProject().db, author, input),
    'entities.addAlias': ({ entityId, alias }) => addAlias(requireProject().db, author, entityId, alias),
    'entities.removeAlias': ({ aliasId }) => removeAlias(requireProject().db, author, aliasId),
    'entities.restoreAlias': ({ aliasId }) => restoreAlias(requireProject().db, author, aliasId),
    'entities.delete': ({ id }) => {
      deleteEntity(requireProject().db, author, id);
      return null;
    },
    'entities.merge': ({ fromId, intoId }) => mergeEntities(requireProject().db, author, fromId, intoId),
    'entities.suggest': ({ sourceId }) => suggestEntities(requireProject().db, sourceId),
    'entities.dismissSuggestion': ({ key }) => {
      dismissSuggestion(requireProject().db, author, key);
      return null;
    },
    'entities.undismissSuggestion': ({ key }) => {
      undismissSuggestion(requireProject().db, key);
      return null;
    },
    'mentions.forSource': ({ sourceId }) => {
      const { db } = requireProject();
      return mentionsInText(db, getSourceText(db, sourceId).text);
    },

    'claims.list': (input) => claimTable(requireProject().db, input),
    'claims.get': ({ id }) => getClaim(requireProject().db, id),
    'claims.create': (input) => createClaim(requireProject().db, author, input),
    'claims.update': ({ id, ...fields }) => updateClaim(requireProject().db, author, id, fields),
    'claims.cite': ({ claimId, annotationId }) => citePassage(requireProject().db, author, claimId, annotationId),
    'claims.uncite': ({ claimId, annotationId }) => uncitePassage(requireProject().db, author, claimId, annotationId),
    'claims.link': ({ fromId, toId, relation }) => linkClaims(requireProject().db, author, fromId, toId, relation),
    'claims.unlink': ({ claimId, linkId }) => unlinkClaims(requireProject().db, author, claimId, linkId),
    'claims.delete': ({ id }) => {
      deleteClaim(requireProject().db, author, id);
      return null;
    },

    'eventTypes.list': () => listEventTypes(requireProject().db),
    'eventTypes.create': (input) => createEventType(requireProject().db, author, input),
    'eventTypes.update': (input) => updateEventType(requireProject().db, author, input),
    'eventTypes.delete': ({ id }) => {
      deleteEventType(requireProject().db, author, id);
      return null;
    },

    'timelines.list': () => listTimelines(requireProject().db),
    'timelines.create': ({ name }) => createTimeline(requireProject().db, author, name),
    'timelines.update': (input) => updateTimeline(requireProject().db, author, input),
    'timelines.saveLayout': ({ timelineId, columnState }) => {
      saveTimelineLayout(requireProject().db, timelineId, columnState);
      return null;
    },
    'timelines.delete': ({ id }) => {
      deleteTimeline(requireProject().db, author, id);
      return null;
    },
    'timelines.importPreview': ({ file, format }) => previewTimelineImport(requireProject().db, file, format),
    'timelines.importCommit': (input) => commitTimelineImport(requireProject().db, author, input),
    'timelines.export': ({ timelineId, format }) => exportTimeline(requireProject().db, timelineId, format),

    'events.list': ({ timelineId }) => listEvents(requireProject().db, { timelineId }),
    'events.get': ({ id }) => getEvent(requireProject().db, id),
    'events.create': (input) => createEvent(requireProject().db, author, input),
    'events.createMany': ({ events }) => ({ ids: createEvents(requireProject().db, author, events) }),
    'events.update': ({ id, ...fields }) => updateEvent(requireProject().db, author, id, fields),
    'events.move': ({ id, beforeId }) => {
      moveEvent(requireProject().db, author, id, beforeId);
      return null;
    },
    'events.addEvidence': ({ eventId, evidence }) => addEventEvidence(requireProject().db, author, eventId, evidence),
    'events.removeEvidence': ({ eventId, evidence }) => removeEventEvidence(requireProject().db, author, eventId, evidence),
    'events.delete': ({ ids }) => {
      deleteEvents(requireProject().db, author, ids);
      return null;
    },
    'events.suggestDates': (input) => suggestEventDates(requireProject().db, input),
    'events.createFromEvidence': (input) => createEventFromEvidence(requireProject().db, author, input),

    'memos.list': () => listMemos(requireProject().db),
    'memos.get': ({ id }) => getMemo(requireProject().db, id),
    'memos.create': (input) => createMemo(requireProject().db, author, input),
    'memos.save': (input) => saveMemo(requireProject().db, author, input),
    'memos.rename': ({ id, title }) => renameMemo(requireProject().db, author, id, title),
    'memos.duplicate': ({ id, title }) => duplicateMemo(requireProject().db, author, id, title),
    'memos.delete': ({ id }) => {
      deleteMemo(requireProject().db, author, id);
      return null;
    },
    'memos.versions.list': ({ memoId }) => listVersions(requireProject().db, memoId),
    'memos.versions.get': ({ id }) => getVersion(requireProject().db, id),
    'memos.snapshot': ({ id, name }) => snapshotMemo(requireProject().db, author, id, name),
    'memos.restoreVersion': ({ versionId }) => restoreVersion(requireProject().db, author, versionId),
    'memos.citations': ({ refs }) => citationInfos(requireProject().db, refs),
    'memos.liveBlock': ({ block }) => liveBlockContent(requireProject().db, block),
    'memos.export': (input) => exportMemo(requireProject().db, input.id, input.format, input.options),

    'templates.list': () => listTemplates(requireProject().db),
    'templates.get': ({ id }) => getTemplate(requireProject().db, id),
    'templates.saveFromMemo': (input) => saveTemplateFromMemo(requireProject().db, author, input),
    'templates.replaceFromMemo': (input) => replaceTemplateFromMemo(requireProject().db, author, input),
    'templates.rename': ({ id, name }) => renameTemplate(requireProject().db, author, id, name),
    'templates.delete': ({ id }) => {
      deleteTemplate(requireProject().db, author, id);
      return null;
    },
  };

  async function dispatch(method: string, rawInput: unknown): Promise<Envelope<unknown>> {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Dossier has no operation called “${String(method).slice(0, 80)}”.` } };
    }
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'BAD_INPUT', message: `Invalid request for ${method}: ${z.prettifyError(parsed.error)}` } };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const result = await handler(parsed.data);
      const topics = changedTopics[method];
      if (topics && current) {
        emit('project.changed', { topics });
        indexSoon();
        // Hourly while edited: the first edit an hour after the last backup makes one.
        if (!method.startsWith('backups.') && now() - lastBackupAt >= HOURLY_MS) {
          lastBackupAt = now();
          backupInBackground('hourly');
        }
      }
      return { ok: true, result };
    } catch (error) {
      if (error instanceof DossierError) return { ok: false, error: error.toPayload() };
      // A programming error: keep the details in the log, give the user something plain.
      console.error(`[dossier] ${method} failed`, error);
      return { ok: false, error: { code: 'INTERNAL', message: `Something went wrong in ${method}: ${(error as Error).message}` } };
    }
  }

  /**
   * After a write has answered: the search index catches up with what it
   * marked, 25 ms at a time so other calls get in between (a batch import
   * of thousands of sources indexes in the background); search also catches
   * up, before it reads.
   */
  let indexing: NodeJS.Immediate | null = null;
  function indexSoon(): void {
    if (indexing) return;
    indexing = setImmediate(() => {
      indexing = null;
      const db = current?.db;
      if (!db?.open) return;
      try {
        if (flushSearchIndex(db, { maxMs: 25 }) > 0) indexSoon();
      } catch (error) {
        console.error('[dossier] search index update failed; the next search retries it', error);
      }
    });
  }

  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentProjectPath: () => current?.path ?? null,
    backupNow,
    takeDownload(downloadId) {
      const staged = downloads.get(downloadId);
      if (!staged) return null;
      forgetDownload(downloadId, false);
      return { path: staged.path, fileName: staged.fileName };
    },
    close() {
      exchange.disposeStaged();
      closeCurrent();
      importJobs.cancelAll();
      for (const id of Array.from(downloads.keys())) forgetDownload(id, true);
      if (downloadsDir) fs.rmSync(downloadsDir, { recursive: true, force: true });
      downloadsDir = null;
    },
  };
}
