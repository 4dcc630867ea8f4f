/**
 * The band tables: which predikat, zona and kategori a nilai earns in a given year. This module is
 * the only place that knows a cut-off; the validator, the derivations and `/metodologi/` all read
 * these tables. Each rule cites its regulation or source; uncertain entries say so in `catatan`.
 */
import { formatNumber } from './number.ts';
import { text, type Lang, type Text } from './text.ts';

export const PREDIKAT = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] as const;
export type Predikat = (typeof PREDIKAT)[number];

export const ZONA = ['hijau', 'kuning', 'merah', 'hitam'] as const;
export type Zona = (typeof ZONA)[number];

export const KOMPONEN_SAKIP = ['perencanaan', 'pengukuran', 'pelaporan', 'evaluasi_internal', 'capaian'] as const;
export type KomponenSakip = (typeof KOMPONEN_SAKIP)[number];

export const DIMENSI_KEPATUHAN = ['input', 'proses', 'output', 'pengaduan', 'kepercayaan_masyarakat'] as const;
export type DimensiKepatuhan = (typeof DIMENSI_KEPATUHAN)[number];

/** Whether a band's lower bound belongs to it: SAKIP writes "> 90", Ombudsman "88,00–100". */
export type LowerBound = 'exclusive' | 'inclusive';

export interface Source {
  /** Short citation for tables: "PermenPAN-RB 88/2021". */
  singkat: string;
  /** Full title as published. */
  judul: string;
}

/** A band, from its lower bound up to the next band's lower bound (or 100). Listed from high to low. */
export interface Band<V> {
  value: V;
  min: number;
  label: Text;
}

export interface KepatuhanGrade {
  zona: Zona;
  kategori?: string;
}

/** A SAKIP component: its score lies in 0..bobot. */
export interface Komponen {
  kolom: KomponenSakip;
  bobot: number;
  label: Text;
}

/** A kepatuhan dimension, scored 0–100; its weight in percent where the method publishes one. */
export interface Dimensi {
  kolom: DimensiKepatuhan;
  bobot?: number;
  label: Text;
}

interface RuleBase<V> {
  /** Stable id; two years are comparable when they share a rule id. */
  id: string;
  dari: number;
  /** Last year the rule applies; open-ended while no newer rule is known. */
  hingga?: number;
  sumber: Source[];
  lowerBound: LowerBound;
  bands: readonly Band<V>[];
  catatan?: Text;
}

export interface SakipRule extends RuleBase<Predikat> {
  dataset: 'sakip';
  komponen: readonly Komponen[];
}

export interface KepatuhanRule extends RuleBase<KepatuhanGrade> {
  dataset: 'kepatuhan';
  dimensi: readonly Dimensi[];
}

const SAKIP_BANDS: readonly Band<Predikat>[] = [
  { value: 'AA', min: 90, label: text('Sangat Memuaskan', 'Excellent') },
  { value: 'A', min: 80, label: text('Memuaskan', 'Very good') },
  { value: 'BB', min: 70, label: text('Sangat Baik', 'Good') },
  { value: 'B', min: 60, label: text('Baik', 'Fair') },
  { value: 'CC', min: 50, label: text('Cukup (Memadai)', 'Adequate') },
  { value: 'C', min: 30, label: text('Kurang', 'Poor') },
  { value: 'D', min: 0, label: text('Sangat Kurang', 'Very poor') },
];

const KOMPONEN_LABEL: Record<KomponenSakip, Text> = {
  perencanaan: text('Perencanaan Kinerja', 'Performance planning'),
  pengukuran: text('Pengukuran Kinerja', 'Performance measurement'),
  pelaporan: text('Pelaporan Kinerja', 'Performance reporting'),
  evaluasi_internal: text('Evaluasi Internal', 'Internal evaluation'),
  capaian: text('Capaian Kinerja', 'Performance achievement'),
};

type RegimeFields<R> = Omit<R, 'dataset' | 'lowerBound' | 'bands' | 'komponen' | 'dimensi'>;

