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
import type { Dataset } from '../domain/dataset.ts';
import { indexOf, rowOf } from '../domain/dataset-index.ts';
import { JENIS_LABEL, type Instansi } from '../domain/instansi.ts';
import { kodeToken } from '../domain/kode.ts';
import { DATASET_KINDS } from '../domain/rules.ts';
import type { Lang } from '../domain/text.ts';
import { publishedEditions } from '../domain/views/editions.ts';
import { ui } from '../i18n/ui.ts';

/** Per dataset, the grade of the latest published edition that assessed the instansi: drafts are not searched. */
function latestGrades(dataset: Dataset, instansi: Instansi, lang: Lang): string[] {
  const published = publishedEditions(dataset).reverse();
  return DATASET_KINDS.flatMap((kind) => {
    for (const edition of published) {
      const row = rowOf(dataset, edition, kind, instansi.kode);
      if (row !== undefined) return [`${ui.dataset[kind][lang]} ${edition.tahun}: ${'zona' in row ? `${ui.zona[lang].toLowerCase()} ${row.zona}` : row.predikat}`];
    }
    return [];
  });
}

export function searchMeta(dataset: Dataset, instansi: Instansi, lang: Lang): Record<string, string> {
  const induk = instansi.induk === undefined ? undefined : indexOf(dataset).instansi.get(instansi.induk);
  const values: Record<string, string | undefined> = {
    jenis: JENIS_LABEL[instansi.jenis][lang],
    kode: instansi.kode,
    token: kodeToken(instansi.kode),
    induk: induk?.nama,
    lama: instansi.nama_lain.join('; ') || undefined,
    nilai: latestGrades(dataset, instansi, lang).join(' · ') || undefined,
  };
  const present = Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return {
    'data-pagefind-meta': present.map(([key]) => `${key}[data-cari-${key}]`).join(', '),
    ...Object.fromEntries(present.map(([key, value]) => [`data-cari-${key}`, value])),
  };
}
