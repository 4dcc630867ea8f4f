/**
 * Checks that tie a dataset's rows to the registry: one row per kode, every kode known, the right
 * jenis for the dataset, and no row for a year in which the instansi did not exist.
 */
import { duplicateProblems } from './duplicates.ts';
import { isActiveIn, type Instansi } from './instansi.ts';
import type { Kode } from './kode.ts';
import { unknownKodeFix } from './nearest-kode.ts';
import { problemAt, type Located, type Problem } from './problem.ts';
import type { RegistryView } from './registry.ts';
import type { DatasetKind } from './rules.ts';
import { text } from './text.ts';

const sameName = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** The former name (`nama_lain`, as instansi.csv spells it) that a dataset row's nama gives; undefined for the current name or none. */
export function formerNameGiven(instansi: Instansi | undefined, nama: string | undefined): string | undefined {
  if (instansi === undefined || nama === undefined || sameName(instansi.nama, nama)) return undefined;
  return instansi.nama_lain.find((lain) => sameName(lain, nama));
}

export function membershipProblems(
  kind: DatasetKind,
  tahun: number,
  rows: readonly Located<{ kode?: Kode; nama?: string }>[],
  { registry, unreadable }: RegistryView,
): Problem[] {
  const problems = duplicateProblems(rows, (row) => row.kode, 'kode');
  for (const { value, at } of rows) {
    if (value.kode === undefined || unreadable.has(value.kode)) continue;
    const instansi = registry.get(value.kode);
    const place = (id: string, en: string, fixId: string, fixEn: string) =>
      problems.push(problemAt(at, { field: 'kode', message: text(id, en), fix: text(fixId, fixEn) }));
    if (instansi === undefined) {
      const fix = unknownKodeFix(value.kode, registry);
      place(`kode "${value.kode}" tidak ada di instansi.csv`, `kode "${value.kode}" is not in instansi.csv`, fix.id, fix.en);
    } else if (value.nama !== undefined && ![instansi.nama, ...instansi.nama_lain].some((nama) => sameName(nama, value.nama!))) {
      // A name column that disagrees with the kode usually means a row shifted in the spreadsheet.
      problems.push(
        problemAt(at, {
          field: 'nama',
          message: text(`kode ${value.kode} adalah "${instansi.nama}" di instansi.csv, bukan "${value.nama}"`, `kode ${value.kode} is "${instansi.nama}" in instansi.csv, not "${value.nama}"`),
          fix: text('Periksa apakah baris ini bergeser: kode dan nama harus menunjuk instansi yang sama (nama lama dicatat di nama_lain)', 'Check whether the row shifted: kode and nama must name the same instansi (former names go in nama_lain)'),
        }),
      );
    } else if (kind === 'opd' && instansi.jenis !== 'opd') {
      place(
        `${value.kode} berjenis ${instansi.jenis}, bukan opd`,
        `${value.kode} is a ${instansi.jenis}, not an opd`,
        'opd.csv hanya memuat perangkat daerah; nilai SAKIP pemda masuk sakip.csv',
        'opd.csv holds regional agencies only; a pemda’s SAKIP result belongs in sakip.csv',
      );
    } else if (kind === 'sakip' && instansi.jenis === 'opd') {
      place(
        `${value.kode} adalah OPD; SAKIP KemenPAN-RB menilai K/L dan pemda`,
        `${value.kode} is an OPD; KemenPAN-RB's SAKIP grades ministries, agencies and regional governments`,
        'Pindahkan evaluasi internal OPD ke opd.csv',
        'Move the internal OPD evaluation to opd.csv',
      );
    } else if (!isActiveIn(instansi, tahun)) {
      const span = `${instansi.aktif_sejak ?? '…'}–${instansi.aktif_hingga ?? '…'}`;
      place(
        `${value.kode} tidak ada pada ${tahun} (aktif ${span})`,
        `${value.kode} did not exist in ${tahun} (active ${span})`,
        'Hapus baris ini, atau perbaiki aktif_sejak/aktif_hingga di instansi.csv',
        'Delete this row, or correct aktif_sejak/aktif_hingga in instansi.csv',
      );
    }
  }
  return problems;
}
