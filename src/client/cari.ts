/**
 * The search page's results, from the Pagefind index the build writes into `pagefind/` (Pagefind's
 * search API, not its UI: that UI's inline styles break the CSP). The query lives in the URL
 * (`?q=`): a search can be shared, and the back button goes back to the previous search.
 * Pagefind loads the index of the page's <html lang>, so /en/cari/ finds English pages only.
 *
 * Before Pagefind, the page's name list (`nama.json`: every instansi but the OPD, src/site/cari-records.ts)
 * answers: the instansi the query names, in src/domain/name-match.ts's order, come first and show as
 * soon as the list (a few KB) is in, while Pagefind's program and index, fetched after it, still
 * load. Pagefind's results follow, without those already shown, those it found by name first.
 *
 * Everything from the index is put in as text; the excerpt's HTML is parsed in an inert document and
 * only its <mark> survives, as a fresh element.
 */
import { KODE_PATTERN, kodeToken } from '../domain/kode.ts';
import { byName, type Named } from '../domain/name-match.ts';
import type { CariStrings } from '../shared/cari-strings.ts';
import type { NameRecord } from '../site/cari-records.ts';

interface ResultData {
  url: string;
  /** Undefined for a result of the name list, whose title is all the excerpt would hold. */
  excerpt?: string;
  meta: Partial<Record<'title' | 'jenis' | 'kode' | 'token' | 'induk' | 'lama' | 'singkatan' | 'nilai', string>>;
}

interface Result {
  id: string;
  data(): Promise<ResultData>;
}

interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: Result[] }>;
}

/** More results than this are counted but not shown: a name query that broad wants refining. */
const SHOWN = 50;

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

async function loadPagefind(): Promise<Pagefind> {
  // `npm run dev` has no index (the build makes it): the page says so, without a failed request in the
  // console. MODE, not DEV: DEV follows NODE_ENV, which a build started by the tests sets.
  if (import.meta.env.MODE === 'development') throw new Error('no search index in the dev preview');
  // A path known only at run time: the bundler must leave the import alone.
  const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: BASE, excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

/** The name list; an empty one when it cannot be read (Pagefind then answers alone). */
async function loadNames(url: string): Promise<NameRecord[]> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as NameRecord[]) : [];
  } catch {
    return [];
  }
}

/** A Pagefind result as name-match reads it: an instansi result (it has a kode) is an OPD, the others are not in the name list; a report has no jenis. */
const namedResult = ({ meta }: ResultData): Named => ({ kode: meta.kode ?? '', nama: meta.title ?? '', ...(meta.kode === undefined ? {} : { jenis: 'opd' as const }), lain: meta.lama?.split('; ') ?? [] });

const recordData = (record: NameRecord, strings: CariStrings, base: URL): ResultData => ({
  url: new URL(`../instansi/${encodeURIComponent(record.kode)}/`, base).pathname,
  meta: { ...record.meta, title: record.nama, kode: record.kode, jenis: strings.jenisLabel[record.jenis] },
});

