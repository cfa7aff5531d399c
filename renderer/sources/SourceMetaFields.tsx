import { useEffect, useId, useRef, useState } from 'react';
import { publishedDateProblem } from '../../shared/sources/publishedDate';
import { reliabilityGrades } from '../../shared/grades/reliability';
import type { Reliability } from '../../shared/api/types';
import type { SourceMeta } from './SourceMeta';
import { sourcesStrings as s } from './sourcesStrings';

interface Props {
  value: SourceMeta;
  onChange: (value: SourceMeta) => void;
  /** Paste: the title may stay empty (core takes the first line). */
  titleOptional?: boolean;
  /** Changes when the form was sent with a problem: the problems show and the first field with one takes focus. */
  submitAttempt?: number;
}

/** The message for the first field the core would refuse, checked before sending (same wording as core). */
export function sourceMetaProblem(value: SourceMeta): string | null {
  return publishedDateProblem(value.published);
}

/** The metadata fields shared by the paste form and the edit dialog. */
export function SourceMetaFields({ value, onChange, titleOptional = false, submitAttempt = 0 }: Props) {
  const id = useId();
  const set = <K extends keyof SourceMeta>(key: K, v: SourceMeta[K]) => onChange({ ...value, [key]: v });
  const publishedRef = useRef<HTMLInputElement>(null);
  // A date being typed is not wrong yet: the message waits for the field to be left (or the form sent).
  const [publishedLeft, setPublishedLeft] = useState(false);
  const publishedProblem = publishedLeft || submitAttempt > 0 ? publishedDateProblem(value.published) : null;

  useEffect(() => {
    if (submitAttempt > 0 && publishedDateProblem(publishedRef.current?.value ?? '') !== null) publishedRef.current?.focus();
  }, [submitAttempt]);
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
      <div className="field field-wide">
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
          ref={publishedRef}
          id={`${id}-published`}
          value={value.published}
          maxLength={100}
          placeholder={s.fields.publishedPlaceholder}
          aria-invalid={publishedProblem ? true : undefined}
          aria-describedby={publishedProblem ? `${id}-published-problem` : undefined}
          onChange={(e) => set('published', e.target.value)}
          onBlur={() => setPublishedLeft(true)}
        />
        {publishedProblem && (
          <p id={`${id}-published-problem`} className="field-problem" role="alert">
            {publishedProblem}
          </p>
        )}
      </div>
      <div className="field field-wide">
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
