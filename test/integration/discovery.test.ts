/**
 * What crawlers and feed readers find on a built site: the sitemap lists exactly the pages without
 * `noindex` (no draft edition, no 404, no search page), every URL in it and in the feeds exists, the
 * feeds are valid Atom dated by their newest entry, robots.txt names the sitemap, and every page
 * describes itself with OpenGraph meta whose URL is its canonical one. Built twice: the example in
 * data/ (2025 is a draft), and a small published site under a base path with a correction.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, lines, SITUS } from '../fixtures/folder.ts';
import { publishedFolder } from '../locks/published-folder.ts';
import { buildSite } from '../support/build.ts';
import { SHARED_SITE_TIMEOUT, sharedSite } from '../support/sites.ts';

// Vitest sets BASE_URL=/ in process.env, which the builds below inherit: the base-path site proves
// that the build gives Astro the address of situs.json, not the environment's.
expect(process.env.BASE_URL).toBe('/');

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['url', 'xhtml:link', 'sitemap', 'entry', 'link'].includes(name) });

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

interface Feed {
  id: string;
  title: string;
  updated: string;
  author: { name: string };
  link: { rel?: string; href: string }[];
  entry: { id: string; title: string; updated: string; published: string; summary: { '#text': string }; link: { rel?: string; href: string }[] }[];
}

interface Built {
  dist: string;
  siteUrl: string;
  /** Site path (`laporan/2024/`, `404.html`) → HTML. */
  pages: Map<string, string>;
}

function built(dist: string, siteUrl: string): Built {
  const pages = new Map(htmlFiles(dist).sort().map((file) => [relative(dist, file).replace(/index\.html$/, ''), readFileSync(file, 'utf8')]));
  return { dist, siteUrl, pages };
}

const xmlAt = (site: Built, path: string): unknown => {
  const xml = readFileSync(join(site.dist, path), 'utf8');
  expect(XMLValidator.validate(xml), path).toBe(true);
  return parser.parse(xml);
};