/** A SAKIP regime: the national bands with its own components, `bobot` listing them in order. */
const sakipRegime = (
  fields: RegimeFields<SakipRule>,
  bobot: readonly [KomponenSakip, number, Text?][],
): SakipRule => ({
  dataset: 'sakip',
  lowerBound: 'exclusive',
  bands: SAKIP_BANDS,
  ...fields,
  komponen: bobot.map(([kolom, max, label]) => ({ kolom, bobot: max, label: label ?? KOMPONEN_LABEL[kolom] })),
});

export const SAKIP_RULES: readonly SakipRule[] = [
  sakipRegime(
    {
      id: 'sakip-permenpanrb-12-2015',
      dari: 2015,
      hingga: 2021,
      sumber: [{ singkat: 'PermenPAN-RB 12/2015', judul: 'Peraturan Menteri PAN-RB Nomor 12 Tahun 2015 tentang Pedoman Evaluasi atas Implementasi SAKIP' }],
    },
    [['perencanaan', 30], ['pengukuran', 25], ['pelaporan', 15], ['evaluasi_internal', 10], ['capaian', 20]],
  ),
  sakipRegime(
    {
      id: 'sakip-permenpanrb-88-2021',
      dari: 2022,
      sumber: [{ singkat: 'PermenPAN-RB 88/2021', judul: 'Peraturan Menteri PAN-RB Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah' }],
      catatan: text(
        'Berlaku sejak evaluasi 2022 dan sedikitnya sampai 2024; Rapor menerapkannya untuk tahun berikutnya sampai ada aturan baru. Komponen tidak dapat dibandingkan dengan aturan 12/2015.',
        'Applies from the 2022 evaluation and at least until 2024; Rapor applies it to later years until a newer rule is known. Components are not comparable with rule 12/2015.',
      ),
    },
    [
      ['perencanaan', 30],
      ['pengukuran', 30],
      ['pelaporan', 15],
      ['evaluasi_internal', 25, text('Evaluasi Akuntabilitas Kinerja Internal', 'Internal performance accountability evaluation')],
    ],
  ),
];

const OMBUDSMAN_UU: Source = {
  singkat: 'UU 25/2009',
  judul: 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (standar pelayanan yang dinilai)',
};

const THREE_ZONES: readonly Band<KepatuhanGrade>[] = [
  { value: { zona: 'hijau' }, min: 81, label: text('Kepatuhan tinggi', 'High compliance') },
  { value: { zona: 'kuning' }, min: 51, label: text('Kepatuhan sedang', 'Medium compliance') },
  { value: { zona: 'merah' }, min: 0, label: text('Kepatuhan rendah', 'Low compliance') },
];

const kategoriBands = (lowest: Zona): readonly Band<KepatuhanGrade>[] => [
  { value: { zona: 'hijau', kategori: 'A' }, min: 88, label: text('Kualitas Tertinggi', 'Highest quality') },
  { value: { zona: 'hijau', kategori: 'B' }, min: 78, label: text('Kualitas Tinggi', 'High quality') },
  { value: { zona: 'kuning', kategori: 'C' }, min: 54, label: text('Kualitas Sedang', 'Medium quality') },
  { value: { zona: 'merah', kategori: 'D' }, min: 32, label: text('Kualitas Rendah', 'Low quality') },
  { value: { zona: lowest, kategori: 'E' }, min: 0, label: text('Kualitas Terendah', 'Lowest quality') },
];

const DIMENSI_LABEL: Record<DimensiKepatuhan, Text> = {
  input: text('Input', 'Input'),
  proses: text('Proses', 'Process'),
  output: text('Output', 'Output'),
  pengaduan: text('Pengaduan', 'Complaints handling'),
  kepercayaan_masyarakat: text('Kepercayaan masyarakat', 'Public trust'),
};

/** An Ombudsman method: its bands and its dimensions in order, each with its weight where published. */
const kepatuhanRegime = (
  fields: RegimeFields<KepatuhanRule>,
  bands: readonly Band<KepatuhanGrade>[],
  bobot: readonly [DimensiKepatuhan, number?][],
): KepatuhanRule => ({
  dataset: 'kepatuhan',
  lowerBound: 'inclusive',
  bands,
  ...fields,
  dimensi: bobot.map(([kolom, weight]) => ({ kolom, label: DIMENSI_LABEL[kolom], ...(weight === undefined ? {} : { bobot: weight }) })),
});

