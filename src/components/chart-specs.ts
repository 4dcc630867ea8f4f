/**
 * Chart specs built from the domain's views, on the server, so that every page draws a grade with
 * the same tone, label and bands. Text that depends on the page (aria label, value label) is the
 * page's to give.
 */
import type { BarSpec, HistoryBand, HistorySpec, RankingSpec, Tone } from '../client/chart-spec.ts';
import { PREDIKAT, rangeOf, ruleOf, type DatasetKind, type Predikat, type Zona } from '../domain/rules.ts';
import type { Lang } from '../domain/text.ts';
import type { Count } from '../domain/views/distribution.ts';
import { ui } from '../i18n/ui.ts';

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
export function bandsOf(kind: DatasetKind, tahun: number): HistoryBand[] {
  const rule = ruleOf(kind, tahun);
  if (rule === undefined) return [];
  return rule.dataset === 'sakip'
    ? rule.bands.map((band) => ({ ...span(rangeOf(rule, band)), label: band.value, tone: `predikat-${band.value}` }))
    : rule.bands.map((band) => ({ ...span(rangeOf(rule, band)), label: band.value.kategori ?? band.value.zona, tone: `zona-${band.value.zona}` }));
}

const isPredikat = (value: string): value is Predikat => (PREDIKAT as readonly string[]).includes(value);

export function distributionChart(counts: readonly Count<Predikat>[] | readonly Count<Zona>[], text: ChartText): BarSpec {
  const categories = counts.map(({ value, count }: Count<Predikat | Zona>) => ({
    label: value,
    count,
    tone: isPredikat(value) ? (`predikat-${value}` as const) : (`zona-${value}` as const),
  }));
  return { kind: 'bar', ...text, categories };
}

/** What a history chart reads of the domain's `HistoryEntry`. */
type Entry = { status: 'dinilai'; tahun: number; row: Graded } | { status: 'tidak-dinilai' | 'tidak-aktif'; tahun: number };

/** One dataset's history of an instansi: a gap (never a zero) where it was not assessed or did not exist; each set of bands once. */
export function historyChart(kind: DatasetKind, entries: readonly Entry[], text: ChartText): HistorySpec {
  const bandSets: HistoryBand[][] = [];
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
  return { kind: 'history', ...text, bandSets, ruleBands, points };
}

/** Ranked rows only, in rank order as given; unranked rows stay in the table. */
export function rankingChart(
  rows: readonly { peringkat?: number; instansi: { nama: string }; row: Graded }[],
  text: ChartText,
): RankingSpec {
  const bars = rows.flatMap(({ peringkat, instansi, row }) =>
    peringkat === undefined || row.nilai === undefined ? [] : [{ peringkat, nama: instansi.nama, nilai: row.nilai, ...gradeOf(row) }],
  );
  return { kind: 'ranking', ...text, bars };
}
