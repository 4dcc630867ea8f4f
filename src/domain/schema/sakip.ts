import type { Kode } from '../kode.ts';
import { formatNumber } from '../number.ts';
import type { Finding } from '../problem.ts';
import { formatRange, KOMPONEN_SAKIP, PREDIKAT, predikatOf, type Predikat, type SakipRule } from '../rules.ts';
import { text } from '../text.ts';
import { choiceField, described, kodeField, scoreField, textField, TEXT_LIMITS } from './fields.ts';
import type { InputOf, TableSpec } from './table.ts';

export const sakipFields = {
  kode: described(kodeField('kode').required(), text('Kode instansi yang dinilai', 'Kode of the assessed instansi')),
  /** Optional, for editors' readability; checked against instansi.csv and not stored. */
  nama: described(textField('nama', TEXT_LIMITS.nama).optional(), text('Nama instansi, hanya untuk keterbacaan editor; tidak disimpan', 'Name of the instansi, for editors’ readability only; not stored')),
  predikat: described(choiceField('predikat', PREDIKAT).required(), text('Predikat SAKIP', 'SAKIP grade')),
  nilai: described(scoreField('nilai').optional(), text('Nilai SAKIP 0–100; kosong bila tidak diterbitkan', 'SAKIP score 0–100; empty when not published')),
  perencanaan: described(scoreField('perencanaan').optional(), text('Nilai komponen perencanaan kinerja, dalam batas bobotnya menurut aturan tahun itu', 'Component score: performance planning, within its weight under the year’s rule')),
  pengukuran: described(scoreField('pengukuran').optional(), text('Nilai komponen pengukuran kinerja, dalam batas bobotnya menurut aturan tahun itu', 'Component score: performance measurement, within its weight under the year’s rule')),
  pelaporan: described(scoreField('pelaporan').optional(), text('Nilai komponen pelaporan kinerja, dalam batas bobotnya menurut aturan tahun itu', 'Component score: performance reporting, within its weight under the year’s rule')),
  evaluasi_internal: described(scoreField('evaluasi_internal').optional(), text('Nilai komponen evaluasi akuntabilitas kinerja internal, dalam batas bobotnya menurut aturan tahun itu', 'Component score: internal evaluation, within its weight under the year’s rule')),
  capaian: described(scoreField('capaian').optional(), text('Nilai komponen capaian kinerja, dalam batas bobotnya menurut aturan tahun itu', 'Component score: performance achievement, within its weight under the year’s rule')),
  sumber: described(textField('sumber', TEXT_LIMITS.sumber).required(), text('Sumber angka: URL atau judul dokumen', 'Where the figure comes from: a URL or a document title')),
  catatan: described(textField('catatan', TEXT_LIMITS.catatan).optional(), text('Catatan bebas', 'Free note')),
};

export type SakipRow = Omit<InputOf<typeof sakipFields>, 'nama'> & { kode: Kode; predikat: Predikat };

/** Published component scores are rounded to two decimals; their sum may drift from nilai by this much. */
export const KOMPONEN_SUM_TOLERANCE = 0.05;

export interface RuleContext<R> {
  tahun: number;
  rule: R;
}

export const sakipSpec: TableSpec<typeof sakipFields, RuleContext<SakipRule>> = {
  fields: sakipFields,
  check(row, { tahun, rule }) {
    const findings: Finding[] = [];
    const law = rule.sumber[0]!.singkat;
    if (row.nilai !== undefined && row.predikat !== undefined) {
      const mismatch = predikatMismatch(rule, row.nilai, row.predikat, 'nilai');
      if (mismatch) findings.push(mismatch);
    }
    const weights = new Map(rule.komponen.map((k) => [k.kolom, k.bobot]));
    for (const kolom of KOMPONEN_SAKIP) {
      const value = row[kolom];
      if (value === undefined) continue;
      const bobot = weights.get(kolom);
      if (bobot === undefined) {
        findings.push({
          field: kolom,
          message: text(`komponen ${kolom} tidak dinilai pada ${law} (tahun ${tahun})`, `component ${kolom} is not assessed under ${law} (year ${tahun})`),
          fix: text('Kosongkan sel ini; komponen antar-aturan tidak dapat dibandingkan', 'Leave this cell empty; components of different rules are not comparable'),
        });
      } else if (value > bobot) {
        findings.push({
          field: kolom,
          message: text(`komponen ${kolom} ${formatNumber(value, 'id')} melebihi bobotnya ${bobot} (${law})`, `component ${kolom} ${formatNumber(value, 'en')} exceeds its weight ${bobot} (${law})`),
          fix: text(`Nilai komponen ${kolom} berkisar 0 sampai ${bobot}`, `Component ${kolom} ranges from 0 to ${bobot}`),
        });
      }
    }
    const parts = rule.komponen.map((k) => row[k.kolom]);
    if (row.nilai !== undefined && parts.every((p) => p !== undefined)) {
      const sum = Math.round(parts.reduce((a, b) => a! + b!, 0)! * 100) / 100;
      if (Math.abs(sum - row.nilai) > KOMPONEN_SUM_TOLERANCE) {
        findings.push({
          field: 'nilai',
          message: text(`jumlah komponen ${formatNumber(sum, 'id')} tidak sama dengan nilai ${formatNumber(row.nilai, 'id')}`, `the components add up to ${formatNumber(sum, 'en')}, not nilai ${formatNumber(row.nilai, 'en')}`),
          fix: text('Periksa nilai dan setiap komponen terhadap LHE', 'Check nilai and every component against the evaluation report (LHE)'),
        });
      }
    }
    return findings;
  },
};


/** A given predikat that the year's bands do not give to the given nilai; reported on `field`. */
export function predikatMismatch(rule: SakipRule, nilai: number, predikat: Predikat, field: string): Finding | undefined {
  const derived = predikatOf(rule, nilai);
  if (derived === predikat) return undefined;
  const band = rule.bands.find((b) => b.value === predikat)!;
  const law = rule.sumber[0]!.singkat;
  return {
    field,
    message: text(
      `nilai ${formatNumber(nilai, 'id')} berpredikat ${derived}, bukan ${predikat} (${law}: ${predikat} = ${formatRange(rule, band, 'id')})`,
      `nilai ${formatNumber(nilai, 'en')} earns ${derived}, not ${predikat} (${law}: ${predikat} = ${formatRange(rule, band, 'en')})`,
    ),
    fix: text(
      'Periksa nilai dan predikat terhadap sumbernya; batas bawah tidak termasuk (90,00 adalah A, 90,01 AA)',
      'Check nilai and predikat against the source; lower bounds are exclusive (90.00 is A, 90.01 AA)',
    ),
  };
}
