import { stableGuid } from './stableGuid';

/**
 * How Dossier's fields travel as REFI-QDA Variables (Text variables with
 * stable GUIDs): source metadata on TextSources, entity details on Cases.
 */
export const SOURCE_VARIABLES = {
  outlet: 'Outlet',
  author: 'Author',
  published: 'Published',
  url: 'URL',
  reliability: 'Reliability',
} as const;

export const ENTITY_VARIABLES = {
  kind: 'Entity kind',
  aliases: 'Aliases',
  date: 'Date (EDTF)',
  notes: 'Entity notes',
} as const;

export const VARIABLE_DESCRIPTIONS: Record<string, string> = {
  Outlet: 'Dossier: the outlet that published a source.',
  Author: 'Dossier: the author of a source.',
  Published: 'Dossier: when a source was published.',
  URL: 'Dossier: where a source came from.',
  Reliability: 'Dossier: the source reliability grade (Admiralty scale A–F).',
  'Entity kind': 'Dossier: person, organization, place, event or other.',
  Aliases: 'Dossier: other names of an entity, one per line.',
  'Date (EDTF)': 'Dossier: a date of an entity in EDTF.',
  'Entity notes': 'Dossier: the analyst’s notes on an entity.',
};

export const variableGuid = (name: string): string => stableGuid(`variable:${name}`);
const userGuids = new Map<string, string>();
/** Called for every row's author: worth remembering. */
export function userGuid(name: string): string {
  let guid = userGuids.get(name);
  if (guid === undefined) {
    guid = stableGuid(`user:${name}`);
    if (userGuids.size < 10_000) userGuids.set(name, guid);
  }
  return guid;
}
export const codingGuid = (annotationId: string, labelId: string): string => stableGuid(`coding:${annotationId}:${labelId}`);
export const noteGuid = (annotationId: string): string => stableGuid(`note:${annotationId}`);