/** The site path of an absolute URL of this site, without its fragment; fails for a URL elsewhere. */
const pathOf = (site: Built, url: string): string => {
  expect(url.startsWith(site.siteUrl), url).toBe(true);
  return decodeURIComponent(new URL(url).href.slice(site.siteUrl.length).replace(/#.*$/, ''));
};

const exists = (site: Built, url: string): boolean => {
  const path = pathOf(site, url);
  if (site.pages.has(path)) return true;
  try {
    return readFileSync(join(site.dist, path)).length > 0;
  } catch {
    return false;
  }
};

/** Every URL of the sitemap files the index names, in order. */
function sitemapOf(site: Built): { loc: string; 'xhtml:link'?: { hreflang: string; href: string }[] }[] {
  const index = xmlAt(site, 'sitemap-index.xml') as { sitemapindex: { sitemap: { loc: string }[] } };
  return index.sitemapindex.sitemap.flatMap(({ loc }) => (xmlAt(site, pathOf(site, loc)) as { urlset: { url: [] } }).urlset.url);
}

const NOINDEX = '<meta name="robots" content="noindex">';
const meta = (html: string, attribute: 'name' | 'property', key: string): string | undefined =>
  new RegExp(`<meta ${attribute}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];
const canonicalOf = (html: string): string | undefined => /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];

/** The checks every built site passes, whatever its data and base path. */
function discoveryChecks(site: () => Built) {
  it('lists in its sitemap exactly the pages without noindex, each in every language with hreflang alternates', () => {
    const urls = sitemapOf(site());
    const listed = urls.filter((u) => !u.loc.endsWith('.pdf')).map((u) => pathOf(site(), u.loc));
    expect(new Set(listed).size).toBe(listed.length);
    const indexable = [...site().pages].filter(([path, html]) => path !== '404.html' && !html.includes(NOINDEX)).map(([path]) => path);
    expect(listed.toSorted()).toEqual(indexable.toSorted());
    const locs = new Set(urls.map((u) => u.loc));
    for (const url of urls) {
      expect(exists(site(), url.loc), url.loc).toBe(true);
      expect(url['xhtml:link']!.map((l) => l.hreflang)).toEqual(['id', 'en']);
      expect(url['xhtml:link']!.some((l) => l.href === url.loc)).toBe(true);
      for (const alternate of url['xhtml:link']!) expect(locs.has(alternate.href), alternate.href).toBe(true);
    }
  });

  it('has a robots.txt at the site root that allows everything and names the sitemap index', () => {
    const robots = readFileSync(join(site().dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(robots).toContain(`Sitemap: ${site().siteUrl}sitemap-index.xml\n`);
  });

  it('has an Atom feed per language: required elements, newest first, dated by its newest entry, every link a built page', () => {
    for (const [lang, path] of [['id', 'feed.xml'], ['en', 'en/feed.xml']] as const) {
      const { feed } = xmlAt(site(), path) as { feed: Feed & { 'xml:lang': string } };
      expect(feed['xml:lang']).toBe(lang);
      expect(feed.id).toBe(`${site().siteUrl}${path}`);
      expect(feed.title).not.toBe('');
      expect(feed.author.name).not.toBe('');
      expect(feed.link.find((l) => l.rel === 'self')!.href).toBe(`${site().siteUrl}${path}`);
      expect(feed.entry.length).toBeGreaterThan(0);
      const dates = feed.entry.map((e) => e.updated);
      expect(dates).toEqual(dates.toSorted().toReversed());
      expect(feed.updated).toBe(dates[0]);
      for (const entry of feed.entry) {
        expect(entry.id).toMatch(/^tag:/);
        expect(entry.title).not.toBe('');
        expect(entry.summary['#text']).not.toBe('');
        expect(entry.published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
        const alternate = entry.link.find((l) => l.rel === undefined)!;
        for (const link of entry.link) {
          expect(exists(site(), link.href), link.href).toBe(true);
          const anchor = new URL(link.href).hash.slice(1);
          if (anchor) expect(site().pages.get(pathOf(site(), link.href))).toContain(`id="${anchor}"`);
        }
        expect(pathOf(site(), alternate.href).startsWith(lang === 'en' ? 'en/' : '')).toBe(true);
      }
      expect(new Set(feed.entry.map((e) => e.id)).size).toBe(feed.entry.length);
    }
  });

  it('links each page to the feed of its language', () => {
    for (const [path, html] of site().pages) {
      if (path.includes('/cetak/')) continue;
      const feed = /<link rel="alternate" type="application\/atom\+xml" href="([^"]*)"/.exec(html)?.[1];
      expect(feed, path).toBe(`${new URL(site().siteUrl).pathname}${path.startsWith('en/') ? 'en/' : ''}feed.xml`);
    }
  });

  it('describes every page: a description, OpenGraph and Twitter meta, og:url its canonical URL under the site URL', () => {
    for (const [path, html] of site().pages) {
      if (path.includes('/cetak/')) continue; // print versions: noindex, a copy of the edition page for the PDF
      expect(meta(html, 'name', 'description')?.trim(), path).toBeTruthy();
      expect(meta(html, 'property', 'og:description'), path).toBe(meta(html, 'name', 'description'));
      expect(meta(html, 'property', 'og:title')?.trim(), path).toBeTruthy();
      expect(meta(html, 'property', 'og:site_name')?.trim(), path).toBeTruthy();
      expect(meta(html, 'name', 'twitter:card'), path).toBe('summary');
      expect(meta(html, 'property', 'og:locale'), path).toBe(path.startsWith('en/') ? 'en_US' : 'id_ID');
      if (path === '404.html') continue; // one page for every missing address: no canonical URL
      expect(canonicalOf(html), path).toBe(`${site().siteUrl}${encodeURI(path)}`);
      expect(meta(html, 'property', 'og:url'), path).toBe(canonicalOf(html));
      expect(meta(html, 'property', 'og:locale:alternate'), path).toBe(path.startsWith('en/') ? 'id_ID' : 'en_US');
    }
  });
}

describe('the example site', () => {
  let site: Built;
  beforeAll(async () => {
    site = built((await sharedSite('example-no-pdf')).dist, 'https://rapor.example.org/');
  }, SHARED_SITE_TIMEOUT);

  discoveryChecks(() => site);

  it('leaves the draft edition 2025 out of the sitemap and the feeds, and keeps its pages noindex', () => {
    const listed = sitemapOf(site).map((u) => u.loc);
    expect(listed.filter((loc) => loc.includes('2025'))).toEqual([]);
    expect(listed).toContain('https://rapor.example.org/laporan/2024/');
    expect(listed).toContain('https://rapor.example.org/en/laporan/2024/cakupan/');
    for (const path of ['laporan/2025/', 'laporan/2025/cakupan/', 'peringkat/2025/', 'en/laporan/2025/']) expect(site.pages.get(path), path).toContain(NOINDEX);
    for (const path of ['feed.xml', 'en/feed.xml']) {
      const { feed } = xmlAt(site, path) as { feed: Feed };
      expect(feed.entry.map((e) => e.id)).toEqual([2024, 2023, 2022, 2021, 2020].map((tahun) => expect.stringMatching(new RegExp(`^tag:rapor\\.example\\.org,\\d{4}-\\d{2}-\\d{2}:/laporan/${tahun}$`))));
    }
  });

  it('lists /bandingkan/ but not /cari/, whose results are not for search engines', () => {
    const listed = sitemapOf(site).map((u) => u.loc);
    expect(listed).toContain('https://rapor.example.org/bandingkan/');
    expect(listed).not.toContain('https://rapor.example.org/cari/');
    expect(site.pages.get('cari/')).toContain(NOINDEX);
  });
});

describe('a site under a base path, with a correction', () => {
  const SITE_URL = 'https://pemda.example.go.id/rapor/kinerja/';
  const REASON = 'Salah ketik saat menyalin <laporan> "Ombudsman" & ]]>';
  let site: Built;
  beforeAll(() => {
    const dir = publishedFolder({ 'situs.json': json({ ...SITUS, url: SITE_URL }) });
    const file = join(dir, '2024/kepatuhan.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('72,35', '73,35'));
    writeFileSync(join(dir, 'koreksi.csv'), lines('tahun,dataset,kode,kolom,lama,baru,tanggal,alasan', `2024,kepatuhan,16.74,nilai,72.35,73.35,2025-06-02,"${REASON.replace(/"/g, '""')}"`));
    site = built(buildSite(dir, '--no-pdf'), SITE_URL);
  }, 180_000);

  discoveryChecks(() => site);

  it('has the correction as the newest feed entry, linked to the instansi and the edition, its reason intact', () => {
    const { feed } = xmlAt(site, 'feed.xml') as { feed: Feed };
    const [correction, edition] = feed.entry;
    expect(feed.updated).toBe('2025-06-02T00:00:00+07:00');
    expect(correction!.id).toBe('tag:pemda.example.go.id,2025-06-02:/rapor/kinerja/koreksi/2024/kepatuhan/16.74/nilai');
    expect(correction!.link.map((l) => l.href)).toEqual([`${SITE_URL}instansi/16.74/#koreksi-1`, `${SITE_URL}laporan/2024/#koreksi-1`]);
    expect(correction!.summary['#text']).toContain(REASON);
    expect(edition!.link[0]!.href).toBe(`${SITE_URL}laporan/2024/`);
  });
});
