/**
 * Column names editors bring from other spreadsheets (KemenPAN-RB's tables, Ombudsman releases, a
 * pemda's own recap), each mapped to Rapor's column. Matched loosely: case, spaces, underscores and
 * punctuation do not count, so `Nilai SAKIP`, `nilai_sakip` and `NILAI-SAKIP` are one alias.
 */

/** A column name without case, spaces, underscores or punctuation. */
export const looseName = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  kode: ['Kode Wilayah', 'Kode Instansi', 'Kode Daerah', 'Kode Kemendagri', 'Kode OPD', 'Kode SKPD', 'Kode Pemda'],
  nama: ['Nama Instansi', 'Nama Daerah', 'Nama Pemda', 'Nama OPD', 'Nama SKPD', 'Nama Perangkat Daerah', 'Instansi', 'Pemda', 'Perangkat Daerah', 'OPD', 'SKPD'],
  nilai: ['Nilai SAKIP', 'Nilai AKIP', 'Nilai Akhir', 'Nilai Total', 'Nilai Kepatuhan', 'Nilai Evaluasi', 'Skor', 'Skor Akhir', 'Total Nilai', 'Total', 'Indeks'],
  predikat: ['Predikat AKIP', 'Predikat SAKIP', 'Predikat Evaluasi', 'Nilai Huruf', 'Grade'],
  zona: ['Zona Kepatuhan', 'Zonasi', 'Warna Zona', 'Opini', 'Opini Ombudsman'],
  kategori: ['Kategori Kepatuhan', 'Kualitas', 'Tingkat Kualitas'],
  peringkat: ['Rangking', 'Ranking', 'Rank', 'Urutan', 'No Urut'],
  peringkat_nasional: ['Peringkat Nasional', 'Ranking Nasional', 'Rangking Nasional'],
  peringkat_provinsi: ['Peringkat Provinsi', 'Ranking Provinsi', 'Rangking Provinsi'],
  evaluasi_internal: ['Evaluasi Akuntabilitas Kinerja Internal', 'Evaluasi AKIP Internal'],
  capaian: ['Capaian Kinerja'],
  kepercayaan_masyarakat: ['Kepercayaan Publik', 'Persepsi Masyarakat'],
  sumber: ['Sumber Data', 'Referensi', 'Dasar', 'Dokumen Sumber', 'Tautan'],
  catatan: ['Keterangan', 'Ket', 'Catatan Tambahan'],
  induk: ['Pemda Induk', 'Induk Instansi', 'Kode Induk'],
  jenis: ['Jenis Instansi', 'Tipe', 'Tipe Instansi'],
};

const BY_ALIAS = new Map(Object.entries(ALIASES).flatMap(([column, aliases]) => aliases.map((alias) => [looseName(alias), column] as const)));

/**
 * The column an editor most likely meant by `header` among a file's `known` columns: the same name
 * written loosely (`Evaluasi Internal`), or a known alias (`Nilai SAKIP`) of a column the file has.
 */
export function suggestColumn(header: string, known: readonly string[]): string | undefined {
  const loose = looseName(header);
  if (loose === '') return undefined;
  const column = known.find((k) => looseName(k) === loose) ?? BY_ALIAS.get(loose);
  return column !== undefined && known.includes(column) ? column : undefined;
}

/** A header name as the reader will take it: Rapor's column it names, or itself in lower case. */
export const columnName =
  (known: readonly string[]) =>
  (cell: string): string => {
    const name = cell.trim().toLowerCase();
    return known.includes(name) ? name : (suggestColumn(name, known) ?? name);
  };
