/**
 * The build's search-index step on small sites: the instansi records and the pages marked searchable
 * are indexed, one index per language in a fixed order, without Pagefind's own UI; a site with
 * nothing to index fails the step (and so the build, which then leaves dist/ alone).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { isCariCandidate, PAGEFIND_DIR } from '../../src/build/cari-index.ts';
import { CARI_RECORDS_DIR, writeCariCopy } from '../../src/build/cari-copy.ts';
import { hashTree } from '../../src/data/hash.ts';
import { handContext, type BuildContext } from '../../src/build/context.ts';
import { CONTEXT_ENV } from '../../src/environment.ts';
import { root } from '../support/build.ts';
import { folderWith } from '../support/files.ts';

const PAGEFIND = join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

/** The build's step, as the build runs it: `src/build/step.ts search`, its context naming the site. */
function searchIndexStep(site: string): { ok: boolean; log: string } {
  const context = join(mkdtempSync(join(tmpdir(), 'rapor-context-')), 'context.json');
  handContext(context, { site } as BuildContext);
  const run = spawnSync(process.execPath, [join(root, 'src', 'build', 'step.ts'), 'search'], { encoding: 'utf8', env: { ...process.env, [CONTEXT_ENV]: context } });
  rmSync(dirname(context), { recursive: true });
  return { ok: run.status === 0, log: `${run.stdout}${run.stderr}` };
}

const page = (lang: string, body: string, head = '') => `<!doctype html><html lang="${lang}"><head><title>t</title>${head}</head><body>${body}</body></html>`;
/** A draft edition's page: robots told not to index it, and not marked. */
const draft = (lang: string) => page(lang, '<main><h1>Draf</h1></main>', '<meta name="robots" content="noindex">');

const siteWith = (files: Record<string, string>): string => folderWith(files, 'rapor-search-');

/** The records the Astro build writes for each language (src/pages/cari-records/). */
const records = (lang: string, ...names: string[]): Record<string, string> => ({
  [`cari-records/${lang}.json`]: JSON.stringify(names.map((nama, at) => ({ kode: `k${at}`, nama, meta: { jenis: 'OPD', kode: `k${at}` } }))),
});

