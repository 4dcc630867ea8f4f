/**
 * What `npm run new-edition` writes for a new draft edition, decided without touching a file: the
 * edisi.json, header-only dataset templates in Excel's form, an example chapter and, from an earlier
 * edition, the list of instansi to fill in again. The data layer writes these files.
 */
import { COLUMNS } from './csv-columns.ts';
import { csvText, EXCEL_FORM } from './csv-form.ts';
import type { Dataset, Edition } from './dataset.ts';
import { isActiveIn } from './instansi.ts';
import { DATASET_KINDS, DIMENSI_KEPATUHAN, KOMPONEN_SAKIP, kepatuhanRule, SAKIP_RULES, sakipRule, type DatasetKind } from './rules.ts';
import { text, type Text } from './text.ts';

export interface ScaffoldFile {
  /** Relative to the data folder. */
  path: string;
  content: string;
}

export interface ScaffoldRequest {
  /** The year as typed on the command line. */
  tahun: string;
  from?: string;
  /** The current year, to catch a typo such as 2206. */
  currentYear: number;
}

export type Scaffold = { ok: true; tahun: number; files: ScaffoldFile[] } | { ok: false; problem: Text };

/** The side file listing last year's instansi; not a dataset, ignored by the validator. */
export const DAFTAR_FILE = 'daftar-opd.csv';
export const EXAMPLE_NARASI = 'narasi/01-pengantar.mdx';

const FIRST_YEAR = Math.min(...SAKIP_RULES.map((rule) => rule.dari));

/** Why `raw` cannot be a new edition's year (not four digits, before the rules Rapor knows, a typo far ahead), if it cannot. */
export function yearProblem(raw: string | undefined, currentYear: number): Text | undefined {
  if (raw === undefined || !/^\d{4}$/.test(raw)) {
    return text(`"${raw ?? ''}" bukan tahun: tulis tahun empat angka, misalnya npm run new-edition -- ${currentYear}`, `"${raw ?? ''}" is not a year: write a four-digit year, for example npm run new-edition -- ${currentYear}`);
  }
  const tahun = Number(raw);
  if (tahun < FIRST_YEAR) return text(`Rapor mengenal aturan penilaian sejak ${FIRST_YEAR}, bukan ${tahun}`, `Rapor knows the grading rules from ${FIRST_YEAR} on, not ${tahun}`);
  if (tahun > currentYear + 1) return text(`tahun ${tahun} terlalu jauh di depan (sekarang ${currentYear}); periksa salah ketik`, `year ${tahun} is too far ahead (it is ${currentYear}); check for a typo`);
  return undefined;
}

/** The files of a new draft edition, or why it cannot be made from this (valid) dataset. */
export function scaffoldEdition(dataset: Dataset, request: ScaffoldRequest): Scaffold {
  const invalid = yearProblem(request.tahun, request.currentYear);
  if (invalid) return { ok: false, problem: invalid };
  const tahun = Number(request.tahun);
  if (dataset.editions.some((e) => e.tahun === tahun)) {
    return { ok: false, problem: text(`edisi ${tahun} sudah ada; Rapor tidak menimpanya`, `edition ${tahun} already exists; Rapor does not overwrite it`) };
  }
  let from: Edition | undefined;
  if (request.from !== undefined) {
    from = dataset.editions.find((e) => String(e.tahun) === request.from);
    if (from === undefined) {
      const known = dataset.editions.map((e) => e.tahun).join(', ');
      return { ok: false, problem: text(`--from ${request.from}: tidak ada edisi itu (yang ada: ${known})`, `--from ${request.from}: there is no such edition (there are: ${known})`) };
    }
  }
  const files: ScaffoldFile[] = [
    { path: `${tahun}/edisi.json`, content: `${JSON.stringify({ ...proposeTitles(dataset.editions, tahun), status: 'draf' }, null, 2)}\n` },
    ...datasetsOf(tahun).map((kind) => ({ path: `${tahun}/${kind}.csv`, content: csvTemplate(kind, tahun) })),
    { path: `${tahun}/${EXAMPLE_NARASI}`, content: exampleNarasi(tahun, exampleFigure(dataset, tahun)) },
  ];
  if (from !== undefined) files.push({ path: `${tahun}/${DAFTAR_FILE}`, content: daftarOpd(dataset, from, tahun) });
  return { ok: true, tahun, files };
}

/** The datasets a year can have: kepatuhan only in years the Ombudsman assessed. */
const datasetsOf = (tahun: number): DatasetKind[] =>
  DATASET_KINDS.filter((kind) => (kind === 'kepatuhan' ? kepatuhanRule(tahun) : sakipRule(tahun)) !== undefined);

