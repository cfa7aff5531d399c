import { useId } from 'react';
import { reliabilityGrades } from '../../shared/grades/reliability';
import type { Reliability } from '../../shared/api/types';
import type { SourceMeta } from './SourceMeta';
import { sourcesStrings as s } from './sourcesStrings';

interface Props {
  value: SourceMeta;
  onChange: (value: SourceMeta) => void;
  /** Paste: the title may stay empty (core takes the first line). */
  titleOptional?: boolean;
}

/** The metadata fields shared by the paste form and the edit dialog. */
export function SourceMetaFields({ value, onChange, titleOptional = false }: Props) {
  const id = useId();
  const set = <K extends keyof SourceMeta>(key: K, v: SourceMeta[K]) => onChange({ ...value, [key]: v });
  return (
    <div className="form-grid">
      <div className="field field-wide">
        <label htmlFor={`${id}-title`}>{s.fields.title}</label>
        <input
          id={`${id}-title`}
          value={value.title}
          maxLength={500}
          placeholder={titleOptional ? s.fields.titlePlaceholder : undefined}
          onChange={(e) => set('title', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-outlet`}>{s.fields.outlet}</label>
        <input id={`${id}-outlet`} value={value.outlet} maxLength={2000} onChange={(e) => set('outlet', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-author`}>{s.fields.author}</label>
        <input id={`${id}-author`} value={value.author} maxLength={2000} onChange={(e) => set('author', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-published`}>{s.fields.published}</label>
        <input
          id={`${id}-published`}
          value={value.published}
          maxLength={100}
          placeholder={s.fields.publishedPlaceholder}
          onChange={(e) => set('published', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reliability`}>{s.fields.reliability}</label>
        <select
          id={`${id}-reliability`}
          value={value.reliability}
          onChange={(e) => set('reliability', e.target.value as Reliability)}
        >
          {reliabilityGrades.map((g) => (
            <option key={g.grade} value={g.grade}>
              {g.grade} — {g.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-wide">
        <label htmlFor={`${id}-url`}>{s.fields.url}</label>
        <input id={`${id}-url`} type="url" value={value.url} maxLength={4000} onChange={(e) => set('url', e.target.value)} />
      </div>
      <div className="field field-wide">
        <label htmlFor={`${id}-notes`}>{s.fields.notes}</label>
        <textarea id={`${id}-notes`} rows={3} value={value.notes} onChange={(e) => set('notes', e.target.value)} />
      </div>
    </div>
  );
}
