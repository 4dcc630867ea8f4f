/**
 * What site search knows of each instansi: its name, and as Pagefind metadata its type, kode,
 * parent (and the parent's short names, searched but not shown), former names, the abbreviations and
 * short names it is known by (Kominfo, Bappeda: src/domain/singkatan.ts; PALI, Sumsel:
 * src/domain/short-names.ts) and latest published grades (read back by src/client/cari.ts). The build
 * writes them per language (`/cari-records/<lang>.json`); its search step makes each a small
 * document for Pagefind (src/build/cari-copy.ts) instead of having Pagefind parse every instansi
 * page: at national scale that was 46 000 pages of tables, charts and citations read only for a name
 * and a few attributes (docs/performance.md, "How the build is kept fast").
 *
 * Metadata is searchable too, word by word. Pagefind splits the kode `99.71` into words that every
 * OPD of 99.71 (`99.71.dinkes`) holds too, so the kode is also one word of its own (`token`,
 * kodeToken), by which the search page puts the instansi whose kode is the query first. (Not a
 * Pagefind filter: its filter index differs from one build to the next.)
 */
import type { Dataset, RowsByKind } from '../domain/dataset.ts';
import { indexOf, perDataset } from '../domain/dataset-index.ts';
import { JENIS_LABEL, type Instansi } from '../domain/instansi.ts';
import { kodeToken, type Kode } from '../domain/kode.ts';
import { shortNamesOf, type ShortNameRow } from '../domain/short-names.ts';
import { singkatanOf } from '../domain/singkatan.ts';
import { DATASET_KINDS, type DatasetKind } from '../domain/rules.ts';
import type { Lang } from '../domain/text.ts';
import { publishedEditions } from '../domain/views/editions.ts';
import { ui } from '../i18n/ui.ts';

/** The metadata of a result, in the order a result shows it. */
export const CARI_META = ['jenis', 'kode', 'token', 'induk', 'induk_singkatan', 'lama', 'singkatan', 'nilai'] as const;
export type CariMeta = (typeof CARI_META)[number];

export interface CariRecord {
  /** Whose page it stands for (`instansi/<kode>/`). */
  kode: Kode;
  /** The instansi's name: the result's title. */
  nama: string;
  meta: Partial<Record<CariMeta, string>>;
}

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

/** The short names of pemda (reference/singkatan-pemda.csv), by kode: src/site/pemda-short-names.ts. */
export type ShortNames = ReadonlyMap<Kode, readonly ShortNameRow[]>;

/** What an instansi is also called: the abbreviations of its kind of office, and a pemda's short names. */
const alsoCalled = (instansi: Instansi, shortNames: ShortNames): string[] => [...new Set([...singkatanOf(instansi.nama, instansi.nama_lain), ...shortNamesOf(instansi, shortNames)])];

function cariRecord(dataset: Dataset, instansi: Instansi, lang: Lang, shortNames: ShortNames): CariRecord {
  const induk = instansi.induk === undefined ? undefined : indexOf(dataset).instansi.get(instansi.induk);
  const values: Record<CariMeta, string | undefined> = {
    jenis: JENIS_LABEL[instansi.jenis][lang],
    kode: instansi.kode,
    token: kodeToken(instansi.kode),
    induk: induk?.nama,
    // Searched, not shown: "Dinkes PALI" finds the Dinas Kesehatan of Kabupaten Penukal Abab Lematang Ilir.
    induk_singkatan: induk === undefined ? undefined : shortNamesOf(induk, shortNames).join(', ') || undefined,
    lama: instansi.nama_lain.join('; ') || undefined,
    singkatan: alsoCalled(instansi, shortNames).join(', ') || undefined,
    nilai: latestGrades(dataset, instansi, lang),
  };
  const meta: CariRecord['meta'] = {};
  for (const key of CARI_META) if (values[key] !== undefined) meta[key] = values[key];
  return { kode: instansi.kode, nama: instansi.nama, meta };
}

/** Every instansi of the Dataset (each has a page), in the Dataset's order. */
export const cariRecords = (dataset: Dataset, lang: Lang, shortNames: ShortNames): CariRecord[] => dataset.instansi.map((instansi) => cariRecord(dataset, instansi, lang, shortNames));

/**
 * An instansi of the search page's name list: its record (less the kode's search word) with its
 * jenis and the names it may be typed by besides its own (former names, short names).
 */
export interface NameRecord extends CariRecord {
  jenis: Instansi['jenis'];
  lain: string[];
}

/**
 * The search page's name list (src/domain/name-match.ts ranks it): every instansi but the OPD, a few
 * hundred at national scale against ≈ 22 000 OPD, so that a phone loads it whole before Pagefind.
 * An OPD is found through Pagefind, under its pemda.
 */
export function nameRecords(dataset: Dataset, lang: Lang, shortNames: ShortNames): NameRecord[] {
  return dataset.instansi.flatMap((instansi) => {
    if (instansi.jenis === 'opd') return [];
    const { kode, nama, meta } = cariRecord(dataset, instansi, lang, shortNames);
    // The words only Pagefind looks up: the page shows the rest, but the kode and the jenis, which the
    // record holds already (the page labels the jenis in its own language), so that the list stays small.
    const { token: _, induk_singkatan: __, kode: ___, jenis: ____, ...shown } = meta;
    return [{ kode, nama, jenis: instansi.jenis, lain: typedNames(instansi, shortNames), meta: shown }];
  });
}

/** The names an instansi may be typed by besides its own: former names, abbreviations, short names. */
const typedNames = (instansi: Instansi, shortNames: ShortNames): string[] => [...instansi.nama_lain, ...alsoCalled(instansi, shortNames)];

/** An OPD as the compare picker reads it (src/domain/pick-match.ts): kode, name, the names it may be typed by. */
export interface OpdName {
  kode: Kode;
  nama: string;
  lain: string[];
}

/**
 * Each pemda's OPD, by the pemda's kode, in the Dataset's order: the lists the compare picker fetches
 * once a query names their pemda (`/cari/opd/<kode>.json`). Language-neutral: names are not translated.
 */
export const opdNames = perDataset((dataset: Dataset, shortNames: ShortNames): ReadonlyMap<Kode, OpdName[]> => {
  const byInduk = new Map<Kode, OpdName[]>();
  for (const instansi of dataset.instansi) {
    if (instansi.jenis !== 'opd' || instansi.induk === undefined) continue;
    const list = byInduk.get(instansi.induk) ?? [];
    list.push({ kode: instansi.kode, nama: instansi.nama, lain: typedNames(instansi, shortNames) });
    byInduk.set(instansi.induk, list);
  }
  return byInduk;
});
