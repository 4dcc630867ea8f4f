/**
 * Small drawing plugins, passed per chart: the values and grades written on the chart (so that
 * colour is never the only cue) and the band shading behind a history line.
 */
import { Chart, type Plugin } from 'chart.js';
import type { Lang } from '../domain/text.ts';
import { pointText } from './chart-format.ts';
import { bandsAt, ruleChanges, type RiwayatPoint, type RiwayatSpec } from '../shared/chart-spec.ts';
import { BAND_ALPHA, INK, MUTED, swatchOf, tint } from '../shared/chart-palette.ts';

/** A canvas font in the site's family (set on Chart.defaults when Chart.js loads). */
export const fontOf = (size: number, weight = 400): string => `${weight} ${size}px ${Chart.defaults.font.family}`;

function useFont(ctx: CanvasRenderingContext2D, size: number, weight = 400): void {
  ctx.font = fontOf(size, weight);
}

/** Each bar's text: above a vertical bar, after the end of a horizontal one. */
export function barLabels(textOf: (index: number) => string): Plugin<'bar'> {
  return {
    id: 'raporBarLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const horizontal = chart.options.indexAxis === 'y';
      ctx.save();
      useFont(ctx, 12, 600);
      ctx.fillStyle = INK;
      ctx.textAlign = horizontal ? 'left' : 'center';
      ctx.textBaseline = horizontal ? 'middle' : 'bottom';
      chart.getDatasetMeta(0).data.forEach((bar, index) => {
        ctx.fillText(textOf(index), horizontal ? bar.x + 4 : bar.x, horizontal ? bar.y : bar.y - 3);
      });
      ctx.restore();
    },
  };
}

/** The grade and score above each point where they fit (pointText); where there is no nilai, the reason at the foot of its column. */
export function pointLabels(points: readonly RiwayatPoint[], lang: Lang): Plugin<'line'> {
  const lone = points.filter((p) => p.nilai !== null).length === 1;
  return {
    id: 'raporPointLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      const column = area.width / points.length;
      const width = (text: string) => ctx.measureText(text).width;
      ctx.save();
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.getDatasetMeta(0).data.forEach((point, index) => {
        const { nilai, label } = points[index]!;
        if (nilai !== null) {
          useFont(ctx, 12, 700);
          const text = pointText({ label, nilai }, lang, column, lone, width);
          if (text === undefined) return;
          // Kept inside the plot: a lone point's label may be wider than its column.
          const half = width(text) / 2 + 2;
          const x = Math.min(Math.max(point.x, area.left + half), area.right - half);
          // A white halo keeps the text legible where it crosses the line or a divider.
          ctx.strokeStyle = '#ffffff';
          ctx.lineWidth = 3;
          ctx.lineJoin = 'round';
          ctx.strokeText(text, x, point.y - 9);
          ctx.fillStyle = INK;
          ctx.fillText(text, x, point.y - 9);
          return;
        }
        useFont(ctx, 12);
        ctx.fillStyle = MUTED;
        const fits = width(label) <= column - 4;
        ctx.fillText(fits ? label : '–', area.left + column * (index + 0.5), area.bottom - 4);
      });
      ctx.restore();
    },
  };
}

/**
 * Each year's bands shaded in its own column (rules change between years), their labels written
 * where a band set begins, and a dashed divider where the rule changes.
 */
export function ruleBands(spec: RiwayatSpec): Plugin<'line'> {
  const { points } = spec;
  const changes = ruleChanges(points);
  const bands = points.map((point) => bandsAt(spec, point));
  const sameBands = (index: number): boolean => JSON.stringify(bands[index]) === JSON.stringify(bands[index - 1]);
  return {
    id: 'raporRuleBands',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: area } = chart;
      const y = chart.scales['y']!;
      const column = area.width / points.length;
      ctx.save();
      useFont(ctx, 12);
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      // Labels go in the left half of a column, clear of the point in its middle, or not at all.
      const room = column / 2 - 12;
      points.forEach((_point, index) => {
        const left = area.left + column * index;
        const labelled =
          (index === 0 || !sameBands(index)) && bands[index]!.every((band) => ctx.measureText(band.label).width <= room);
        for (const band of bands[index]!) {
          const top = y.getPixelForValue(band.to);
          const bottom = y.getPixelForValue(band.from);
          ctx.fillStyle = tint(swatchOf(band.tone).fill, BAND_ALPHA);
          ctx.fillRect(left, top, column, bottom - top);
          // A white hairline between bands of the same colour family (AA and A).
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(left, top, column, 1);
          if (labelled && bottom - top >= 15) {
            ctx.fillStyle = INK;
            ctx.fillText(band.label, left + 3, (top + bottom) / 2);
          }
        }
        if (changes[index]) {
          ctx.strokeStyle = MUTED;
          ctx.setLineDash([4, 3]);
          ctx.beginPath();
          ctx.moveTo(left, area.top);
          ctx.lineTo(left, area.bottom);
          ctx.stroke();
          ctx.setLineDash([]);
        }
      });
      ctx.restore();
    },
  };
}
