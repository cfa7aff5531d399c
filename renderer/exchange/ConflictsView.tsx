import { useState } from 'react';
import type { MergeConflict } from '../../shared/api/exchangeTypes';
import { useMutate, useQuery } from '../api/QueryContext';
import { EmptyState } from '../ui/EmptyState';
import { formatDateTime, formatRelativeTime } from '../ui/formatDateTime';
import { useNotices } from '../ui/Notices';
import { exchangeStrings as s } from './exchangeStrings';
import { useMergeCommand } from './MergeCommandContext';

/** Columns a person can read and compare; ids, stamps and derived counts are left out. */
const HIDDEN = new Set([
  'id',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'deleted_by',
  'revision',
  'word_count',
  'citation_count',
  'date_earliest',
  'date_latest',
  'manual_order',
  'column_state',
  'prefix',
  'suffix',
  'sha256',
  'char_count',
]);

/** A memo's document as plain paragraphs, for reading two versions side by side. */
export function docText(doc: unknown): string {
  let parsed: unknown = doc;
  if (typeof doc === 'string') {
    try {
      parsed = JSON.parse(doc);
    } catch {
      return doc;
    }
  }
  const blocks: string[] = [];
  const inline = (node: unknown): string => {
    if (!node || typeof node !== 'object') return '';
    const n = node as { text?: unknown; content?: unknown };
    if (typeof n.text === 'string') return n.text;
    return Array.isArray(n.content) ? n.content.map(inline).join('') : '';
  };
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: unknown; content?: unknown };
    const children = Array.isArray(n.content) ? n.content : [];
    if (children.some((c) => c && typeof c === 'object' && typeof (c as { text?: unknown }).text === 'string')) blocks.push(inline(n));
    else children.forEach(walk);
  };
  walk(parsed);
  return blocks.join('\n\n');
}

function showValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'doc') return docText(value);
  if (field === 'deleted_at') return formatDateTime(String(value));
  return String(value);
}

function stamp(row: Record<string, unknown>): string {
  return `${String(row.updated_by ?? '')}${row.updated_at ? `, ${formatDateTime(String(row.updated_at))}` : ''}`;
}

