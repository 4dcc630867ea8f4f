/**
 * The rules of a narrative chapter: its front matter, and every data component written in it
 * (`<Nilai dataset="kepatuhan" kode="63.71" />` …) pointing at a year, dataset, kode or pemda that
 * exists. A figure that would be a blank on the page is a problem with its line and column instead.
 */
import { mdxToJs, mdxToMdast } from 'satteri';
import { narasiContentFindings, narasiContentPlugin, FRONT_MATTER_KEYS, NARASI_COMPONENTS, syntaxFinding, type ContentFinding } from './narasi-content.ts';
import type { Edition } from './dataset.ts';
import type { Instansi } from './instansi.ts';
import type { Kode } from './kode.ts';
import { scanNarasi, type At, type Tag, type TagAttribute } from './mdx-scan.ts';
import { withNearest } from './nearest-kode.ts';
import type { Problem } from './problem.ts';
import { DATASET_KINDS, type DatasetKind } from './rules.ts';
import { text, type Text } from './text.ts';

/** A chapter as the report lists it. */
export interface Narasi {
  /** File name in `narasi/`, `01-pengantar.mdx`. */
  file: string;
  title: string;
  ringkasan?: string;
}

export type NarasiComponent = keyof typeof NARASI_COMPONENTS;

export interface NarasiCheckContext {
  instansi: ReadonlyMap<Kode, Instansi>;
  editions: readonly Omit<Edition, 'narasi'>[];
  /** Dataset files (`2024/opd.csv`) with problems of their own: a row missing there is their problem, not the chapter's. */
  faulty?: ReadonlySet<string>;
}

export interface CheckedNarasi {
  narasi?: Narasi;
  problems: Problem[];
}

const isComponent = (name: string): name is NarasiComponent => Object.hasOwn(NARASI_COMPONENTS, name);

/** Checks one chapter of edition `tahun`; `file` is its path relative to the data folder. */
export function checkNarasi(file: string, source: string, tahun: number, context: NarasiCheckContext): CheckedNarasi {
  const scanned = scanNarasi(source);
  const problems: Problem[] = [...scanned.problems, ...contentOf(source, scanned.problems.length > 0)].map((p) => ({ file, ...p }));
  const place = (at: At, message: Text, fix: Text) => problems.push({ file, line: at.line, column: at.column, message, fix });
  for (const [key, entry] of scanned.frontMatter) {
    if (!FRONT_MATTER_KEYS.includes(key)) place(entry, text(`kunci front matter "${key}" tidak dikenal`, `unknown front-matter key "${key}"`), text('Yang boleh: title (wajib), ringkasan', 'Allowed: title (required), ringkasan'));
  }
  const title = scanned.frontMatter.get('title')?.value;
  if (!title) {
    place({ line: 1, column: 1 }, text('bab tidak punya judul', 'the chapter has no title'), text('Mulai berkas dengan front matter:\n---\ntitle: Judul bab\n---', 'Start the file with front matter:\n---\ntitle: Chapter title\n---'));
  }
  for (const tag of scanned.tags) checkTag(tag, tahun, context, place);
  const ringkasan = scanned.frontMatter.get('ringkasan')?.value;
  const name = file.slice(file.lastIndexOf('/') + 1);
  return { ...(title ? { narasi: { file: name, title, ...(ringkasan ? { ringkasan } : {}) } } : {}), problems };
}

/**
 * The chapter read by the build's own MDX parser: what the content rules refuse, or else the error
 * its compiler would stop the build with (only when the scanner has not already named one).
 */
function contentOf(source: string, syntaxKnown: boolean): ContentFinding[] {
  const body = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  try {
    const findings = narasiContentFindings(mdxToMdast(body), body);
    if (findings.length === 0) mdxToJs(body, { mdastPlugins: [narasiContentPlugin] });
    return findings;
  } catch (error) {
    return syntaxKnown ? [] : [syntaxFinding(error)];
  }
}

type Place = (at: At, message: Text, fix: Text) => void;

function checkTag(tag: Tag, tahun: number, context: NarasiCheckContext, place: Place): void {
  // Unknown components and HTML are the content rules' (narasi-content.ts).
  if (!isComponent(tag.name)) return;
  const spec: { required: readonly string[]; optional: readonly string[] } = NARASI_COMPONENTS[tag.name];
  const allowed = [...spec.required, ...spec.optional];
  const values = new Map<string, TagAttribute>();
  let complete = true;
  for (const attribute of tag.attributes) {
    if (!allowed.includes(attribute.name)) {
      place(attribute, text(`<${tag.name}> tidak mengenal atribut ${attribute.name}`, `<${tag.name}> has no attribute ${attribute.name}`), text(`Atributnya: ${allowed.join(', ')}`, `Its attributes: ${allowed.join(', ')}`));
    } else if (attribute.value === undefined) {
      complete = false;
      // An {expression} is refused by the content rules already.
      if (!attribute.expression) place(attribute, text(`atribut ${attribute.name} tidak bernilai teks`, `attribute ${attribute.name} has no text value`), text(`Tulis nilainya dalam tanda kutip: ${attribute.name}="…"`, `Write its value in quotes: ${attribute.name}="…"`));
    } else {
      values.set(attribute.name, attribute);
    }
  }
  for (const name of spec.required) {
    if (values.has(name) || !complete) continue;
    complete = false;
    place(tag, text(`<${tag.name}> memerlukan atribut ${name}`, `<${tag.name}> needs the attribute ${name}`), text(`Tambahkan ${name}="…"`, `Add ${name}="…"`));
  }
  if (complete) checkReference(tag.name, values, tahun, context, place);
}

