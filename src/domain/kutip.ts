/**
 * How to cite a page of the site: its permalink, a suggested citation in plain text (publisher, title,
 * edition, date of publication where there is one, URL, and the build's fingerprint so that a reader
 * can tell which data a figure was quoted from), and the sources behind its figures. No date of
 * access: a build cannot know it, and the same input must give the same bytes.
 */
import type { Situs } from './schema/situs.ts';
import type { DatasetKind } from './rules.ts';
import { DATASET_KINDS } from './rules.ts';
import { text, type Lang } from './text.ts';

/** How many hex characters of the fingerprint a citation quotes: enough to tell builds apart, short enough to read. */
export const DATA_FINGERPRINT_PREFIX = 12;

export interface KutipEdition {
  judul: string;
  /** `YYYY-MM-DD`; absent for a draft. */
  tanggal_terbit?: string;
}

export interface KutipInput {
  situs: Pick<Situs, 'nama' | 'url'>;
  /** The page's path, with the site's base: `/instansi/99.71/`. */
  path: string;
  title: string;
  /** The edition the figures come from: the page's own, or for an instansi the latest published one. */
  edition?: KutipEdition;
  /** The data fingerprint (src/build/data-fingerprint.ts), hex. */
  dataFingerprint: string;
  lang: Lang;
}

export interface Kutip {
  permalink: string;
  /** The data fingerprint's prefix the citation quotes. */
  dataFingerprint: string;
  text: string;
}

const words = {
  noDate: text('t.t.', 'n.d.'),
  published: text('Terbit', 'Published'),
  draft: text('Draf, belum terbit', 'Draft, not yet published'),
  edition: text('Edisi', 'Edition'),
  fingerprint: text('Sidik jari data SHA-256', 'Data fingerprint SHA-256'),
};

/** The page's absolute address, as its canonical link gives it. */
export const permalinkOf = (situs: Pick<Situs, 'url'>, path: string): string => new URL(path, situs.url).href;

/** A sentence ends with one full stop, whatever its last word ends with. */
const sentence = (part: string): string => (/[.!?]$/.test(part) ? part : `${part}.`);

export function kutipOf({ situs, path, title, edition, dataFingerprint, lang }: KutipInput): Kutip {
  const permalink = permalinkOf(situs, path);
  const prefix = dataFingerprint.slice(0, DATA_FINGERPRINT_PREFIX);
  const year = edition?.tanggal_terbit?.slice(0, 4) ?? words.noDate[lang];
  const status = edition?.tanggal_terbit ? `${words.published[lang]} ${edition.tanggal_terbit}` : words.draft[lang];
  // The edition page is titled by the edition itself: its status alone follows.
  const editionPart = edition === undefined ? undefined : edition.judul === title ? status : `${words.edition[lang]}: ${edition.judul} (${status})`;
  const parts = [`${situs.nama} (${year})`, title, editionPart, permalink, `${words.fingerprint[lang]}: ${prefix}`];
  return { permalink, dataFingerprint: prefix, text: parts.filter((part) => part !== undefined).map(sentence).join(' ') };
}

export interface Source {
  label: string;
  /** When the source is a web address. */
  url?: string;
}

export interface SourceGroup {
  kind: DatasetKind;
  /** The first and last year of a run of consecutive years with the same sources (the same for one year), as `formatYears` reads them. */
  dari: number;
  hingga: number;
  sources: Source[];
}

/** Rows of one dataset in one year, as a page shows them. */
export interface ShownRows {
  kind: DatasetKind;
  tahun: number;
  rows: readonly { sumber: string }[];
}

const URL_SOURCE = /^https?:\/\/\S+$/;

/**
 * The sources behind the rows a page shows, once each, by dataset (in DATASET_KINDS order) and year;
 * consecutive years of a dataset citing the same sources are one entry (an instansi's ten years of
 * one evaluation report read as one line, not ten). A year without rows breaks the run.
 */
export function sourcesOf(shown: readonly ShownRows[]): SourceGroup[] {
  const groups: SourceGroup[] = [];
  const sorted = [...shown].filter((group) => group.rows.length > 0).sort((a, b) => DATASET_KINDS.indexOf(a.kind) - DATASET_KINDS.indexOf(b.kind) || a.tahun - b.tahun);
  for (const { kind, tahun, rows } of sorted) {
    const sources = [...new Set(rows.map((row) => row.sumber))].map((label): Source => (URL_SOURCE.test(label) ? { label, url: label } : { label }));
    const last = groups.at(-1);
    if (last?.kind === kind && last.hingga === tahun - 1 && sameSources(last.sources, sources)) last.hingga = tahun;
    else groups.push({ kind, dari: tahun, hingga: tahun, sources });
  }
  return groups;
}

const sameSources = (a: readonly Source[], b: readonly Source[]): boolean => a.length === b.length && a.every((source, i) => source.label === b[i]!.label);