/**
 * The columns of a dataset that year's rule assesses: not a SAKIP component, kepatuhan dimension or
 * kategori the rule does not know (capaian since 2022), which would only invite a figure the
 * validator then refuses.
 */
export function assessedColumns(kind: DatasetKind, tahun: number): readonly string[] {
  const sakip = sakipRule(tahun);
  const kepatuhan = kepatuhanRule(tahun);
  const unassessed = new Set<string>([
    ...(kind === 'sakip' && sakip ? KOMPONEN_SAKIP.filter((kolom) => !sakip.komponen.some((k) => k.kolom === kolom)) : []),
    ...(kind === 'kepatuhan' && kepatuhan ? DIMENSI_KEPATUHAN.filter((kolom) => !kepatuhan.dimensi.some((d) => d.kolom === kolom)) : []),
    ...(kind === 'kepatuhan' && kepatuhan && !kepatuhan.bands.some((band) => band.value.kategori !== undefined) ? ['kategori'] : []),
  ]);
  return COLUMNS[kind].filter((kolom) => !unassessed.has(kolom));
}

/** A header-only template of a dataset for year `tahun`, in the form Indonesian Excel opens and saves cleanly. */
export function csvTemplate(kind: DatasetKind, tahun: number): string {
  return csvText([assessedColumns(kind, tahun)], EXCEL_FORM);
}

/**
 * The nearest earlier edition's titles with their year replaced, so that a series keeps one pattern:
 * `judul`, and `judul_en` when the model has one naming its year.
 */
export function proposeTitles(editions: readonly Edition[], tahun: number): { judul: string; judul_en?: string } {
  const model = editions.filter((e) => e.tahun < tahun).at(-1) ?? editions[0];
  const withYear = (title: string | undefined) => (model !== undefined && title?.includes(String(model.tahun)) ? title.replaceAll(String(model.tahun), String(tahun)) : undefined);
  const judulEn = withYear(model?.edisi.judul_en);
  return { judul: withYear(model?.edisi.judul) ?? `Laporan Kinerja Tahun ${tahun}`, ...(judulEn === undefined ? {} : { judul_en: judulEn }) };
}

/** A figure the example chapter can show live: the latest earlier row of the publisher, else of any instansi. */
interface Figure {
  dataset: DatasetKind;
  kode: string;
  nama: string;
  tahun: number;
}

const FIGURE_NAME: Record<DatasetKind, string> = { sakip: 'nilai SAKIP', kepatuhan: 'nilai kepatuhan pelayanan publik', opd: 'nilai evaluasi internal' };

function exampleFigure(dataset: Dataset, tahun: number): Figure | undefined {
  const earlier = dataset.editions.filter((e) => e.tahun < tahun).reverse();
  const publisher = dataset.situs.kode;
  for (const prefer of [publisher, undefined]) {
    for (const edition of earlier) {
      for (const kind of DATASET_KINDS) {
        const row = (edition.datasets[kind] ?? []).find((r) => prefer === undefined || r.kode === prefer);
        if (row !== undefined) return { dataset: kind, kode: row.kode, nama: dataset.instansi.find((i) => i.kode === row.kode)?.nama ?? row.kode, tahun: edition.tahun };
      }
    }
  }
  return undefined;
}

function exampleNarasi(tahun: number, figure: Figure | undefined): string {
  // A live figure from an earlier edition validates now; one of this edition's empty files would not.
  const live =
    figure === undefined
      ? ['Angka di dalam teks ditulis dengan komponen Rapor, misalnya `<Nilai dataset="sakip" kode="…" />`,', 'bukan diketik, sehingga teks tidak pernah berbeda dengan tabel.']
      : [
          'Angka di dalam teks ditulis dengan komponen Rapor, bukan diketik, sehingga teks tidak pernah berbeda',
          `dengan tabel. Contohnya, ${FIGURE_NAME[figure.dataset]} ${figure.nama} tahun ${figure.tahun}:`,
          `<Nilai dataset="${figure.dataset}" kode="${figure.kode}" tahun="${figure.tahun}" />. Setelah data ${tahun} terisi,`,
          `hapus \`tahun="${figure.tahun}"\` agar angkanya diambil dari edisi ini.`,
        ];
  return [
    '---',
    'title: Pengantar',
    `ringkasan: Gambaran singkat kinerja tahun ${tahun}, dalam satu atau dua kalimat.`,
    '---',
    '',
    `Tulis pengantar laporan kinerja tahun ${tahun} di sini, dalam paragraf biasa. Satu baris kosong`,
    'memisahkan dua paragraf.',
    '',
    ...live,
    'Komponen lainnya (`<Sebaran>`, `<Peringkat>`, `<Riwayat>`, `<Tabel>`) dijelaskan di panduan editor.',
    '',
    'Bab lain ditambahkan sebagai berkas baru di folder ini (02-sakip.mdx, 03-kepatuhan.mdx, …); urutan',
    'bab mengikuti nama berkas. Hapus berkas ini bila edisi tidak memerlukan pengantar.',
    '',
  ].join('\n');
}

