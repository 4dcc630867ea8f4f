/**
 * The site's Atom feed in one language: an entry per published edition and one per correction made
 * after publication, so that a newsroom learns of a new report and of every changed figure. Entry ids
 * are tag URIs (RFC 4151) built from what never changes once published — the site, the day and what
 * was published or corrected — so a reader never sees an old entry as new.
 */
import type { Dataset, Edition, Koreksi } from '../domain/dataset.ts';
import { indexOf } from '../domain/dataset-index.ts';
import { editionTitle } from '../domain/edition-title.ts';
import type { Lang } from '../domain/text.ts';
import { publishedEditions } from '../domain/views/editions.ts';
import { columnLabel } from '../i18n/column-labels.ts';
import { formatKoreksiValue, koreksiId, koreksiUi } from '../i18n/ui-koreksi.ts';
import { paths } from '../i18n/paths.ts';
import { ui } from '../i18n/ui.ts';
import { uiDiscovery as t } from '../i18n/ui-discovery.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';
import { absoluteUrl, feedPath } from './discovery-paths.ts';

/** `tag:rapor.example.org,2024-08-05:/laporan/2024`: the site's host and path, a day, and what. */
export function tagUri(siteUrl: string, day: string, ...what: (string | number)[]): string {
  const { hostname, pathname } = new URL(siteUrl);
  return `tag:${hostname},${day}:${pathname}${what.map((w) => encodeURIComponent(String(w))).join('/')}`;
}

/** `pdf`: the address of a published edition's PDF in a language, undefined when the build printed none. */
export function feedOf(dataset: Dataset, lang: Lang, pdf: (edition: Edition, lang: Lang) => string | undefined = () => undefined): AtomFeed {
  const { situs } = dataset;
  const url = (path: string) => absoluteUrl(path, situs.url);

  const editionEntry = (edition: Edition): AtomEntry => {
    const tanggal = edition.edisi.tanggal_terbit!;
    const file = pdf(edition, lang);
    return {
      id: tagUri(situs.url, tanggal, 'laporan', edition.tahun),
      title: editionTitle(edition.edisi, lang),
      published: tanggal,
      summary: t.editionSummary(edition, lang),
      links: [
        { href: url(paths.laporan(edition.tahun, lang)), type: 'text/html', hreflang: lang },
        ...(file === undefined ? [] : [{ rel: 'enclosure' as const, type: 'application/pdf', hreflang: lang, title: t.pdf[lang], href: url(file) }]),
      ],
    };
  };

  const byKode = indexOf(dataset).instansi;
  const seen = new Map<string, number>();
  const correctionEntry = (koreksi: Koreksi): AtomEntry => {
    const what = koreksi.dataset === 'narasi' ? koreksiUi.narrative[lang] : ui.dataset[koreksi.dataset][lang];
    const instansi = koreksi.kode === undefined ? undefined : byKode.get(koreksi.kode);
    const anchor = `#${koreksiId(koreksi)}`;
    const edition = url(`${paths.laporan(koreksi.tahun, lang)}${anchor}`);
    // Two corrections of the same value on the same day stay two entries, told apart by their order in koreksi.csv.
    const key = ['koreksi', koreksi.tahun, koreksi.dataset, koreksi.kode ?? '-', koreksi.kolom];
    const occurrence = (seen.get(`${koreksi.tanggal}/${key.join('/')}`) ?? 0) + 1;
    seen.set(`${koreksi.tanggal}/${key.join('/')}`, occurrence);
    const change =
      koreksi.dataset === 'narasi' ? koreksi.kolom : `${columnLabel(koreksi)[lang]}: ${formatKoreksiValue(koreksi.lama, lang)} → ${formatKoreksiValue(koreksi.baru, lang)}`;
    return {
      id: tagUri(situs.url, koreksi.tanggal, ...key, ...(occurrence > 1 ? [occurrence] : [])),
      title: t.correctionTitle(what, koreksi.tahun, instansi?.nama ?? koreksi.kolom)[lang],
      published: koreksi.tanggal,
      summary: `${change}. ${koreksiUi.reason[lang]}: ${koreksi.alasan}`,
      links: [
        { href: instansi === undefined ? edition : url(`${paths.instansi(instansi.kode, lang)}${anchor}`), type: 'text/html', hreflang: lang },
        ...(instansi === undefined ? [] : [{ rel: 'related' as const, type: 'text/html', hreflang: lang, href: edition }]),
      ],
    };
  };

  return {
    id: url(feedPath(lang)),
    title: t.feedTitle(situs.nama)[lang],
    subtitle: t.feedSubtitle[lang],
    lang,
    author: { name: situs.nama, uri: url(paths.home(lang)) },
    links: [
      { rel: 'self', type: 'application/atom+xml', href: url(feedPath(lang)) },
      { rel: 'alternate', type: 'text/html', href: url(paths.home(lang)) },
    ],
    // Newest edition first among those of a day; atomXml orders by date.
    entries: [...publishedEditions(dataset).toReversed().map(editionEntry), ...dataset.koreksi.map(correctionEntry).toReversed()],
  };
}
