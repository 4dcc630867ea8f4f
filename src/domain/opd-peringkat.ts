/** OPD ranks within their pemda, derived from nilai (competition ranking), and given ranks checked. */
import { compareNama } from './collation.ts';
import type { Kode } from './kode.ts';
import { formatNumber } from './number.ts';
import { problemAt, type Located, type Problem } from './problem.ts';
import { rankByScore } from './competition-rank.ts';
import type { Registry } from './registry.ts';
import { text } from './text.ts';

export interface Rankable {
  kode: Kode;
  nilai: number;
  peringkat?: number;
}

/** Ranks each row among the rows of the same induk; a given peringkat that disagrees is a problem. */
export function rankWithinPemda<R extends Rankable>(
  rows: readonly Located<R>[],
  registry: Registry,
): { rows: (R & { peringkat: number })[]; problems: Problem[] } {
  const byInduk = new Map<string, Located<R>[]>();
  for (const row of rows) {
    const induk = registry.get(row.value.kode)?.induk ?? '';
    // Pushed, not spread: copying the group on every row was quadratic in the OPD of a pemda.
    const group = byInduk.get(induk) ?? [];
    group.push(row);
    byInduk.set(induk, group);
  }
  const derived = new Map<Located<R>, number>();
  for (const group of byInduk.values()) {
    const nama = (row: Located<R>) => registry.get(row.value.kode)?.nama ?? row.value.kode;
    for (const { item, peringkat } of rankByScore(group, (row) => row.value.nilai, (a, b) => compareNama(nama(a), nama(b)))) {
      derived.set(item, peringkat);
    }
  }
  const problems: Problem[] = [];
  const ranked = rows.map((row) => {
    const peringkat = derived.get(row)!;
    const given = row.value.peringkat;
    if (given !== undefined && given !== peringkat) {
      const induk = registry.get(row.value.kode)?.induk ?? '';
      problems.push(
        problemAt(row.at, {
          field: 'peringkat',
          message: text(
            `peringkat ${given} tidak sesuai: dengan nilai ${formatNumber(row.value.nilai, 'id')} OPD ini berperingkat ${peringkat} di antara ${byInduk.get(induk)!.length} OPD ${induk}`,
            `peringkat ${given} does not match: with nilai ${formatNumber(row.value.nilai, 'en')} this OPD ranks ${peringkat} among the ${byInduk.get(induk)!.length} OPD of ${induk}`,
          ),
          fix: text('Periksa nilai dan peringkat; nilai sama berbagi peringkat (1, 2, 2, 4), atau kosongkan peringkat agar dihitung', 'Check nilai and peringkat; equal scores share a rank (1, 2, 2, 4), or leave peringkat empty to derive it'),
        }),
      );
    }
    return { ...row.value, peringkat };
  });
  return { rows: ranked, problems };
}