/** Pagefind's ranking, except that the instansi whose kode is the query comes first. */
async function ranked(pagefind: Pagefind, query: string): Promise<Result[]> {
  const [words, token] = await Promise.all([pagefind.search(query), KODE_PATTERN.test(query) ? pagefind.search(kodeToken(query)) : undefined]);
  // Different kode can make the same word (99.71, 99-71): only the exact kode counts.
  const candidates = await Promise.all((token?.results ?? []).slice(0, 3).map(async (result) => ({ result, data: await result.data() })));
  const exact = candidates.filter(({ data }) => data.meta.kode?.toLowerCase() === query.toLowerCase()).map(({ result }) => result);
  return [...exact, ...words.results.filter((result) => !exact.some((first) => first.id === result.id))];
}

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** Pagefind's excerpt is HTML-escaped text with <mark> around the matches; rebuilt here from text nodes and marks only. */
function excerptNodes(html: string): Node[] {
  const inert = new DOMParser().parseFromString(html, 'text/html').body;
  return [...inert.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  return made;
}

function resultItem(data: ResultData, strings: CariStrings): HTMLLIElement | undefined {
  const url = new URL(data.url, window.location.href);
  if (url.origin !== window.location.origin) return undefined;
  const item = element('li');
  const heading = item.appendChild(element('h2'));
  const link = heading.appendChild(element('a', data.meta.title ?? url.pathname));
  link.href = url.pathname;
  // Only instansi pages carry a jenis; the other indexed pages are the published reports.
  const facts: [string, string | undefined][] = [
    [strings.jenis, data.meta.jenis ?? strings.report],
    [strings.kode, data.meta.kode],
    [strings.induk, data.meta.induk],
    [strings.lama, data.meta.lama],
    [strings.singkatan, data.meta.singkatan],
    [strings.nilai, data.meta.nilai],
  ];
  const list = item.appendChild(element('dl'));
  for (const [term, value] of facts) {
    if (value === undefined || value === '') continue;
    const row = list.appendChild(element('div'));
    row.append(element('dt', term), element('dd', value));
  }
  if (data.excerpt !== undefined) {
    const excerpt = item.appendChild(element('p'));
    excerpt.className = 'excerpt';
    excerpt.append(...excerptNodes(data.excerpt));
  }
  return item;
}

export function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const unavailable = document.querySelector<HTMLElement>('[data-search-unavailable]');
  if (input === null || status === null || list === null || unavailable === null) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as CariStrings;
  // The name list lies beside the page (`/cari/nama.json`). Pagefind (its program, WebAssembly and
  // index: ten times the list at national scale) is fetched once the list is in, so that on a slow
  // phone the list does not share the line with it and the instansi named shows first.
  const page = new URL(form.action);
  const names = loadNames(new URL('nama.json', page).href);
  const pagefind = names.then(loadPagefind);
  // Only the latest query may write its results: an older, slower one is dropped.
  let latest = 0;

  const show = async (query: string): Promise<void> => {
    const run = ++latest;
    list.replaceChildren();
    list.hidden = true;
    if (query === '') {
      status.textContent = '';
      return;
    }
    status.textContent = strings.searching;
    try {
      // The instansi named, shown as soon as the name list is in; Pagefind's results are added below them.
      const named = byName(await names, query, (record): Named => record).slice(0, SHOWN);
      if (run !== latest) return;
      const first = named.flatMap((record) => resultItem(recordData(record, strings, page), strings) ?? []);
      list.replaceChildren(...first);
      list.hidden = first.length === 0;
      const results = await ranked(await pagefind, query);
      // SHOWN of them leave enough once those already shown are taken out.
      const data = await Promise.all(results.slice(0, SHOWN).map((result) => result.data()));
      if (run !== latest) return;
      const shown = new Set<string>(named.map((record) => record.kode));
      const rest = data.filter((one) => one.meta.kode === undefined || !shown.has(one.meta.kode));
      // Among Pagefind's, those it found by name first too (an OPD's exact name), the others in its order.
      const byNameFirst = byName(rest, query, namedResult);
      const ordered = [...byNameFirst, ...rest.filter((one) => !byNameFirst.includes(one))].slice(0, SHOWN - first.length);
      const items = ordered.flatMap((one) => resultItem(one, strings) ?? []);
      list.append(...items);
      list.hidden = first.length + items.length === 0;
      // Pagefind finds the named instansi too (by name, short name or kode): its count is the total, unless it found fewer than are shown.
      const n = Math.max(results.length, first.length + items.length);
      const values = { n: n.toLocaleString(document.documentElement.lang), q: query, shown: String(SHOWN) };
      status.textContent = fill(n === 0 ? strings.none : n === 1 ? strings.foundOne : n > SHOWN ? strings.foundMany : strings.found, values);
    } catch {
      if (run === latest) status.textContent = strings.failed;
    }
  };

  const fromUrl = () => new URL(window.location.href).searchParams.get('q')?.trim() ?? '';

  // The address's query fills the box and is searched at once: the name list answers before Pagefind
  // has loaded. A query typed meanwhile replaces it (only the latest query writes its results).
  if (input.value === '') input.value = fromUrl();
  void show(fromUrl());
  pagefind.catch(() => {
    // No index (`astro dev`, or a site copied without pagefind/): the page says so and offers its links.
    unavailable.hidden = false;
    form.querySelector('button')?.setAttribute('disabled', '');
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (query === fromUrl()) {
      void show(query);
      return;
    }
    const url = new URL(window.location.href);
    if (query === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query);
    window.history.pushState(null, '', url);
    void show(query);
  });

  window.addEventListener('popstate', () => {
    input.value = fromUrl();
    void show(input.value);
  });
}
