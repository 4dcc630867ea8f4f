import type { Kode } from '../kode.ts';
import { PREDIKAT, type Predikat, type SakipRule } from '../rules.ts';
import { choiceField, kodeField, rankField, scoreField, textField } from './fields.ts';
import { predikatMismatch, type RuleContext } from './sakip.ts';
import type { InputOf, TableSpec } from './table.ts';

export const opdFields = {
  kode: kodeField('kode').required(),
  /** Optional, for editors' readability; checked against instansi.csv and not stored. */
  nama: textField('nama').optional(),
  nilai: scoreField('nilai').required(),
  predikat: choiceField('predikat', PREDIKAT).optional(),
  peringkat: rankField('peringkat').optional(),
  sumber: textField('sumber').required(),
  catatan: textField('catatan').optional(),
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
