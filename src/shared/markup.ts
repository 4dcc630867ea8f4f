/**
 * Markup written as strings, for what a page repeats many times (a table's rows and cells), inserted
 * with `set:html`. Not Astro components: each instance of one costs its own createAstro, render
 * instructions and await, and with one per cell the national instansi pages spent more on those than
 * on their data (docs/performance.md). Every piece carries its text too, as a reader (and the
 * browser's CSV, src/client/table-unduh.ts) gets it, so that a table's CSV is made from the same pieces
 * as its markup instead of being read back from it.
 */
import { BLOCK_TAGS } from './table-csv.ts';

const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const ESCAPABLE = /[&<>'"]/;

/** Text or a quoted attribute value as HTML: every character that could end either escaped, as Astro escapes text. Used for everything from data. */
export const escapeHtml = (value: string): string => (ESCAPABLE.test(value) ? value.replace(/[&<>'"]/g, (c) => ENTITY[c]!) : value);

/** Some markup and the text a reader gets from it. */
/**
 * A web address or path as HTML that may wrap after each run of slashes: on a phone an address is
 * wider than the screen, and it should break between its parts, never inside a word.
 */
export const breakAtSlashes = (text: string): string => escapeHtml(text).replace(/\/+/g, '$&<wbr>');

export interface Markup {
  readonly html: string;
  readonly text: string;
}

/** What a piece of content may be: markup, or text (escaped); nothing for `undefined` and `false`. */
export type Content = Markup | string | number | undefined | false;

/** Attribute values by name, in the order written; an undefined one is left out, an empty one written as a bare name (as Astro does). */
export type Attributes = Readonly<Record<string, string | number | undefined>>;

export const NO_MARKUP: Markup = { html: '', text: '' };

export function attributesHtml(attributes: Attributes): string {
  let html = '';
  for (const name in attributes) {
    const value = attributes[name];
    if (value === undefined) continue;
    html += value === '' ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return html;
}

/** Pieces one after the other. */
export function join(...parts: readonly Content[]): Markup {
  let html = '';
  let text = '';
  for (const part of parts) {
    if (part === undefined || part === false) continue;
    if (typeof part === 'object') {
      html += part.html;
      text += part.text;
    } else {
      const value = String(part);
      html += escapeHtml(value);
      text += value;
    }
  }
  return { html, text };
}

/** An element around its content. A block element (a source's note under it) is a line of its own in the text, as the browser reads it. */
export function element(tag: string, attributes: Attributes, ...content: readonly Content[]): Markup {
  const inner = join(...content);
  return { html: `<${tag}${attributesHtml(attributes)}>${inner.html}</${tag}>`, text: BLOCK_TAGS.has(tag) ? ` ${inner.text} ` : inner.text };
}
