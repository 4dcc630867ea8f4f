/**
 * The synthetic rows of one edition, drawn from each instansi's own level plus a national trend, so
 * that a history looks like one (mostly B, BB and CC; OPD scores in half points, hence ties).
 * Only what the year's rule allows: components of that regime, no kepatuhan without an assessment.
 */
import { isActiveIn, type Instansi } from '../../domain/instansi.ts';
import { rankByScore } from '../../domain/competition-rank.ts';
import { gradeOf, hasKategori, kepatuhanRule, predikatOf, sakipRule, type KepatuhanRule, type SakipRule } from '../../domain/rules.ts';
import type { Rng } from './prng.ts';

export const SUMBER = 'Data sintetis untuk uji skala Rapor';

/** A table: header and rows of cells, numbers already written with a decimal point. */
export interface Sheet {
  header: string[];
  rows: string[][];
}

/** Each instansi's own level, fixed for every year. */
export type Levels = ReadonlyMap<Instansi, number>;

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
const fixed = (value: number): string => value.toFixed(2);

/** Share of rows left out (not assessed, or not published): gaps a reader must see as gaps. */
const GAP = { sakip: 0.02, opd: 0.03 };

export function sakipSheet(members: readonly Instansi[], levels: Levels, tahun: number, rng: Rng): Sheet {
  const rule = sakipRule(tahun)!;
  const rows = members
    .filter((i) => i.jenis !== 'opd' && isActiveIn(i, tahun) && !rng.chance(GAP.sakip))
    .map((i) => {
      const nilai = Math.round(clamp(rng.normal(levels.get(i)! + trend(tahun), 3), 22, 96) * 100) / 100;
      const parts = rng.chance(0.6) ? components(rule, nilai, rng) : rule.komponen.map(() => '');
      return [i.kode, predikatOf(rule, nilai), fixed(nilai), ...parts, SUMBER];
    });
  return { header: ['kode', 'predikat', 'nilai', ...rule.komponen.map((k) => k.kolom), 'sumber'], rows };
}

/** A national improvement of 0,8 points a year, as the published averages show. */
const trend = (tahun: number): number => (tahun - 2015) * 0.8;

/** Component scores near each weight's share of nilai, each within its weight, adding up to nilai. */
function components(rule: SakipRule, nilai: number, rng: Rng): string[] {
  const shares = rule.komponen.map((k) => Math.round(clamp(k.bobot * (nilai / 100) * rng.normal(1, 0.04), 0, k.bobot) * 100) / 100);
  const last = Math.round((nilai - shares.slice(0, -1).reduce((a, b) => a + b, 0)) * 100) / 100;
  const lastBobot = rule.komponen.at(-1)!.bobot;
  if (last < 0 || last > lastBobot) return components(rule, nilai, rng);
  return [...shares.slice(0, -1), last].map(fixed);
}

export function kepatuhanSheet(members: readonly Instansi[], levels: Levels, tahun: number, rng: Rng): Sheet | undefined {
  const rule = kepatuhanRule(tahun);
  if (rule === undefined) return undefined;
  // 2015–2019 assessed a sample each round; from 2021 every K/L and pemda.
  const coverage = tahun < 2021 ? 0.45 : 0.97;
  const withKategori = hasKategori(rule);
  const dimensi = rule.dimensi.map((d) => d.kolom);
  const rows = members
    .filter((i) => i.jenis !== 'opd' && isActiveIn(i, tahun) && rng.chance(coverage))
    .map((i) => kepatuhanRow(i, rule, levels.get(i)! + 6 + trend(tahun) * 2, { withKategori, dimensi: dimensi.length, wholeNumbers: tahun < 2021 }, rng));
  return { header: ['kode', 'nilai', 'zona', ...(withKategori ? ['kategori'] : []), ...dimensi, 'sumber'], rows };
}

function kepatuhanRow(i: Instansi, rule: KepatuhanRule, level: number, shape: { withKategori: boolean; dimensi: number; wholeNumbers: boolean }, rng: Rng): string[] {
  const raw = clamp(rng.normal(level, 10), 15, 99.5);
  const nilai = shape.wholeNumbers ? Math.round(raw) : Math.round(raw * 100) / 100;
  const grade = gradeOf(rule, nilai);
  // Sources sometimes publish only the zone.
  const zoneOnly = rng.chance(0.03);
  const dims = Array.from({ length: shape.dimensi }, () => (zoneOnly ? '' : fixed(clamp(rng.normal(nilai, 6), 0, 100))));
  const kategori = shape.withKategori ? [zoneOnly ? '' : grade.kategori!] : [];
  return [i.kode, zoneOnly ? '' : shape.wholeNumbers ? String(nilai) : fixed(nilai), grade.zona, ...kategori, ...dims, SUMBER];
}

/** OPD rows with predikat and peringkat given, both as the validator derives them (ties share a rank). */
export function opdSheet(opd: readonly Instansi[], levels: Levels, tahun: number, rng: Rng): Sheet {
  const rule = sakipRule(tahun)!;
  const scored = opd
    .filter((i) => isActiveIn(i, tahun) && !rng.chance(GAP.opd))
    .map((instansi) => ({ instansi, nilai: Math.round(clamp(rng.normal(levels.get(instansi)! + trend(tahun), 4), 20, 98) * 2) / 2 }));
  const byPemda = new Map<string, typeof scored>();
  for (const row of scored) {
    const group = byPemda.get(row.instansi.induk!) ?? [];
    group.push(row);
    byPemda.set(row.instansi.induk!, group);
  }
  const rows = [...byPemda.values()].flatMap((group) =>
    rankByScore(group, (row) => row.nilai).map(({ item, peringkat }) => [String(peringkat), item.instansi.kode, fixed(item.nilai), predikatOf(rule, item.nilai), SUMBER]),
  );
  return { header: ['peringkat', 'kode', 'nilai', 'predikat', 'sumber'], rows };
}

/** Each instansi's level: pemda around 62, K/L a little higher, an OPD around its pemda's. */
export function levelsOf(instansi: readonly Instansi[], rng: Rng): Levels {
  const levels = new Map<Instansi, number>();
  const byKode = new Map(instansi.map((i) => [i.kode, i]));
  for (const i of instansi) {
    const pemda = i.jenis === 'opd' ? byKode.get(i.induk!) : undefined;
    const base = pemda !== undefined ? levels.get(pemda)! + 4 : i.jenis === 'kementerian' || i.jenis === 'lembaga' ? 66 : 60;
    levels.set(i, rng.normal(base, pemda !== undefined ? 7 : 8));
  }
  return levels;
}
