/**
 * The one declaration of Dossier's API. Core implements it, Electron's main
 * process and the browser-mode server carry it, the renderer calls it. Every
 * input is validated against these schemas at the boundary.
 */
import { z } from 'zod';
import { claimOrderFields, MAX_CLAIMS_PAGE } from '../claims/claimOrder';
import { MAX_FILES_PER_IMPORT, MAX_FILES_PER_JOB, MAX_PASTE_CHARS, MAX_SOURCE_FILE_BYTES } from '../sources/sourceLimits';
import { searchKinds } from './types';
import type {
  Annotation,
  Claim,
  ClaimTable,
  Entity,
  EntityPage,
  EntitySuggestion,
  EntitySummary,
  SourceMention,
  AppInfo,
  ImportJobState,
  ImportResult,
  Label,
  LabelledHighlight,
  ProjectFileInfo,
  ProjectInfo,
  RecentProject,
  SavedSearch,
  SearchResponse,
  Source,
  SourceSummary,
  TrashItem,
} from './types';
import type {
  DateSuggestion,
  EventList,
  EventType,
  ImportCommitResult,
  ImportPreview,
  Timeline,
  TimelineEvent,
  TimelineExport,
  TimelineList,
} from './timelineTypes';
import type {
  CitationInfo,
  Memo,
  MemoExport,
  MemoSaveResult,
  MemoSummary,
  MemoTemplate,
  MemoTemplateSummary,
  MemoVersion,
  MemoVersionSummary,
} from './memoTypes';
import type { QdpxExport, QdpxImport, WebAnnotationExport } from './interopTypes';
import { MAX_QDPX_BYTES } from '../interop/qdpxLimits';
import type { ExchangeHistoryEntry, MergeConflict, MergePreview, MergeResult } from './exchangeTypes';
import type { BackupInfo, BackupList, RestoreResult } from './backupTypes';
import type { ExportPreview, ExportResult } from './exportTypes';
import type { BlockContent } from '../memos/memoDoc';
import { liveBlockSchema, memoDocInput } from '../memos/memoDocSchema';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the result type only. */
  output: O;
}

/** `method<Result>()(inputSchema)`: the input type comes from the schema, the result type is named. */
function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, output: undefined as O });
}

const id = z.string().min(1).max(64);
const searchFilters = z
  .object({
    kinds: z.array(z.enum(searchKinds)).max(searchKinds.length).optional(),
    sourceId: id.optional(),
    labelId: id.optional(),
    from: z.string().trim().max(100).optional(),
    to: z.string().trim().max(100).optional(),
    minGrade: z.string().regex(/^[A-F][1-6]$/, 'a grade like B2').optional(),
  })
  .strict();
const shortText = z.string().max(2000);
const reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #e8a33d');
const projectName = z
  .string()
  .trim()
  .min(1, 'a project needs a name')
  .max(120, 'a project name has at most 120 characters');
// Base64 of the largest accepted file, plus headroom so core (not the schema) gives the size message.
const maxBase64 = Math.ceil((MAX_SOURCE_FILE_BYTES * 4) / 3) * 2;
const uploadedFile = z.object({
  name: z.string().min(1).max(500),
  dataBase64: z.string().max(maxBase64),
});
const empty = z.object({}).strict();

const entityKind = z.enum(['person', 'organization', 'place', 'event', 'other']);
const entityName = z.string().trim().min(2, 'a name has at least 2 characters').max(300);
const aliasText = z.string().trim().min(2, 'an alias has at least 2 characters').max(300);
const edtfText = z.string().trim().max(100);
const entityFields = {
  description: z.string().max(2000).optional(),
  notes: z.string().max(100_000).optional(),
  dateEdtf: edtfText.optional(),
};
const claimStatement = z.string().trim().min(1, 'a claim needs a statement').max(20_000);
const claimFields = {
  asserterEntityId: id.nullable().optional(),
  asserterText: z.string().trim().max(500).optional(),
  entities: z
    .array(z.object({ entityId: id, role: z.enum(['subject', 'object', 'mentioned']) }).strict())
    .max(200)
    .optional(),
  dateEdtf: edtfText.optional(),
  status: z.enum(['unverified', 'corroborated', 'disputed', 'refuted']).optional(),
  reliability: reliability.optional(),
  credibility: z.number().int().min(1).max(6).optional(),
  notes: z.string().max(100_000).optional(),
};

