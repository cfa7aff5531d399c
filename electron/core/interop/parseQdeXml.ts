import { SaxesParser } from 'saxes';
import { DossierError } from '../../../shared/api/errors';

export const QDA_PROJECT_NS = 'urn:QDA-XML:project:1.0';

/** One element of project.qde, namespace-resolved; attributes by local name (unprefixed ones only). */
export interface XmlElement {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const MAX_DEPTH = 64;
const MAX_ELEMENTS = 2_000_000;

function refuse(fileName: string, problem: string): DossierError {
  return new DossierError('FILE_UNSUPPORTED', `“${fileName}” cannot be imported: ${problem}`);
}

/**
 * Parses project.qde with saxes, which never fetches anything and knows only
 * XML's five predefined entities. A DOCTYPE is refused outright (it is where
 * external entities and entity bombs live, and REFI-QDA does not use one).
 */
export function parseQdeXml(bytes: Uint8Array, fileName: string): XmlElement {
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DossierError('FILE_ENCODING', `“${fileName}” cannot be imported: its project.qde is not valid UTF-8.`);
  }
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw refuse(fileName, 'its project.qde declares a DOCTYPE or entities, which Dossier never reads from imported files (they can fetch files or expand without end).');
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  parser.on('doctype', () => {
    throw refuse(fileName, 'its project.qde declares a DOCTYPE, which Dossier never reads from imported files.');
  });
  parser.on('opentag', (tag) => {
    count += 1;
    if (count > MAX_ELEMENTS) throw refuse(fileName, `its project.qde has more than ${MAX_ELEMENTS.toLocaleString('en')} elements.`);
    if (stack.length >= MAX_DEPTH) throw refuse(fileName, `its project.qde nests elements more than ${MAX_DEPTH} deep.`);
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      if (attr.prefix === '' && attr.local !== 'xmlns') attrs[attr.local] = attr.value;
    }
    const element: XmlElement = { name: tag.local ?? tag.name, ns: tag.uri ?? '', attrs, children: [], text: '' };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('cdata', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw refuse(fileName, `its project.qde is not well-formed XML (${(error as Error).message.slice(0, 300)}).`);
  }
  if (!root) throw refuse(fileName, 'its project.qde is empty.');
  return root;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name && c.ns === QDA_PROJECT_NS);
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name && c.ns === QDA_PROJECT_NS);
}