const ombudsman = (singkat: string, judul: string): Source[] => [{ singkat, judul: `Ombudsman RI, ${judul}` }, OMBUDSMAN_UU];

export const KEPATUHAN_RULES: readonly KepatuhanRule[] = [
  kepatuhanRegime(
    {
      id: 'kepatuhan-2015',
      dari: 2015,
      hingga: 2019,
      sumber: ombudsman('Ombudsman RI 2015–2019', 'Penilaian Kepatuhan terhadap Standar Pelayanan Publik, putaran 2015–2019'),
      catatan: text(
        'Sampel instansi berbeda setiap putaran; nilai ditulis dalam bilangan bulat (merah 0–50, kuning 51–80, hijau 81–100).',
        'A different sample of institutions each round; scores published as whole numbers (red 0–50, yellow 51–80, green 81–100).',
      ),
    },
    THREE_ZONES,
    [],
  ),
  kepatuhanRegime(
    {
      id: 'kepatuhan-2021',
      dari: 2021,
      hingga: 2021,
      sumber: ombudsman('Ombudsman RI 2021', 'Penilaian Kepatuhan terhadap Standar Pelayanan Publik 2021'),
      catatan: text(
        'Pertama kali menilai semua K/L dan pemda; tidak ada penilaian pada 2020.',
        'The first round covering every ministry, agency and regional government; there was no assessment in 2020.',
      ),
    },
    THREE_ZONES,
    [],
  ),
  kepatuhanRegime(
    {
      id: 'kepatuhan-2022',
      dari: 2022,
      hingga: 2024,
      sumber: ombudsman('Ombudsman RI 2022–2024', 'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2022–2024'),
      catatan: text(
        'Batas kategori disimpulkan dari nilai yang diterbitkan (cocok dengan semuanya); rentang E disimpulkan dari aturan 2025.',
        'Category cut-offs are inferred from published scores (all fit); the range of E is inferred from the 2025 rule.',
      ),
    },
    kategoriBands('merah'),
    [['input', 21.85], ['proses', 32.37], ['output', 24.24], ['pengaduan', 21.54]],
  ),
  kepatuhanRegime(
    {
      id: 'kepatuhan-opini-2025',
      dari: 2025,
      sumber: ombudsman('Opini Ombudsman 2025', 'Opini Pengawasan Penyelenggaraan Pelayanan Publik 2025'),
      catatan: text(
        'Empat dimensi bersama berbobot 70 %, kepercayaan masyarakat 30 %; zona hitam baru untuk 0–31,99. Sumber masih terbatas.',
        'The four dimensions together weigh 70 %, public trust 30 %; a new black zone for 0–31.99. Sources are still thin.',
      ),
    },
    kategoriBands('hitam'),
    [['input'], ['proses'], ['output'], ['pengaduan'], ['kepercayaan_masyarakat', 30]],
  ),
];

/** Years in which the Ombudsman did not assess compliance at all. */
export const KEPATUHAN_NO_ASSESSMENT: readonly number[] = [2020];

const covers = (rule: { dari: number; hingga?: number }, tahun: number): boolean =>
  tahun >= rule.dari && (rule.hingga === undefined || tahun <= rule.hingga);

export function sakipRule(tahun: number): SakipRule | undefined {
  return SAKIP_RULES.find((rule) => covers(rule, tahun));
}

export function kepatuhanRule(tahun: number): KepatuhanRule | undefined {
  return KEPATUHAN_RULES.find((rule) => covers(rule, tahun));
}

/** The band a nilai falls in. Every rule's lowest band starts at 0 inclusive. */
export function bandOf<V>(rule: RuleBase<V>, nilai: number): Band<V> {
  const above = (min: number): boolean => (rule.lowerBound === 'exclusive' ? nilai > min : nilai >= min);
  const last = rule.bands[rule.bands.length - 1]!;
  return rule.bands.find((band) => band !== last && above(band.min)) ?? last;
}

export function predikatOf(rule: SakipRule, nilai: number): Predikat {
  return bandOf(rule, nilai).value;
}

export function gradeOf(rule: KepatuhanRule, nilai: number): KepatuhanGrade {
  return bandOf(rule, nilai).value;
}

