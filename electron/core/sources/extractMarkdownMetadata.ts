import { publishedDate } from './htmlMetadata';
import { markdownFrontMatter } from './markdownFrontMatter';

export interface MarkdownMetadata {
  title?: string;
  author?: string;
  published?: string;
}

/** Title, author and date from a Markdown text's front matter (the first heading is markdownToText's). */
export function markdownMetadata(text: string): MarkdownMetadata {
  const { fields } = markdownFrontMatter(text);
  const field = (...keys: string[]): string | undefined =>
    keys.map((key) => fields.get(key)).find((value) => value !== undefined && value !== '');
  return {
    title: field('title'),
    author: field('author', 'authors', 'byline'),
    published: publishedDate(field('date', 'published', 'pubdate')),
  };
}
