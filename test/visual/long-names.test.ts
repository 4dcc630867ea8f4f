/**
 * The visual checks (test/visual/suite.ts) over other pemda with long names (test/fixtures/long-names.ts):
 * eight pemda of Sumatera Selatan whose OPD chapter is split into a page per pemda, and its PDFs.
 */
import { writeLongNamesFolder, SITE_NAME } from '../fixtures/long-names.ts';
import { buildSite } from '../support/build.ts';
import { visualSuite } from './suite.ts';

visualSuite({
  name: 'long-names',
  siteName: SITE_NAME,
  build: () => buildSite(writeLongNamesFolder()),
  pages: [
    '/',
    '/laporan/2024/',
    '/laporan/2024/cetak/',
    '/laporan/2024/opd/16.12/',
    '/laporan/2024/cakupan/',
    '/instansi/16.09/',
    '/instansi/16.12.dp3appkb/',
    '/peringkat/2024/',
    '/peringkat/2024/16/',
    '/metodologi/',
    '/data/',
    '/cari/?q=pemberdayaan',
    '/bandingkan/?k=16.12&k=16.09&k=16.08&k=16.12.dp3appkb',
    '/halaman-yang-tidak-ada/',
  ],
  idOnly: ['/halaman-yang-tidak-ada/'],
  pdfs: ['unduh/laporan-kinerja-2024.pdf', 'unduh/laporan-kinerja-2024-en.pdf'],
});
