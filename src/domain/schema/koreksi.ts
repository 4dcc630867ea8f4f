import type { Finding } from '../problem.ts';
import { text } from '../text.ts';
import { choiceField, dateField, described, kodeField, textField, yearField, TEXT_LIMITS } from './fields.ts';
import { kepatuhanFields } from './kepatuhan.ts';
import { opdFields } from './opd.ts';
import { sakipFields } from './sakip.ts';
import type { InputOf, TableSpec } from './table.ts';

export const KOREKSI_TARGETS = ['sakip', 'kepatuhan', 'opd', 'narasi'] as const;

/** The columns a correction may name, per dataset: values, not the kode and nama that identify the row. */
const correctable = (fields: object) => Object.keys(fields).filter((k) => k !== 'kode' && k !== 'nama');
const CORRECTABLE: Record<Exclude<(typeof KOREKSI_TARGETS)[number], 'narasi'>, string[]> = {
  sakip: correctable(sakipFields),
  kepatuhan: correctable(kepatuhanFields),
  opd: correctable(opdFields),
};

export const koreksiFields = {
  tahun: described(yearField('tahun').required(), text('Tahun edisi yang nilainya dikoreksi', 'Year of the edition whose value was corrected')),
  dataset: described(choiceField('dataset', KOREKSI_TARGETS).required(), text('Dataset yang dikoreksi, atau narasi untuk bab narasi', 'The corrected dataset, or narasi for a narrative chapter')),
  kode: described(kodeField('kode').optional(), text('Kode instansi yang nilainya dikoreksi (kosong untuk narasi)', 'Kode of the instansi whose value was corrected (empty for narasi)')),
  kolom: described(textField('kolom', TEXT_LIMITS.nama).required(), text('Kolom yang dikoreksi, atau nama berkas bab narasi', 'The corrected column, or the narrative chapter’s file name')),
  lama: described(textField('lama', TEXT_LIMITS.teks).optional(), text('Nilai lama, seperti saat diterbitkan', 'Old value, as published')),
  baru: described(textField('baru', TEXT_LIMITS.teks).optional(), text('Nilai baru', 'New value')),
  tanggal: described(dateField('tanggal').required(), text('Tanggal koreksi', 'Date of the correction')),
  alasan: described(textField('alasan', TEXT_LIMITS.teks).required(), text('Alasan koreksi', 'Why the value was corrected')),
};

export type KoreksiRow = InputOf<typeof koreksiFields>;

export const koreksiSpec: TableSpec<typeof koreksiFields, undefined> = {
  fields: koreksiFields,
  check(row) {
    const findings: Finding[] = [];
    if (row.dataset === 'narasi') {
      for (const field of ['kode', 'lama', 'baru'] as const) {
        if (row[field] !== undefined) {
          findings.push({
            field,
            message: text(`koreksi narasi tidak memakai kolom ${field}`, `a narasi correction does not use column ${field}`),
            fix: text('Kosongkan sel ini; tulis nama berkas di kolom kolom dan alasannya di kolom alasan', 'Leave this cell empty; write the file name in column kolom and the reason in column alasan'),
          });
        }
      }
      return findings;
    }
    if (row.dataset !== undefined && row.kode === undefined) {
      findings.push({
        field: 'kode',
        message: text('koreksi tanpa kode instansi', 'a correction without an instansi kode'),
        fix: text('Isi kode instansi yang nilainya dikoreksi', 'Fill in the kode of the instansi whose value was corrected'),
      });
    }
    if (row.dataset !== undefined && row.kolom !== undefined && !CORRECTABLE[row.dataset].includes(row.kolom.toLowerCase())) {
      findings.push({
        field: 'kolom',
        message: text(`kolom "${row.kolom}" tidak ada di ${row.dataset}.csv`, `column "${row.kolom}" does not exist in ${row.dataset}.csv`),
        fix: text(`Tulis salah satu dari: ${CORRECTABLE[row.dataset].join(', ')}`, `Write one of: ${CORRECTABLE[row.dataset].join(', ')}`),
      });
    }
    return findings;
  },
};