const eventTitle = z.string().trim().min(1, 'an event needs a title').max(1000);
const evidenceRef = z.object({ kind: z.enum(['claim', 'annotation', 'source']), refId: id }).strict();
const eventFields = {
  description: z.string().max(100_000).optional(),
  /** Kept as typed, even when it is not valid EDTF (the grid marks it). */
  dateEdtf: z.string().max(200).optional(),
  typeId: id.nullable().optional(),
  placeEntityId: id.nullable().optional(),
  entityIds: z.array(id).max(500).optional(),
  timelineIds: z.array(id).max(200).optional(),
};
const newEvent = z.object({ ...eventFields, title: eventTitle, evidence: z.array(evidenceRef).max(500).optional() }).strict();
const timelineName = z.string().trim().min(1, 'a timeline needs a name').max(200);
const timelineFile = z.enum(['csv', 'timelinejs']);

const memoTitle = z.string().trim().min(1, 'a memo needs a title').max(300, 'a memo title has at most 300 characters');
const templateName = z.string().trim().min(1, 'a template needs a name').max(200);
const templateId = z.string().min(1).max(64);
const citationRef = z.object({ kind: z.enum(['claim', 'annotation']), refId: id }).strict();
const millimetres = z.number().min(0).max(80);
const exportOptions = z
  .object({
    pageSize: z.enum(['A4', 'Letter']).default('A4'),
    margins: z.object({ top: millimetres, right: millimetres, bottom: millimetres, left: millimetres }).strict().default({ top: 20, right: 20, bottom: 20, left: 20 }),
    // One line: it is printed at the top and bottom of every page.
    marking: z.string().trim().max(200, 'a marking has at most 200 characters').regex(/^[^\r\n]*$/, 'a marking is one line').default(''),
    /** YYYY-MM-DD; omitted: today; '': no date. */
    date: z.union([z.literal(''), z.iso.date('a date like 2026-03-27')]).optional(),
  })
  .strict();

const sourceMeta = {
  title: z.string().trim().max(500).optional(),
  outlet: shortText.optional(),
  author: shortText.optional(),
  published: z.string().max(100).optional(),
  url: z.string().max(4000).optional(),
  reliability: reliability.optional(),
  notes: z.string().max(100_000).optional(),
};

const exportScope = z
  .object({
    sourceIds: z.array(id).min(1, 'choose at least one source').max(100_000).optional(),
    includeMemos: z.boolean(),
    includeDrafts: z.boolean(),
  })
  .strict();
const backupId = z.string().min(1).max(100);

