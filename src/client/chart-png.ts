/**
 * A drawn chart as a PNG file: a button below the chart (made here, so that no page without a
 * script shows a dead one) saves the bitmap on a white background, since a canvas is transparent
 * where nothing is drawn. The file name comes from the build (`data-png-file`), the same every time.
 */
import { saveBlob } from './save-blob.ts';

function exportPng(canvas: HTMLCanvasElement, file: string): void {
  const sheet = document.createElement('canvas');
  sheet.width = canvas.width;
  sheet.height = canvas.height;
  const context = sheet.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, sheet.width, sheet.height);
  context.drawImage(canvas, 0, 0);
  sheet.toBlob((blob) => {
    if (blob) saveBlob(blob, file);
  }, 'image/png');
}

export function addPngButton(figure: HTMLElement): void {
  const canvas = figure.querySelector('canvas');
  const { pngFile, pngLabel } = figure.dataset;
  if (!canvas || !pngFile || !pngLabel || figure.querySelector('.chart-png')) return;
  const title = figure.querySelector('figcaption')?.textContent ?? '';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'chart-png';
  button.textContent = pngLabel;
  button.setAttribute('aria-label', `${pngLabel}: ${title}`);
  button.addEventListener('click', () => exportPng(canvas, pngFile));
  // In the row kept for it below the chart (Chart.astro), so that its arrival moves nothing.
  figure.querySelector('.chart-actions')!.append(button);
}