/** What one component points at, checked one step after another: year, dataset, then kode or pemda. */
function checkReference(component: NarasiComponent, values: ReadonlyMap<string, TagAttribute>, defaultTahun: number, context: NarasiCheckContext, place: Place): void {
  /** The edition named by `tahun`, or the chapter's own; null after a problem. */
  const editionOf = (): Omit<Edition, 'narasi'> | null => {
    const attribute = values.get('tahun');
    const raw = attribute?.value ?? String(defaultTahun);
    const edition = /^\d{4}$/.test(raw) ? context.editions.find((e) => e.tahun === Number(raw)) : undefined;
    if (edition !== undefined) return edition;
    const known = context.editions.map((e) => e.tahun).join(', ');
    place(attribute ?? values.values().next().value!, text(`tidak ada edisi ${raw}`, `there is no edition ${raw}`), text(`Edisi yang ada: ${known}`, `Editions: ${known}`));
    return null;
  };
  /** The dataset attribute; undefined when absent, null after a problem. */
  const kindOf = (): DatasetKind | undefined | null => {
    const attribute = values.get('dataset');
    if (attribute === undefined) return undefined;
    if ((DATASET_KINDS as readonly string[]).includes(attribute.value!)) return attribute.value as DatasetKind;
    place(attribute, text(`dataset "${attribute.value}" tidak dikenal`, `unknown dataset "${attribute.value}"`), text(`Tulis salah satu dari ${DATASET_KINDS.join(', ')}`, `Write one of ${DATASET_KINDS.join(', ')}`));
    return null;
  };
  /** A kode attribute (`kode` or `induk`) that is in instansi.csv; undefined when absent, null after a problem. */
  const kodeOf = (name: 'kode' | 'induk'): Kode | undefined | null => {
    const attribute = values.get(name);
    if (attribute === undefined) return undefined;
    const kode = attribute.value as Kode;
    if (context.instansi.has(kode)) return kode;
    place(attribute, text(`${name} "${kode}" tidak ada di instansi.csv`, `${name} "${kode}" is not in instansi.csv`), withNearest(text('Tulis kode instansi persis seperti di instansi.csv', 'Write the instansi kode exactly as in instansi.csv'), kode, context.instansi));
    return null;
  };

  // Riwayat spans every edition: it names no year.
  const edition = component === 'Riwayat' ? undefined : editionOf();
  const kind = kindOf();
  const kode = kodeOf('kode');
  const induk = kodeOf('induk');
  if (edition == null || kind === null || kode === null || induk === null) return;
  const dataKind = kind ?? 'opd';
  if (context.faulty?.has(`${edition.tahun}/${dataKind}.csv`)) return;
  const rows = edition.datasets[dataKind];
  if (rows === undefined) {
    place(values.get('dataset') ?? values.get('induk')!, text(`edisi ${edition.tahun} tidak memuat ${dataKind}.csv`, `edition ${edition.tahun} holds no ${dataKind}.csv`), text('Pilih dataset lain, atau tulis tahun="…" edisi yang memuatnya', 'Choose another dataset, or write tahun="…" of an edition that holds it'));
    return;
  }
  if (kode !== undefined && !rows.some((r) => r.kode === kode)) {
    place(values.get('kode')!, text(`${dataKind}.csv ${edition.tahun} tidak punya baris untuk kode "${kode}"`, `${dataKind}.csv ${edition.tahun} has no row for kode "${kode}"`), text('Periksa kode, dataset dan tahunnya', 'Check the kode, dataset and year'));
  }
  if (induk !== undefined && !rows.some((r) => context.instansi.get(r.kode)?.induk === induk)) {
    place(values.get('induk')!, text(`${dataKind}.csv ${edition.tahun} tidak punya baris di bawah induk "${induk}"`, `${dataKind}.csv ${edition.tahun} has no row under induk "${induk}"`), text('Tulis kode pemda yang instansinya dinilai tahun itu', 'Write the kode of a pemda whose instansi were assessed that year'));
  }
}
