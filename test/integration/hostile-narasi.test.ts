/**
 * Chapters are content, not code (issue 19, finding 1): one hostile narrative chapter per case, each
 * refused by the validator at its file, line and column, counted by hand from the chapter text
 * (front matter = lines 1–3, line 4 empty, the body from line 5). The build's side of the same rule
 * is test/integration/narasi-build.test.ts.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { npmRun } from '../support/npm.ts';
import { lines, writeFolder } from '../fixtures/folder.ts';

const FILE = '2024/narasi/01-pengantar.mdx';
const chapter = (...body: string[]) => lines('---', 'title: Pengantar', '---', '', ...body);
const problemsOf = (source: string) => {
  const result = loadDataFolder(writeFolder({ [FILE]: source }));
  return result.ok ? [] : result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message.id}`);
};

/** [case, chapter body lines, expected problems as `line:column: message`]. */
const CASES: [string, string[], string[]][] = [
  ['an import of node:child_process', ['Teks.', '', "import cp from 'node:child_process'"], ['7:1: import dan export tidak boleh di bab narasi']],
  ['an export running code', ["export const o = require('node:child_process').execSync('id').toString()", '', 'Teks.'], ['5:1: import dan export tidak boleh di bab narasi']],
  ['an export that is also a syntax error', ['export const a = ('], ['5:1: import dan export tidak boleh di bab narasi']],
  ['an expression in the text', ['Nilai {globalThis.process.env.HOME} di sini.'], ['5:7: tanda { dibaca MDX sebagai kode']],
  ['an expression on a line of its own', ['Teks.', '', '{(() => 1)()}'], ['7:1: tanda { dibaca MDX sebagai kode']],
  ['an MDX comment (an expression too)', ['{/* catatan */}'], ['5:1: tanda { dibaca MDX sebagai kode']],
  ['{…} in a component prop', ['Kota: <Nilai dataset="kepatuhan" kode={"16" + ".74"} />'], ['5:34: nilai atribut kode dalam { } dibaca MDX sebagai kode']],
  ['a literal year in { } on a component', ['<Tabel dataset="opd" tahun={2024} />'], ['5:22: nilai atribut tahun dalam { } dibaca MDX sebagai kode']],
  ['a spread attribute', ['<Riwayat kode="16.74" {...globalThis} />'], ['5:23: atribut {…} dibaca MDX sebagai kode']],
  ['<script>', ['Teks.', '', '<script>alert(1)</script>'], ['7:1: elemen HTML <script> tidak boleh di bab narasi']],
  ['<iframe>', ['<iframe src="https://evil.example/" />'], ['5:1: elemen HTML <iframe> tidak boleh di bab narasi']],
  ['<style>', ['<style>{"body{display:none}"}</style>'], ['5:1: elemen HTML <style> tidak boleh di bab narasi']],
  ['an onerror attribute', ['Teks <span onerror="alert(1)">merah</span>.'], ['5:12: atribut onerror tidak boleh pada <span>']],
  ['a class dressing text as a grade badge', ['<span class="badge zona-hijau">hijau</span>'], ['5:7: atribut class tidak boleh pada <span>']],
  ['a javascript: link in HTML', ['<a title="x" href="javascript:alert(1)">klik</a>'], ['5:14: tautan hanya boleh ke alamat http(s), mailto: atau bagian halaman']],
  ['a javascript: link in HTML, hidden by a tab character reference', ['<a href="java&#9;script:alert(1)">klik</a>'], ['5:4: tautan hanya boleh ke alamat http(s), mailto: atau bagian halaman']],
  ['a javascript: link in Markdown', ['[klik](JavaScript:alert(1))'], ['5:1: tautan hanya boleh ke alamat http(s), mailto: atau bagian halaman']],
  ['a data: URL in a link definition', ['[klik][x]', '', '[x]: data:text/html,<script>alert(1)</script>'], ['7:1: tautan hanya boleh ke alamat http(s), mailto: atau bagian halaman']],
  ['an image (a local one would be imported by the build)', ['![logo](../../../../etc/passwd)'], ['5:1: gambar belum dapat dimuat di bab narasi']],
  ['a member-expression element', ['<process.exit />'], ['5:1: elemen HTML <process.exit> tidak boleh di bab narasi']],
  ['an element named like an object property', ['<constructor />'], ['5:1: elemen HTML <constructor> tidak boleh di bab narasi']],
  ['an unknown component', ['<Grafik kode="16.74" />'], ['5:1: komponen <Grafik> tidak dikenal']],
  ['a layout in the front matter (Astro would import it)', [], ['2:1: kunci front matter "layout" tidak dikenal']],
  ['an unclosed brace', ['Anggaran {2025.'], ['5:10: MDX tidak dapat dibaca: Unexpected end of file in expression, expected a corresponding closing brace for `{`']],
  ['an HTML comment', ['Teks <!-- catatan --> lagi.'], ['5:6: tanda < dibaca MDX sebagai awal tag']],
];

describe('hostile chapters: the validator refuses code and unsafe HTML at its place', () => {
  it.each(CASES)('%s', (name, body, expected) => {
    const source = name.startsWith('a layout') ? lines('---', 'layout: ../../../src/layouts/Site.astro', 'title: Pengantar', '---', '', 'Teks.') : chapter(...body);
    expect(problemsOf(source)).toEqual(expected.map((e) => `${FILE}:${e}`));
  });

  it('accepts the harmless HTML of the allow-list, safe links and the components with quoted attributes', () => {
    const good = chapter(
      'Teks <em>miring</em>, <strong>tebal</strong>, <abbr title="Sistem Akuntabilitas Kinerja Instansi Pemerintah">SAKIP</abbr>, H<sub>2</sub>O, m<sup>2</sup>.<br />',
      '',
      '[Ombudsman](https://ombudsman.go.id/), [surel](mailto:a@b.example), [atas](#ringkasan), [relatif](../2023/) dan <a href="https://menpan.go.id/" lang="id">MenPAN</a>.',
      '',
      '<figure>',
      '  <table><caption>Ringkas</caption><thead><tr><th scope="col">a</th></tr></thead><tbody><tr><td colspan="1">1</td></tr></tbody></table>',
      '  <figcaption>Sumber: Ombudsman RI</figcaption>',
      '</figure>',
      '',
      '<blockquote lang="en">Quote</blockquote>',
      '',
      'Kepatuhan <Nilai dataset="kepatuhan" kode="16.74" />.',
      '',
      '```',
      'import x from "y"; {kode}',
      '```',
      '',
      'Kode `{a}` dan \\{ aman.',
    );
    expect(problemsOf(good)).toEqual([]);
  });

  it('npm run validate names the place and the fix in both languages, and runs nothing', () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'rapor-hostile-')), 'ran');
    const dir = writeFolder({ [FILE]: chapter(`export const x = (() => { require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); })()`) });
    const validate = npmRun('validate', [], { dataDir: dir });
    expect(validate.status).toBe(1);
    const out = `${validate.stdout}${validate.stderr}`;
    expect(out).toContain(`${FILE}:5:1: import dan export tidak boleh di bab narasi. Hapus baris itu: komponen Rapor tersedia tanpa import`);
    expect(out).toContain('[import and export are not allowed in a chapter. Remove that line');
    expect(existsSync(marker)).toBe(false);
  });
});
