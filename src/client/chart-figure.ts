/**
 * Draws a chart figure from its spec, Chart.js loaded on the first call only, then offers it as PNG.
 * A chart that fails leaves its table, opened, which holds the same numbers, and says so in the console.
 */
import type { ChartSpec } from '../shared/chart-spec.ts';

let drawing: Promise<[typeof import('./chart-draw.ts'), typeof import('./chart-png.ts')]> | undefined;

export async function drawFigure(figure: HTMLElement, spec: ChartSpec): Promise<void> {
  try {
    const [{ drawChart }, { addPngButton }] = await (drawing ??= Promise.all([import('./chart-draw.ts'), import('./chart-png.ts')]));
    drawChart(figure.querySelector('canvas')!, spec);
    figure.dataset.chart = 'drawn';
    addPngButton(figure);
  } catch (error) {
    drawing = undefined;
    figure.dataset.chart = 'failed';
    figure.querySelector('.chart-box')?.remove();
    figure.querySelector('details')?.setAttribute('open', '');
    console.error('Rapor: chart not drawn; its table remains', error);
  }
}
