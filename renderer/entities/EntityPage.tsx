import { useEffect, useId, useState, type Ref } from 'react';
import { DossierError } from '../../shared/api/errors';
import type { Entity, EntityPage as EntityPageData, EntitySummary, MentionInContext } from '../../shared/api/types';
import { useMutate, useQuery } from '../api/QueryContext';
import { useNavigation } from '../app/Navigation';
import { useViewUndo } from '../ui/ViewUndo';
import { EntityAliases } from './EntityAliases';
import { EntityClaims } from './EntityClaims';
import { entitiesStrings as s } from './entitiesStrings';
import { entityEdit } from './entityEdits';
import { InlineEdit } from './InlineEdit';
import { MentionList } from './MentionList';

/** What core returns unless asked for more; "Show all" asks for every mention up to the API's cap. */
export const DEFAULT_MENTION_LIMIT = 500;
export const MAX_MENTION_LIMIT = 20_000;

interface Props {
  entityId: string;
  entities: readonly EntitySummary[];
  onOpenEntity: (entityId: string) => void;
  onEdit: (entity: Entity) => void;
  onMerge: () => void;
  onDelete: () => void;
  onGone: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** One entity: who or what it is, its names, where sources mention it, the claims by and about it, and who appears with it. */
export function EntityPage({ entityId, entities, onOpenEntity, onEdit, onMerge, onDelete, onGone, headingRef }: Props) {
  const [mentionLimit, setMentionLimit] = useState(DEFAULT_MENTION_LIMIT);
  const page = useQuery('entities.get', { id: entityId, mentionLimit });
  // Asking for more mentions is a new query: keep showing what we have while it loads.
  const [shown, setShown] = useState<EntityPageData | undefined>(undefined);
  if (page.data && page.data !== shown && page.data.entity.id === entityId) setShown(page.data);
  const data = page.data?.entity.id === entityId ? page.data : shown?.entity.id === entityId ? shown : undefined;
  const loadingMore = page.data === undefined && data !== undefined;

  useEffect(() => {
    if (!data) return;
    // For the benchmark and for profiling: the page for this entity is on screen.
    performance.mark('dossier:entity-page-ready', {
      detail: { entityId, mentions: data.mentions.length, mentionTotal: data.mentionTotal },
    });
  }, [data, entityId]);

  if (!data || (page.error && !loadingMore)) {
    if (page.error) {
      const gone = page.error instanceof DossierError && page.error.code === 'NOT_FOUND';
      return (
        <div className="entity-page">
          <p className="inline-problem" role="alert">
            {gone ? s.gone : page.error.message}
          </p>
          {gone && (
            <button type="button" className="small" onClick={onGone}>
              {s.back}
            </button>
          )}
        </div>
      );
    }
    return <div className="entity-page" aria-busy="true" />;
  }

  return (
    <EntityPageBody
      data={data}
      entities={entities}
      onOpenEntity={onOpenEntity}
      onEdit={onEdit}
      onMerge={onMerge}
      onDelete={onDelete}
      onShowAll={() => setMentionLimit(Math.min(MAX_MENTION_LIMIT, data.mentionTotal))}
      loadingMore={loadingMore}
      headingRef={headingRef}
    />
  );
}

interface BodyProps extends Omit<Props, 'entityId' | 'onGone'> {
  data: EntityPageData;
  onShowAll: () => void;
  loadingMore: boolean;
}

function EntityPageBody({ data, entities, onOpenEntity, onEdit, onMerge, onDelete, onShowAll, loadingMore, headingRef }: BodyProps) {
  const nav = useNavigation();
  const mutate = useMutate();
  const undo = useViewUndo();
  const ids = { mentions: useId(), cooccurring: useId(), notes: useId() };
  const { entity, mentions, mentionTotal } = data;

  const openMention = (m: MentionInContext) => nav.openSource(m.sourceId, { start: m.start, end: m.end }, { focus: true });
  const update = async (patch: { description?: string; notes?: string }) => {
    const edit = entityEdit(entity, patch);
    if (!edit) return;
    await mutate('entities.update', { id: entity.id, ...patch });
    undo.saved(edit.message, { description: edit.description, undo: () => mutate('entities.update', { id: entity.id, ...edit.before }) });
  };

  return (
    <article className="entity-page" aria-label={s.pageLabel(entity.name)}>
      <header className="entity-header">
        <div className="entity-title-row">
          <span className={`kind-badge entity-kind-${entity.kind}`}>{s.kinds[entity.kind]}</span>
          <h2 className="entity-name" tabIndex={-1} ref={headingRef} data-entity-id={entity.id} dir="auto">
            {entity.name}
          </h2>
          {entity.dateEdtf && (
            <span className="entity-date">
              <span className="visually-hidden">{s.dateLabel}: </span>
              {entity.dateEdtf}
            </span>
          )}
        </div>
        <div className="entity-actions">
          <button type="button" className="small" aria-label={s.editDetails(entity.name)} onClick={() => onEdit(entity)}>
            {s.edit}
          </button>
          <button type="button" className="small" aria-label={s.mergeLabel(entity.name)} aria-keyshortcuts="M" onClick={onMerge}>
            {s.merge}
          </button>
          <button type="button" className="small danger-quiet" aria-label={s.deleteLabel(entity.name)} aria-keyshortcuts="Delete" onClick={onDelete}>
            {s.delete}
          </button>
        </div>
        <InlineEdit
          className="entity-description"
          value={entity.description}
          fieldLabel={s.descriptionField(entity.name)}
          editLabel={entity.description.trim() ? s.editDescription : s.addDescription}
          emptyText={s.noDescription}
          maxLength={2000}
          onSave={(description) => update({ description })}
        />
      </header>

      <EntityAliases entity={entity} entities={entities} onOpenEntity={onOpenEntity} />

      <section className="entity-section" aria-labelledby={ids.mentions}>
        <div className="entity-section-head">
          <h3 id={ids.mentions} className="entity-section-title">
            {s.mentionsHeading} <span className="count">{mentionTotal.toLocaleString()}</span>
          </h3>
          <span className="muted small-text" aria-live="polite">
            {mentions.length < mentionTotal ? s.mentionsCount(mentions.length, mentionTotal) : ''}
          </span>
          {mentions.length < mentionTotal && mentions.length < MAX_MENTION_LIMIT && (
            <button type="button" className="small" disabled={loadingMore} aria-busy={loadingMore} onClick={onShowAll}>
              {s.showAll(Math.min(mentionTotal, MAX_MENTION_LIMIT))}
            </button>
          )}
          {mentions.length > 0 && (
            <span className="muted small-text mention-keys" aria-hidden="true">
              {s.mentionKeys}
            </span>
          )}
        </div>
        {mentions.length === 0 ? (
          <p className="muted">{s.noMentions}</p>
        ) : (
          <MentionList mentions={mentions} label={s.mentionsLabel(entity.name)} onOpen={openMention} />
        )}
      </section>

      <EntityClaims
        heading={s.claimsAbout(entity.name)}
        empty={s.noClaimsAbout}
        claims={data.claimsAbout}
        entityId={entity.id}
        showAsserter
      />
      <EntityClaims heading={s.claimsBy(entity.name)} empty={s.noClaimsBy} claims={data.claimsBy} entityId={entity.id} showAsserter={false} />

      <section className="entity-section" aria-labelledby={ids.cooccurring}>
        <h3 id={ids.cooccurring} className="entity-section-title">
          {s.cooccurringHeading} <span className="count">{data.cooccurring.length}</span>
        </h3>
        {data.cooccurring.length === 0 ? (
          <p className="muted">{s.noCooccurring}</p>
        ) : (
          <ul className="cooccurring-list">
            {data.cooccurring.map((c) => (
              <li key={c.entityId}>
                <button type="button" className="cooccurring-item" aria-label={`${s.openEntity(c.name)}, ${s.kinds[c.kind]}, ${s.cooccurringCount(c.count)}`} onClick={() => onOpenEntity(c.entityId)}>
                  <span className="cooccurring-name" dir="auto">
                    {c.name}
                  </span>
                  <span className={`kind-badge entity-kind-${c.kind}`}>{s.kinds[c.kind]}</span>
                  <span className="muted small-text">{s.cooccurringCount(c.count)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="entity-section" aria-labelledby={ids.notes}>
        <h3 id={ids.notes} className="entity-section-title">
          {s.notesHeading}
        </h3>
        <InlineEdit
          className="entity-notes"
          value={entity.notes}
          fieldLabel={s.notesField(entity.name)}
          editLabel={s.editNotes}
          emptyText={s.noNotes}
          multiline
          maxLength={100_000}
          onSave={(notes) => update({ notes })}
        />
      </section>
    </article>
  );
}
