/** The visual checks (test/visual/suite.ts) over the example site in data/, with the PDFs of its latest published edition. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../support/build.ts';
import { sharedSite } from '../support/sites.ts';
import { visualSuite } from './suite.ts';

visualSuite({
  name: 'example',
  siteName: (
    JSON.parse(readFileSync(join(root, 'data/situs.json'), 'utf8')) as {
      nama: string;
    }
  ).nama,
  build: async () => (await sharedSite('example')).dist,
  pages: [
    '/',
    '/laporan/2024/',
    '/laporan/2024/cetak/',
    '/laporan/2024/cakupan/',
    '/instansi/99.71/',
    '/instansi/99.71.dinkes/',
    '/peringkat/2024/',
    '/peringkat/2024/63/',
    '/metodologi/',
    '/data/',
    '/cari/?q=dinas',
    '/bandingkan/?k=99.71&k=63.71&k=16.74&k=99.71.dinkes',
    '/halaman-yang-tidak-ada/',
  ],
  // One 404 page serves both languages.
  idOnly: ['/halaman-yang-tidak-ada/'],
  pdfs: ['unduh/laporan-kinerja-2024.pdf', 'unduh/laporan-kinerja-2024-en.pdf'],
});
