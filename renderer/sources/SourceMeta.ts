import { DEFAULT_RELIABILITY } from '../../shared/grades/reliability';
import type { Reliability, Source } from '../../shared/api/types';

/** The editable description of a source, as the forms hold it. */
export interface SourceMeta {
  title: string;
  outlet: string;
  author: string;
  published: string;
  url: string;
  reliability: Reliability;
  notes: string;
}

export const emptySourceMeta: SourceMeta = {
  title: '',
  outlet: '',
  author: '',
  published: '',
  url: '',
  reliability: DEFAULT_RELIABILITY,
  notes: '',
};

export function sourceMetaOf(source: Source): SourceMeta {
  return {
    title: source.title,
    outlet: source.outlet,
    author: source.author,
    published: source.published,
    url: source.url,
    reliability: source.reliability,
    notes: source.notes,
  };
}
