/**
 * The only script a chart page runs up front, and a small one: each figure already holds the real
 * table, so Chart.js is fetched only when a chart comes near the viewport, or when the page is
 * printed. A figure's `data-chart` tells its state: `static` (no script ran; CSS hides the empty
 * box), `waiting`, `loading`, `drawn` or `failed` (box hidden again, the table remains).
 */
import { drawFigure } from './chart-figure.ts';
import type { ChartSpec } from '../shared/chart-spec.ts';

async function show(figure: HTMLElement): Promise<void> {
  if (figure.dataset.chart !== 'waiting') return;
  figure.dataset.chart = 'loading';
  await drawFigure(figure, JSON.parse(figure.querySelector('script[type="application/json"]')!.textContent!) as ChartSpec);
}

// A table too large for a build-time CSV link gets a script-made one; the module loads only then.
const unlinked = [...document.querySelectorAll<HTMLElement>('.table-scroll + [data-table-downloads][hidden]')];
if (unlinked.length > 0) {
  void import('./table-unduh.ts').then(({ addTableUnduh }) =>
    addTableUnduh(unlinked.map((controls) => controls.previousElementSibling!.querySelector('table')!), { shown: false }),
  );
}

const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart="static"]')];
const showAll = () => figures.forEach(show);
for (const figure of figures) {
  figure.dataset.chart = 'waiting';
  const box = figure.querySelector<HTMLElement>('.chart-box');
  if (box?.dataset.height) box.style.setProperty('--chart-height', box.dataset.height);
}

const print = matchMedia('print');
// The print version (`<html data-charts="now">`) draws every chart at once: a PDF is printed
// without scrolling, so no chart may wait for the viewport.
if (print.matches || document.documentElement.dataset.charts === 'now' || !('IntersectionObserver' in window)) {
  showAll();
} else {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void show(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const figure of figures) observer.observe(figure);
}
// A print started before every chart was near the viewport: charts are drawn if Chart.js is
// already loaded (the awaited import settles before the snapshot); the rest are hidden in print.
addEventListener('beforeprint', showAll);
print.addEventListener('change', (event) => {
  if (event.matches) showAll();
});
