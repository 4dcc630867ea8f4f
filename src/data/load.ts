/**
 * Reads a whole data folder into a validated Dataset, or returns every problem found in one pass.
 * The only module that touches the files; everything it decides comes from the domain core.
 */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Asal, Dataset, Edition, RowsByKind, Tertulis, WithAsal } from '../domain/dataset.ts';
import type { Instansi } from '../domain/instansi.ts';
import { formerNameGiven, membershipProblems } from '../domain/membership.ts';
import { withNearest } from '../domain/nearest-kode.ts';
import { rankWithinPemda } from '../domain/opd-peringkat.ts';
import type { Kode } from '../domain/kode.ts';
import { compareProblems, problemAt, type JsonPlace, type Located, type Place, type Problem } from '../domain/problem.ts';
import { checkRegistry, type Registry, type RegistryView } from '../domain/registry.ts';
import { KEPATUHAN_NO_ASSESSMENT, kepatuhanRule, predikatOf, sakipRule, type DatasetKind } from '../domain/rules.ts';
import { edisiSchema, type Edisi } from '../domain/schema/edisi.ts';
import { completeKepatuhan, kepatuhanSpec } from '../domain/schema/kepatuhan.ts';
import { koreksiSpec, type KoreksiRow } from '../domain/schema/koreksi.ts';
import { opdSpec } from '../domain/schema/opd.ts';
import { sakipSpec } from '../domain/schema/sakip.ts';
import { situsSchema, type Situs } from '../domain/schema/situs.ts';
import { instansiSpec } from '../domain/schema/instansi.ts';
import { numbered, withKoreksi } from '../domain/koreksi-rows.ts';
import { text, type Text } from '../domain/text.ts';
import { parseCsv, type CsvText, type Delimiter } from './csv.ts';
import { decodeText, invisibleProblems } from './decode.ts';
import { readLayout, type YearFolder } from './folder-files.ts';
import { outsideFinding } from './inside.ts';
import { readJson } from './read-json.ts';
import { readNarasi } from './narasi.ts';
import { lockProblems, type EditionFile } from './edition-locks.ts';
import { readTable } from './read-table.ts';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

const fileProblem = (file: string, message: Text, fix: Text): Problem => ({ file, line: 1, column: 1, message, fix });

/**
 * The largest data file read: far above a national folder's largest (every row's cells are bounded
 * in length, fields.ts), far below what a string can hold, so that a runaway file is a problem, not a crash.
 */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;
const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
const tooLarge = (size: number): [Text, Text] => [
  text(`berkas ini ${megabytes(size)} MB, lebih dari batas ${megabytes(MAX_FILE_BYTES)} MB`, `this file is ${megabytes(size)} MB, more than the limit of ${megabytes(MAX_FILE_BYTES)} MB`),
  text('Periksa isinya: sel yang sangat panjang atau berkas lain yang tersimpan dengan nama ini', 'Check its content: a very long cell, or another file saved under this name'),
];

const asalOf = (row: Located<unknown>): Asal => ({ file: row.at.file, line: row.at.line });
/**
 * A row as the Dataset keeps it: with its origin, without the editors' optional nama column, which
 * is kept (as instansi.csv spells it) only when it gives a former name: the name of that edition.
 */
const withAsal = <R extends object>(row: Located<R>, registry?: Registry): WithAsal<Omit<R, 'nama'>> => {
  const { nama, ...values } = row.value as R & { nama?: string; kode?: Kode; tertulis?: Tertulis };
  const former = values.kode === undefined ? undefined : formerNameGiven(registry?.get(values.kode), nama);
  return { ...values, ...(former === undefined ? {} : { tertulis: { ...values.tertulis, nama: former } }), asal: asalOf(row) };
};

export interface LoadOptions {
  /**
   * False while `npm run publish` locks an edition: a published edition without a lock is then not a
   * problem, so that a folder published before Rapor had locks can be locked one edition at a time.
   */
  requireLocks?: boolean;
}

export function loadDataFolder(dir: string, options: LoadOptions = {}): LoadResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      ok: false,
      problems: [fileProblem(dir, text('folder data tidak ditemukan', 'data folder not found'), text('Periksa DATA_DIR atau jalankan dari folder proyek', 'Check DATA_DIR or run from the project folder'))],
    };
  }
  return new FolderReader(dir, options).read();
}

class FolderReader {
  private readonly problems: Problem[] = [];
  private readonly dir: string;
  private readonly options: LoadOptions;
  /** Every edisi.json that was read, for the lock checks. */
  private readonly edisiFiles: EditionFile[] = [];
  /** The separator koreksi.csv is written with, for the lines messages suggest adding to it. */
  private koreksiSeparator: Delimiter = ',';
  /** Dataset files (`2024/opd.csv`) with problems: a chapter's figure missing from one is not reported again. */
  private readonly faulty = new Set<string>();
  /** Links and special files the layout refused: reported once, not again as missing. */
  private refused: ReadonlySet<string> = new Set();

