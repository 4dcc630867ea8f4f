/**
 * An Atom feed (RFC 4287) as text. Entries are written newest first and the feed's `updated` is its
 * newest entry's date — never the time of the build, so that the same data gives the same bytes.
 * Dates are Rapor's calendar days (YYYY-MM-DD), written as the start of that day in Jakarta (WIB).
 */
import { escapeXml } from './xml.ts';

export interface AtomLink {
  href: string;
  /** Atom's default is `alternate`. */
  rel?: 'alternate' | 'related' | 'enclosure' | 'self';
  type?: string;
  hreflang?: string;
  title?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  published: string;
  /** YYYY-MM-DD; the published date when absent. */
  updated?: string;
  summary: string;
  links: AtomLink[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The language of the feed's text (`xml:lang`). */
  lang: string;
  author: { name: string; uri?: string };
  links: AtomLink[];
  entries: AtomEntry[];
}

/** The date a feed without entries carries: nothing has been published yet, and the build time is no answer. */
export const NO_ENTRY_DATE = '1970-01-01';

const dateTime = (day: string): string => `${day}T00:00:00+07:00`;
const updatedOf = (entry: AtomEntry): string => entry.updated ?? entry.published;

const link = ({ href, rel, type, hreflang, title }: AtomLink): string => {
  const attributes: [string, string | undefined][] = [['rel', rel], ['type', type], ['hreflang', hreflang], ['title', title], ['href', href]];
  return `<link${attributes.map(([name, value]) => (value === undefined ? '' : ` ${name}="${escapeXml(value)}"`)).join('')}/>`;
};

const element = (name: string, value: string): string => `<${name}>${escapeXml(value)}</${name}>`;

/** The entries newest first by `updated`; entries of the same day keep the order they were given in. */
export function newestFirst(entries: readonly AtomEntry[]): AtomEntry[] {
  return entries.toSorted((a, b) => (updatedOf(a) < updatedOf(b) ? 1 : updatedOf(a) > updatedOf(b) ? -1 : 0));
}

export function atomXml(feed: AtomFeed): string {
  const entries = newestFirst(feed.entries);
  const updated = entries[0] === undefined ? NO_ENTRY_DATE : updatedOf(entries[0]);
  const author = `<author>${element('name', feed.author.name)}${feed.author.uri === undefined ? '' : element('uri', feed.author.uri)}</author>`;
  const entry = (e: AtomEntry) =>
    [
      '<entry>',
      element('id', e.id),
      element('title', e.title),
      element('published', dateTime(e.published)),
      element('updated', dateTime(updatedOf(e))),
      ...e.links.map(link),
      `<summary type="text">${escapeXml(e.summary)}</summary>`,
      '</entry>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    element('id', feed.id),
    element('title', feed.title),
    ...(feed.subtitle === undefined ? [] : [element('subtitle', feed.subtitle)]),
    element('updated', dateTime(updated)),
    author,
    ...feed.links.map(link),
    ...entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
