import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { DossierError } from '../../../shared/api/errors';
import type { Memo, MemoSummary, MemoTemplateSummary, MemoVersion, MemoVersionKind } from '../../../shared/api/memoTypes';
import type { MemoDoc } from '../../../shared/memos/memoDoc';
import { memoStats } from '../../../shared/memos/memoStats';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { QueryProvider } from '../../../renderer/api/QueryContext';
import { NoticeProvider } from '../../../renderer/ui/Notices';
import { createFakeClient } from '../fakeClient';

const TEMPLATES: MemoTemplateSummary[] = [
  { id: 'builtin:blank', name: 'Blank', description: 'An empty memo.', builtin: true, updatedAt: null },
  { id: 'builtin:bluf', name: 'BLUF', description: 'Bottom line up front.', builtin: true, updatedAt: null },
  { id: 't-weekly', name: 'Weekly note', description: '', builtin: false, updatedAt: '2026-03-01T10:00:00.000Z' },
];

const withoutDoc = ({ doc: _doc, ...rest }: MemoVersion) => rest;
const summary = ({ doc: _doc, templateId: _t, ...rest }: Memo): MemoSummary => rest;

/** An in-memory memo store behind the fake client: enough for the Memos view's list and editor. */
export function fakeMemosApi(initial: { title: string; doc?: MemoDoc }[] = []) {
  let clock = Date.parse('2026-03-27T09:00:00.000Z');
  const tick = () => new Date((clock += 60_000)).toISOString();
  const memos: Memo[] = [];
  const trash = new Set<string>();
  let next = 1;
  const make = (title: string, doc: MemoDoc, templateId: string | null): Memo => {
    const at = tick();
    const stats = memoStats(doc);
    const memo: Memo = {
      id: `m${next++}`,
      title,
      doc,
      templateId,
      revision: 0,
      wordCount: stats.wordCount,
      citationCount: stats.citationCount,
      createdAt: at,
      updatedAt: at,
      createdBy: 'analyst',
      updatedBy: 'analyst',
    };
    memos.push(memo);
    return memo;
  };
  for (const m of initial) make(m.title, m.doc ?? { type: 'doc', content: [{ type: 'paragraph' }] }, null);
  const live = (id: string): Memo => {
    const memo = memos.find((m) => m.id === id && !trash.has(id));
    if (!memo) throw new DossierError('NOT_FOUND', 'That memo no longer exists.');
    return memo;
  };

  const templates = [...TEMPLATES];
  const versions: MemoVersion[] = [];
  const keep = (memo: Memo, kind: MemoVersionKind, name = ''): MemoVersion => {
    const version: MemoVersion = {
      id: `v${versions.length + 1}`,
      memoId: memo.id,
      kind,
      name,
      title: memo.title,
      revision: memo.revision,
      wordCount: memo.wordCount,
      createdAt: tick(),
      createdBy: 'analyst',
      doc: structuredClone(memo.doc),
    };
    versions.push(version);
    return version;
  };

  const fake = createFakeClient({
    'memos.list': () => memos.filter((m) => !trash.has(m.id)).toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map(summary),
    'memos.get': ({ id }) => structuredClone(live(id)),
    'memos.create': ({ title, templateId }) => make(title, { type: 'doc', content: [{ type: 'paragraph' }] }, templateId ?? null),
    'memos.rename': ({ id, title }) => {
      const memo = live(id);
      memo.title = title;
      memo.updatedAt = tick();
      return summary(memo);
    },
    'memos.duplicate': ({ id }) => {
      const memo = live(id);
      return make(`${memo.title} (copy)`, structuredClone(memo.doc), memo.templateId);
    },
    'memos.delete': ({ id }) => {
      live(id);
      trash.add(id);
      return null;
    },
    'memos.save': ({ id, doc, baseRevision }) => {
      const memo = live(id);
      if (memo.revision !== baseRevision) throw new DossierError('CONFLICT', 'This memo was saved elsewhere meanwhile.');
      const stats = memoStats(doc as MemoDoc);
      Object.assign(memo, { doc, revision: memo.revision + 1, updatedAt: tick(), ...stats });
      return { revision: memo.revision, updatedAt: memo.updatedAt, ...stats, autoVersionId: null };
    },
    'memos.citations': ({ refs }) =>
      refs.map((r) => ({ ...r, removed: false, statement: '', quote: '', sourceId: null, sourceTitle: '', outlet: '', published: '', grade: '', start: null, end: null })),
    'trash.restore': ({ id }) => {
      trash.delete(id);
      return null;
    },
    'memos.versions.list': ({ memoId }) => versions.filter((v) => v.memoId === memoId).toReversed().map(withoutDoc),
    'memos.versions.get': ({ id }) => {
      const version = versions.find((v) => v.id === id);
      if (!version) throw new DossierError('NOT_FOUND', 'That version no longer exists.');
      return structuredClone(version);
    },
    'memos.snapshot': ({ id, name }) => withoutDoc(keep(live(id), 'named', name ?? '')),
    'memos.restoreVersion': ({ versionId }) => {
      const version = versions.find((v) => v.id === versionId);
      if (!version) throw new DossierError('NOT_FOUND', 'That version no longer exists.');
      const memo = live(version.memoId);
      keep(memo, 'beforeRestore');
      Object.assign(memo, { doc: structuredClone(version.doc), revision: memo.revision + 1, updatedAt: tick(), ...memoStats(version.doc) });
      return structuredClone(memo);
    },
    'templates.list': () => templates,
    'templates.saveFromMemo': ({ memoId, name, description }) => {
      const memo = live(memoId);
      const template: MemoTemplateSummary = { id: `t${templates.length + 1}`, name, description: description ?? '', builtin: false, updatedAt: tick() };
      templates.push(template);
      return { ...template, doc: structuredClone(memo.doc) };
    },
    'templates.replaceFromMemo': ({ id, memoId }) => {
      const memo = live(memoId);
      const template = templates.find((x) => x.id === id);
      if (!template) throw new DossierError('NOT_FOUND', 'That template no longer exists.');
      template.updatedAt = tick();
      return { ...template, doc: structuredClone(memo.doc) };
    },
  });

  const renderWithApi = (ui: ReactNode) =>
    render(
      <ApiProvider client={fake.client}>
        <NoticeProvider>
          <QueryProvider>{ui}</QueryProvider>
        </NoticeProvider>
      </ApiProvider>,
    );

  return { fake, memos, trash, versions, templates, renderWithApi };
}
