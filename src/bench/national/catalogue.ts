/**
 * The kinds of perangkat daerah a synthetic pemda has. The first CORE_OPD exist in every pemda;
 * the rest in some. `dulu` is a former name (the OPD is renamed in some pemda, kept in nama_lain).
 */
export interface OpdKind {
  slug: string;
  nama: string;
  dulu?: string;
}

export const OPD_KINDS: readonly OpdKind[] = [
  { slug: 'setda', nama: 'Sekretariat Daerah' },
  { slug: 'setwan', nama: 'Sekretariat DPRD' },
  { slug: 'inspektorat', nama: 'Inspektorat' },
  { slug: 'bappeda', nama: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', dulu: 'Badan Perencanaan Pembangunan Daerah' },
  { slug: 'bpkad', nama: 'Badan Pengelolaan Keuangan dan Aset Daerah' },
  { slug: 'bapenda', nama: 'Badan Pendapatan Daerah' },
  { slug: 'bkpsdm', nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', dulu: 'Badan Kepegawaian Daerah' },
  { slug: 'bpbd', nama: 'Badan Penanggulangan Bencana Daerah' },
  { slug: 'kesbangpol', nama: 'Badan Kesatuan Bangsa dan Politik' },
  { slug: 'disdik', nama: 'Dinas Pendidikan dan Kebudayaan', dulu: 'Dinas Pendidikan' },
  { slug: 'dinkes', nama: 'Dinas Kesehatan' },
  { slug: 'dinsos', nama: 'Dinas Sosial' },
  { slug: 'dpupr', nama: 'Dinas Pekerjaan Umum dan Penataan Ruang', dulu: 'Dinas Pekerjaan Umum' },
  { slug: 'perkim', nama: 'Dinas Perumahan dan Kawasan Permukiman' },
  { slug: 'satpolpp', nama: 'Satuan Polisi Pamong Praja' },
  { slug: 'dlh', nama: 'Dinas Lingkungan Hidup' },
  { slug: 'disdukcapil', nama: 'Dinas Kependudukan dan Pencatatan Sipil' },
  { slug: 'dp3a', nama: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak' },
  { slug: 'dpmd', nama: 'Dinas Pemberdayaan Masyarakat dan Desa' },
  { slug: 'dishub', nama: 'Dinas Perhubungan' },
  { slug: 'diskominfo', nama: 'Dinas Komunikasi, Informatika dan Statistik', dulu: 'Dinas Komunikasi dan Informatika' },
  { slug: 'diskopukm', nama: 'Dinas Koperasi dan Usaha Kecil Menengah' },
  { slug: 'dpmptsp', nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu' },
  { slug: 'dispora', nama: 'Dinas Pemuda dan Olahraga' },
  { slug: 'dispar', nama: 'Dinas Pariwisata' },
  { slug: 'disbud', nama: 'Dinas Kebudayaan' },
  { slug: 'dispusip', nama: 'Dinas Perpustakaan dan Kearsipan' },
  { slug: 'distan', nama: 'Dinas Pertanian dan Ketahanan Pangan', dulu: 'Dinas Pertanian' },
  { slug: 'diskan', nama: 'Dinas Kelautan dan Perikanan' },
  { slug: 'disperindag', nama: 'Dinas Perindustrian dan Perdagangan' },
  { slug: 'disnaker', nama: 'Dinas Tenaga Kerja dan Transmigrasi', dulu: 'Dinas Tenaga Kerja' },
  { slug: 'rsud', nama: 'Rumah Sakit Umum Daerah' },
  { slug: 'dpkp', nama: 'Dinas Pemadam Kebakaran dan Penyelamatan' },
  { slug: 'bag-organisasi', nama: 'Bagian Organisasi Sekretariat Daerah' },
  { slug: 'bag-hukum', nama: 'Bagian Hukum Sekretariat Daerah' },
  { slug: 'bag-pbj', nama: 'Bagian Pengadaan Barang dan Jasa' },
  { slug: 'dkpp', nama: 'Dinas Ketahanan Pangan' },
  { slug: 'disnak', nama: 'Dinas Peternakan dan Kesehatan Hewan' },
  { slug: 'dishut', nama: 'Dinas Kehutanan' },
  { slug: 'desdm', nama: 'Dinas Energi dan Sumber Daya Mineral' },
  { slug: 'dppkb', nama: 'Dinas Pengendalian Penduduk dan Keluarga Berencana' },
  { slug: 'rsj', nama: 'Rumah Sakit Jiwa Daerah' },
  { slug: 'brida', nama: 'Badan Riset dan Inovasi Daerah' },
  { slug: 'upt-pajak', nama: 'Unit Pelaksana Teknis Pelayanan Pajak Daerah' },
  { slug: 'kec-kota', nama: 'Kecamatan Kota' },
  { slug: 'kec-utara', nama: 'Kecamatan Utara' },
  { slug: 'kec-selatan', nama: 'Kecamatan Selatan' },
];

/** Kinds every pemda has; the others are drawn per pemda. */
export const CORE_OPD = 34;

/** Two OPD that some pemda merge into one (from MERGER_YEAR); `dispar` and `disbud` above. */
export const MERGER = { from: ['dispar', 'disbud'], into: { slug: 'disparbud', nama: 'Dinas Pariwisata dan Kebudayaan' } } as const;
export const MERGER_YEAR = 2020;
