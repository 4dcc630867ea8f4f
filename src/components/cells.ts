/**
 * The small pieces of a table's rows — a grade's badge, a correction's mark, a change, a source —
 * as markup strings (see markup.ts for why not Astro components). Badge.astro, SourceCell.astro and
 * ChangeText.astro render these same functions where a page shows one outside a table.
 */
import type { Koreksi } from '../domain/dataset.ts';
import { JENIS_LABEL, type Instansi } from '../domain/instansi.ts';
import { koreksiOf } from '../domain/koreksi-rows.ts';
import type { Predikat, Zona } from '../domain/rules.ts';
import type { Lang } from '../domain/text.ts';
import type { Change } from '../domain/views/change.ts';
import type { RankChange } from '../domain/views/peringkat.ts';
import { formatDelta, formatInteger, formatNilai } from '../i18n/format.ts';
import { formatKoreksiValue, koreksiId, koreksiUi } from '../i18n/ui-koreksi.ts';
import { paths } from '../i18n/paths.ts';
import { ui } from '../i18n/ui.ts';
import { uiPeringkat } from '../i18n/ui-peringkat.ts';
import { element, join, NO_MARKUP, type Content, type Markup } from '../shared/markup.ts';
import { rowHeader, td, type Cell, type Row } from './table-content.ts';

export type Scale = 'predikat' | 'zona';

/** A predikat or zona as a badge: the text carries the meaning, colour and shape only repeat it. */
export const badge = (grade: string, scale: Scale): Markup => element('span', { class: `badge ${scale}-${grade}` }, grade);

/** A row's grade: SAKIP and OPD rows carry a predikat, kepatuhan rows a zona. */
export const gradeBadge = (row: { predikat: Predikat } | { zona: Zona }): Markup => ('zona' in row ? badge(row.zona, 'zona') : badge(row.predikat, 'predikat'));

const muted = (...content: readonly Content[]): Markup => element('span', { class: 'muted' }, ...content);
/** An empty cell: a dash, explained once below the table (`hasNoData`), not words repeated in every cell. */
export const DASH = muted('—');

/** Whether some cell of these rows is a dash, and the table needs the legend `ui.noData`. */
export const hasNoData = (rows: readonly Row[]): boolean => rows.some((row) => row.cells.some((cell) => cell.content.html.includes(DASH.html)));

/** A score's cell with the mark of its correction: a dash when there is none, whose CSV cell is then empty. */
export function scoreCell(row: { koreksi?: Koreksi[] }, kolom: string, value: number | undefined, lang: Lang): Cell {
  return td(join(value === undefined ? DASH : formatNilai(value, lang), koreksiMark(row, kolom, lang)), { class: 'num', 'data-csv': value ?? '' });
}

/** Beside a value corrected after publication: a mark linking to the correction in the page's list, and the value as published. */
export function koreksiMark(row: { koreksi?: Koreksi[] }, kolom: string, lang: Lang): Markup {
  if (row.koreksi === undefined) return NO_MARKUP;
  const koreksi = koreksiOf(row, kolom);
  if (koreksi.length === 0) return NO_MARKUP;
  return element(
    'span',
    { class: 'koreksi-mark' },
    ' ',
    element('a', { href: `#${koreksiId(koreksi[koreksi.length - 1]!)}` }, koreksiUi.corrected[lang]),
    muted('(', koreksiUi.was[lang], ' ', formatKoreksiValue(koreksi[0]!.lama, lang), ')'),
  );
}

/** A change of nilai since an earlier year: a signed number with words, or why it cannot be compared. */
export function changeText(change: Change, lang: Lang): Markup {
  if (change.kind === 'none') return DASH;
  if (change.kind === 'not-comparable') return element('span', { class: 'not-comparable' }, change.reason[lang]);
  const [className, word] = change.delta > 0 ? ['change-up', ui.up] : change.delta < 0 ? ['change-down', ui.down] : [undefined, ui.noChange];
  return element('span', { class: className }, formatDelta(change.delta, lang), ' ', muted('(', word[lang], ' ', ui.since[lang], ' ', change.from, ')'));
}

/** "→" between two grades: a drawn arrow (the typeface has no such glyph), a word for screen readers, "→" in the table's CSV. */
export const arrowTo = (lang: Lang): Markup => ({ html: `<span class="arrow" aria-hidden="true"></span><span class="visually-hidden"> ${ui.to[lang]} </span>`, text: ' → ' });

/** A rank change in words ("naik 2"), the arrow and colour only repeating them; across a rule change, linked to the note (`noteId`) naming the rules. */
export function rankChange(change: RankChange, noteId: string, lang: Lang): Markup {
  if (change.kind === 'none') return DASH;
  if (change.kind === 'new') return join(ui.newEntry[lang]);
  if (change.kind === 'not-comparable') return element('a', { class: 'not-comparable', href: `#${noteId}` }, ui.notComparable[lang], ': ', uiPeringkat.ruleChanged[lang]);
  if (change.delta === 0) return join(ui.noChange[lang]);
  const steps = formatInteger(Math.abs(change.delta), lang);
  const [className, mark, words] = change.delta > 0 ? ['change-up', 'tri', uiPeringkat.rankUp(steps)] : ['change-down', 'tri down', uiPeringkat.rankDown(steps)];
  return element('span', { class: className }, element('span', { class: mark, 'aria-hidden': 'true' }), words[lang]);
}

/** A change of nilai in a ranking ("+8,32"), the colour only repeating the sign; across a rule change, linked to the note (`noteId`) naming the rules. */
export function scoreChange(change: Change, noteId: string, lang: Lang): Markup {
  if (change.kind === 'none') return DASH;
  if (change.kind === 'not-comparable') return element('a', { class: 'not-comparable', href: `#${noteId}` }, ui.notComparable[lang]);
  if (change.delta === 0) return join(ui.noChange[lang]);
  return element('span', { class: change.delta > 0 ? 'change-up' : 'change-down' }, formatDelta(change.delta, lang));
}

/** The cell naming where a figure comes from: a link when the source is a web address, its title otherwise; the editor's note below. */
export function sourceCell({ sumber, catatan }: { sumber: string; catatan?: string }): Cell {
  const source = sumber.startsWith('http') && /^https?:\/\/\S+$/.test(sumber) ? element('a', { href: sumber, rel: 'external' }, sumber) : element('span', {}, sumber);
  return td(join(source, catatan && element('div', { class: 'muted' }, catatan)), { class: 'source' });
}

/** A link to an instansi's page. */
export const instansiLink = (instansi: Instansi, lang: Lang): Markup => element('a', { href: paths.instansi(instansi.kode, lang) }, instansi.nama);

/** The first cells of a row about an instansi: its name as the row header, linked to its page, and its jenis. */
export const instansiCells = (instansi: Instansi, lang: Lang): Cell[] => [rowHeader(instansiLink(instansi, lang)), td(JENIS_LABEL[instansi.jenis][lang])];
