import { describe, expect, it } from 'vitest';
import { singkatanOf } from '../../src/domain/singkatan.ts';

describe('singkatanOf', () => {
  it.each([
    ['Dinas Komunikasi dan Informatika', ['Diskominfo', 'Kominfo']],
    ['Dinas Komunikasi, Informatika, Statistik dan Persandian', ['Diskominfo', 'Kominfo']],
    ['Dinas Kependudukan dan Pencatatan Sipil', ['Disdukcapil', 'Dukcapil']],
    ['Dinas Kesehatan', ['Dinkes']],
    ['Dinas Pendidikan', ['Disdik']],
    ['Dinas Pendidikan dan Kebudayaan', ['Disdikbud', 'Disdik']],
    ['Dinas Pekerjaan Umum dan Penataan Ruang', ['DPUPR', 'PUPR']],
    ['Dinas Lingkungan Hidup', ['DLH']],
    ['Dinas Perhubungan', ['Dishub']],
    ['Dinas Tenaga Kerja', ['Disnaker']],
    ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', ['DPMPTSP']],
    ['Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga', ['Disbudparpora']],
    ['Badan Perencanaan Pembangunan Daerah', ['Bappeda']],
    ['Badan Pengelolaan Keuangan dan Aset Daerah', ['BPKAD']],
    ['Badan Pendapatan Daerah', ['Bapenda']],
    ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', ['BKPSDM']],
    ['Satuan Polisi Pamong Praja', ['Satpol PP']],
    ['Rumah Sakit Umum Daerah Kota Contoh', ['RSUD']],
    ['Sekretariat DPRD', ['Setwan']],
  ])('%s → %j', (nama, expected) => {
    expect(singkatanOf(nama)).toEqual(expected);
  });

  it('reads a name regardless of case, spacing and the region it ends with', () => {
    expect(singkatanOf('DINAS  KESEHATAN Kota Prabumulih')).toEqual(['Dinkes']);
    expect(singkatanOf('Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Provinsi Bengkulu')).toEqual(['Bappelitbangda', 'Bappeda']);
  });

  it('matches a name from its start only, and knows nothing of other names', () => {
    expect(singkatanOf('Bidang Kesehatan pada Dinas Sosial')).toEqual([]);
    expect(singkatanOf('Kota Prabumulih')).toEqual([]);
    expect(singkatanOf('Kecamatan Contoh Utara')).toEqual([]);
    expect(singkatanOf('Inspektorat Daerah')).toEqual([]);
  });

  it('adds the abbreviations of former names, each once, and none the name already holds', () => {
    expect(singkatanOf('Dinas Komunikasi, Informatika, Statistik dan Persandian', ['Dinas Komunikasi dan Informatika'])).toEqual(['Diskominfo', 'Kominfo']);
    expect(singkatanOf('Badan Pendapatan Daerah', ['Dinas Pendapatan Daerah'])).toEqual(['Bapenda', 'Dispenda']);
    expect(singkatanOf('Dinas PUPR', ['Dinas Pekerjaan Umum dan Penataan Ruang'])).toEqual(['DPUPR']);
  });
});
