/** A spec turned into a Chart.js configuration, one builder per kind; animation and pixel ratio are set by the caller. */
import type { ChartConfiguration, Scale, TooltipItem } from 'chart.js';
import { formatCount, formatNilai, wrapLabel } from './chart-format.ts';
import { INK, swatchOf } from '../shared/chart-palette.ts';
import { barLabels, fontOf, pointLabels, ruleBands } from './chart-plugins.ts';
import { ruleChanges, type BarSpec, type ChartSpec, type RiwayatSpec, type PeringkatSpec, type Tone } from '../shared/chart-spec.ts';

export type RaporChartConfig = ChartConfiguration<'bar'> | ChartConfiguration<'line'>;

/** A text's width in a canvas font, to leave room for written values and to wrap names. */
export type Measure = (text: string, font: string) => number;

const GRID = '#d8dadb';

/** A 0–100 score axis, ticked every 20; a narrow one drops ticks rather than slanting them. */
const scoreAxis = (spec: ChartSpec) => ({
  min: 0,
  max: 100,
  grid: { color: GRID },
  ticks: { stepSize: 20, maxRotation: 0, callback: (value: number | string) => formatCount(Number(value), spec.lang) },
  title: { display: true, text: spec.valueLabel },
});

/** One bar dataset, each bar filled with its tone and outlined in ink, so that no bar is told by colour alone. */
function outlinedBars(bars: readonly { label: string; value: number; tone?: Tone }[], maxBarThickness: number): ChartConfiguration<'bar'>['data'] {
  return {
    labels: bars.map((b) => b.label),
    datasets: [{ data: bars.map((b) => b.value), backgroundColor: bars.map((b) => swatchOf(b.tone).fill), borderColor: INK, borderWidth: 1, maxBarThickness }],
  };
}

function barConfig(spec: BarSpec): ChartConfiguration<'bar'> {
  const { categories, lang } = spec;
  return {
    type: 'bar',
    data: outlinedBars(categories.map((c) => ({ label: c.label, value: c.count, tone: c.tone })), 72),
    options: {
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { top: 20 } },
      scales: {
        x: { grid: { display: false } },
        y: {
          beginAtZero: true,
          grid: { color: GRID },
          ticks: { precision: 0, callback: (value) => formatCount(Number(value), lang) },
          title: { display: true, text: spec.valueLabel },
        },
      },
      plugins: {
        tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => `${spec.valueLabel}: ${formatCount(item.parsed.y ?? 0, lang)}` } },
      },
    },
    plugins: [barLabels((index) => formatCount(categories[index]!.count, lang))],
  };
}

function riwayatConfig(spec: RiwayatSpec): ChartConfiguration<'line'> {
  const { points, lang } = spec;
  const changes = ruleChanges(points);
  const swatches = points.map((p) => swatchOf(p.tone));
  return {
    type: 'line',
    data: {
      labels: points.map((p) => String(p.tahun)),
      datasets: [
        {
          data: points.map((p) => p.nilai),
          borderColor: INK,
          borderWidth: 2,
          // Across a change of rule the values are not comparable: the line is dashed there.
          segment: { borderDash: (ctx) => (changes[ctx.p1DataIndex] ? [6, 4] : undefined) },
          pointStyle: swatches.map((s) => s.point),
          pointBackgroundColor: swatches.map((s) => s.fill),
          pointBorderColor: INK,
          pointBorderWidth: 1.5,
          pointRadius: 6,
          pointHoverRadius: 8,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { top: 20 } },
      scales: { x: { offset: true, grid: { display: false } }, y: scoreAxis(spec) },
      plugins: {
        tooltip: {
          callbacks: {
            // Only points with a nilai get a tooltip.
            label: (item: TooltipItem<'line'>) => `${spec.valueLabel}: ${formatNilai(item.parsed.y ?? 0, lang)} (${points[item.dataIndex]!.label})`,
          },
        },
      },
    },
    plugins: [ruleBands(spec), pointLabels(points, lang)],
  };
}

function peringkatConfig(spec: PeringkatSpec, measure: Measure): ChartConfiguration<'bar'> {
  const { bars, lang } = spec;
  const names = bars.map((b) => `${b.peringkat}. ${b.nama}`);
  const ends = bars.map((b) => `${formatNilai(b.nilai, lang)} ${b.label}`);
  // Written as barLabels writes them.
  const endRoom = Math.max(...ends.map((end) => measure(end, fontOf(12, 600)))) + 8;
  const nameFont = fontOf(12);
  return {
    type: 'bar',
    data: outlinedBars(bars.map((b, i) => ({ label: names[i]!, value: b.nilai, tone: b.tone })), 28),
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      // Room after the longest bar (100) for its written value.
      layout: { padding: { right: endRoom } },
      scales: {
        x: { ...scoreAxis(spec), position: 'top' },
        y: {
          grid: { display: false },
          ticks: {
            autoSkip: false,
            font: { size: 12 },
            // Chart.js gives a side axis at most half the width left of the padding: names wrap to fit it.
            callback(this: Scale, _value, index) {
              const room = (this.chart.width - endRoom) / 2 - 12;
              return wrapLabel(names[index]!, (line) => measure(line, nameFont) <= room, 2);
            },
          },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => names[items[0]!.dataIndex]!,
            label: (item: TooltipItem<'bar'>) => `${spec.valueLabel}: ${ends[item.dataIndex]!}`,
          },
        },
      },
    },
    plugins: [barLabels((index) => ends[index]!)],
  };
}

export function configOf(spec: ChartSpec, measure: Measure): RaporChartConfig {
  switch (spec.kind) {
    case 'bar':
      return barConfig(spec);
    case 'history':
      return riwayatConfig(spec);
    case 'ranking':
      return peringkatConfig(spec, measure);
  }
}