/** A band's range as the regulation writes it: "> 90 – 100" (exclusive) or "88 – 100" (inclusive). */
export interface BandRange {
  min: number;
  minInclusive: boolean;
  max: number;
  maxInclusive: boolean;
}

export function rangeOf<V>(rule: RuleBase<V>, band: Band<V>): BandRange {
  const index = rule.bands.indexOf(band);
  const upper = index > 0 ? rule.bands[index - 1]!.min : 100;
  const lowest = index === rule.bands.length - 1;
  return {
    min: band.min,
    minInclusive: lowest || rule.lowerBound === 'inclusive',
    max: upper,
    maxInclusive: index === 0 || rule.lowerBound === 'exclusive',
  };
}

const twoDecimals = { id: new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2 }), en: new Intl.NumberFormat('en', { minimumFractionDigits: 2 }) };

/**
 * A band's range as its source writes it: SAKIP "> 90 – 100", "0 – 30"; Ombudsman, whose scores have
 * two decimals and inclusive lower bounds, "78,00 – 87,99".
 */
export function formatRange<V>(rule: RuleBase<V>, band: Band<V>, lang: Lang): string {
  const range = rangeOf(rule, band);
  if (rule.lowerBound === 'exclusive') {
    return `${range.minInclusive ? '' : '> '}${formatNumber(range.min, lang)} – ${formatNumber(range.max, lang)}`;
  }
  const max = range.maxInclusive ? range.max : range.max - 0.01;
  return `${twoDecimals[lang].format(range.min)} – ${twoDecimals[lang].format(max)}`;
}

/**
 * How a rule's lower bounds read, shown on a score exactly on its highest band's lower bound: inclusive,
 * `at` is already in that band (Ombudsman 2022: 88,00 is A); exclusive, `at` is still in the band below
 * and `above` — 0,01 more — is in it (SAKIP: 90,00 is A, 90,01 is AA).
 */
export interface BoundExample<V> {
  at: number;
  band: Band<V>;
  above?: { at: number; band: Band<V> };
}

export function boundExample<V>(rule: RuleBase<V>): BoundExample<V> {
  const top = rule.bands[0]!;
  if (rule.lowerBound === 'inclusive') return { at: top.min, band: bandOf(rule, top.min) };
  const above = Math.round((top.min + 0.01) * 100) / 100;
  return { at: top.min, band: bandOf(rule, top.min), above: { at: above, band: bandOf(rule, above) } };
}

/** Whether a nilai lies in a band's range. */
export function inRange(range: BandRange, nilai: number): boolean {
  const aboveMin = range.minInclusive ? nilai >= range.min : nilai > range.min;
  const belowMax = range.maxInclusive ? nilai <= range.max : nilai < range.max;
  return aboveMin && belowMax;
}

/** All bands of a rule that carry a given zona (2022–: hijau is both A and B). */
export function kategoriOfZona(rule: KepatuhanRule, zona: Zona): string[] {
  return rule.bands.filter((b) => b.value.zona === zona && b.value.kategori).map((b) => b.value.kategori!);
}

export function hasKategori(rule: KepatuhanRule): boolean {
  return rule.bands.some((band) => band.value.kategori !== undefined);
}

export const DATASET_KINDS = ['sakip', 'kepatuhan', 'opd'] as const;
/** The three assessments a data folder can hold per year, each in its own CSV file. */
export type DatasetKind = (typeof DATASET_KINDS)[number];

/**
 * The rule that grades a dataset in a year. OPD predikat use the SAKIP bands of the year: each pemda
 * sets its own technical rule under PermenPAN-RB 88/2021 and in practice keeps the national scale.
 */
export function ruleOf(kind: DatasetKind, tahun: number): SakipRule | KepatuhanRule | undefined {
  return kind === 'kepatuhan' ? kepatuhanRule(tahun) : sakipRule(tahun);
}

/** Two years of a dataset are comparable when the same rule regime graded both. */
export function comparable(kind: DatasetKind, a: number, b: number): boolean {
  const ra = ruleOf(kind, a);
  return ra !== undefined && ra === ruleOf(kind, b);
}
