/**
 * The columns of every table Rapor publishes for download, each with its field schema: the editors'
 * own columns (src/domain/schema/) and the few a download adds (the edition's year and status, the
 * instansi's name, jenis, induk and province, the dataset, the correction's number). The CSV header,
 * the JSON keys and the data package's fields all come from these lists, so a column added to a
 * schema appears in all three.
 */
import { DATASET_KINDS, type DatasetKind } from '../rules.ts';
import { STATUS } from '../schema/edisi.ts';
import { JENIS } from '../instansi.ts';
import { choiceField, described, kodeField, rankField, textField, yearField, type FieldSchema, TEXT_LIMITS } from '../schema/fields.ts';
import { instansiFields } from '../schema/instansi.ts';
import { kepatuhanFields } from '../schema/kepatuhan.ts';
import { koreksiFields } from '../schema/koreksi.ts';
import { opdFields } from '../schema/opd.ts';
import { sakipFields } from '../schema/sakip.ts';
import { text } from '../text.ts';

export interface ColumnSpec {
  name: string;
  schema: FieldSchema;
}

/** Columns a download adds to the editors' files. */
export const unduhFields = {
  tahun: described(yearField('tahun').required(), text('Tahun edisi (tahun evaluasi)', 'Year of the edition (the evaluation year)')),
  status_edisi: described(
    choiceField('status_edisi', STATUS).required(),
    text('Status edisi: terbit (dikunci) atau draf (angkanya masih dapat berubah)', 'Status of the edition: terbit (published and locked) or draf (a draft whose figures may still change)'),
  ),
  dataset: described(choiceField('dataset', DATASET_KINDS).required(), text('Penilaian: sakip, kepatuhan atau opd', 'The assessment: sakip, kepatuhan or opd')),
  nama: described(
    textField('nama', TEXT_LIMITS.nama).required(),
    text(
      'Nama instansi pada edisi itu: nama lama (nama_lain di instansi.csv) bila berkas edisi menulisnya, selain itu nama sekarang dari instansi.csv',
      'The instansi’s name in that edition: a former name (nama_lain in instansi.csv) where the edition’s file wrote one, else its current name from instansi.csv',
    ),
  ),
  jenis: described(choiceField('jenis', JENIS).required(), text('Jenis instansi, dari instansi.csv: kementerian dan lembaga (K/L), provinsi, kabupaten, kota, opd', 'Kind of instansi, from instansi.csv: kementerian and lembaga (ministries and agencies), provinsi, kabupaten, kota, opd')),
  induk: described(kodeField('induk').optional(), text('Kode induk, dari instansi.csv: pemda sebuah OPD, provinsi sebuah kabupaten/kota', 'Kode of the parent, from instansi.csv: an OPD’s regional government, a regency’s or city’s province')),
  kode_provinsi: described(
    kodeField('kode_provinsi').optional(),
    text('Kode provinsi tempat instansi berada (provinsi itu sendiri, provinsi kabupaten/kota, provinsi pemda sebuah OPD); kosong untuk K/L', 'Kode of the province the instansi lies in (the province itself, a regency’s or city’s province, an OPD’s pemda’s province); empty for ministries and agencies'),
  ),
  nomor: described(rankField('nomor').required(), text('Nomor urut koreksi dalam koreksi.csv; tanda koreksi di situs menautnya', 'Number of the correction in the order of koreksi.csv; the site’s correction marks link to it')),
};

const FIELDS = { sakip: sakipFields, kepatuhan: kepatuhanFields, opd: opdFields } as const;

const specs = (fields: Record<string, FieldSchema>): ColumnSpec[] => Object.entries(fields).map(([name, schema]) => ({ name, schema }));

/** The instansi's identity in the editors' files: its kode, and a nama the download replaces with CONTEXT's. */
const IDENTITY = ['kode', 'nama'];
/** Who the kode is, so that no download needs a join with instansi.csv: its name that edition, jenis, induk and province. */
const CONTEXT = (['nama', 'jenis', 'induk', 'kode_provinsi'] as const).map((name) => ({ name, schema: unduhFields[name] }));
/** Written last in a row: where a figure comes from and what to know about it. */
const TRAILING = ['sumber', 'catatan'];

/** A dataset's table: edition, instansi, then the dataset's columns in the order of its schema. */
function datasetColumnsOf(kind: DatasetKind): ColumnSpec[] {
  const own = specs(FIELDS[kind]);
  return [
    { name: 'tahun', schema: unduhFields.tahun },
    { name: 'status_edisi', schema: unduhFields.status_edisi },
    own.find((c) => c.name === 'kode')!,
    ...CONTEXT,
    ...own.filter((c) => !IDENTITY.includes(c.name)),
  ];
}

export const DATASET_COLUMNS: Readonly<Record<DatasetKind, readonly ColumnSpec[]>> = {
  sakip: datasetColumnsOf('sakip'),
  kepatuhan: datasetColumnsOf('kepatuhan'),
  opd: datasetColumnsOf('opd'),
};

export const REGISTRY_COLUMNS: readonly ColumnSpec[] = specs(instansiFields);

export const KOREKSI_COLUMNS: readonly ColumnSpec[] = [{ name: 'nomor', schema: unduhFields.nomor }, ...specs(koreksiFields)];

/** One instansi's rows of every dataset in one table: the dataset, then every dataset's columns once, source and note last. */
export const INSTANSI_ROW_COLUMNS: readonly ColumnSpec[] = (() => {
  const all = DATASET_KINDS.flatMap((kind) => DATASET_COLUMNS[kind]);
  const once = all.filter((c, i) => all.findIndex((d) => d.name === c.name) === i);
  return [
    { name: 'dataset', schema: unduhFields.dataset },
    ...once.filter((c) => !TRAILING.includes(c.name)),
    ...once.filter((c) => TRAILING.includes(c.name)),
  ];
})();
