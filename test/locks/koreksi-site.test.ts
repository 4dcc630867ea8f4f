/** A recorded correction on a built site: marked beside the value, with the old value, date and reason on the page, and listed on /data/. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lines } from '../fixtures/folder.ts';
import { runBuild } from '../support/build.ts';
import { publishedFolder } from './published-folder.ts';

const outDir = join(mkdtempSync(join(tmpdir(), 'rapor-koreksi-')), 'dist');
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const REASON = 'Salah ketik saat menyalin laporan Ombudsman';

beforeAll(() => {
  const dir = publishedFolder();
  const file = join(dir, '2024/kepatuhan.csv');
  writeFileSync(file, readFileSync(file, 'utf8').replace('72,35', '73,35'));
  writeFileSync(join(dir, 'koreksi.csv'), lines('tahun,dataset,kode,kolom,lama,baru,tanggal,alasan', `2024,kepatuhan,16.74,nilai,72.35,73.35,2025-06-02,${REASON}`));
  // The pages are what is checked here: no PDFs printed.
  const run = runBuild(outDir, { dataDir: dir, flags: ['--no-pdf'] });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}, 180_000);

describe('a correction', () => {
  it('is marked on the instansi page beside the corrected value, with the old value, and listed with date and reason', () => {
    const html = page('instansi/16.74');
    expect(html).toMatch(/73,35<span class="koreksi-mark"[^>]*> <a href="#koreksi-1"[^>]*>dikoreksi<\/a><span class="muted"[^>]*>\(semula 72,35\)<\/span>/);
    const row = html.slice(html.indexOf('id="koreksi-1"'), html.indexOf('</tr>', html.indexOf('id="koreksi-1"')));
    for (const expected of ['72,35', '73,35', '2 Juni 2025', REASON]) expect(row).toContain(expected);
    expect(page('en/instansi/16.74')).toContain('(was 72.35)');
  });

  it('is marked on the edition page and listed there', () => {
    const html = page('laporan/2024');
    expect(html).toContain('>dikoreksi</a>');
    expect(html).toContain(REASON);
  });

  it('is listed on /data/ with the build manifest in human form', () => {
    const html = page('data');
    expect(html).toContain('id="koreksi-1"');
    expect(html).toContain(REASON);
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
    expect(html).toContain(manifest.lockfile);
    expect(html).toContain(manifest.input['2024/kepatuhan.csv']);
  });
});