function Comparison({ conflict }: { conflict: MergeConflict }) {
  const mine = conflict.mine ?? {};
  const theirs = conflict.theirs ?? {};
  // Ids say nothing to a reader: a link row (a label on a highlight) shows only whether it is there.
  const fields = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((f) => !HIDDEN.has(f) && !f.endsWith('_id'));
  const differing = fields.filter((f) => JSON.stringify(mine[f] ?? null) !== JSON.stringify(theirs[f] ?? null));
  const shown = (differing.length > 0 ? differing : fields).filter((f) => f !== 'deleted_at');
  return (
    <div className="conflict-compare" role="group" aria-label={`${s.compare}: ${conflict.title || s.untitled}`}>
      {(['mine', 'theirs'] as const).map((side) => {
        const row = side === 'mine' ? mine : theirs;
        return (
          <section key={side} className={`conflict-side conflict-${side}`} aria-label={side === 'mine' ? s.mine : s.theirs(conflict.peerName)}>
            <h3>
              {side === 'mine' ? s.mine : s.theirs(conflict.peerName)}
              {conflict.kept === side && <span className="kept-badge"> · {s.conflictColumns.kept}</span>}
            </h3>
            <p className="muted small">{stamp(row)}</p>
            {row.deleted_at ? <p className="conflict-deleted">{s.deletedVersion}</p> : shown.length === 0 ? <p>{s.present}</p> : null}
            <dl>
              {shown.map((f) => (
                <div key={f} className="conflict-field">
                  <dt>{s.fieldNames[f] ?? f.replaceAll('_', ' ')}</dt>
                  <dd className={f === 'doc' ? 'conflict-doc' : undefined}>{showValue(f, row[f])}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}

/** Conflicts left by merges, each settled with Keep mine / Take theirs; then the merge history. */
export function ConflictsView() {
  const [showResolved, setShowResolved] = useState(false);
  const conflicts = useQuery('exchange.conflicts', { includeResolved: showResolved });
  const history = useQuery('exchange.history', {});
  const mutate = useMutate();
  const notices = useNotices();
  const mergeCommand = useMergeCommand();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const list = conflicts.data ?? [];
  const openCount = list.filter((c) => c.resolvedAt === null).length;

  const resolve = async (conflict: MergeConflict, keep: 'mine' | 'theirs') => {
    try {
      await mutate('exchange.resolveConflict', { id: conflict.id, keep });
      notices.notify(s.resolvedNotice(keep, conflict.title || s.untitled), { fullText: conflict.title });
    } catch (error) {
      notices.reportError(error);
    }
  };
  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };

  return (
    <div className="view conflicts-view">
      <div className="view-toolbar">
        <h1 className="view-title">
          {s.viewTitle} {conflicts.data && <span className="count">{openCount}</span>}
        </h1>
        <label className="toolbar-check">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} /> {s.showResolved}
        </label>
        <button type="button" className="small" onClick={mergeCommand}>
          {s.mergeCommand}
        </button>
      </div>
      <div className="view-scroll">
        <div className="page-column wide">
          {conflicts.error && (
            <p className="inline-problem" role="alert">
              {conflicts.error.message}
            </p>
          )}
          {conflicts.data && list.length === 0 ? (
            <EmptyState title={s.emptyTitle}>
              <p>{s.emptyBody}</p>
            </EmptyState>
          ) : (
            <>
              <p className="muted">{s.intro}</p>
              <table className="data-table conflicts-table">
                <thead>
                  <tr>
                    <th scope="col">{s.conflictColumns.kind}</th>
                    <th scope="col">{s.conflictColumns.item}</th>
                    <th scope="col">{s.conflictColumns.kept}</th>
                    <th scope="col">
                      <span className="visually-hidden">{s.conflictColumns.actions}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((c) => (
                    <ConflictRow key={c.id} conflict={c} expanded={open.has(c.id)} onToggle={() => toggle(c.id)} onResolve={(keep) => void resolve(c, keep)} />
                  ))}
                </tbody>
              </table>
            </>
          )}
          <section className="merge-history" aria-labelledby="merge-history-title">
            <h2 id="merge-history-title">{s.historyTitle}</h2>
            {history.data && history.data.length === 0 && <p className="muted">{s.historyEmpty}</p>}
            <ul>
              {(history.data ?? []).map((h) => {
                const sum = (key: 'added' | 'updated' | 'deleted' | 'conflicts') => Object.values(h.counts).reduce((n, c) => n + c[key], 0);
                return (
                  <li key={h.id}>
                    <span title={formatDateTime(h.mergedAt)}>{formatRelativeTime(h.mergedAt)}</span> — {s.historyLine(h.peerName, h.fileName, h.exportedBy)}
                    <div className="muted small">{s.historyCounts(sum('added'), sum('updated'), sum('deleted'), sum('conflicts'))}</div>
                  </li>
                );
              })}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}

function ConflictRow({
  conflict: c,
  expanded,
  onToggle,
  onResolve,
}: {
  conflict: MergeConflict;
  expanded: boolean;
  onToggle: () => void;
  onResolve: (keep: 'mine' | 'theirs') => void;
}) {
  return (
    <>
      <tr className="conflict-row">
        <td>
          <span className={`kind-badge kind-${c.kind}`}>{s.kindOne[c.kind]}</span>
        </td>
        <td>
          <div className="conflict-title">{c.title || s.untitled}</div>
          <div className="muted small">
            {s.withPeer(c.peerName)} · <span title={formatDateTime(c.detectedAt)}>{s.detected(formatRelativeTime(c.detectedAt))}</span>
          </div>
        </td>
        <td className="nowrap">{c.kept === 'mine' ? s.keptMine : s.keptTheirs}</td>
        <td className="actions-cell">
          {c.resolvedAt ? (
            <span className="muted small">{s.resolvedAs(c.resolution ?? c.kept, formatRelativeTime(c.resolvedAt))}</span>
          ) : (
            <>
              <button type="button" className="small" aria-expanded={expanded} onClick={onToggle}>
                {expanded ? s.hideCompare : s.compare}
              </button>{' '}
              <button type="button" className="small" onClick={() => onResolve('mine')}>
                {s.keepMine}
              </button>{' '}
              <button type="button" className="small" onClick={() => onResolve('theirs')}>
                {s.takeTheirs}
              </button>
            </>
          )}
        </td>
      </tr>
      {expanded && (
        <tr className="conflict-detail">
          <td colSpan={4}>
            <Comparison conflict={c} />
          </td>
        </tr>
      )}
    </>
  );
}
