import { mergeAttributes, Node } from '@tiptap/core';
import type { ComponentType } from 'react';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { BlockContent, IndicatorRow, LiveBlockNode } from '../../../shared/memos/memoDoc';
import { useQuery } from '../../api/QueryContext';
import { errorMessage } from '../../ui/errorMessage';
import { memosStrings as s } from '../memosStrings';
import { citationKey } from './citationNumbers';
import { useCitationsInMemo } from './citationsContext';

/** Attributes kept as JSON (objects, arrays) round-trip through HTML (copy and paste) as a data attribute. */
const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function jsonAttribute(key: string, fallback: unknown) {
  const name = kebab(key);
  return {
    default: fallback,
    parseHTML: (element: HTMLElement) => {
      const raw = element.getAttribute(`data-${name}`);
      if (raw === null) return fallback;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return fallback;
      }
    },
    renderHTML: (attributes: Record<string, unknown>) => ({ [`data-${name}`]: JSON.stringify(attributes[key] ?? fallback) }),
  };
}

function textAttribute(key: string) {
  const name = kebab(key);
  return {
    default: null,
    parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`),
    renderHTML: (attributes: Record<string, unknown>) => (attributes[key] === null || attributes[key] === undefined ? {} : { [`data-${name}`]: String(attributes[key]) }),
  };
}

/** A Dossier block: an atom (edited through its own controls, never as text) with a React view. */
function blockNode(name: string, attributes: Record<string, ReturnType<typeof textAttribute> | ReturnType<typeof jsonAttribute>>, view: ComponentType<ReactNodeViewProps>) {
  return Node.create({
    name,
    group: 'block',
    atom: true,
    selectable: true,
    draggable: false,
    addAttributes: () => attributes,
    parseHTML: () => [{ tag: `div[data-memo-block="${name}"]` }],
    renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes({ 'data-memo-block': name }, HTMLAttributes)],
    addNodeView: () => ReactNodeViewRenderer<HTMLElement>(view),
  });
}

export function BlockTable({ content }: { content: BlockContent }) {
  const card = content.columns.length === 0;
  return (
    <>
      {content.title && <div className="memo-block-title">{content.title}</div>}
      {content.rows.length > 0 && (
        <table className={`memo-block-table${card ? ' card' : ''}`}>
          {!card && (
            <thead>
              <tr>
                {content.columns.map((c, i) => (
                  <th key={i}>{c}</th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {content.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (card && c === 0 ? <th key={c}>{cell}</th> : <td key={c}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {content.note && <p className="memo-block-note">{content.note}</p>}
    </>
  );
}

/** What a live block's attributes ask memos.liveBlock for (the frozen content is not sent). */
export function liveBlockQuery(type: LiveBlockNode['type'], attrs: Record<string, unknown>): LiveBlockNode {
  const live = { ...attrs, frozen: null };
  return { type, attrs: live } as unknown as LiveBlockNode;
}

function LiveBlockView({ node, selected, updateAttributes, editor }: ReactNodeViewProps) {
  const type = node.type.name as LiveBlockNode['type'];
  const frozen = (node.attrs.frozen as BlockContent | null) ?? null;
  const live = useQuery('memos.liveBlock', frozen ? null : { block: liveBlockQuery(type, node.attrs) });
  const content = frozen ?? live.data;
  const editable = editor.isEditable;
  return (
    <NodeViewWrapper className={`memo-block memo-live-block${selected ? ' selected' : ''}`} data-block-type={type}>
      <div className="memo-block-bar" contentEditable={false}>
        <span className="memo-block-kind">{s.blockKinds[type]}</span>
        <span className="memo-block-state">{frozen ? s.frozen : editable ? s.live : s.liveNotAsThen}</span>
        {editable && (
          <span className="memo-block-actions">
            {frozen ? (
              <button type="button" className="small quiet" title={s.unfreezeHint} onClick={() => updateAttributes({ frozen: null })}>
                {s.unfreeze}
              </button>
            ) : (
              <>
                <button type="button" className="small quiet" title={s.refreshHint} disabled={live.loading} onClick={() => live.reload()}>
                  {s.refresh}
                </button>
                <button type="button" className="small quiet" title={s.freezeHint} disabled={!live.data} onClick={() => live.data && updateAttributes({ frozen: live.data })}>
                  {s.freeze}
                </button>
              </>
            )}
          </span>
        )}
      </div>
      <div contentEditable={false}>
        {content ? <BlockTable content={content} /> : live.error ? <p className="inline-problem">{errorMessage(live.error)}</p> : <p className="muted">{s.loading}</p>}
      </div>
    </NodeViewWrapper>
  );
}

const EMPTY_INDICATOR: IndicatorRow = { figure: '', label: '', explanation: '' };

function IndicatorsView({ node, updateAttributes, selected, editor }: ReactNodeViewProps) {
  const rows = (node.attrs.rows as IndicatorRow[] | null) ?? [];
  const editable = editor.isEditable;
  const set = (index: number, field: keyof IndicatorRow, value: string) =>
    updateAttributes({ rows: rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)) });
  return (
    <NodeViewWrapper className={`memo-block memo-indicators${selected ? ' selected' : ''}`} data-block-type="indicatorsTable">
      <div className="memo-block-bar" contentEditable={false}>
        <span className="memo-block-kind">{s.blockKinds.indicatorsTable}</span>
        <span className="memo-block-state">{s.indicatorsState}</span>
      </div>
      <table className="memo-block-table" contentEditable={false}>
        <thead>
          <tr>
            <th>{s.indicator.figure}</th>
            <th>{s.indicator.label}</th>
            <th>{s.indicator.explanation}</th>
            <th>
              <span className="visually-hidden">{s.columns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {(['figure', 'label', 'explanation'] as const).map((field) => (
                <td key={field}>
                  <input
                    className="memo-indicator-input"
                    aria-label={s.indicator.field(s.indicator[field], i + 1)}
                    value={row[field]}
                    readOnly={!editable}
                    placeholder={s.indicator.placeholders[field]}
                    onChange={(e) => set(i, field, e.target.value)}
                  />
                </td>
              ))}
              <td className="memo-indicator-actions">
                {editable && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={s.indicator.remove(i + 1)}
                    title={s.indicator.remove(i + 1)}
                    onClick={() => updateAttributes({ rows: rows.filter((_, j) => j !== i) })}
                  >
                    ×
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <button type="button" className="small quiet" contentEditable={false} onClick={() => updateAttributes({ rows: [...rows, EMPTY_INDICATOR] })}>
          {s.indicator.add}
        </button>
      )}
    </NodeViewWrapper>
  );
}

function SourcesListView({ selected }: ReactNodeViewProps) {
  const { refs, infos } = useCitationsInMemo();
  return (
    <NodeViewWrapper className={`memo-block memo-sources${selected ? ' selected' : ''}`} data-block-type="sourcesList">
      <div className="memo-block-bar" contentEditable={false}>
        <span className="memo-block-kind">{s.blockKinds.sourcesList}</span>
        <span className="memo-block-state">{s.sourcesGenerated}</span>
      </div>
      <div contentEditable={false}>
        {refs.length === 0 ? (
          <p className="muted">{s.noSourcesYet}</p>
        ) : (
          <ol className="memo-sources-list">
            {refs.map((ref) => {
              const info = infos.get(citationKey(ref.kind, ref.refId));
              return (
                <li key={citationKey(ref.kind, ref.refId)} className={info?.removed ? 'removed' : undefined}>
                  {info ? (info.removed ? s.sourceRemoved : s.sourceEntry(info)) : s.loading}
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </NodeViewWrapper>
  );
}

export const EntityCard = blockNode('entityCard', { entityId: textAttribute('entityId'), frozen: jsonAttribute('frozen', null) }, LiveBlockView);
export const TimelineTable = blockNode(
  'timelineTable',
  {
    timelineId: textAttribute('timelineId'),
    typeIds: jsonAttribute('typeIds', null),
    from: textAttribute('from'),
    to: textAttribute('to'),
    frozen: jsonAttribute('frozen', null),
  },
  LiveBlockView,
);
export const ClaimsTable = blockNode(
  'claimsTable',
  { entityId: textAttribute('entityId'), status: textAttribute('status'), minGrade: textAttribute('minGrade'), frozen: jsonAttribute('frozen', null) },
  LiveBlockView,
);
export const IndicatorsTable = blockNode('indicatorsTable', { rows: jsonAttribute('rows', [EMPTY_INDICATOR]) }, IndicatorsView);
export const SourcesList = blockNode('sourcesList', {}, SourcesListView);
