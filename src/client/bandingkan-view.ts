/**
 * The compare page's results: per dataset a table (years down, the chosen instansi across, each cell
 * the grade and score or why there is none; a year graded by a different rule than the year above
 * carries a numbered mark, and a note below the table says it is not comparable — never inside the
 * narrow year cell), then one history chart per instansi, drawn with the site's own chart modules,
 * Chart.js loaded only now.
 */
import type { RiwayatSpec } from '../shared/chart-spec.ts';
import type { BandingkanEdition } from '../shared/bandingkan-page.ts';
import { entriesOf, gradedOf, yearsOf, type BandingkanEntry, type InstansiFile } from './bandingkan-riwayat.ts';
import { drawFigure } from './chart-figure.ts';
import { legendMarkup } from '../shared/chart-legend.ts';
import { addTableUnduh } from './table-unduh.ts';
import { riwayatChart } from '../shared/chart-specs.ts';
import { unduhName } from '../shared/unduh-name.ts';
import type { Kode } from '../domain/kode.ts';
import { comparable, DATASET_KINDS, type DatasetKind } from '../domain/rules.ts';
import type { Lang } from '../domain/text.ts';
import { notComparableReason } from '../domain/views/change.ts';
import { formatNilai } from '../i18n/format.ts';
import { paths } from '../i18n/paths.ts';
import { ui } from '../i18n/ui.ts';
import { uiBandingkan as t } from '../i18n/ui-bandingkan.ts';
import { uiChart } from '../i18n/ui-chart.ts';
import { uiKutip } from '../i18n/ui-kutip.ts';
import { uiLayout } from '../i18n/ui-layout.ts';

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const link = (href: string, label: string) => el('a', { href }, label);

function cell(kind: DatasetKind, entry: BandingkanEntry, lang: Lang): HTMLTableCellElement {
  if (entry.status !== 'dinilai') {
    return el('td', { class: 'muted' }, entry.status === 'tidak-aktif' ? ui.notActive[lang] : t.notAssessed[lang]);
  }
  const graded = gradedOf(kind, entry.row);
  const [scale, grade] = 'zona' in graded ? ['zona', graded.zona] : ['predikat', graded.predikat];
  const nilai = graded.nilai === undefined ? [] : [' ', formatNilai(graded.nilai, lang)];
  return el('td', {}, el('span', { class: `badge ${scale}-${grade}` }, grade), ...nilai);
}

/** A year's row header; across a rule change, a mark linking to the note below the table, which `notes` gains. */
function yearHeader(kind: DatasetKind, years: readonly number[], index: number, notes: HTMLLIElement[], lang: Lang): HTMLTableCellElement {
  const tahun = years[index]!;
  // The CSV keeps the year alone, without the mark.
  const th = el('th', { scope: 'row', class: 'year', 'data-csv': String(tahun) }, link(paths.laporan(tahun, lang), String(tahun)));
  const previous = years[index - 1];
  if (previous !== undefined && !comparable(kind, previous, tahun)) {
    const id = `catatan-${kind}-${tahun}`;
    const mark = String(notes.length + 1);
    th.append(el('sup', {}, el('a', { href: `#${id}`, class: 'note-ref', 'aria-label': uiLayout.noteRef(mark)[lang] }, mark)));
    notes.push(el('li', { id, value: mark, class: 'not-comparable' }, `${tahun}: ${notComparableReason(kind, previous, tahun)[lang]}`));
  }
  return th;
}

/** File names of this comparison's downloads: the page, the dataset or instansi, the same for the same choice. */
const fileName = (label: string, extension: string): string => unduhName(location.pathname, label, extension);

