import { DossierError } from '../../../shared/api/errors';
import type { EntityKind, Reliability } from '../../../shared/api/types';
import { optionalEdtfProblem } from '../../../shared/dates/edtf';
import { UUID_V7_PATTERN, newId } from '../ids/newId';
import { codePointOffsets } from './codePointOffsets';
import { normalizeWithOffsets } from './normalizeWithOffsets';
import { QDA_PROJECT_NS, childNamed, childrenNamed, parseQdeXml, type XmlElement } from './parseQdeXml';
import { ENTITY_VARIABLES, SOURCE_VARIABLES } from './qdpxVocabulary';
import { readQdpxArchive, type QdpxArchive } from './readQdpxArchive';

/** What a .qdpx holds that Dossier keeps, checked and resolved; nothing written yet. */
export interface QdpxProject {
  name: string;
  labels: { id: string; name: string; color: string }[];
  sources: {
    id: string;
    title: string;
    text: string;
    notes: string;
    outlet: string;
    author: string;
    published: string;
    url: string;
    reliability: Reliability;
    createdBy: string | null;
    createdAt: string | null;
    highlights: {
      id: string;
      start: number;
      end: number;
      note: string;
      labelIds: string[];
      createdBy: string | null;
      createdAt: string | null;
    }[];
  }[];
  entities: {
    id: string;
    kind: EntityKind;
    name: string;
    description: string;
    notes: string;
    dateEdtf: string;
    aliases: string[];
    highlightIds: string[];
  }[];
  skipped: string[];
}

const GUID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization', 'place', 'event', 'other'];
const RELIABILITIES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
const DEFAULT_LABEL_COLOR = '#e8a33d';
const MAX_SOURCE_CHARS = 50 * 1024 * 1024;

