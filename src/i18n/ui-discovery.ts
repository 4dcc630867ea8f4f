/** Words of the Atom feeds and of the page descriptions search results and link previews show. Shared words live in ui.ts. */
import type { Edition } from '../domain/dataset.ts';
import { editionTitle } from '../domain/edition-title.ts';
import { JENIS_LABEL, type Instansi } from '../domain/instansi.ts';
import { DATASET_KINDS, type DatasetKind } from '../domain/rules.ts';
import { text, type Lang } from '../domain/text.ts';
import { formatDate, formatInteger } from './format.ts';
import { ui } from './ui.ts';

// One formatter per language: made on each call, they showed in the time of the 46 000 national
// instansi pages (docs/performance.md, "How the build is kept fast").
const LIST_FORMATS = { id: new Intl.ListFormat('id-ID', { type: 'conjunction' }), en: new Intl.ListFormat('en-GB', { type: 'conjunction' }) };
const list = (items: string[], lang: Lang): string => LIST_FORMATS[lang].format(items);

export const uiDiscovery = {
  feedTitle: (site: string) => text(`${site}: edisi dan koreksi`, `${site}: editions and corrections`),
  feedSubtitle: text(
    'Setiap edisi laporan yang terbit dan setiap koreksi sesudah terbit.',
    'Every published edition of the report and every correction made after publication.',
  ),
  feedLink: text('Umpan Atom: edisi dan koreksi', 'Atom feed: editions and corrections'),
  pdf: text('Laporan (PDF)', 'Report (PDF)'),
  /** A published edition in a feed entry: when, and what it holds. */
  editionSummary: (edition: Edition, lang: Lang): string => {
    const counts = DATASET_KINDS.flatMap((kind) => {
      const rows = edition.datasets[kind];
      return rows === undefined ? [] : [`${ui.dataset[kind][lang]} (${formatInteger(rows.length, lang)} instansi)`];
    });
    const published = `${ui.publishedOn[lang]} ${formatDate(edition.edisi.tanggal_terbit!, lang)}.`;
    return counts.length === 0 ? published : `${published} ${text('Memuat', 'Holds')[lang]} ${list(counts, lang)}.`;
  },
  correctionTitle: (what: string, tahun: number, subject: string) => text(`Koreksi ${what} ${tahun}: ${subject}`, `Correction to ${what} ${tahun}: ${subject}`),
  data: text(
    'Unduhan data, daftar semua koreksi sesudah terbit, dan manifes pembangunan situs: dari data dan perangkat apa situs ini dibangun.',
    'Data downloads, every correction made after publication, and the build manifest: the data and tools this site was built from.',
  ),
  edition: (edition: Edition) =>
    text(
      `${editionTitle(edition.edisi, 'id')}: ringkasan, sebaran nilai dan tabel lengkap per dataset, dengan sumber setiap angka.`,
      `${editionTitle(edition.edisi, 'en')}: summary, distribution of grades and full tables per dataset, with the source of every figure.`,
    ),
  /** An instansi page: who it is and which histories it shows. */
  instansi: (instansi: Instansi, kinds: readonly DatasetKind[], lang: Lang): string => {
    const who = `${instansi.nama} (${JENIS_LABEL[instansi.jenis][lang]}, ${instansi.kode})`;
    if (kinds.length === 0) return `${who}. ${text('Belum ada data untuk instansi ini.', 'No data for this institution yet.')[lang]}`;
    const histories = list(kinds.map((kind) => ui.dataset[kind][lang]), lang);
    return text(`${who}: riwayat ${histories} per tahun, dengan sumber setiap angka.`, `${who}: ${histories} year by year, with the source of every figure.`)[lang];
  },
};
