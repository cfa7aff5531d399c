import { publishedDate } from './htmlMetadata';

export interface MarkdownMetadata {
  title?: string;
  author?: string;
  published?: string;
}

const FRONT_MATTER_MAX_LINES = 60;

function unquote(value: string): string {
  const v = value.trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1).trim();
  return v;
}

/** Simple `key: value` lines of a YAML front-matter block at the very start, if there is one. */
function frontMatter(lines: string[]): { fields: Map<string, string>; bodyStart: number } {
  const fields = new Map<string, string>();
  if (lines[0]?.trim() !== '---') return { fields, bodyStart: 0 };
  for (let i = 1; i < Math.min(lines.length, FRONT_MATTER_MAX_LINES); i++) {
    const line = lines[i]!;
    if (line.trim() === '---' || line.trim() === '...') return { fields, bodyStart: i + 1 };
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (field && !fields.has(field[1]!.toLowerCase())) fields.set(field[1]!.toLowerCase(), unquote(field[2]!));
  }
  // No closing fence: it was not front matter after all.
  return { fields: new Map(), bodyStart: 0 };
}

/** A heading without its emphasis and code marks: `The *real* story` → `The real story`. */
function plainHeading(heading: string): string {
  return heading.replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2').trim();
}

/** The first level-one heading (ATX `# Title` or Setext `Title` over `===`), outside code fences. */
function firstHeading(lines: string[], from: number): string | undefined {
  let fence: string | undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark) {
      if (fence === undefined) fence = fenceMark[0];
      else if (fenceMark[0] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const atx = /^\s{0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) return plainHeading(atx[1]!);
    const next = lines[i + 1];
    if (line.trim() !== '' && next !== undefined && /^\s{0,3}=+\s*$/.test(next)) return plainHeading(line);
  }
  return undefined;
}

/** Title (front-matter `title:` or the first `# ` heading), author and date of a Markdown text. */
export function markdownMetadata(text: string): MarkdownMetadata {
  const lines = text.split('\n');
  const { fields, bodyStart } = frontMatter(lines);
  const field = (...keys: string[]): string | undefined =>
    keys.map((key) => fields.get(key)).find((value) => value !== undefined && value !== '');
  return {
    title: field('title') ?? firstHeading(lines, bodyStart),
    author: field('author', 'authors', 'byline'),
    published: publishedDate(field('date', 'published', 'pubdate')),
  };
}