/** A table, in its scrolling box, with the controls below it that table-unduh.ts fills with its CSV button. */
function datasetTable(kind: DatasetKind, chosen: readonly InstansiFile[], editions: readonly BandingkanEdition[], lang: Lang): HTMLElement[] {
  const years = yearsOf(editions, kind);
  const entries = chosen.map((file) => entriesOf(file, kind, years));
  const caption = `${t.history(ui.dataset[kind][lang])[lang]}: ${chosen.map((f) => f.instansi.nama).join('; ')}`;
  const head = el('tr', {}, el('th', { scope: 'col' }, ui.year[lang]), ...chosen.map((f) => el('th', { scope: 'col' }, link(paths.instansi(f.instansi.kode as Kode, lang), f.instansi.nama))));
  const notes: HTMLLIElement[] = [];
  const body = years.map((tahun, i) => el('tr', {}, yearHeader(kind, years, i, notes, lang), ...entries.map((e) => cell(kind, e[i]!, lang))));
  const table = el('table', {}, el('caption', {}, caption), el('thead', {}, head), el('tbody', {}, ...body));
  const controls = el('div', { class: 'table-downloads', 'data-table-downloads': '', 'data-label-all': uiKutip.csvAll[lang], 'data-file-all': fileName(`${kind} ${chosen.map((f) => f.instansi.kode).join(' ')}`, 'csv') });
  // As TableBox.astro writes a table's box: the hint shows while it scrolls; the notes stay in view below it.
  const box = el('section', { class: 'table-scroll', tabindex: '0', 'aria-label': caption }, el('p', { class: 'scroll-hint', 'aria-hidden': 'true' }, uiLayout.scrollHint[lang]), table);
  if (notes.length > 0) box.append(el('ol', { class: 'table-notes' }, ...notes));
  return [box, controls];
}

/** One chart per instansi with a score in this dataset, each a RiwayatSpec as the instansi page draws it. */
function chartFigures(kind: DatasetKind, chosen: readonly InstansiFile[], editions: readonly BandingkanEdition[], lang: Lang): { figure: HTMLElement; spec: RiwayatSpec }[] {
  const years = yearsOf(editions, kind);
  return chosen.flatMap((file) => {
    const entries = entriesOf(file, kind, years).map((e) => (e.status === 'dinilai' ? { ...e, row: gradedOf(kind, e.row) } : e));
    if (!entries.some((e) => e.status === 'dinilai' && e.row.nilai !== undefined)) return [];
    const label = `${t.history(ui.dataset[kind][lang])[lang]}, ${file.instansi.nama}`;
    const spec = riwayatChart(kind, entries, { lang, ariaLabel: label, valueLabel: ui.nilai[lang] });
    const canvas = el('canvas', { role: 'img', 'aria-label': label });
    const png = { 'data-png-file': fileName(`${kind} ${file.instansi.kode}`, 'png'), 'data-png-label': uiKutip.png[lang] };
    const figure = el('figure', { class: 'chart', 'data-chart': 'waiting', ...png }, el('figcaption', {}, file.instansi.nama), el('div', { class: 'chart-box' }, canvas));
    // The key and the PNG button's row, as Chart.astro writes them (the table is the page's, above).
    figure.insertAdjacentHTML('beforeend', legendMarkup(spec.legend, uiChart.legend[lang]).html);
    figure.append(el('div', { class: 'chart-actions' }));
    return [{ figure, spec }];
  });
}

export function renderResults(target: HTMLElement, chosen: readonly InstansiFile[], editions: readonly BandingkanEdition[], lang: Lang): void {
  const sections = DATASET_KINDS.filter((kind) => yearsOf(editions, kind).length > 0).flatMap((kind) => {
    if (!chosen.some((f) => f.datasets[kind].length > 0)) return [];
    const id = `banding-${kind}`;
    const figures = chartFigures(kind, chosen, editions, lang);
    const section = el('section', { 'aria-labelledby': id }, el('h2', { id }, ui.datasetLong[kind][lang]), ...datasetTable(kind, chosen, editions, lang));
    if (figures.length > 0) {
      section.append(el('h3', {}, `${t.chartsHeading[lang]}: ${ui.dataset[kind][lang]}`), el('p', { class: 'chart-summary' }, t.chartSummary[lang]), el('div', { class: 'compare-charts' }, ...figures.map((f) => f.figure)));
    }
    return [{ section, figures }];
  });
  const empty = chosen.length > 0 && sections.length === 0 ? [el('p', {}, t.noData[lang])] : [];
  target.replaceChildren(...sections.map((s) => s.section), ...empty);
  addTableUnduh(target.querySelectorAll('table'), { shown: false });
  for (const { figures } of sections) for (const { figure, spec } of figures) void drawFigure(figure, spec);
}
