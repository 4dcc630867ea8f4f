/**
 * The site's Atom feed in one language: an entry per published edition and one per correction made
 * after publication, so that a newsroom learns of a new report and of every changed figure. Entry ids
 * are tag URIs (RFC 4151) built from what never changes once published — the site, the day and what
 * was published or corrected — so a reader never sees an old entry as new.
 */
import type { Dataset, Edition, Ralat } from '../domain/dataset.ts';
import { indexOf } from '../domain/dataset-index.ts';
import { editionTitle } from '../domain/edition-title.ts';
import type { Lang } from '../domain/text.ts';
import { publishedEditions } from '../domain/views/editions.ts';
import { columnLabel } from '../i18n/columns.ts';
import { formatKoreksiValue, koreksiId, koreksiUi } from '../i18n/koreksi.ts';
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
  const correctionEntry = (ralat: Ralat): AtomEntry => {
    const what = ralat.dataset === 'narasi' ? koreksiUi.narrative[lang] : ui.dataset[ralat.dataset][lang];
    const instansi = ralat.kode === undefined ? undefined : byKode.get(ralat.kode);
    const anchor = `#${koreksiId(ralat)}`;
    const edition = url(`${paths.laporan(ralat.tahun, lang)}${anchor}`);
    // Two corrections of the same value on the same day stay two entries, told apart by their order in koreksi.csv.
    const key = ['koreksi', ralat.tahun, ralat.dataset, ralat.kode ?? '-', ralat.kolom];
    const occurrence = (seen.get(`${ralat.tanggal}/${key.join('/')}`) ?? 0) + 1;
    seen.set(`${ralat.tanggal}/${key.join('/')}`, occurrence);
    const change =
      ralat.dataset === 'narasi' ? ralat.kolom : `${columnLabel(ralat)[lang]}: ${formatKoreksiValue(ralat.lama, lang)} → ${formatKoreksiValue(ralat.baru, lang)}`;
    return {
      id: tagUri(situs.url, ralat.tanggal, ...key, ...(occurrence > 1 ? [occurrence] : [])),
      title: t.correctionTitle(what, ralat.tahun, instansi?.nama ?? ralat.kolom)[lang],
      published: ralat.tanggal,
      summary: `${change}. ${koreksiUi.reason[lang]}: ${ralat.alasan}`,
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
