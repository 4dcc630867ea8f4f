/**
 * Narrative chapters and the print version, end to end: a data folder with a chapter using every
 * component builds into pages carrying the real figures in each language, and a print page with the
 * markup `npm run pdf` relies on; a chapter pointing at nothing fails validation and the build.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { buildSite, runBuild } from '../support/build.ts';
import { npmRun } from '../support/npm.ts';
import { lines, writeFolder } from '../fixtures/folder.ts';

const CHAPTER = '2024/narasi/01-pengantar.mdx';
const chapter = (...body: string[]) => lines('---', 'title: Kinerja Kota', 'ringkasan: Ringkas.', '---', '', ...body);
const GOOD = chapter(
  'Kepatuhan kota <Nilai dataset="kepatuhan" kode="16.74" />.',
  '',
  '<Sebaran dataset="opd" induk="16.74" />',
  '',
  '<Peringkat induk="16.74" />',
  '',
  '<Riwayat kode="16.74" dataset="sakip" />',
  '',
  '<Tabel dataset="sakip" />',
);
const problemsOf = (dir: string) => {
  const result = loadDataFolder(dir);
  return result.ok ? [] : result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message.id}`);
};
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('narrative chapters', () => {
  it('builds a chapter with every component, with real figures in each language, before the generated sections', () => {
    const out = buildSite(writeFolder({ [CHAPTER]: GOOD }));
    const id = read(out, 'laporan/2024/index.html');
    const en = read(out, 'en/laporan/2024/index.html');
    expect(id).toContain('<strong>72,35</strong> <span class="badge zona-kuning">kuning</span>');
    expect(en).toContain('<strong>72.35</strong> <span class="badge zona-kuning">kuning</span>');
    expect(id.indexOf('Kinerja Kota')).toBeLessThan(id.indexOf('id="ringkasan"'));
    // Sebaran, Peringkat, Riwayat and Tabel: the OPD distribution and ranking, the SAKIP history and table.
    expect(id).toMatch(/Sebaran predikat: Evaluasi internal OPD Kota Prabumulih 2024/);
    expect(id).toContain('Peringkat OPD Kota Prabumulih 2024 menurut nilai');
    expect(id).toContain('Riwayat: SAKIP, Kota Prabumulih');
    expect(en).toContain('65.20');
    expect(id).toContain('href="/laporan/2024/cetak/"');

    const print = read(out, 'laporan/2024/cetak/index.html');
    const ids = [...print.matchAll(/<section class="chapter[^"]*" id="([^"]+)"><h1>([^<]+)<\/h1>/g)].map((m) => m[1]);
    expect(ids).toEqual(['bab-01-pengantar', 'ringkasan', 'sakip', 'kepatuhan', 'opd', 'lampiran-tabel', 'lampiran-sumber', 'kolofon']);
    for (const target of ids) {
      expect(print).toMatch(new RegExp(`<li><a href="#${target}">[^<]+</a> <span class="toc-page" data-target="${target}"></span></li>`));
    }
    expect(print).toContain('<nav class="toc"');
    expect(print).toContain('<section class="cover">');
    expect(print).toContain('<html lang="id"');
    expect(print).toContain('<meta name="rapor:title" content="Rapor Kinerja Kota Prabumulih 2024">');
    expect(print).toContain('<meta name="rapor:author" content="Bagian Organisasi Setda Kota Prabumulih">');
    expect(print).not.toContain('rapor:date'); // a draft
    expect(print).not.toContain('site-header');
    expect(read(out, 'en/laporan/2024/cetak/halaman.css')).toContain('content: "Page " counter(page) " of " counter(pages)');
    expect(read(out, 'en/laporan/2024/cetak/index.html')).toContain('<a href="#ringkasan">Summary</a>');
  });

  it('refuses a component with an unknown kode at its file, line and column, and builds nothing', () => {
    const dir = writeFolder({ [CHAPTER]: chapter('Teks.', '', 'Kota: <Nilai dataset="kepatuhan"', '   kode="99.99" />') });
    expect(problemsOf(dir)).toEqual([`${CHAPTER}:9:4: kode "99.99" tidak ada di instansi.csv`]);
    const validate = npmRun('validate', [], { dataDir: dir });
    expect(validate.status).toBe(1);
    expect(`${validate.stdout}${validate.stderr}`).toContain(`${CHAPTER}:9:4: kode "99.99" tidak ada di instansi.csv. Tulis kode instansi`);

    const outDir = join(mkdtempSync(join(tmpdir(), 'rapor-narasi-')), 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'published.txt'), 'the previous site');
    const build = runBuild(outDir, { dataDir: dir });
    expect(build.status).toBe(1);
    expect(read(outDir, 'published.txt')).toBe('the previous site');
  });

  it('refuses an MDX syntax error with its line', () => {
    expect(problemsOf(writeFolder({ [CHAPTER]: chapter('Paragraf.', '', '<Sebaran dataset="opd"', '') }))).toEqual([`${CHAPTER}:8:1: tag <Sebaran> tidak ditutup dengan >`]);
    expect(problemsOf(writeFolder({ [CHAPTER]: lines('---', 'ringkasan: x', '---', 'Teks.') }))).toEqual([`${CHAPTER}:1:1: bab tidak punya judul`]);
  });
});
