/**
 * Chart specs built from the domain's views, on the server, so that every page draws a grade with
 * the same tone, label and bands. Text that depends on the page (aria label, value label) is the
 * page's to give.
 */
import { ruleChanges, type BarSpec, type RiwayatBand, type RiwayatPoint, type RiwayatSpec, type LegendBand, type LegendEntry, type PeringkatSpec, type Tone } from './chart-spec.ts';
import { formatRange, hasKategori, PREDIKAT, rangeOf, ruleOf, type DatasetKind, type Predikat, type Zona } from '../domain/rules.ts';
import type { Lang } from '../domain/text.ts';
import type { Count } from '../domain/views/sebaran.ts';
import { formatYears } from '../i18n/format.ts';
import { ui } from '../i18n/ui.ts';
import { uiChart, type ChartUnit } from '../i18n/ui-chart.ts';

export interface ChartText {
  lang: Lang;
  ariaLabel: string;
  valueLabel: string;
}

/** A graded row: SAKIP and OPD rows carry a predikat, kepatuhan rows a zona. */
type Graded = { nilai?: number } & ({ predikat: Predikat } | { zona: Zona });

const gradeOf = (row: Graded): { label: string; tone: Tone } =>
  'predikat' in row ? { label: row.predikat, tone: `predikat-${row.predikat}` } : { label: row.zona, tone: `zona-${row.zona}` };

const span = (range: { min: number; max: number }) => ({ from: range.min, to: range.max });

/** The bands of the rule grading a dataset in a year, labelled by kategori where the rule has them; none when no rule applies. */
export function bandsOf(kind: DatasetKind, tahun: number): RiwayatBand[] {
  const rule = ruleOf(kind, tahun);
  if (rule === undefined) return [];
  return rule.dataset === 'sakip'
    ? rule.bands.map((band) => ({ ...span(rangeOf(rule, band)), label: band.value, tone: `predikat-${band.value}` }))
    : rule.bands.map((band) => ({ ...span(rangeOf(rule, band)), label: band.value.kategori ?? band.value.zona, tone: `zona-${band.value.zona}` }));
}

/** The key of a set of bands: each band's label and range as the rule's source writes it; a kategori names its zona too. */
function legendBandsOf(kind: DatasetKind, tahun: number, lang: Lang): { scale: 'predikat' | 'zona' | 'kategori'; bands: LegendBand[] } {
  const rule = ruleOf(kind, tahun)!;
  if (rule.dataset === 'sakip') {
    return { scale: 'predikat', bands: rule.bands.map((band) => ({ label: band.value, range: formatRange(rule, band, lang), tone: `predikat-${band.value}` })) };
  }
  return {
    scale: hasKategori(rule) ? 'kategori' : 'zona',
    bands: rule.bands.map((band) => ({
      label: band.value.kategori === undefined ? band.value.zona : `${band.value.kategori} (${band.value.zona})`,
      range: formatRange(rule, band, lang),
      tone: `zona-${band.value.zona}`,
    })),
  };
}

/** The key of a history chart: each set of bands with the years it covers (when there are several), the points, and the dashed line where a rule changes. */
function riwayatLegend(kind: DatasetKind, points: readonly RiwayatPoint[], ruleBands: Record<string, number>, lang: Lang): LegendEntry[] {
  const sets = [...new Set(Object.values(ruleBands))];
  const bands = sets.map((set): LegendEntry => {
    const years = points.filter((p) => p.rule !== undefined && ruleBands[p.rule] === set).map((p) => p.tahun);
    const { scale, bands } = legendBandsOf(kind, years[0]!, lang);
    const span = sets.length > 1 ? formatYears({ dari: years[0]!, hingga: years.at(-1)! }, lang) : undefined;
    return { mark: 'bands', label: uiChart.bands(scale, span)[lang], bands };
  });
  return [
    ...bands,
    { mark: 'point', label: uiChart.points(kind === 'kepatuhan' ? 'zona' : 'predikat')[lang] },
    ...(ruleChanges(points).some(Boolean) ? [{ mark: 'rule-change', label: uiChart.ruleChange[lang] } as const] : []),
  ];
}

/** The instansi a distribution or ranking would draw, for the sentence that replaces a chart over too few of them. */
export function chartUnits(rows: readonly ({ kode: string } & Graded)[], names: ReadonlyMap<string, { nama: string }>): ChartUnit[] {
  return rows.map((row) => ({
    nama: names.get(row.kode)?.nama ?? row.kode,
    ...('predikat' in row ? { scale: 'predikat' as const, grade: row.predikat } : { scale: 'zona' as const, grade: row.zona }),
    ...(row.nilai === undefined ? {} : { nilai: row.nilai }),
  }));
}

const isPredikat = (value: string): value is Predikat => (PREDIKAT as readonly string[]).includes(value);

export function sebaranChart(counts: readonly Count<Predikat>[] | readonly Count<Zona>[], text: ChartText): BarSpec {
  const categories = counts.map(({ value, count }: Count<Predikat | Zona>) => ({
    label: value,
    count,
    tone: isPredikat(value) ? (`predikat-${value}` as const) : (`zona-${value}` as const),
  }));
  return { kind: 'bar', ...text, categories };
}

/** What a history chart reads of the domain's `RiwayatEntry`. */
type Entry = { status: 'dinilai'; tahun: number; row: Graded } | { status: 'tidak-dinilai' | 'tidak-aktif'; tahun: number };

/** One dataset's history of an instansi: a gap (never a zero) where it was not assessed or did not exist; each set of bands once. */
export function riwayatChart(kind: DatasetKind, entries: readonly Entry[], text: ChartText): RiwayatSpec {
  const bandSets: RiwayatBand[][] = [];
  /** The index in bandSets of each set, by its JSON. */
  const setIndex = new Map<string, number>();
  const ruleBands: Record<string, number> = {};
  const points = entries.map((entry) => {
    const rule = ruleOf(kind, entry.tahun);
    if (rule !== undefined && !(rule.id in ruleBands)) {
      const bands = bandsOf(kind, entry.tahun);
      const key = JSON.stringify(bands);
      if (!setIndex.has(key)) setIndex.set(key, bandSets.push(bands) - 1);
      ruleBands[rule.id] = setIndex.get(key)!;
    }
    const common = { tahun: entry.tahun, ...(rule === undefined ? {} : { rule: rule.id }) };
    if (entry.status !== 'dinilai') {
      const label = entry.status === 'tidak-dinilai' ? ui.notAssessed : ui.notActive;
      return { ...common, nilai: null, label: label[text.lang] };
    }
    return { ...common, nilai: entry.row.nilai ?? null, ...gradeOf(entry.row) };
  });
  return { kind: 'history', ...text, bandSets, ruleBands, points, legend: riwayatLegend(kind, points, ruleBands, text.lang) };
}

/** Ranked rows only, in rank order as given; unranked rows stay in the table. */
export function peringkatChart(
  rows: readonly { peringkat?: number; instansi: { nama: string }; row: Graded }[],
  text: ChartText,
): PeringkatSpec {
  const bars = rows.flatMap(({ peringkat, instansi, row }) =>
    peringkat === undefined || row.nilai === undefined ? [] : [{ peringkat, nama: instansi.nama, nilai: row.nilai, ...gradeOf(row) }],
  );
  return { kind: 'ranking', ...text, bars };
}
