import type { Kode } from '../kode.ts';
import { PREDIKAT, type Predikat, type SakipRule } from '../rules.ts';
import { text } from '../text.ts';
import { choiceField, described, kodeField, rankField, scoreField, textField, TEXT_LIMITS } from './fields.ts';
import { predikatMismatch, type RuleContext } from './sakip.ts';
import type { InputOf, TableSpec } from './table.ts';

export const opdFields = {
  kode: described(kodeField('kode').required(), text('Kode instansi yang dinilai', 'Kode of the assessed instansi')),
  /** Optional, for editors' readability; checked against instansi.csv and not stored. */
  nama: described(textField('nama', TEXT_LIMITS.nama).optional(), text('Nama instansi, hanya untuk keterbacaan editor; tidak disimpan', 'Name of the instansi, for editors’ readability only; not stored')),
  nilai: described(scoreField('nilai').required(), text('Nilai evaluasi internal 0–100', 'Internal evaluation score 0–100')),
  predikat: described(choiceField('predikat', PREDIKAT).optional(), text('Predikat skala SAKIP; diturunkan dari nilai bila kosong', 'Grade on the SAKIP scale; derived from nilai when empty')),
  peringkat: described(rankField('peringkat').optional(), text('Peringkat di dalam pemdanya; diturunkan dari nilai bila kosong (1, 2, 2, 4 bila sama)', 'Rank within its regional government; derived from nilai when empty (1, 2, 2, 4 on ties)')),
  sumber: described(textField('sumber', TEXT_LIMITS.sumber).required(), text('Sumber angka: URL atau judul dokumen', 'Where the figure comes from: a URL or a document title')),
  catatan: described(textField('catatan', TEXT_LIMITS.catatan).optional(), text('Catatan bebas', 'Free note')),
};

/** An OPD row once validated: predikat and peringkat always known (given and checked, or derived). */
export type OpdRow = Omit<InputOf<typeof opdFields>, 'nama'> & { kode: Kode; predikat: Predikat; peringkat: number };

export const opdSpec: TableSpec<typeof opdFields, RuleContext<SakipRule>> = {
  fields: opdFields,
  check(row, { rule }) {
    if (row.nilai === undefined || row.predikat === undefined) return [];
    const mismatch = predikatMismatch(rule, row.nilai, row.predikat, 'predikat');
    return mismatch ? [mismatch] : [];
  },
};
