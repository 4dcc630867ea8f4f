/**
 * Chart colours by tone, in the badges' colour families (green, blue, orange, red; zona in their own
 * colours) built on the Okabe–Ito palette. Every pair within a scale stays apart under protanopia,
 * deuteranopia and tritanopia (tested), yet colour never carries meaning alone: bars have their
 * category or name written on the axis and their value at the end, points their predikat or zona
 * and a shape per family, as the zona badges do (● ◆ ▲ ■).
 */
import type { Tone } from './chart-spec.ts';

/** Outlines, text and the history line: the site's ink, so light fills still stand out from white. */
export const INK = '#1b1b1b';

/** Secondary marks and text: the dashed rule-change divider, the reason a year has no nilai. */
export const MUTED = '#505a5f';

export type PointShape = 'circle' | 'rect' | 'rectRot' | 'triangle';

export interface Swatch {
  fill: string;
  point: PointShape;
}

export const SWATCHES: Record<Tone, Swatch> = {
  'predikat-AA': { fill: '#009E73', point: 'circle' },
  'predikat-A': { fill: '#6FCF97', point: 'circle' },
  'predikat-BB': { fill: '#0072B2', point: 'rect' },
  'predikat-B': { fill: '#C6E4F9', point: 'rect' },
  'predikat-CC': { fill: '#E69F00', point: 'rectRot' },
  'predikat-C': { fill: '#D55E00', point: 'triangle' },
  'predikat-D': { fill: '#942514', point: 'triangle' },
  'zona-hijau': { fill: '#009E73', point: 'circle' },
  'zona-kuning': { fill: '#F0E442', point: 'rectRot' },
  'zona-merah': { fill: '#D55E00', point: 'triangle' },
  'zona-hitam': { fill: INK, point: 'rect' },
};

/** For a category without a grade of its own. */
export const NEUTRAL: Swatch = { fill: '#B1B4B6', point: 'circle' };

export function swatchOf(tone: Tone | undefined): Swatch {
  return tone === undefined ? NEUTRAL : SWATCHES[tone];
}

/** Opacity of the band shading behind a history line: light enough for ink text and points on top. */
export const BAND_ALPHA = 0.25;

/** A `#rrggbb` colour at some opacity. */
export function tint(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