const norm = (guid: string): string => guid.replace(/[{}]/g, '').toLowerCase();
const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Reads and checks a .qdpx completely before anything is written: any problem refuses the whole file. */
export function readQdpxProject(bytes: Uint8Array, fileName: string): QdpxProject {
  const archive = readQdpxArchive(bytes, fileName);
  const root = parseQdeXml(archive.projectXml, fileName);
  const refuse = (problem: string): never => {
    throw new DossierError('FILE_UNSUPPORTED', `“${fileName}” cannot be imported: ${problem}`);
  };
  if (root.name !== 'Project' || root.ns !== QDA_PROJECT_NS) {
    refuse(`its project.qde is not a REFI-QDA project (it starts with <${root.name}> in “${root.ns || 'no namespace'}”, not <Project> in ${QDA_PROJECT_NS}).`);
  }
  const projectName = (root.attrs.name ?? '').trim();
  if (!projectName) refuse('its project.qde has no project name (the Project element’s required name attribute).');

  // Every guid must be well formed and unique: references resolve by them.
  const ids = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (element: XmlElement): void => {
    const guid = element.attrs.guid;
    if (guid !== undefined) {
      if (!GUID.test(guid)) refuse(`the ${element.name} “${(element.attrs.name ?? '').slice(0, 80)}” has a malformed guid (“${guid.slice(0, 80)}”).`);
      const key = norm(guid);
      if (seen.has(key)) refuse(`the guid ${guid} is used twice in project.qde; every element needs its own.`);
      seen.add(key);
      ids.set(key, UUID_V7_PATTERN.test(key) ? key : newId());
    }
    for (const child of element.children) walk(child);
  };
  walk(root);
  const required = (element: XmlElement, attr: string): string => {
    const value = element.attrs[attr];
    if (value === undefined || value.trim() === '') refuse(`a ${element.name} in project.qde lacks its required ${attr} attribute.`);
    return value as string;
  };
  const idOf = (element: XmlElement): string => ids.get(norm(required(element, 'guid'))) as string;
  const skipped: string[] = [];

  const users = new Map<string, string>();
  for (const user of childrenNamed(childNamed(root, 'Users') ?? emptyElement, 'User')) {
    users.set(norm(required(user, 'guid')), (user.attrs.name ?? user.attrs.id ?? '').trim());
  }
  const userName = (guid: string | undefined): string | null => (guid ? users.get(norm(guid)) || null : null);

  const variables = new Map<string, string>();
  for (const variable of childrenNamed(childNamed(root, 'Variables') ?? emptyElement, 'Variable')) {
    variables.set(norm(required(variable, 'guid')), required(variable, 'name').trim());
  }
  const valuesOf = (element: XmlElement): { name: string; value: string }[] =>
    childrenNamed(element, 'VariableValue').flatMap((vv) => {
      const ref = childNamed(vv, 'VariableRef');
      const name = ref ? variables.get(norm(required(ref, 'targetGUID'))) : undefined;
      if (!ref || name === undefined) refuse('a VariableValue in project.qde refers to a variable the file does not declare.');
      const valueElement = vv.children.find((c) => c.name !== 'VariableRef');
      return valueElement ? [{ name: name as string, value: valueElement.text.trim() }] : [];
    });

  const labels: QdpxProject['labels'] = [];
  const labelNames = new Set<string>();
  const codeIds = new Set<string>();
  let describedCodes = 0;
  const addCodes = (parent: XmlElement): void => {
    for (const code of childrenNamed(parent, 'Code')) {
      const id = idOf(code);
      let name = required(code, 'name').trim().replace(/\s+/g, ' ').slice(0, 80);
      for (let n = 2; labelNames.has(name.toLowerCase()); n += 1) name = `${required(code, 'name').trim().slice(0, 70)} (${n})`;
      labelNames.add(name.toLowerCase());
      labels.push({ id, name, color: colourOf(code.attrs.color) });
      if (childNamed(code, 'Description')?.text.trim() || childNamed(code, 'NoteRef')) describedCodes += 1;
      codeIds.add(id);
      addCodes(code);
    }
  };
  const codes = childNamed(childNamed(root, 'CodeBook') ?? emptyElement, 'Codes');
  if (childNamed(root, 'CodeBook') && !codes) refuse('its CodeBook has no Codes element.');
  if (codes) addCodes(codes);
  if (describedCodes > 0) skipped.push(`The descriptions and memos of ${plural(describedCodes, 'code')} were left out: Dossier labels have none.`);

  const textOf = (element: XmlElement, what: string): string | null => {
    const inline = childNamed(element, 'PlainTextContent');
    const path = element.attrs.plainTextPath;
    if (inline && path) refuse(`the ${what} has both inline text and a text file; REFI-QDA allows only one.`);
    if (inline) return inline.text;
    if (path === undefined) return null;
    return decodeSourceFile(archive, path, what, refuse);
  };

  const notes = new Map<string, string>();
  for (const note of childrenNamed(childNamed(root, 'Notes') ?? emptyElement, 'Note')) {
    const text = textOf(note, `note “${(note.attrs.name ?? '').slice(0, 80)}”`);
    // Kept exactly as written (a Dossier note round-trips unchanged); only empty notes are dropped below.
    notes.set(idOf(note), text ?? '');
  }
  const notesOf = (element: XmlElement): string[] =>
    childrenNamed(element, 'NoteRef').flatMap((ref) => {
      const text = notes.get(ids.get(norm(required(ref, 'targetGUID'))) ?? '');
      if (text === undefined) refuse('a NoteRef in project.qde points to a note the file does not contain.');
      return text ? [text] : [];
    });

  const sources: QdpxProject['sources'] = [];
  const highlightIds = new Set<string>();
  const sourcesElement = childNamed(root, 'Sources');
  const otherKinds = new Map<string, number>();
  let wholeSourceCodings = 0;
  for (const element of sourcesElement?.children ?? []) {
    if (element.ns !== QDA_PROJECT_NS) continue;
    if (element.name !== 'TextSource') {
      otherKinds.set(element.name, (otherKinds.get(element.name) ?? 0) + 1);
      continue;
    }
    const id = idOf(element);
    const label = `source “${(element.attrs.name ?? '').slice(0, 80)}”`;
    const raw = textOf(element, label);
    if (raw === null) {
      if (element.attrs.richTextPath) {
        skipped.push(`The ${label} has only a rich-text file; Dossier imports plain text.`);
        continue;
      }
      refuse(`the ${label} has no text (neither PlainTextContent nor plainTextPath).`);
    }
    const rawText = raw as string;
    if (rawText.length > MAX_SOURCE_CHARS) refuse(`the ${label} is longer than Dossier takes for one source (50 MB).`);
    const offsets = codePointOffsets(rawText);
    const selections = childrenNamed(element, 'PlainTextSelection').map((selection) => {
      const start = integer(required(selection, 'startPosition'));
      const end = integer(required(selection, 'endPosition'));
      const from = start === null ? undefined : offsets.toUtf16(start);
      const to = end === null ? undefined : offsets.toUtf16(end);
      if (from === undefined || to === undefined || start === null || end === null || start >= end) {
        refuse(
          `the selection ${selection.attrs.startPosition}–${selection.attrs.endPosition} in the ${label} falls outside its text (${offsets.length.toLocaleString('en')} characters) or is empty.`,
        );
      }
      const labelIds = childrenNamed(selection, 'Coding').map((coding) => {
        const ref = childNamed(coding, 'CodeRef');
        const target = ref ? ids.get(norm(required(ref, 'targetGUID'))) : undefined;
        if (!target || !codeIds.has(target)) refuse(`a coding in the ${label} refers to a code that is not in the codebook.`);
        return target as string;
      });
      const selectionId = idOf(selection);
      highlightIds.add(selectionId);
      return {
        id: selectionId,
        from: from as number,
        to: to as number,
        note: notesOf(selection).join('\n\n'),
        labelIds: [...new Set(labelIds)],
        createdBy: userName(selection.attrs.creatingUser),
        createdAt: isoOrNull(selection.attrs.creationDateTime),
      };
    });
    if (childrenNamed(element, 'Coding').length > 0) wholeSourceCodings += 1;
    const { text, map } = normalizeWithOffsets(rawText, selections.flatMap((s) => [s.from, s.to]));
    if (text.length === 0) {
      skipped.push(`The ${label} has no text after removing blank space, so it was left out.`);
      for (const s of selections) highlightIds.delete(s.id);
      continue;
    }
    const highlights = selections.flatMap((s) => {
      const start = map.get(s.from) as number;
      const end = map.get(s.to) as number;
      if (start >= end) {
        highlightIds.delete(s.id);
        skipped.push(`A selection in the ${label} covered only blank space and was left out.`);
        return [];
      }
      return [{ id: s.id, start, end, note: s.note, labelIds: s.labelIds, createdBy: s.createdBy, createdAt: s.createdAt }];
    });
    const meta = { outlet: '', author: '', published: '', url: '', reliability: 'F' as Reliability };
    const extra: string[] = [];
    for (const { name, value } of valuesOf(element)) {
      if (name === SOURCE_VARIABLES.outlet) meta.outlet = value;
      else if (name === SOURCE_VARIABLES.author) meta.author = value;
      else if (name === SOURCE_VARIABLES.published) meta.published = value;
      else if (name === SOURCE_VARIABLES.url) meta.url = value;
      else if (name === SOURCE_VARIABLES.reliability && (RELIABILITIES as readonly string[]).includes(value)) meta.reliability = value as Reliability;
      else if (value) extra.push(`${name}: ${value}`);
    }
    const description = childNamed(element, 'Description')?.text.trim() ?? '';
    sources.push({
      id,
      title: (element.attrs.name ?? '').trim().slice(0, 500),
      text,
      notes: [description, ...notesOf(element), extra.join('\n')].filter(Boolean).join('\n\n'),
      ...meta,
      createdBy: userName(element.attrs.creatingUser),
      createdAt: isoOrNull(element.attrs.creationDateTime),
      highlights,
    });
  }
  for (const [kind, n] of otherKinds) skipped.push(`${plural(n, kind)} left out: Dossier imports text sources only.`);
  if (wholeSourceCodings > 0) skipped.push(`${plural(wholeSourceCodings, 'code applied to a whole source', 'codes applied to whole sources')} left out: Dossier labels passages.`);

  const entities: QdpxProject['entities'] = [];
  for (const element of childrenNamed(childNamed(root, 'Cases') ?? emptyElement, 'Case')) {
    const id = idOf(element);
    const name = (element.attrs.name ?? '').trim().slice(0, 300);
    if (name.replace(/[\s\p{P}\p{S}]/gu, '').length < 2) {
      skipped.push(`The case “${name}” was left out: an entity name needs at least 2 letters or digits.`);
      continue;
    }
    let kind: EntityKind = 'other';
    let dateEdtf = '';
    let entityNotes = '';
    const aliases: string[] = [];
    const extra: string[] = [];
    for (const { name: variable, value } of valuesOf(element)) {
      if (variable === ENTITY_VARIABLES.kind && (ENTITY_KINDS as readonly string[]).includes(value)) kind = value as EntityKind;
      else if (variable === ENTITY_VARIABLES.aliases) aliases.push(...value.split('\n').map((a) => a.trim()).filter((a) => a.replace(/[\s\p{P}\p{S}]/gu, '').length >= 2));
      else if (variable === ENTITY_VARIABLES.date && optionalEdtfProblem(value) === undefined) dateEdtf = value;
      else if (variable === ENTITY_VARIABLES.notes) entityNotes = value;
      else if (value) extra.push(`${variable}: ${value}`);
    }
    const tagged = childrenNamed(element, 'SelectionRef').flatMap((ref) => {
      const target = ids.get(norm(required(ref, 'targetGUID')));
      return target && highlightIds.has(target) ? [target] : [];
    });
    entities.push({
      id,
      kind,
      name,
      description: (childNamed(element, 'Description')?.text.trim() ?? '').slice(0, 2000),
      notes: [entityNotes, extra.join('\n')].filter(Boolean).join('\n\n'),
      dateEdtf,
      aliases: [...new Set(aliases)],
      highlightIds: [...new Set(tagged)],
    });
  }
  if (childNamed(root, 'NoteRef')) skipped.push('Notes on the project as a whole were left out.');
  if (childNamed(root, 'Sets')) skipped.push('Sets were left out.');
  if (childNamed(root, 'Graphs')) skipped.push('Graphs were left out.');
  if (childNamed(root, 'Links')) skipped.push('Links were left out.');

  return { name: projectName.slice(0, 120), labels, sources, entities, skipped };
}

