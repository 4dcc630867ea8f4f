/** Which pages the sitemap lists, how it splits, and what robots.txt says. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Dataset, Edition } from '../../src/domain/dataset.ts';
import type { Kode } from '../../src/domain/kode.ts';
import { isIndexable } from '../../src/domain/visibility.ts';
import { absoluteUrl } from '../../src/site/discovery-paths.ts';
import { indexablePages } from '../../src/site/indexable-pages.ts';
import { robotsTxt } from '../../src/site/robots.ts';
import { sitemapFiles, sitemapIndexXml, sitemapUrls, urlsetXml } from '../../src/site/sitemap.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name) });
const k = (s: string) => s as Kode;
const edition = (tahun: number, status: 'draf' | 'terbit'): Edition => ({
  tahun,
  edisi: status === 'draf' ? { judul: `R ${tahun}`, status } : { judul: `R ${tahun}`, status, tanggal_terbit: `${tahun}-12-01` },
  datasets: {},
  narasiFiles: [],
  narasi: [],
});
const dataset: Dataset = {
  situs: { nama: 'X', url: 'https://x.example/', bahasa: ['id', 'en'] },
  instansi: [
    { kode: k('16'), nama: 'Sumatera Selatan', jenis: 'provinsi', nama_lain: [] },
    { kode: k('16.74'), nama: 'Kota Prabumulih', jenis: 'kota', induk: k('16'), nama_lain: [] },
  ],
  editions: [edition(2023, 'terbit'), edition(2024, 'terbit'), edition(2025, 'draf')],
  koreksi: [],
};

describe('isIndexable', () => {
  it('is true for a published edition only', () => {
    expect(dataset.editions.map(isIndexable)).toEqual([true, true, false]);
  });
});

describe('indexablePages', () => {
  const listed = (pdf?: (e: Edition, lang: 'id' | 'en') => string | undefined) => indexablePages(dataset, pdf).map((at) => at('id'));

  it('lists the site pages, published editions and every instansi — no draft, no print version, no search, no 404', () => {
    expect(listed()).toEqual([
      '/', '/metodologi/', '/data/', '/bandingkan/',
      '/laporan/2023/', '/laporan/2023/cakupan/', '/peringkat/2023/',
      '/laporan/2024/', '/laporan/2024/cakupan/', '/peringkat/2024/',
      '/instansi/16/', '/instansi/16.74/',
    ]);
    expect(indexablePages(dataset).map((at) => at('en'))).toContain('/en/laporan/2024/');
  });

  it('lists the PDFs of published editions when the build printed them', () => {
    const pdf = (e: Edition, lang: 'id' | 'en') => `/unduh/laporan-kinerja-${e.tahun}${lang === 'en' ? '-en' : ''}.pdf`;
    expect(listed(pdf).filter((p) => p.endsWith('.pdf'))).toEqual(['/unduh/laporan-kinerja-2023.pdf', '/unduh/laporan-kinerja-2024.pdf']);
  });
});

describe('sitemapUrls and urlsetXml', () => {
  it('names each page in every language with hreflang alternates, as absolute URLs under the site URL', () => {
    const urls = sitemapUrls([(lang) => (lang === 'id' ? '/a/?x=1&y=2' : '/en/a/?x=1&y=2')], ['id', 'en'], 'https://x.example/');
    const xml = urlsetXml(urls);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parser.parse(xml).urlset;
    expect(parsed.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.url.map((u: { loc: string }) => u.loc)).toEqual(['https://x.example/a/?x=1&y=2', 'https://x.example/en/a/?x=1&y=2']);
    for (const url of parsed.url) {
      expect(url['xhtml:link']).toEqual([
        { rel: 'alternate', hreflang: 'id', href: 'https://x.example/a/?x=1&y=2' },
        { rel: 'alternate', hreflang: 'en', href: 'https://x.example/en/a/?x=1&y=2' },
      ]);
    }
  });

  it('leaves alternates out on a site in one language', () => {
    expect(sitemapUrls([() => '/a/'], ['id'], 'https://x.example/')).toEqual([{ loc: 'https://x.example/a/', alternates: [] }]);
  });

  it('resolves paths that carry the base path under a site URL with that path', () => {
    expect(absoluteUrl('/sub/laporan/2024/', 'https://x.example/sub/')).toBe('https://x.example/sub/laporan/2024/');
  });
});

describe('sitemapFiles and sitemapIndexXml', () => {
  const urls = ['a', 'b', 'c', 'd', 'e'].map((p) => ({ loc: `https://x.example/${p}/`, alternates: [] }));

  it('splits the URLs in order into files of at most the limit', () => {
    expect(sitemapFiles(urls, 2).map((file) => file.map((u) => u.loc.at(-2)))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(sitemapFiles(urls).length).toBe(1);
    expect(sitemapFiles([])).toEqual([[]]);
  });

  it('writes an index of the files', () => {
    const xml = sitemapIndexXml(['https://x.example/sitemap-1.xml', 'https://x.example/sitemap-2.xml']);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual(['https://x.example/sitemap-1.xml', 'https://x.example/sitemap-2.xml']);
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(robotsTxt('https://x.example/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.example/sitemap-index.xml\n');
  });
});