  /** Appends one by one: `push(...list)` passes every problem as an argument and overflows the stack past ≈ 100 000. */
  private report(...lists: readonly (readonly Problem[])[]): void {
    for (const list of lists) for (const problem of list) this.problems.push(problem);
  }

  constructor(dir: string, options: LoadOptions) {
    this.dir = dir;
    this.options = options;
  }

  read(): LoadResult {
    const situsFile = this.readSitus();
    const situs = situsFile?.value;
    const layout = readLayout(this.dir, situs?.logo ? [situs.logo] : []);
    this.report(layout.problems);
    this.refused = layout.refused;
    const view = this.readInstansi(layout.hasInstansi);
    const read = layout.years.flatMap((year) => this.readEdition(year, view) ?? []);
    // Chapters point at figures of any edition, so they are checked once every edition is read.
    const narasi = readNarasi(this.dir, read, view?.registry ?? new Map(), this.faulty);
    if (view !== undefined) this.report(narasi.problems);
    const editions = narasi.editions;
    const koreksi = numbered(layout.hasKoreksi ? this.readKoreksi(layout.years, view?.registry) : []);
    this.report(lockProblems(this.dir, this.edisiFiles, koreksi, this.options.requireLocks ?? true, this.koreksiSeparator));
    if (situsFile !== undefined && situs?.kode !== undefined && view !== undefined && !view.registry.has(situs.kode as Kode)) {
      this.problems.push(
        problemAt(situsFile.at, {
          field: 'kode',
          message: text(`"kode" ${situs.kode} tidak ada di instansi.csv`, `"kode" ${situs.kode} is not in instansi.csv`),
          fix: text('Tulis kode instansi penerbit seperti di instansi.csv, atau hapus "kode"', 'Write the publisher’s kode as in instansi.csv, or remove "kode"'),
        }),
      );
    }
    if (this.problems.length > 0 || situs === undefined || view === undefined) {
      return { ok: false, problems: [...this.problems].sort(compareProblems) };
    }
    return { ok: true, dataset: { situs, instansi: [...view.registry.values()], editions: withKoreksi(editions, koreksi), koreksi } };
  }