it('indexes each language’s instansi records and searchable pages, in a fixed order, without Pagefind’s UI, then removes the records', () => {
  const files = {
    ...records('id', 'Dinas Satu', 'Dinas Dua'),
    ...records('en', 'Dinas Satu', 'Dinas Dua'),
    // Instansi pages are read through their records, never themselves.
    'instansi/k0/index.html': page('id', '<main data-pagefind-body><h1>Halaman yang tidak dibaca</h1></main>'),
    'laporan/2024/index.html': page('id', '<main data-pagefind-body><h1>Rapor 2024</h1></main>'),
    'laporan/2025/index.html': draft('id'),
    'index.html': page('id', '<main><h1>Beranda</h1></main>'),
  };
  const site = siteWith(files);
  const step = searchIndexStep(site);
  expect(step).toMatchObject({ ok: true });
  expect(step.log).toContain('Indeks pencarian: 5 halaman.');
  expect(existsSync(join(site, CARI_RECORDS_DIR))).toBe(false);
  const entry = JSON.parse(readFileSync(join(site, PAGEFIND_DIR, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  expect(Object.keys(entry.languages)).toEqual(['en', 'id']);
  expect(entry.languages.id!.page_count).toBe(3);
  const written = readdirSync(join(site, PAGEFIND_DIR));
  expect(written).toContain('pagefind.js');
  expect(written.filter((file) => file.includes('-ui') || file.includes('highlight'))).toEqual([]);
  // One Pagefind process per language, merged: the same files as one run over every language.
  mkdirSync(join(site, CARI_RECORDS_DIR));
  for (const [path, content] of Object.entries(files)) if (path.startsWith(CARI_RECORDS_DIR)) writeFileSync(join(site, path), content);
  const copy = writeCariCopy(site, ['index.html', 'laporan/2024/index.html', 'laporan/2025/index.html'], ['id', 'en']);
  try {
    expect(copy).toMatchObject({ documents: { id: 2, en: 2 }, langs: ['id', 'en'] });
    expect(readFileSync(join(copy.dir, 'instansi', 'k0', 'index.html'), 'utf8')).toContain('<h1>Dinas Satu</h1>');
    const one = spawnSync(process.execPath, [PAGEFIND, '--site', copy.dir, '--output-path', join(site, 'one'), '--quiet']);
    expect(one.status).toBe(0);
  } finally {
    rmSync(copy.dir, { recursive: true });
  }
  const oneEntry = JSON.parse(readFileSync(join(site, 'one', 'pagefind-entry.json'), 'utf8')) as typeof entry;
  expect(Object.keys(entry.languages).map((lang) => [lang, entry.languages[lang]])).toEqual(Object.keys(entry.languages).map((lang) => [lang, oneEntry.languages[lang]]));
  const indexFiles = (dir: string) => Object.fromEntries(Object.entries(hashTree(dir)).filter(([path]) => path !== 'pagefind-entry.json' && !/-ui\.|highlight/.test(path)));
  expect(indexFiles(join(site, PAGEFIND_DIR))).toEqual(indexFiles(join(site, 'one')));
});

it('reads only the kinds of page that can be searchable', () => {
  const site = siteWith({
    ...records('id', 'Dinas Satu'),
    'laporan/2024/index.html': page('id', '<main data-pagefind-body><h1>Rapor 2024</h1></main>'),
    // Marked, but not a kind of page the search step reads (a print version, a ranking page).
    'laporan/2024/cetak/index.html': page('id', '<main data-pagefind-body><h1>Cetak</h1></main>'),
    'peringkat/2024/index.html': page('id', '<main data-pagefind-body><h1>Peringkat</h1></main>'),
    'index.html': page('id', '<main><h1>Beranda</h1></main>'),
  });
  const step = searchIndexStep(site);
  expect(step).toMatchObject({ ok: true });
  expect(step.log).toContain('Indeks pencarian: 2 halaman.');
  expect(isCariCandidate('en/laporan/2024/index.html')).toBe(true);
  expect(isCariCandidate('en/instansi/a/index.html')).toBe(false);
  expect(isCariCandidate('laporan/2024/cetak/index.html')).toBe(false);
});

it('fails when a published edition’s page lost its mark (it would drop out of the search unseen)', () => {
  const step = searchIndexStep(siteWith({
    ...records('id', 'Dinas Satu'),
    'laporan/2024/index.html': page('id', '<main><h1>Rapor 2024</h1></main>'),
    'laporan/2025/index.html': draft('id'),
    'index.html': page('id', '<main><h1>Beranda</h1></main>'),
  }));
  expect(step.ok).toBe(false);
  expect(step.log).toContain("laporan/2024/index.html is a published edition's page but not marked searchable");
});

it('fails when there is nothing to index (Pagefind would index every page it reads)', () => {
  const step = searchIndexStep(siteWith({ 'laporan/2025/index.html': draft('id'), 'index.html': page('id', '<main><h1>Beranda</h1></main>') }));
  expect(step.ok).toBe(false);
  expect(step.log).toContain('no page is marked searchable');
});

it('fails on a site with instansi pages but no records (a finished site: its records were indexed and removed)', () => {
  const step = searchIndexStep(siteWith({
    'instansi/k0/index.html': page('id', '<main><h1>Dinas Satu</h1></main>'),
    'laporan/2024/index.html': page('id', '<main data-pagefind-body><h1>Rapor 2024</h1></main>'),
    'index.html': page('id', '<main><h1>Beranda</h1></main>'),
  }));
  expect(step.ok).toBe(false);
  expect(step.log).toContain('no search records of its id pages');
  // Nor may one language's records stand for both.
  const english = searchIndexStep(siteWith({
    ...records('id', 'Dinas Satu'),
    'instansi/k0/index.html': page('id', '<main><h1>Dinas Satu</h1></main>'),
    'en/instansi/k0/index.html': page('en', '<main><h1>Dinas Satu</h1></main>'),
    'index.html': page('id', '<main><h1>Beranda</h1></main>'),
  }));
  expect(english.ok).toBe(false);
  expect(english.log).toContain('no search records of its en pages');
});
