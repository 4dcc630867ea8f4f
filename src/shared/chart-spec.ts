/**
 * What a page hands to the browser to draw a chart: plain JSON, built on the server, read by
 * `charts.ts`. Every figure in a spec is also in the table beside the chart; the chart only repeats it.
 */
import type { Predikat, Zona } from '../domain/rules.ts';
import type { Lang } from '../domain/text.ts';

/** A colour key shared with the site's badges (`.predikat-AA`, `.zona-hijau`). */
export type Tone = `predikat-${Predikat}` | `zona-${Zona}`;

interface SpecBase {
  /** Numbers are written as this language writes them: `95,45` (id), `95.45` (en). */
  lang: Lang;
  /** What the canvas says to assistive technology; the table beside it holds the figures. */
  ariaLabel: string;
  /** Names the value axis and the value in tooltips: "Jumlah instansi", "Nilai". */
  valueLabel: string;
}

/** A distribution: how many rows fall in each category, in the order of the scale. */
export interface BarSpec extends SpecBase {
  kind: 'bar';
  categories: { label: string; count: number; tone?: Tone }[];
}

/** A band of a year's rule, shaded behind the history line: nilai from `from` to `to`. */
export interface RiwayatBand {
  from: number;
  to: number;
  label: string;
  tone?: Tone;
}

export interface RiwayatPoint {
  tahun: number;
  /** Null when not assessed: the line breaks there, never drops to zero. */
  nilai: number | null;
  /** Shown at the point: the predikat or zona, or why there is no nilai. */
  label: string;
  tone?: Tone;
  /** The id of the rule that graded the year (`sakip-permenpanrb-88-2021`); none in a year without one. */
  rule?: string;
}

/** A band of the key below a history chart: its label and its range as the rule's source writes it. */
export interface LegendBand {
  label: string;
  range: string;
  tone?: Tone;
}

/**
 * The key below a history chart (HTML, so that it wraps on a phone and reads aloud): what the shading,
 * the letters at the points and the dashed line mean. One `bands` entry per distinct set of bands.
 */
export type LegendEntry = { mark: 'bands'; label: string; bands: LegendBand[] } | { mark: 'point'; label: string } | { mark: 'rule-change'; label: string };

/** One instansi's nilai over the years, on a 0–100 axis. */
export interface RiwayatSpec extends SpecBase {
  kind: 'history';
  /**
   * Each distinct set of bands once, not for every year (they were a third of an instansi page) nor
   * for every rule (SAKIP's rules of 2015 and 2021 share theirs).
   */
  bandSets: RiwayatBand[][];
  /** For the id of each rule a point names, the index of its bands in `bandSets`. */
  ruleBands: Record<string, number>;
  points: RiwayatPoint[];
  legend: LegendEntry[];
}

/** The bands behind a year: its rule's, none in a year without one; rules change between years. */
export const bandsAt = (spec: RiwayatSpec, point: RiwayatPoint): RiwayatBand[] => (point.rule === undefined ? [] : (spec.bandSets[spec.ruleBands[point.rule] ?? -1] ?? []));

export interface PeringkatBar {
  peringkat: number;
  nama: string;
  nilai: number;
  /** The predikat or zona, written at the end of the bar after the nilai. */
  label: string;
  tone?: Tone;
}

/** Horizontal bars in rank order, on a 0–100 axis. */
export interface PeringkatSpec extends SpecBase {
  kind: 'ranking';
  bars: PeringkatBar[];
}

export type ChartSpec = BarSpec | RiwayatSpec | PeringkatSpec;

/** Fewer instansi than this and a distribution or ranking is a sentence, not a chart (one bar of height 1, a ranking "1 of 1"). */
export const MIN_CHART_UNITS = 3;

/** How many instansi a distribution or ranking draws; null for a history, which draws one instansi's years. */
export function unitsDrawn(spec: ChartSpec): number | null {
  if (spec.kind === 'bar') return spec.categories.reduce((sum, c) => sum + c.count, 0);
  return spec.kind === 'ranking' ? spec.bars.length : null;
}

export const tooFewToDraw = (spec: ChartSpec): boolean => (unitsDrawn(spec) ?? MIN_CHART_UNITS) < MIN_CHART_UNITS;

/** For each point, whether its rule differs from the year before: values across that divide are not comparable. */
export function ruleChanges(points: readonly RiwayatPoint[]): boolean[] {
  return points.map((point, index) => index > 0 && point.rule !== points[index - 1]!.rule);
}
