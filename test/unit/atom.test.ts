/** The Atom writer and the site's feed: well-formed whatever the data holds, newest first, dated by its entries, never by the clock. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomXml, NO_ENTRY_DATE, type AtomEntry, type AtomFeed } from '../../src/site/atom.ts';
import { feedOf, tagUri } from '../../src/site/feed.ts';
import { escapeXml } from '../../src/site/xml.ts';
import type { Dataset, Edition, Koreksi } from '../../src/domain/dataset.ts';
import type { Kode } from '../../src/domain/kode.ts';
import { HOSTILE } from '../fixtures/site.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link'].includes(name) });
type Parsed = { feed: { updated: string; title: string; entry?: { id: string; title: string; updated: string; published: string; summary: { '#text': string }; link: Record<string, string>[] }[] } };
const parse = (xml: string): Parsed => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Parsed;
};

const NASTY = `${HOSTILE.script} & ${HOSTILE.img} ]]> 'single' "double" ${HOSTILE.formula}`;

const entry = (id: string, published: string, more: Partial<AtomEntry> = {}): AtomEntry => ({ id, title: id, published, summary: id, links: [{ href: `https://x.example/${id}/` }], ...more });
const feed = (entries: AtomEntry[], more: Partial<AtomFeed> = {}): AtomFeed => ({
  id: 'https://x.example/feed.xml',
  title: 'X',
  lang: 'id',
  author: { name: 'X' },
  links: [{ rel: 'self', href: 'https://x.example/feed.xml' }],
  entries,
  ...more,
});

describe('escapeXml', () => {
  it('escapes markup and replaces the characters XML cannot hold, keeping emoji and right-to-left text', () => {
    expect(escapeXml(`<a href="x">&'</a> ]]>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt; ]]&gt;');
    expect(escapeXml('a\u0000b\u001Bc\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(escapeXml(HOSTILE.emoji)).toBe(HOSTILE.emoji);
    expect(escapeXml(HOSTILE.rtl)).toBe(HOSTILE.rtl);
  });
});

describe('atomXml', () => {
  it('keeps hostile text as text: the feed parses and gives back exactly what went in', () => {
    const xml = atomXml(feed([entry('e', '2024-08-05', { title: NASTY, summary: NASTY, links: [{ href: 'https://x.example/?a=1&b="2"', title: NASTY }] })], { title: NASTY, author: { name: NASTY } }));
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain(']]>');
    const parsed = parse(xml).feed;
    expect(parsed.title).toBe(NASTY);
    expect(parsed.entry![0]!.title).toBe(NASTY);
    expect(parsed.entry![0]!.summary['#text']).toBe(NASTY);
    expect(parsed.entry![0]!.link[0]).toEqual({ href: 'https://x.example/?a=1&b="2"', title: NASTY });
  });

  it('writes entries newest first, entries of one day in the given order, and dates the feed by its newest entry', () => {
    const xml = atomXml(feed([entry('old', '2022-03-01'), entry('corrected', '2022-03-01', { updated: '2025-06-02' }), entry('a', '2024-08-05'), entry('b', '2024-08-05')]));
    const parsed = parse(xml).feed;
    expect(parsed.entry!.map((e) => e.id)).toEqual(['corrected', 'a', 'b', 'old']);
    expect(parsed.updated).toBe('2025-06-02T00:00:00+07:00');
    expect(parsed.entry![0]!.published).toBe('2022-03-01T00:00:00+07:00');
  });

  it('dates a feed without entries by a fixed day, not by the clock', () => {
    expect(parse(atomXml(feed([]))).feed.updated).toBe(`${NO_ENTRY_DATE}T00:00:00+07:00`);
  });
});

const k = (s: string) => s as Kode;
const asal = { file: 'koreksi.csv', line: 2 };
const edition = (tahun: number, tanggal?: string): Edition => ({
  tahun,
  edisi: tanggal === undefined ? { judul: `Rapor ${tahun}`, status: 'draf' } : { judul: `Rapor ${tahun} <b>&</b>`, status: 'terbit', tanggal_terbit: tanggal },
  datasets: { sakip: [{ kode: k('16.72'), predikat: 'B', sumber: 's', asal }] },
  narasiFiles: [],
  narasi: [],
});
const koreksi = (nomor: number, more: Partial<Koreksi>): Koreksi => ({ nomor, tahun: 2022, dataset: 'sakip', kode: k('16.72'), kolom: 'nilai', lama: '55.10', baru: '56.10', tanggal: '2025-06-02', alasan: NASTY, asal, ...more });
const dataset: Dataset = {
  situs: { nama: HOSTILE.script, url: 'https://x.example/', bahasa: ['id', 'en'] },
  instansi: [{ kode: k('16.72'), nama: HOSTILE.script, jenis: 'kota', nama_lain: [] }],
  editions: [edition(2021, '2022-03-01'), edition(2022, '2023-03-01'), edition(2023)],
  koreksi: [koreksi(1, {}), koreksi(2, { lama: '56.10', baru: '56.20' }), koreksi(3, { dataset: 'narasi', kode: undefined, kolom: '01-pengantar.mdx', lama: undefined, baru: undefined, tanggal: '2024-01-10' })],
};

describe('feedOf', () => {
  const id = parse(atomXml(feedOf(dataset, 'id', (e, lang) => `/unduh/laporan-kinerja-${e.tahun}${lang === 'en' ? '-en' : ''}.pdf`))).feed;
  const en = parse(atomXml(feedOf(dataset, 'en'))).feed;

  it('has one entry per published edition and per correction, no draft, newest first', () => {
    expect(id.entry!.map((e) => e.published.slice(0, 10))).toEqual(['2025-06-02', '2025-06-02', '2024-01-10', '2023-03-01', '2022-03-01']);
    expect(id.entry!.some((e) => e.title.includes('2023'))).toBe(false);
    expect(id.updated).toBe('2025-06-02T00:00:00+07:00');
  });

  it('gives every entry a stable tag id, unique even for two corrections of one value on one day', () => {
    const ids = id.entry!.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('tag:x.example,2023-03-01:/laporan/2022');
    expect(ids).toContain('tag:x.example,2025-06-02:/koreksi/2022/sakip/16.72/nilai');
    expect(ids).toContain('tag:x.example,2025-06-02:/koreksi/2022/sakip/16.72/nilai/2');
    expect(ids).toContain('tag:x.example,2024-01-10:/koreksi/2022/narasi/-/01-pengantar.mdx');
    // The same entry in both languages keeps its id.
    expect(en.entry!.map((e) => e.id)).toEqual(ids);
  });

  it('names a site under a base path by host and path', () => {
    expect(tagUri('https://x.example/sub/', '2023-03-01', 'laporan', 2022)).toBe('tag:x.example,2023-03-01:/sub/laporan/2022');
    expect(tagUri('https://x.example/', '2025-06-02', 'koreksi', 'a b/c')).toBe('tag:x.example,2025-06-02:/koreksi/a%20b%2Fc');
  });

  it('links an edition to its page and its PDF, a correction to its instansi and its edition, in the feed language', () => {
    const edition2022 = id.entry!.find((e) => e.published.startsWith('2023-03-01'))!;
    expect(edition2022.link.map((l) => [l.rel, l.href])).toEqual([
      [undefined, 'https://x.example/laporan/2022/'],
      ['enclosure', 'https://x.example/unduh/laporan-kinerja-2022.pdf'],
    ]);
    const [second, first] = en.entry!;
    expect(first!.link.map((l) => [l.rel, l.href])).toEqual([
      [undefined, 'https://x.example/en/instansi/16.72/#koreksi-1'],
      ['related', 'https://x.example/en/laporan/2022/#koreksi-1'],
    ]);
    expect(second!.summary['#text']).toContain('56.10 → 56.20');
    const narasi = en.entry!.find((e) => e.published.startsWith('2024-01-10'))!;
    expect(narasi.link.map((l) => l.href)).toEqual(['https://x.example/en/laporan/2022/#koreksi-3']);
  });

  it('keeps names and reasons from data as text', () => {
    expect(id.entry!.find((e) => e.id.endsWith('/nilai'))!.title).toBe(`Koreksi SAKIP 2022: ${HOSTILE.script}`);
    expect(id.entry!.find((e) => e.id.endsWith('/nilai'))!.summary['#text']).toBe(`Nilai: 55,10 → 56,10. Alasan: ${NASTY}`);
    expect(id.entry!.find((e) => e.id.endsWith('laporan/2022'))!.title).toBe('Rapor 2022 <b>&</b>');
  });
});
