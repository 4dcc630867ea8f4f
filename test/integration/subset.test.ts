/**
 * A preview build of part of the example folder (`npm run build -- --edisi 2024 --pemda 99.71`): only
 * that part's pages, every link among them resolving, marked as a preview on every page and in the
 * manifest, without PDFs; and the subset itself (a pemda with everything under and above it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import type { Manifest } from '../../src/build/manifest.ts';
import { subsetArgs } from '../../src/commands/build-args.ts';
import { verifyAgainst } from '../../src/commands/verify.ts';
import { environment } from '../../src/environment.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import type { Kode } from '../../src/domain/kode.ts';
import { subsetOf, subsetProblem } from '../../src/domain/views/subset.ts';
import { buildSite, root } from '../support/build.ts';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe('the subset of a preview', () => {
  const loaded = loadDataFolder(join(root, 'data'));
  if (!loaded.ok) throw new Error('the example data does not validate');
  const dataset: Dataset = loaded.dataset;

  it('reads --edisi and --pemda from the command line', () => {
    expect(subsetArgs(['--outDir', 'x'])).toBeUndefined();
    expect(subsetArgs(['--edisi', '2024,2023,2024', '--pemda=16.74'])).toEqual({ tahun: [2023, 2024], pemda: '16.74' });
    expect(() => subsetArgs(['--edisi', '24'])).toThrow(/--edisi/);
    expect(() => subsetArgs(['--pemda'])).toThrow(/--pemda/);
  });

  it('keeps a pemda, what lies under it and its induk chain, and only the chosen editions', () => {
    const part = subsetOf(dataset, { tahun: [2023, 2024], pemda: '16.74' as Kode });
    expect(part.instansi.map((i) => i.kode).sort()).toEqual(['16', '16.74']);
    expect(part.editions.map((e) => e.tahun)).toEqual([2023, 2024]);
    const kode = new Set(part.instansi.map((i) => i.kode));
    const rows = part.editions.flatMap((e) => Object.values(e.datasets).flat());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => kode.has(row.kode))).toBe(true);
    expect(part.situs.nama).toContain('Pratinjau · Preview 2023, 2024; 16.74');

    const opd = subsetOf(dataset, { pemda: '99.71' as Kode }).instansi;
    expect(opd.length).toBe(dataset.instansi.filter((i) => i.kode === '99.71' || i.induk === '99.71').length);
  });

  it('names what the folder lacks', () => {
    expect(subsetProblem(dataset, { tahun: [2024] })).toBeUndefined();
    expect(subsetProblem(dataset, { tahun: [1999] })?.en).toContain('1999');
    expect(subsetProblem(dataset, { pemda: '12.34' as Kode })?.en).toContain('12.34');
  });
});

describe('npm run build -- --edisi 2024 --pemda 99.71', () => {
  let dist: string;
  let pages: string[];

  beforeAll(() => {
    dist = buildSite(undefined, '--edisi', '2024', '--pemda', '99.71');
    pages = files(dist).filter((f) => f.endsWith('.html'));
  }, 180_000);

  it('builds only the pages of that part', () => {
    const page = (path: string) => existsSync(join(dist, path, 'index.html'));
    expect(page('laporan/2024')).toBe(true);
    expect(page('en/peringkat/2024')).toBe(true);
    expect(page('laporan/2023')).toBe(false);
    expect(page('instansi/99.71')).toBe(true);
    expect(page('instansi/99.71.setda')).toBe(true);
    expect(page('instansi/16.74')).toBe(false);
    expect(files(dist).some((f) => f.endsWith('.pdf'))).toBe(false);
  });

  it('says it is a preview on every page and in its manifest', () => {
    const unmarked = pages.filter((file) => !/<title>[^<]*Pratinjau · Preview 2024; 99\.71/.test(readFileSync(file, 'utf8')));
    expect(unmarked.map((f) => relative(dist, f))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).subset).toEqual({ tahun: [2024], pemda: '99.71' });
  });

  it('is verified against its manifest as the same preview', async () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
    const verified = await verifyAgainst(root, environment(), manifest, 'en');
    expect(verified.lines.at(-1)).toBe('This site is exactly what its manifest says.');
    expect(verified.ok).toBe(true);
  }, 180_000);

  it('links only to pages and files it holds', () => {
    const target = (url: URL): boolean => {
      const path = join(dist, decodeURIComponent(url.pathname));
      return existsSync(path) && (!statSync(path).isDirectory() || existsSync(join(path, 'index.html')));
    };
    const broken: string[] = [];
    for (const file of pages) {
      const base = new URL(`http://site/${relative(dist, file).replace(/index\.html$/, '')}`);
      for (const [, value] of readFileSync(file, 'utf8').matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const url = new URL(value!.replace(/&amp;/g, '&'), base);
        if (url.host === 'site' && !target(url)) broken.push(`${relative(dist, file)}: ${value}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
