/** What Readability found, as far as metadata goes. */
export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

export interface HtmlMetadata {
  title?: string;
  author?: string;
  outlet?: string;
  /** YYYY-MM-DD when the page's date parses, otherwise as written. */
  published?: string;
  /** An absolute http(s) address from the page; kept as text, never fetched. */
  url?: string;
}

const MAX_FIELD_LENGTH = 300;

function clean(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  return text.length > MAX_FIELD_LENGTH ? `${text.slice(0, MAX_FIELD_LENGTH - 1).trimEnd()}…` : text;
}

const first = (...values: Array<string | null | undefined>): string | undefined => {
  for (const value of values) {
    const cleaned = clean(value);
    if (cleaned !== undefined) return cleaned;
  }
  return undefined;
};

/** <meta> content by lower-cased name, property or itemprop; the first of each wins. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta')) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

const isUrl = (value: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());

/** article:author is often a profile link, not a name. */
const notUrl = (value: string | undefined): string | undefined => (value !== undefined && isUrl(value) ? undefined : value);

function httpUrl(value: string | null | undefined): string | undefined {
  const text = clean(value);
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : undefined;
  } catch {
    return undefined;
  }
}

function withoutByPrefix(byline: string | null | undefined): string | undefined {
  return clean(byline?.replace(/^\s*by[:\s]+/i, ''));
}

const pad = (n: number): string => String(n).padStart(2, '0');

const monthNumbers: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  const short = key.slice(0, 3);
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  if (key.length > 4 && !full.includes(key)) return undefined;
  return monthNumbers[key] ?? monthNumbers[short];
}

function calendarDate(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || month < 1 || month > 12) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * A publication date as YYYY-MM-DD when it clearly names a day: ISO dates and timestamps
 * (the date as written, never shifted to another time zone), "March 28, 2026",
 * "28 March 2026", "Sat, 28 Mar 2026 09:14 GMT". Anything else — "Spring 2026", 03/04/2026
 * (day or month first?) — is kept as written for the analyst to judge.
 */
export function publishedDate(value: string | null | undefined): string | undefined {
  const text = clean(value);
  if (text === undefined) return undefined;
  const weekday = String.raw`(?:[a-z]+\.?,?\s+)?`;
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(text);
  const dayMonth = new RegExp(String.raw`^${weekday}(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]+)\.?,?\s+(\d{4})\b`, 'i').exec(text);
  const monthDay = new RegExp(String.raw`^${weekday}([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i').exec(text);
  let date: string | undefined;
  if (iso) date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (dayMonth) date = calendarDate(Number(dayMonth[3]), monthNumber(dayMonth[2]!), Number(dayMonth[1]));
  else if (monthDay) date = calendarDate(Number(monthDay[3]), monthNumber(monthDay[1]!), Number(monthDay[2]));
  return date ?? text;
}

/** What a page says about itself, read before Readability rewrites the document. */
export interface PageSignals {
  /** <meta> content by lower-cased name, property or itemprop. */
  meta: Map<string, string>;
  titleTag?: string;
  /** Text of the page's h1 and h2 headings, in order. */
  headings: string[];
  relAuthor?: string;
  itempropAuthor?: string;
  itempropDate?: string;
  timeDatetime?: string;
  canonical?: string;
}

/** Collects the page's own metadata; cheap, and must run before Readability touches the document. */
export function pageSignals(doc: Document): PageSignals {
  const text = (selector: string): string | undefined => doc.querySelector(selector)?.textContent ?? undefined;
  const attribute = (selector: string, name: string): string | undefined =>
    doc.querySelector(selector)?.getAttribute(name) ?? undefined;
  const canonical = [...doc.querySelectorAll('link[rel]')]
    .filter((link) => link.getAttribute('rel')!.toLowerCase().split(/\s+/).includes('canonical'))
    .map((link) => httpUrl(link.getAttribute('href')))
    .find((href) => href !== undefined);
  return {
    meta: metaTags(doc),
    titleTag: text('title'),
    headings: [...doc.querySelectorAll('h1, h2')].map((h) => h.textContent ?? ''),
    relAuthor: text('[rel~="author"]'),
    itempropAuthor: text('[itemprop="author"]'),
    itempropDate: attribute('[itemprop="datePublished"]', 'datetime'),
    timeDatetime: attribute('article time[datetime]', 'datetime') ?? attribute('time[datetime]', 'datetime'),
    canonical,
  };
}

/** Title, author, outlet, date and address of a saved page, from Readability and the page's own tags. */
export function htmlMetadata(page: PageSignals, article: ReadabilityMetadata | null): HtmlMetadata {
  const m = (...keys: string[]): string | undefined => first(...keys.map((key) => page.meta.get(key)));

  const title = first(article?.title, m('og:title', 'twitter:title'), page.titleTag, page.headings[0]);
  const author = first(
    withoutByPrefix(article?.byline),
    notUrl(m('author')),
    notUrl(m('article:author')),
    withoutByPrefix(m('byl')),
    notUrl(m('dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author')),
    page.relAuthor,
    page.itempropAuthor,
  );
  const outlet = first(m('og:site_name'), article?.siteName, m('application-name', 'dc.publisher', 'publisher'));
  const published = publishedDate(
    first(
      m('article:published_time'),
      m('date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created'),
      m('sailthru.date', 'parsely-pub-date', 'og:published_time', 'datepublished'),
      article?.publishedTime,
      page.itempropDate,
      page.timeDatetime,
    ),
  );
  const url = page.canonical ?? httpUrl(page.meta.get('og:url')) ?? httpUrl(page.meta.get('twitter:url'));
  return { title, author, outlet, published, url };
}
