/**
 * The baseline of the benchmark: a bare Astro project with one trivial template and a given number
 * of pages, sharing this repository's node_modules (same Astro, same Node).
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBaselineProject(dir: string, pages: number, nodeModules: string): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "rapor-bench-baseline", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "export default { trailingSlash: 'always' };\n");
  writeFileSync(
    join(dir, 'src', 'pages', '[n].astro'),
    [
      '---',
      `export function getStaticPaths() { return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } })); }`,
      'const { n } = Astro.params;',
      '---',
      '<html lang="id"><head><meta charset="utf-8"><title>Halaman {n}</title></head><body><h1>Halaman {n}</h1></body></html>',
      '',
    ].join('\n'),
  );
}