const emptyElement: XmlElement = { name: '', ns: '', attrs: {}, children: [], text: '' };

function integer(value: string): number | null {
  return /^\s*[0-9]{1,15}\s*$/.test(value) ? Number(value) : null;
}

function isoOrNull(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function colourOf(value: string | undefined): string {
  const v = value?.trim() ?? '';
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v.toLowerCase();
  if (/^#[0-9a-fA-F]{3}$/.test(v)) return `#${v.slice(1).split('').map((c) => c + c).join('')}`.toLowerCase();
  return DEFAULT_LABEL_COLOR;
}

/** Only `internal://<file>` inside the archive's Sources folder; anything else points outside it. */
function decodeSourceFile(archive: QdpxArchive, path: string, what: string, refuse: (problem: string) => never): string {
  const match = /^internal:\/\/(.+)$/.exec(path);
  const name = match?.[1] ?? '';
  if (!match || name.includes('/') || name.includes('\\') || name === '..' || name === '.' || name.includes('\0') || /^[A-Za-z]:/.test(name)) {
    refuse(`the ${what} points outside the archive (“${path.slice(0, 200)}”); Dossier only reads texts stored inside the .qdpx.`);
  }
  const bytes = archive.sources.get(name);
  if (!bytes) refuse(`the ${what} refers to “${name.slice(0, 200)}”, which is not in the archive’s Sources folder.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(`the text of the ${what} is not valid UTF-8.`);
  }
}
