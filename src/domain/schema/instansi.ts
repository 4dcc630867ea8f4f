import { INDUK_RULE, JENIS } from '../instansi.ts';
import { REGION_KODE_PATTERN } from '../kode.ts';
import type { Finding } from '../problem.ts';
import { text } from '../text.ts';
import { choiceField, described, kodeField, listField, textField, yearField, TEXT_LIMITS } from './fields.ts';
import type { TableSpec } from './table.ts';

export const instansiFields = {
  kode: described(kodeField('kode').required(), text('Kode unik instansi: kode wilayah Kemendagri untuk pemda, slug untuk K/L dan OPD', 'Unique id of the instansi: the Kemendagri region code for a regional government, a slug for ministries, agencies and OPD')),
  nama: described(textField('nama', TEXT_LIMITS.nama).required(), text('Nama resmi instansi', 'Official name of the instansi')),
  jenis: described(choiceField('jenis', JENIS).required(), text('Jenis instansi', 'Kind of instansi')),
  induk: described(kodeField('induk').optional(), text('Kode induk: pemda sebuah OPD, provinsi sebuah kabupaten/kota', 'Kode of the parent: an OPD’s regional government, a regency’s or city’s province')),
  nama_lain: described(listField('nama_lain', TEXT_LIMITS.nama).optional(), text('Nama-nama terdahulu, dipisah |', 'Former names, separated by |')),
  aktif_sejak: described(yearField('aktif_sejak').optional(), text('Tahun pertama instansi ada', 'First year the instansi existed')),
  aktif_hingga: described(yearField('aktif_hingga').optional(), text('Tahun terakhir instansi ada (dibubarkan atau dilebur)', 'Last year the instansi existed (abolished or merged)')),
  pengganti: described(kodeField('pengganti').optional(), text('Kode penerus sesudah peleburan atau pemekaran', 'Kode of the successor after a merger or a split')),
};

export const instansiSpec: TableSpec<typeof instansiFields, undefined> = {
  fields: instansiFields,
  check(row) {
    const findings: Finding[] = [];
    const { kode, jenis } = row;
    if (kode !== undefined && jenis !== undefined && jenis !== 'opd' && jenis in REGION_KODE_PATTERN) {
      const pattern = REGION_KODE_PATTERN[jenis as keyof typeof REGION_KODE_PATTERN];
      if (!pattern.test(kode)) {
        const example = jenis === 'provinsi' ? '16' : '16.74';
        findings.push({
          field: 'kode',
          message: text(`kode ${jenis} "${kode}" bukan kode wilayah Kemendagri`, `${jenis} kode "${kode}" is not a Kemendagri region code`),
          fix: text(
            `Tulis kode Kemendagri seperti ${example}; Excel bisa membuang nol di belakang (16.10 menjadi 16.1), jadi atur kolom kode sebagai Teks`,
            `Write the Kemendagri code such as ${example}; Excel may drop trailing zeros (16.10 becomes 16.1), so format the kode column as Text`,
          ),
        });
      }
    }
    if (jenis !== undefined && INDUK_RULE[jenis].required && row.induk === undefined) {
      findings.push({
        field: 'induk',
        message: text('OPD tanpa induk', 'an OPD without induk'),
        fix: text('Isi kolom induk dengan kode pemda tempat OPD ini berada', 'Fill in column induk with the kode of the pemda this OPD belongs to'),
      });
    }
    if (kode !== undefined && (row.induk === kode || row.pengganti === kode)) {
      const field = row.induk === kode ? 'induk' : 'pengganti';
      findings.push({
        field,
        message: text(`kolom ${field} menunjuk ke instansi itu sendiri`, `column ${field} points to the instansi itself`),
        fix: text(`Tulis kode instansi lain di kolom ${field}, atau kosongkan`, `Write another instansi's kode in column ${field}, or leave it empty`),
      });
    }
    if (row.aktif_sejak !== undefined && row.aktif_hingga !== undefined && row.aktif_hingga < row.aktif_sejak) {
      findings.push({
        field: 'aktif_hingga',
        message: text(`aktif_hingga ${row.aktif_hingga} sebelum aktif_sejak ${row.aktif_sejak}`, `aktif_hingga ${row.aktif_hingga} is before aktif_sejak ${row.aktif_sejak}`),
        fix: text('Periksa kedua tahun', 'Check both years'),
      });
    }
    if (row.pengganti !== undefined && row.aktif_hingga === undefined) {
      findings.push({
        field: 'pengganti',
        message: text('pengganti diisi tetapi aktif_hingga kosong', 'pengganti is given but aktif_hingga is empty'),
        fix: text('Isi aktif_hingga dengan tahun terakhir instansi ini ada sebelum digantikan', 'Fill in aktif_hingga with the last year this instansi existed before it was replaced'),
      });
    }
    return findings;
  },
};