  /**
   * A data file's text, or undefined after recording why it cannot be read: too large, not text, not
   * UTF-8. Invisible controls in it are problems at their place, and the text is read on.
   */
  private text(rel: string): string | undefined {
    const path = join(this.dir, rel);
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      this.problems.push(fileProblem(rel, ...tooLarge(size)));
      return undefined;
    }
    const decoded = decodeText(readFileSync(path));
    if (!decoded.ok) {
      this.problems.push({ file: rel, line: decoded.line, column: decoded.column, ...decoded.finding });
      return undefined;
    }
    this.report(invisibleProblems(rel, decoded.text, rel.endsWith('.json')));
    return decoded.text;
  }

  private csv(rel: string): CsvText | undefined {
    const source = this.text(rel);
    return source === undefined ? undefined : parseCsv(rel, source);
  }

  /** A JSON file's value and the place of its keys, or undefined after recording its problems. */
  private json<T>(rel: string, schema: Parameters<typeof readJson>[2]): { value: T; at: JsonPlace } | undefined {
    const source = this.text(rel);
    if (source === undefined) return undefined;
    const result = readJson(rel, source, schema);
    if (result.ok) return { value: result.value as T, at: result.at };
    this.report(result.problems);
    return undefined;
  }

  private readSitus(): { value: Situs; at: Place } | undefined {
    const stat = lstatSync(join(this.dir, 'situs.json'), { throwIfNoEntry: false });
    // A link or special file named situs.json is the layout's problem (folder.ts); it is not read.
    if (stat !== undefined && !stat.isFile()) return undefined;
    if (stat === undefined) {
      this.problems.push(
        fileProblem('situs.json', text('situs.json tidak ada', 'situs.json is missing'), text('Buat situs.json dengan sedikitnya "nama" (penerbit) dan "url"', 'Create situs.json with at least "nama" (the publisher) and "url"')),
      );
      return undefined;
    }
    const read = this.json<Situs>('situs.json', situsSchema);
    const logo = read?.value.logo;
    const outside = read !== undefined && logo !== undefined ? outsideFinding(this.dir, logo, text('berkas logo', 'logo file')) : undefined;
    if (outside !== undefined) {
      this.problems.push(problemAt(read!.at, { field: 'logo', ...outside }));
    }
    return read;
  }

  private readInstansi(present: boolean): RegistryView | undefined {
    if (!present && this.refused.has('instansi.csv')) return undefined;
    if (!present) {
      this.problems.push(fileProblem('instansi.csv', text('instansi.csv tidak ada', 'instansi.csv is missing'), text('Buat instansi.csv dengan kolom kode, nama, jenis', 'Create instansi.csv with columns kode, nama, jenis')));
      return undefined;
    }
    const csv = this.csv('instansi.csv');
    if (csv === undefined) return undefined;
    const table = readTable(csv, instansiSpec, undefined);
    this.report(table.problems);
    // Every row whose identity (kode, nama, jenis) parsed joins the registry, so that one mistake in a
    // row's other cells is reported once, not again on every dataset row that uses its kode.
    const rows = table.rows
      .filter(({ value }) => value.kode !== undefined && value.nama !== undefined && value.jenis !== undefined)
      .map(({ value, at }) => ({ value: { ...value, nama_lain: value.nama_lain ?? [] } as Instansi, at }));
    const { registry, problems } = checkRegistry(rows);
    this.report(problems);
    const unreadable = new Set(table.rows.flatMap(({ value }) => (value.kode !== undefined && !registry.has(value.kode) ? [value.kode] : [])));
    return { registry, unreadable };
  }

  private readEdition(year: YearFolder, view: RegistryView | undefined): Omit<Edition, 'narasi'> | undefined {
    const edisiFile = year.hasEdisi ? this.json<Edisi>(`${year.path}/edisi.json`, edisiSchema) : undefined;
    if (edisiFile !== undefined) this.edisiFiles.push({ tahun: year.tahun, edisi: edisiFile.value, at: edisiFile.at });
    const edisi = edisiFile?.value;
    if (!year.hasEdisi && !this.refused.has(`${year.path}/edisi.json`)) {
      this.problems.push(
        fileProblem(`${year.path}/edisi.json`, text(`folder ${year.path} tidak punya edisi.json`, `folder ${year.path} has no edisi.json`), text('Buat edisi.json dengan "judul" dan "status": "draf"', 'Create edisi.json with "judul" and "status": "draf"')),
      );
    }
    if (year.datasets.length === 0) {
      this.problems.push(
        fileProblem(year.path, text(`folder ${year.path} tidak memuat satu pun dataset`, `folder ${year.path} holds no dataset`), text('Tambahkan sedikitnya satu dari sakip.csv, kepatuhan.csv, opd.csv', 'Add at least one of sakip.csv, kepatuhan.csv, opd.csv')),
      );
    }
    const datasets: Edition['datasets'] = {};
    for (const kind of year.datasets) {
      const rows = this.readDataset(kind, year, view, edisi);
      if (rows !== undefined) (datasets as Record<DatasetKind, unknown>)[kind] = rows;
    }
    return edisi === undefined ? undefined : { tahun: year.tahun, edisi, datasets, narasiFiles: year.narasi };
  }

  private readDataset(kind: DatasetKind, year: YearFolder, view: RegistryView | undefined, edisi: Edisi | undefined) {
    const path = `${year.path}/${kind}.csv`;
    const tahun = year.tahun;
    const before = this.problems.length;
    const csv = this.csv(path);
    if (csv === undefined) {
      this.faulty.add(path);
      return undefined;
    }
    if (kind === 'kepatuhan' ? this.noKepatuhanRule(path, tahun) : this.noSakipRule(path, tahun)) return undefined;
    const rows = this.readRows(kind, csv, tahun, view);
    if (this.problems.length > before) this.faulty.add(path);
    else if (rows !== undefined && rows.length === 0 && edisi?.status === 'terbit') {
      this.problems.push(
        fileProblem(path, text(`edisi ${tahun} sudah terbit tetapi ${kind}.csv tidak berisi data`, `edition ${tahun} is published but ${kind}.csv holds no data`), text('Isi datanya atau hapus berkas ini', 'Fill in the data or delete this file')),
      );
    }
    return rows;
  }

  private noSakipRule(path: string, tahun: number): boolean {
    if (sakipRule(tahun) !== undefined) return false;
    this.problems.push(
      fileProblem(
        path,
        text(`tidak ada aturan predikat SAKIP untuk tahun ${tahun}`, `no SAKIP predikat rule for year ${tahun}`),
        text('Rapor mengenal aturan sejak 2015 (PermenPAN-RB 12/2015); periksa nama folder tahun', 'Rapor knows the rules from 2015 on (PermenPAN-RB 12/2015); check the year folder name'),
      ),
    );
    return true;
  }

  private noKepatuhanRule(path: string, tahun: number): boolean {
    if (kepatuhanRule(tahun) !== undefined) return false;
    this.problems.push(
      KEPATUHAN_NO_ASSESSMENT.includes(tahun)
        ? fileProblem(path, text(`Ombudsman tidak menilai kepatuhan pada ${tahun}`, `the Ombudsman did not assess compliance in ${tahun}`), text(`Hapus kepatuhan.csv dari folder ${tahun}`, `Remove kepatuhan.csv from folder ${tahun}`))
        : fileProblem(path, text(`tidak ada aturan zona kepatuhan untuk tahun ${tahun}`, `no kepatuhan zona rule for year ${tahun}`), text('Rapor mengenal penilaian Ombudsman sejak 2015; periksa nama folder tahun', 'Rapor knows Ombudsman assessments from 2015 on; check the year folder name')),
    );
    return true;
  }

  /** The rows of one dataset file, checked against the year's rule and the registry. */
  private readRows(kind: DatasetKind, csv: CsvText, tahun: number, view: RegistryView | undefined): RowsByKind[DatasetKind][] | undefined {
    /** Records the table's problems and the registry checks; true when the file has none. */
    const check = (table: { rows: Located<{ kode?: Kode; nama?: string }>[]; problems: Problem[] }): boolean => {
      const membership = view === undefined ? [] : membershipProblems(kind, tahun, table.rows, view);
      this.report(table.problems, membership);
      return table.problems.length === 0 && membership.length === 0;
    };
    if (kind === 'sakip') {
      const table = readTable(csv, sakipSpec, { tahun, rule: sakipRule(tahun)! });
      check(table);
      return table.valid.map((row) => withAsal(row, view?.registry)) as RowsByKind['sakip'][];
    }
    if (kind === 'kepatuhan') {
      const rule = kepatuhanRule(tahun)!;
      const table = readTable(csv, kepatuhanSpec, { tahun, rule });
      check(table);
      return table.valid.map((row) => withAsal({ value: completeKepatuhan(row.value, rule), at: row.at }, view?.registry)) as RowsByKind['kepatuhan'][];
    }
    const table = readTable(csv, opdSpec, { tahun, rule: sakipRule(tahun)! });
    const clean = check(table);
    if (view === undefined) return undefined;
    const ranked = rankWithinPemda(table.valid, view.registry);
    // A given peringkat is only judged among a complete, clean set of rows: with a row missing or
    // unreadable, every rank below it would be reported as wrong.
    const complete = table.valid.length === table.rows.length && table.valid.every((row) => view.registry.has(row.value.kode));
    if (clean && complete) this.report(ranked.problems);
    const rule = sakipRule(tahun)!;
    return ranked.rows.map((row, i) => ({ ...withAsal({ value: row, at: table.valid[i]!.at }, view.registry), predikat: row.predikat ?? predikatOf(rule, row.nilai) })) as RowsByKind['opd'][];
  }

  private readKoreksi(years: YearFolder[], registry: Registry | undefined): WithAsal<KoreksiRow>[] {
    const csv = this.csv('koreksi.csv');
    if (csv === undefined) return [];
    this.koreksiSeparator = csv.delimiter;
    const table = readTable(csv, koreksiSpec, undefined);
    this.report(table.problems);
    for (const { value, at } of table.rows) {
      const year = years.find((y) => y.tahun === value.tahun);
      if (value.tahun !== undefined && year === undefined) {
        this.problems.push({
          file: at.file,
          ...at.position('tahun'),
          message: text(`tidak ada edisi ${value.tahun}`, `there is no edition ${value.tahun}`),
          fix: text('Periksa tahunnya', 'Check the year'),
        });
      }
      if (value.kode !== undefined && registry !== undefined && !registry.has(value.kode)) {
        this.problems.push({
          file: at.file,
          ...at.position('kode'),
          message: text(`kode "${value.kode}" tidak ada di instansi.csv`, `kode "${value.kode}" is not in instansi.csv`),
          fix: withNearest(text('Periksa kodenya', 'Check the kode'), value.kode, registry),
        });
      }
      if (value.dataset === 'narasi' && year !== undefined && value.kolom !== undefined && !year.narasi.includes(value.kolom)) {
        this.problems.push({
          file: at.file,
          ...at.position('kolom'),
          message: text(`bab narasi "${value.kolom}" tidak ada di ${year.path}/narasi/`, `narrative chapter "${value.kolom}" does not exist in ${year.path}/narasi/`),
          fix: text('Tulis nama berkas bab, misalnya 01-pengantar.mdx', 'Write the chapter file name, for example 01-pengantar.mdx'),
        });
      }
    }
    return table.valid.map((row) => withAsal(row));
  }
}