const REFERENCE: Record<DatasetKind, { column: string; value: (row: { predikat?: string; zona?: string }) => string | undefined }> = {
  sakip: { column: 'predikat_sakip', value: (row) => row.predikat },
  kepatuhan: { column: 'zona_kepatuhan', value: (row) => row.zona },
  opd: { column: 'predikat_opd', value: (row) => row.predikat },
};

/**
 * Every instansi with rows in the `from` edition that is still active in `tahun`, with its grades of
 * that year for reference, so that editors fill in the same OPD again and notice one that is gone.
 */
export function daftarOpd(dataset: Dataset, from: Edition, tahun: number): string {
  const kinds = DATASET_KINDS.filter((kind) => from.datasets[kind] !== undefined);
  const byKind = new Map(kinds.map((kind) => [kind, new Map<string, { predikat?: string; zona?: string }>((from.datasets[kind] ?? []).map((row) => [row.kode, row]))]));
  const listed = dataset.instansi
    .filter((i) => isActiveIn(i, tahun) && kinds.some((kind) => byKind.get(kind)!.has(i.kode)))
    .sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));
  const grade = (kind: DatasetKind, kode: string): string => {
    const row = byKind.get(kind)!.get(kode);
    return (row && REFERENCE[kind].value(row)) ?? '';
  };
  const header = ['kode', 'nama', 'jenis', ...kinds.map((kind) => `${REFERENCE[kind].column}_${from.tahun}`)];
  const rows = listed.map((i) => [i.kode, i.nama, i.jenis, ...kinds.map((kind) => grade(kind, i.kode))]);
  return csvText([header, ...rows], EXCEL_FORM);
}

/** What the editor does next, in Indonesian then English. */
export function nextSteps(tahun: number, folder: string, withDaftar: boolean): string[] {
  const daftar = withDaftar ? [`   (${DAFTAR_FILE} mendaftar instansi tahun lalu; ia bukan dataset dan tidak dibaca situs)`] : [];
  const daftarEn = withDaftar ? [`   (${DAFTAR_FILE} lists last year's instansi; it is not a dataset and the site does not read it)`] : [];
  return [
    `Edisi ${tahun} dibuat sebagai draf di ${folder}/${tahun}/. Langkah berikutnya:`,
    `1. Isi sakip.csv, kepatuhan.csv dan opd.csv di Excel atau LibreOffice Calc. Simpan di Excel sebagai "CSV UTF-8 (Comma delimited)";`,
    '   di LibreOffice Calc sebagai "Text CSV (.csv)" dengan Character set "Unicode (UTF-8)" dan Field delimiter ";".',
    ...daftar,
    '   Dataset yang tidak dipakai tahun ini boleh dihapus (sedikitnya satu harus ada).',
    `2. Ubah judul di ${tahun}/edisi.json bila perlu, dan tulis narasi di ${tahun}/narasi/.`,
    '3. Lihat hasilnya: npm run dev (buka alamat yang dicetak; masalah data tampil di peramban).',
    '4. Periksa: npm run validate — perbaiki setiap masalah yang disebutkan.',
    `5. Terbitkan: npm run publish -- ${tahun}`,
    '',
    `Edition ${tahun} is created as a draft in ${folder}/${tahun}/. Next steps:`,
    '1. Fill in sakip.csv, kepatuhan.csv and opd.csv in Excel or LibreOffice Calc. Save in Excel as "CSV UTF-8 (Comma delimited)";',
    '   in LibreOffice Calc as "Text CSV (.csv)" with Character set "Unicode (UTF-8)" and Field delimiter ";".',
    ...daftarEn,
    '   Datasets not used this year may be deleted (at least one must remain).',
    `2. Change the title in ${tahun}/edisi.json if needed, and write the narrative in ${tahun}/narasi/.`,
    '3. Preview: npm run dev (open the address it prints; data problems show in the browser).',
    '4. Check: npm run validate — fix every problem it names.',
    `5. Publish: npm run publish -- ${tahun}`,
  ];
}