export const contract = {
  'app.info': method<AppInfo>()(empty),

  'projects.list': method<ProjectFileInfo[]>()(empty),
  'projects.recent': method<RecentProject[]>()(empty),
  'projects.current': method<ProjectInfo | null>()(empty),
  'projects.create': method<ProjectInfo>()(
    z.object({ name: projectName, path: z.string().min(1).max(4096).optional() }).strict(),
  ),
  'projects.open': method<ProjectInfo>()(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
  ),
  /** Browser mode: a .dossier uploaded from disk is checked, copied into the projects folder and opened. */
  'projects.upload': method<ProjectInfo>()(uploadedFile.strict()),
  'projects.openSample': method<ProjectInfo>()(empty),
  'projects.close': method<null>()(empty),
  'projects.rename': method<ProjectInfo>()(
    z.object({ name: projectName }).strict(),
  ),
  'projects.forgetRecent': method<RecentProject[]>()(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
  ),

  'sources.list': method<SourceSummary[]>()(empty),
  'sources.get': method<Source>()(z.object({ id }).strict()),
  'sources.addText': method<ImportResult>()(
    z.object({ ...sourceMeta, text: z.string().max(MAX_PASTE_CHARS, 'pasted text is limited to 20 MB') }).strict(),
  ),
  'sources.importFiles': method<ImportResult[]>()(
    z
      .object({
        files: z.array(uploadedFile.strict()).min(1).max(MAX_FILES_PER_IMPORT, `at most ${MAX_FILES_PER_IMPORT} files at once`),
      })
      .strict(),
  ),
  /** Starts a batch import of `total` files; they are sent with sources.importJob.add. Progress: event import.progress. */
  'sources.importJob.start': method<{ jobId: string }>()(
    z
      .object({
        total: z.number().int().min(1).max(MAX_FILES_PER_JOB, `at most ${MAX_FILES_PER_JOB} files in one import`),
        /** Hold PDFs with headers/footers or hyphenation for review instead of importing them cleaned up. */
        reviewImperfect: z.boolean().default(true),
      })
      .strict(),
  ),
  /**
   * Sends the next files of a batch (a few at a time: requests stay small). Answers when the job has
   * room for more; cancelled: stop sending. A file the UI could not read comes with its problem instead.
   */
  'sources.importJob.add': method<{ cancelled: boolean }>()(
    z
      .object({
        jobId: id,
        files: z
          .array(z.union([uploadedFile.strict(), z.object({ name: z.string().min(1).max(500), problem: z.string().min(1).max(2000) }).strict()]))
          .min(1)
          .max(MAX_FILES_PER_IMPORT),
      })
      .strict(),
  ),
  /** Stops a batch import: files already imported stay, the rest are not read. */
  'sources.importJob.cancel': method<null>()(z.object({ jobId: id }).strict()),
  'sources.importJob.get': method<ImportJobState>()(z.object({ jobId: id }).strict()),
  /** Imports a PDF held for review, with the reviewer's cleanup choices. */
  'sources.importReviewed': method<ImportResult>()(
    z
      .object({
        name: z.string().min(1).max(500),
        pages: z.array(z.array(z.string().max(100_000)).max(20_000)).min(1).max(5000),
        stripRepeated: z.boolean(),
        joinHyphens: z.boolean(),
        title: z.string().trim().max(500).optional(),
        author: shortText.optional(),
      })
      .strict(),
  ),
  'sources.update': method<Source>()(
    z.object({ id, patch: z.object(sourceMeta).strict() }).strict(),
  ),
  'sources.delete': method<null>()(z.object({ id }).strict()),

  'annotations.list': method<Annotation[]>()(z.object({ sourceId: id }).strict()),
  'annotations.create': method<Annotation>()(
    z
      .object({
        sourceId: id,
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        note: z.string().max(100_000).optional(),
        labelIds: z.array(id).max(100).optional(),
        entityIds: z.array(id).max(200).optional(),
      })
      .strict(),
  ),
  'annotations.update': method<Annotation>()(
    z
      .object({
        id,
        note: z.string().max(100_000).optional(),
        labelIds: z.array(id).max(100).optional(),
        entityIds: z.array(id).max(200).optional(),
      })
      .strict(),
  ),
  'annotations.delete': method<null>()(z.object({ id }).strict()),
  /** Every live highlight that carries a label, across sources, in source and text order. */
  'annotations.byLabel': method<LabelledHighlight[]>()(z.object({ labelId: id }).strict()),

  'labels.list': method<Label[]>()(empty),
  'labels.create': method<Label>()(
    z.object({ name: z.string().trim().min(1, 'a label needs a name').max(80), color }).strict(),
  ),
  'labels.update': method<Label>()(
    z.object({ id, name: z.string().trim().min(1, 'a label needs a name').max(80).optional(), color: color.optional() }).strict(),
  ),
  'labels.delete': method<null>()(z.object({ id }).strict()),

  'trash.list': method<TrashItem[]>()(empty),
  'trash.restore': method<null>()(
    z.object({ kind: z.enum(['source', 'annotation', 'label', 'entity', 'claim', 'event', 'timeline', 'eventType', 'memo', 'memoTemplate', 'savedSearch']), id }).strict(),
  ),

  'entities.list': method<EntitySummary[]>()(z.object({ kind: entityKind.optional() }).strict()),
  /** The entity page: aliases, mentions with context, claims by and about it, co-occurring entities. */
  'entities.get': method<EntityPage>()(z.object({ id, mentionLimit: z.number().int().min(0).max(20_000).optional() }).strict()),
  'entities.create': method<Entity>()(
    z.object({ ...entityFields, kind: entityKind, name: entityName, aliases: z.array(aliasText).max(200).optional() }).strict(),
  ),
  'entities.update': method<Entity>()(z.object({ id, ...entityFields, kind: entityKind.optional(), name: entityName.optional() }).strict()),
  'entities.addAlias': method<Entity>()(z.object({ entityId: id, alias: aliasText }).strict()),
  'entities.removeAlias': method<Entity>()(z.object({ aliasId: id }).strict()),
  /** Brings a removed alias back as it was (same id): undo of a removal. */
  'entities.restoreAlias': method<Entity>()(z.object({ aliasId: id }).strict()),
  'entities.delete': method<null>()(z.object({ id }).strict()),
  /** Moves aliases, mentions and claims of `fromId` to `intoId`; undone by restoring `fromId` from the Trash. */
  'entities.merge': method<Entity>()(z.object({ fromId: id, intoId: id }).strict()),
  'entities.suggest': method<EntitySuggestion[]>()(z.object({ sourceId: id }).strict()),
  'entities.dismissSuggestion': method<null>()(z.object({ key: z.string().min(1).max(500) }).strict()),
  /** Suggests a dismissed name again: undo of a dismissal. */
  'entities.undismissSuggestion': method<null>()(z.object({ key: z.string().min(1).max(500) }).strict()),
  'mentions.forSource': method<SourceMention[]>()(z.object({ sourceId: id }).strict()),

  /**
   * Compact rows (see ClaimTable): the grid lists every claim. With `limit`, only the first claims in
   * `orderBy` (default: newest first), so that the grid can show its first screenful before the rest.
   */
  'claims.list': method<ClaimTable>()(
    z
      .object({
        entityId: id.optional(),
        limit: z.number().int().min(1).max(MAX_CLAIMS_PAGE).optional(),
        orderBy: z.object({ field: z.enum(claimOrderFields), descending: z.boolean() }).strict().optional(),
      })
      .strict(),
  ),
  'claims.get': method<Claim>()(z.object({ id }).strict()),
  'claims.create': method<Claim>()(
    z
      .object({
        ...claimFields,
        statement: claimStatement,
        annotationIds: z.array(id).max(500),
        /** A passage not highlighted yet (the reader's Make claim on a selection): highlighted in the same transaction. */
        passage: z.object({ sourceId: id, start: z.number().int().min(0), end: z.number().int().min(0) }).strict().optional(),
      })
      .strict()
      .refine((input) => input.annotationIds.length > 0 || input.passage !== undefined, {
        message: 'a claim cites at least one passage',
        path: ['annotationIds'],
      }),
  ),
  'claims.update': method<Claim>()(z.object({ id, ...claimFields, statement: claimStatement.optional() }).strict()),
  'claims.cite': method<Claim>()(z.object({ claimId: id, annotationId: id }).strict()),
  'claims.uncite': method<Claim>()(z.object({ claimId: id, annotationId: id }).strict()),
  'claims.link': method<Claim>()(z.object({ fromId: id, toId: id, relation: z.enum(['supports', 'contradicts']) }).strict()),
  'claims.unlink': method<Claim>()(z.object({ claimId: id, linkId: id }).strict()),
  'claims.delete': method<null>()(z.object({ id }).strict()),

  'eventTypes.list': method<EventType[]>()(empty),
  'eventTypes.create': method<EventType>()(z.object({ name: z.string().trim().min(1, 'a type needs a name').max(80), color }).strict()),
  'eventTypes.update': method<EventType>()(
    z
      .object({ id, name: z.string().trim().min(1, 'a type needs a name').max(80).optional(), color: color.optional(), position: z.number().int().min(0).optional() })
      .strict(),
  ),
  /** To the Trash; its events keep their place and lose the type until it is restored. */
  'eventTypes.delete': method<null>()(z.object({ id }).strict()),

  'timelines.list': method<TimelineList>()(empty),
  'timelines.create': method<Timeline>()(z.object({ name: timelineName }).strict()),
  'timelines.update': method<Timeline>()(z.object({ id, name: timelineName.optional(), position: z.number().int().min(0).optional() }).strict()),
  /** Remembers the grid's column layout for a timeline, or for "All events" when timelineId is null. */
  'timelines.saveLayout': method<null>()(z.object({ timelineId: id.nullable(), columnState: z.string().max(50_000) }).strict()),
  /** To the Trash; its events stay in the project (and on other timelines). */
  'timelines.delete': method<null>()(z.object({ id }).strict()),
  /** Reads a CSV or TimelineJS spreadsheet (any encoding) and reports per row what would be imported; changes nothing. */
  'timelines.importPreview': method<ImportPreview>()(
    z.object({ file: uploadedFile, format: timelineFile.optional() }).strict(),
  ),
  /** Imports a previewed file into a timeline (an existing one, or a new one by name), in one transaction. */
  'timelines.importCommit': method<ImportCommitResult>()(
    z
      .object({ token: z.string().min(1).max(100), timelineId: id.optional(), newTimelineName: timelineName.optional(), skipInvalid: z.boolean() })
      .strict(),
  ),
  /** CSV (all fields) or the TimelineJS spreadsheet format, cells neutralised against formula injection. */
  'timelines.export': method<TimelineExport>()(z.object({ timelineId: id.nullable(), format: timelineFile }).strict()),

  /** All events, or one timeline's, as compact rows. */
  'events.list': method<EventList>()(z.object({ timelineId: id.optional() }).strict()),
  'events.get': method<TimelineEvent>()(z.object({ id }).strict()),
  'events.create': method<TimelineEvent>()(newEvent),
  /** Adds many events at once (pasted spreadsheet rows), in one transaction. */
  'events.createMany': method<{ ids: string[] }>()(z.object({ events: z.array(newEvent).min(1).max(100_000) }).strict()),
  'events.update': method<TimelineEvent>()(z.object({ id, ...eventFields, title: eventTitle.optional() }).strict()),
  /** Manual order among events that sort the same: place `id` just before `beforeId` (or last when null). */
  'events.move': method<null>()(z.object({ id, beforeId: id.nullable() }).strict()),
  'events.addEvidence': method<TimelineEvent>()(z.object({ eventId: id, evidence: evidenceRef }).strict()),
  'events.removeEvidence': method<TimelineEvent>()(z.object({ eventId: id, evidence: evidenceRef }).strict()),
  /** To the Trash. */
  'events.delete': method<null>()(z.object({ ids: z.array(id).min(1).max(100_000) }).strict()),
  /** Dates mentioned in a passage or claim, relative phrases resolved against the source's published date. */
  'events.suggestDates': method<DateSuggestion[]>()(
    z.object({ annotationId: id.optional(), claimId: id.optional() }).strict(),
  ),
  /** One action from text to event: the passage (or the claim and its passages) becomes the evidence. */
  'events.createFromEvidence': method<TimelineEvent>()(
    z
      .object({
        annotationId: id.optional(),
        claimId: id.optional(),
        title: eventTitle.optional(),
        dateEdtf: z.string().max(200).optional(),
        typeId: id.nullable().optional(),
        timelineIds: z.array(id).max(200).optional(),
      })
      .strict(),
  ),

  /** Every memo (newest change first), without documents. */
  'memos.list': method<MemoSummary[]>()(empty),
  'memos.get': method<Memo>()(z.object({ id }).strict()),
  /** A new memo from a template (built-in or the analyst's); blank when templateId is omitted. */
  'memos.create': method<Memo>()(z.object({ title: memoTitle, templateId: templateId.optional() }).strict()),
  /**
   * Autosave: the editor's whole document. Refused with CONFLICT when the memo's revision is no longer
   * baseRevision (saved elsewhere meanwhile); the refused document is then kept as a 'conflict' version.
   */
  'memos.save': method<MemoSaveResult>()(z.object({ id, doc: memoDocInput, baseRevision: z.number().int().min(0) }).strict()),
  'memos.rename': method<MemoSummary>()(z.object({ id, title: memoTitle }).strict()),
  /** A copy with its own history (none yet); titled "… (copy)" unless a title is given. */
  'memos.duplicate': method<Memo>()(z.object({ id, title: memoTitle.optional() }).strict()),
  /** To the Trash (trash.restore kind 'memo'). */
  'memos.delete': method<null>()(z.object({ id }).strict()),
  /** A memo's versions, newest first, without documents. */
  'memos.versions.list': method<MemoVersionSummary[]>()(z.object({ memoId: id }).strict()),
  /** One version with its document, to view it. */
  'memos.versions.get': method<MemoVersion>()(z.object({ id }).strict()),
  /** A named (or unnamed) snapshot of the memo as saved now. */
  'memos.snapshot': method<MemoVersionSummary>()(z.object({ id, name: z.string().trim().max(200).optional() }).strict()),
  /** Makes a version the memo's document again; the memo as it was is kept first as a 'beforeRestore' version. */
  'memos.restoreVersion': method<Memo>()(z.object({ versionId: id }).strict()),
  /** What citations point at (quote, source, date, grade, where in the reader), in the order asked. */
  'memos.citations': method<CitationInfo[]>()(z.object({ refs: z.array(citationRef).max(10_000) }).strict()),
  /** What a live block shows now, from the project: to display it, or to freeze it (store the answer as its `frozen`). */
  'memos.liveBlock': method<BlockContent>()(z.object({ block: liveBlockSchema }).strict()),
  /**
   * Renders the stored memo (not the screen) for export: HTML (one standalone file), Markdown, DOCX (base64),
   * or the print view (HTML with paged-media CSS) that the host prints to PDF. Citations to deleted evidence
   * render as "[source removed]" and are listed in removedSources; they never make an export fail.
   */
  'memos.export': method<MemoExport>()(
    z.object({ id, format: z.enum(['html', 'markdown', 'docx', 'printHtml']), options: exportOptions.default({ pageSize: 'A4', margins: { top: 20, right: 20, bottom: 20, left: 20 }, marking: '' }) }).strict(),
  ),

  /** Built-in templates first, then the analyst's own by name. */
  'templates.list': method<MemoTemplateSummary[]>()(empty),
  'templates.get': method<MemoTemplate>()(z.object({ id: templateId }).strict()),
  /** Saves a memo's current document as a new template of the analyst's. */
  'templates.saveFromMemo': method<MemoTemplate>()(
    z.object({ memoId: id, name: templateName, description: z.string().trim().max(500).optional() }).strict(),
  ),
  /** Replaces an analyst's template with a memo's document; the previous version goes to the Trash. */
  'templates.replaceFromMemo': method<MemoTemplate>()(z.object({ id: templateId, memoId: id }).strict()),
  'templates.rename': method<MemoTemplateSummary>()(z.object({ id: templateId, name: templateName }).strict()),
  /** To the Trash (trash.restore kind 'memoTemplate'); built-in templates cannot be deleted. */
  'templates.delete': method<null>()(z.object({ id: templateId }).strict()),

  /** The open project as a REFI-QDA project (.qdpx, base64): sources, labels as codes, highlights, notes, entities as cases. */
  'interop.exportQdpx': method<QdpxExport>()(empty),
  /**
   * (The schema allows twice the size limit so that core, not the schema, says what is too large.)
   * A .qdpx from QDA software (or Dossier) becomes a new project, which is then open. Checked completely before
   * anything is written; written in one transaction; a refused file leaves no trace and the open project as it was.
   */
  'interop.importQdpx': method<QdpxImport>()(
    z.object({ name: z.string().min(1).max(500), dataBase64: z.string().max(Math.ceil((MAX_QDPX_BYTES * 4) / 3) * 2) }).strict(),
  ),

  /** What "Export project file…" would put in the file, for the dialog's summary; changes nothing. */
  'exchange.exportPreview': method<ExportPreview>()(exportScope),
  /**
   * A consistent single-file snapshot of the open project (VACUUM INTO, then trimmed to the scope), stamped
   * exported_by / exported_at / export_scope. Staged for the host to deliver: shell.saveDownload(downloadId, fileName).
   */
  'exchange.exportProject': method<ExportResult>()(exportScope),

  /** The open project's backups, newest first. */
  'backups.list': method<BackupList>()(empty),
  /** "Back up now". */
  'backups.create': method<BackupInfo>()(empty),
  /** Replaces the open project's content with a backup, after backing up the current state (undo: restore undoBackupId). */
  'backups.restore': method<RestoreResult>()(z.object({ id: backupId }).strict()),

  /** Every highlight as W3C Web Annotations (JSON-LD AnnotationCollection). */
  'interop.exportWebAnnotations': method<WebAnnotationExport>()(empty),

  /** Grouped by kind, best first in each, with every kind's total; never an error for what was typed. */
  'search.query': method<SearchResponse>()(
    z
      .object({
        q: z.string().max(500),
        filters: searchFilters.optional(),
        /** Results listed per kind (the totals count them all). */
        perKind: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
  ),
  'search.saved.list': method<SavedSearch[]>()(empty),
  'search.saved.save': method<SavedSearch>()(
    z.object({ name: z.string().trim().min(1).max(200), query: z.string().max(500), filters: searchFilters }).strict(),
  ),
  /** To the Trash (trash.restore kind 'savedSearch'). */
  'search.saved.delete': method<null>()(z.object({ id }).strict()),

  /**
   * Team exchange: checks a colleague's project file (a path from the desktop's open dialog, or an upload in
   * browser mode), keeps it staged and says what merging it would change. Nothing is written.
   */
  'exchange.previewMerge': method<MergePreview & { stagingId: string }>()(
    z.union([z.object({ path: z.string().min(1).max(4096) }).strict(), z.object({ file: uploadedFile.strict() }).strict()]),
  ),
  /** Merges the staged file in one transaction; on any error nothing changes. */
  'exchange.applyMerge': method<MergeResult>()(z.object({ stagingId: id }).strict()),
  /** Forgets a staged file without merging it. */
  'exchange.cancelMerge': method<null>()(z.object({ stagingId: id }).strict()),
  'exchange.conflicts': method<MergeConflict[]>()(z.object({ includeResolved: z.boolean().optional() }).strict()),
  /** Keep mine / take theirs: the chosen version becomes the row (a fresh edit when it is not the one kept). */
  'exchange.resolveConflict': method<MergeConflict>()(z.object({ id, keep: z.enum(['mine', 'theirs']) }).strict()),
  'exchange.history': method<ExchangeHistoryEntry[]>()(empty),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];
/** Input after validation (defaults applied, strings trimmed): what core handlers receive. */
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;

/** What the renderer sees: one async function per declared method. */
export type DossierApi = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export type { DossierEvents, EventName } from './events';
export { eventNames } from './events';
