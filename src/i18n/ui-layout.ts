/** Strings of the page's frame on a phone (the header's short language link) and of a table's (its scroll hint, its notes' marks). Indonesian first. */
import { text } from '../domain/text.ts';

export const uiLayout = {
  /** Shown above a table only while it is wider than its box (site.css); the box itself is the named, focusable region. */
  scrollHint: text('Geser tabel ke samping →', 'Scroll the table sideways →'),
  /** The language link's text on a phone (its accessible name stays ui.otherLanguageLabel). */
  otherLanguageShort: text('English', 'Indonesia'),
  /** A numbered mark in a table cell, linking to its note below the table. */
  noteRef: (n: string) => text(`Catatan ${n}`, `Note ${n}`),
};
