/**
 * What a search result shows of an instansi beyond its name: type, kode, parent, former names and
 * latest published grades, as Pagefind metadata attributes for the page's facts list (read back by
 * src/client/search.ts). Metadata is searchable too, word by word; the list's text is not (Pagefind
 * runs a <dt> into its <dd>, "Kode99.71"), so the list is left out of the index while its metadata
 * attributes still count. Values sit in attributes of their own (`key[attribute]`), so that commas in
 * names cannot split them.
 *
 * Pagefind splits the kode `99.71` into words that every OPD of 99.71 (`99.71.dinkes`) holds too, so
 * the kode is also one word of its own (`token`, kodeToken), by which the search page puts the
 * instansi whose kode is the query first. (Not a Pagefind filter: its filter index differs from one
 * build to the next.)
 */
import type { Dataset, RowsByKind } from '../domain/dataset.ts';
import { indexOf, perDataset } from '../domain/dataset-index.ts';
import { JENIS_LABEL, type Instansi } from '../domain/instansi.ts';
import { kodeToken, type Kode } from '../domain/kode.ts';
import { DATASET_KINDS, type DatasetKind } from '../domain/rules.ts';
import type { Lang } from '../domain/text.ts';
import { publishedEditions } from '../domain/views/editions.ts';
import { ui } from '../i18n/ui.ts';

/** Per dataset, each instansi's row in the latest published edition that assessed it (drafts are not searched), found in one pass per Dataset. */
const latestPublished = perDataset((dataset: Dataset, kind: DatasetKind): ReadonlyMap<Kode, { tahun: number; row: RowsByKind[DatasetKind] }> => {
  const byKode = new Map<Kode, { tahun: number; row: RowsByKind[DatasetKind] }>();
  for (const edition of publishedEditions(dataset).reverse()) {
    for (const row of edition.datasets[kind] ?? []) if (!byKode.has(row.kode)) byKode.set(row.kode, { tahun: edition.tahun, row });
  }
  return byKode;
});

function latestGrades(dataset: Dataset, instansi: Instansi, lang: Lang): string | undefined {
  const grades: string[] = [];
  for (const kind of DATASET_KINDS) {
    const latest = latestPublished(dataset, kind).get(instansi.kode);
    if (latest === undefined) continue;
    const { tahun, row } = latest;
    grades.push(`${ui.dataset[kind][lang]} ${tahun}: ${'zona' in row ? `${ui.zona[lang].toLowerCase()} ${row.zona}` : row.predikat}`);
  }
  return grades.length === 0 ? undefined : grades.join(' · ');
}

/** Written on every instansi page: plain loops, as it showed in the national build's profile. */
export function searchMeta(dataset: Dataset, instansi: Instansi, lang: Lang): Record<string, string> {
  const induk = instansi.induk === undefined ? undefined : indexOf(dataset).instansi.get(instansi.induk);
  const values: [string, string | undefined][] = [
    ['jenis', JENIS_LABEL[instansi.jenis][lang]],
    ['kode', instansi.kode],
    ['token', kodeToken(instansi.kode)],
    ['induk', induk?.nama],
    ['lama', instansi.nama_lain.join('; ') || undefined],
    ['nilai', latestGrades(dataset, instansi, lang)],
  ];
  const attributes: Record<string, string> = { 'data-pagefind-meta': '' };
  const meta: string[] = [];
  for (const [key, value] of values) {
    if (value === undefined) continue;
    meta.push(`${key}[data-cari-${key}]`);
    attributes[`data-cari-${key}`] = value;
  }
  attributes['data-pagefind-meta'] = meta.join(', ');
  return attributes;
}
