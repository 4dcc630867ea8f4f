/**
 * The key below a history chart as markup, written at build time on the instansi pages and by the
 * compare page's script alike. Its marks are small inline SVGs in the canvas's own colours: SVG
 * presentation attributes, not style attributes, which the Content-Security-Policy forbids.
 */
import { element, join, type Markup } from './markup.ts';
import { BAND_ALPHA, INK, MUTED, NEUTRAL, swatchOf, tint } from './chart-palette.ts';
import type { LegendEntry } from './chart-spec.ts';

const mark = (...shapes: Markup[]): Markup => element('svg', { class: 'legend-mark', width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true' }, ...shapes);

const MARKS: Record<Exclude<LegendEntry['mark'], 'bands'>, Markup> = {
  point: mark(element('circle', { cx: 8, cy: 8, r: 5, fill: NEUTRAL.fill, stroke: INK, 'stroke-width': 1.5 })),
  'rule-change': mark(element('line', { x1: 8, y1: 0, x2: 8, y2: 16, stroke: MUTED, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' })),
};

function entryMarkup(entry: LegendEntry): Markup {
  if (entry.mark !== 'bands') return element('li', {}, MARKS[entry.mark], ' ', entry.label);
  const bands = entry.bands.map((band) => {
    const { fill } = swatchOf(band.tone);
    const swatch = mark(element('rect', { x: 0.5, y: 0.5, width: 15, height: 15, fill: tint(fill, BAND_ALPHA), stroke: fill }));
    return element('li', {}, swatch, ' ', element('b', {}, band.label), ' ', band.range);
  });
  return element('li', {}, entry.label, element('ul', { class: 'legend-bands' }, ...bands));
}

export function legendMarkup(legend: readonly LegendEntry[], label: string): Markup {
  return element('ul', { class: 'chart-legend', 'aria-label': label }, join(...legend.map(entryMarkup)));
}
