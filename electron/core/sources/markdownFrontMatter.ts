export interface MarkdownFrontMatter {
  /** Simple `key: value` fields, keys lower-cased, the first of each kept, quotes removed. */
  fields: Map<string, string>;
  /** The line the Markdown body starts on: 0 when there is no front matter. */
  bodyStart: number;
}

const FRONT_MATTER_MAX_LINES = 60;
/** What else YAML front matter holds: blank lines, comments, list items, indented values. */
const YAML_CONTINUATION = /^(?:\s*$|\s*#|\s*- |\s+\S)/;

function unquote(value: string): string {
  const v = value.trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1).trim();
  return v;
}

/**
 * A YAML front-matter block at the very start (`---` … `---` or `...`), if there is one: only
 * when its lines look like YAML, so that text between two rules is never taken for metadata.
 */
export function markdownFrontMatter(text: string): MarkdownFrontMatter {
  const fields = new Map<string, string>();
  if (!text.startsWith('---')) return { fields, bodyStart: 0 };
  // Only the head is split: texts can be megabytes long.
  const lines = text.slice(0, 64 * 1024).split('\n', FRONT_MATTER_MAX_LINES);
  if (lines[0]!.trim() !== '---') return { fields, bodyStart: 0 };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '---' || line.trim() === '...') {
      // Text between two rules is not front matter: it would be lost.
      return fields.size > 0 ? { fields, bodyStart: i + 1 } : { fields, bodyStart: 0 };
    }
    const field = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/.exec(line);
    if (field) {
      if (!fields.has(field[1]!.toLowerCase())) fields.set(field[1]!.toLowerCase(), unquote(field[2] ?? ''));
    } else if (!YAML_CONTINUATION.test(line)) {
      return { fields: new Map(), bodyStart: 0 };
    }
  }
  // No closing fence: it was not front matter after all.
  return { fields: new Map(), bodyStart: 0 };
}
