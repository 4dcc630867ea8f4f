/**
 * A search record as the document Pagefind reads (src/build/cari-copy.ts): names stay text, metadata
 * stays in its attributes; a record whose kode could name a folder outside the copy is refused, and
 * nothing of the copy is left.
 */
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, it } from 'vitest';
import { cariDocHtml, writeCariCopy } from '../../src/build/cari-copy.ts';
import type { Kode } from '../../src/domain/kode.ts';
import { HOSTILE } from '../fixtures/site.ts';
import { folderWith } from '../support/files.ts';

const attributes = (html: string): Record<string, string> =>
  Object.fromEntries([...html.matchAll(/ (data-[a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]));

it('writes a name as text in the title and heading, never as markup', () => {
  const html = cariDocHtml({ kode: '16.72' as Kode, nama: HOSTILE.script, meta: { kode: '16.72' } }, 'id');
  expect(html).not.toContain('<script>');
  expect(html).toContain('<title>Kota &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;Pagar&quot; Alam</title>');
  expect(html).toContain('<h1>Kota &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;Pagar&quot; Alam</h1>');
  expect(html).toMatch(/^<!doctype html><html lang="id">/);
});

it('keeps each metadata value in an attribute of its own, in the result’s order, the absent left out', () => {
  const html = cariDocHtml({ kode: '16.74.pupr' as Kode, nama: 'Dinas Satu', meta: { nilai: 'SAKIP 2024: BB', kode: '16.74.pupr', induk: HOSTILE.img, lama: `${HOSTILE.formula}; Dinas, Lama` } }, 'en');
  expect(html).toContain('<html lang="en">');
  const found = attributes(html);
  expect(found['data-pagefind-meta']).toBe('kode[data-cari-kode], induk[data-cari-induk], lama[data-cari-lama], nilai[data-cari-nilai]');
  expect(found['data-cari-induk']).toBe('Dinas &lt;img src=x onerror=alert(2)&gt; PU');
  expect(found['data-cari-lama']).toBe('=HYPERLINK(&quot;http://evil.example&quot;;&quot;klik&quot;); Dinas, Lama');
  expect(found['data-cari-kode']).toBe('16.74.pupr');
  expect(html).not.toContain('data-cari-jenis');
});

it('refuses a record whose kode is not one (`..` would write outside the copy), leaving nothing behind', () => {
  const site = folderWith({ 'cari-records/id.json': JSON.stringify([{ kode: '..', nama: 'Dinas Titik', meta: {} }]), 'index.html': '<html lang="id"></html>' }, 'rapor-copy-');
  const ours = () => ['/dev/shm', tmpdir()].filter((root) => existsSync(root)).flatMap((root) => readdirSync(root).filter((name) => name.startsWith(`rapor-search-${process.pid}-`)));
  expect(() => writeCariCopy(site, ['index.html'], ['id'])).toThrow('a search record of id has no valid kode: ".."');
  expect(ours()).toEqual([]);
});
