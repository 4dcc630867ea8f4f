/**
 * The lazily loaded half: registers only the Chart.js pieces Rapor draws with (no `chart.js/auto`)
 * and keeps every chart ready for print. Print takes its snapshot at once, so under print there is
 * no animation and the pixel ratio is raised to about 300 dpi. No resizing by hand on `beforeprint`
 * (unreliable, Chart.js #7006): Chart.js redraws at the paper width when its resize observer fires
 * in the print layout, and the print CSS in Chart.astro shrinks the bitmap where it does not.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { configOf, type Measure } from './chart-config.ts';
import { INK } from '../shared/chart-palette.ts';
import type { ChartSpec } from '../shared/chart-spec.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
// A canvas never asks for a web font: without loading the site's typeface first, a chart would be
// drawn, and printed into the PDF, in whatever font the machine has.
await Promise.all([400, 600, 700].map((weight) => document.fonts.load(`${weight} 12px ${Chart.defaults.font.family}`)));
Chart.defaults.font.size = 13;
Chart.defaults.color = INK;

const PRINT_RATIO = 3;
const print = matchMedia('print');
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const charts: Chart[] = [];
let printing = print.matches;

const animation = () => (printing || reducedMotion.matches ? false : { duration: 400 });
const pixelRatio = () => (printing ? Math.max(PRINT_RATIO, devicePixelRatio) : devicePixelRatio);

// A context of its own, so that measuring never changes the font of a chart being drawn.
const measuring = document.createElement('canvas').getContext('2d')!;
const measure: Measure = (text, font) => {
  measuring.font = font;
  return measuring.measureText(text).width;
};

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): void {
  const config = configOf(spec, measure);
  Object.assign(config.options!, { animation: animation(), devicePixelRatio: pixelRatio() });
  // One chart of either type: Chart.js types a configuration per chart type.
  charts.push(new Chart(canvas, config as ChartConfiguration));
}

/** Finish any animation and redraw every chart at once, with the settings of the current medium. */
function refresh(): void {
  for (const chart of charts) {
    chart.stop();
    chart.options.animation = animation();
    chart.options.devicePixelRatio = pixelRatio();
    chart.update('none');
    chart.resize();
  }
}

const setPrinting = (on: boolean) => {
  printing = on;
  refresh();
};
addEventListener('beforeprint', () => setPrinting(true));
addEventListener('afterprint', () => setPrinting(false));
print.addEventListener('change', (event) => setPrinting(event.matches));
reducedMotion.addEventListener('change', refresh);
