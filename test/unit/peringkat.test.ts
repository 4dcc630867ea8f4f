import { describe, expect, it } from 'vitest';
import type { Dataset, Edition } from '../../src/domain/dataset.ts';
import type { Instansi } from '../../src/domain/instansi.ts';
import { predikatOf, sakipRule } from '../../src/domain/rules.ts';
import { filterChoicesOf, peringkatOf, type PeringkatGroup } from '../../src/domain/views/peringkat.ts';
import { asal, inst, k, kepatuhan, sakip } from '../fixtures/rows.ts';

const instansi: Instansi[] = [
  inst('16', 'Sumatera Selatan', 'provinsi'),
  inst('17', 'Bengkulu', 'provinsi'),
  inst('16.01', 'Kabupaten Lahat', 'kabupaten', '16'),
  inst('16.02', 'Kabupaten Muara Enim', 'kabupaten', '16'),
  // No induk: placed in its provinsi by the Kemendagri code.
  inst('16.03', 'Kabupaten Banyuasin', 'kabupaten'),
  inst('17.01', 'Kabupaten Kaur', 'kabupaten', '17'),
  inst('16.71', 'Kota Palembang', 'kota', '16'),
  inst('kemenpanrb', 'Kementerian PAN-RB', 'kementerian'),
  inst('lan', 'Lembaga Administrasi Negara', 'lembaga'),
  inst('16.71.dinkes', 'Dinas Kesehatan', 'opd', '16.71'),
  inst('16.71.disdik', 'Dinas Pendidikan', 'opd', '16.71'),
  inst('16.01.dinkes', 'Dinas Kesehatan', 'opd', '16.01'),
];

const opd = (kode: string, nilai: number) => ({ kode: k(kode), nilai, predikat: predikatOf(sakipRule(2023)!, nilai), peringkat: 1, sumber: 's', asal });
const edition = (tahun: number, datasets: Edition['datasets']): Edition => ({ tahun, edisi: { judul: `L ${tahun}`, status: 'terbit', tanggal_terbit: `${tahun}-12-01` }, datasets, narasiFiles: [], narasi: [] });

const s21 = sakip(2021);
const s22 = sakip(2022);
const s23 = sakip(2023);
const dataset: Dataset = {
  situs: { nama: 'X', url: 'https://x.example/', bahasa: ['id', 'en'] },
  instansi,
  editions: [
    // PermenPAN-RB 12/2015 and Ombudsman 2021: not comparable with 2022.
    edition(2021, { sakip: [s21('16', 70), s21('16.01', 65)], kepatuhan: [kepatuhan('16.71', 70, 'kuning')] }),
    edition(2022, {
      sakip: [s22('16', 71), s22('17', 75), s22('16.01', 60), s22('16.02', 62), s22('16.03')],
      kepatuhan: [kepatuhan('16.71', 80, 'hijau')],
      opd: [opd('16.71.dinkes', 70), opd('16.71.disdik', 80)],
    }),
    edition(2023, {
      sakip: [
        s23('16', 80), s23('17', 78),
        s23('16.01', 70), s23('16.02', 75), s23('16.03', 75), s23('17.01', 80),
        s23('16.71', 72), s23('kemenpanrb', 81), s23('lan', 79),
      ],
      opd: [opd('16.71.dinkes', 85), opd('16.71.disdik', 80), opd('16.01.dinkes', 60)],
    }),
  ],
  koreksi: [],
};

/** Each row as [kode, rank or '–', change], the change as a delta, a kind or a kind with its year. */
const table = (group: PeringkatGroup<'sakip' | 'kepatuhan' | 'opd'> | undefined) =>
  group?.rows.map((r) => [r.instansi.kode, r.peringkat ?? '–', r.change.kind === 'delta' ? r.change.delta : r.change.kind]);
const group = <K extends 'sakip' | 'kepatuhan' | 'opd'>(tahun: number, kind: K, id: string) =>
  peringkatOf(dataset, tahun)[kind]?.groups.find((g) => g.group.id === id) as PeringkatGroup<K> | undefined;

describe('peringkatOf', () => {
  it('ranks ties 1, 2, 2, 4, tied rows by name, and gives rank changes since the comparable previous year', () => {
    expect(table(group(2023, 'sakip', 'kabupaten'))).toEqual([
      ['17.01', 1, 'new'],
      ['16.03', 2, 'new'], // in 2022 without nilai: unranked then, so new to the ranking now
      // Ranked 1 and 2 in 2022 and still first and second of the two ranked both years: the entrants
      // above them move neither (their ranks fell from 1 and 2 to 2 and 4).
      ['16.02', 2, 0],
      ['16.01', 4, 0],
    ]);
    expect(table(group(2023, 'sakip', 'provinsi'))).toEqual([
      ['16', 1, 1],
      ['17', 2, -1],
    ]);
    expect(peringkatOf(dataset, 2023).sakip?.previous).toEqual({ tahun: 2022 });
  });

  it('counts a rank change among the rows ranked in both years: an entrant or a leaver moves no one else', () => {
    const both = (kode: string, nilai22: number, nilai23: number) => [s22(kode, nilai22), s23(kode, nilai23)] as const;
    const [a22, a23] = both('16.01', 80, 70);
    const [b22, b23] = both('16.02', 70, 75);
    const moved: Dataset = {
      ...dataset,
      editions: [
        edition(2022, { sakip: [a22, b22, s22('16.03', 90)] }), // 16.03 leaves
        edition(2023, { sakip: [a23, b23, s23('17.01', 99)] }), // 17.01 enters above both
      ],
    };
    const rows = peringkatOf(moved, 2023).sakip!.groups.find((g) => g.group.id === 'kabupaten')!.rows;
    expect(rows.map((r) => [r.instansi.kode, r.peringkat, r.change])).toEqual([
      ['17.01', 1, { kind: 'new', from: 2022 }],
      // 2022: 16.01 second, 16.02 third of all, first and second of the two; 2023: the other way round.
      ['16.02', 2, { kind: 'delta', from: 2022, delta: 1 }],
      ['16.01', 3, { kind: 'delta', from: 2022, delta: -1 }],
    ]);
  });

  it('gives the change of nilai since the comparable previous year, none for an entrant, "not comparable" across a rule change', () => {
    const score = (tahun: number, kind: 'sakip' | 'kepatuhan', id: string) =>
      group(tahun, kind, id)?.rows.map((r) => [r.instansi.kode, r.scoreChange.kind === 'delta' ? r.scoreChange.delta : r.scoreChange.kind]);
    expect(score(2023, 'sakip', 'provinsi')).toEqual([
      ['16', 9],
      ['17', 3],
    ]);
    expect(score(2023, 'sakip', 'kabupaten')).toEqual([
      ['17.01', 'none'],
      ['16.03', 'none'], // no nilai in 2022
      ['16.02', 13],
      ['16.01', 10],
    ]);
    expect(score(2022, 'sakip', 'provinsi')).toEqual([
      ['17', 'none'],
      ['16', 'not-comparable'],
    ]);
    expect(group(2022, 'kepatuhan', 'kota')!.rows[0]!.scoreChange).toMatchObject({ kind: 'not-comparable', from: 2021 });
  });

  it('ranks provinsi, kabupaten, kota and K/L separately, in that order, kementerian and lembaga together', () => {
    const groups = peringkatOf(dataset, 2023).sakip!.groups;
    expect(groups.map((g) => g.group.id)).toEqual(['provinsi', 'kabupaten', 'kota', 'kl']);
    expect(table(groups[2])).toEqual([['16.71', 1, 'new']]);
    expect(table(groups[3])).toEqual([['kemenpanrb', 1, 'new'], ['lan', 2, 'new']]);
  });

  it('ranks OPD within each pemda', () => {
    const groups = peringkatOf(dataset, 2023).opd!.groups;
    expect(groups.map((g) => [g.group.id, g.group.label.id, g.group.induk])).toEqual([
      ['opd-16.01', 'OPD Kabupaten Lahat', '16.01'],
      ['opd-16.71', 'OPD Kota Palembang', '16.71'],
    ]);
    expect(groups.map(table)).toEqual([
      [['16.01.dinkes', 1, 'new']],
      [['16.71.dinkes', 1, 1], ['16.71.disdik', 2, -1]],
    ]);
  });

  it('says "not comparable" across a rule change, with the rules, instead of a rank change', () => {
    const sakip22 = peringkatOf(dataset, 2022).sakip!;
    expect(sakip22.previous?.tahun).toBe(2021);
    expect(sakip22.previous?.notComparable?.id).toContain('PermenPAN-RB 12/2015');
    expect(sakip22.previous?.notComparable?.id).toContain('PermenPAN-RB 88/2021');
    expect(table(sakip22.groups.find((g) => g.group.id === 'provinsi'))).toEqual([
      ['17', 1, 'new'],
      ['16', 2, 'not-comparable'],
    ]);
    const kota = group(2022, 'kepatuhan', 'kota')!.rows[0]!;
    expect(kota.change).toMatchObject({ kind: 'not-comparable', from: 2021 });
    expect(kota.change.kind === 'not-comparable' && kota.change.reason.en).toMatch(/^not comparable: the rule changed \(2021: Ombudsman RI 2021; 2022: Ombudsman RI 2022–2024\)$/);
  });

  it('lists rows without nilai after the ranked ones, unranked and without a change, never as zero', () => {
    const kabupaten = group(2022, 'sakip', 'kabupaten')!;
    expect(table(kabupaten)).toEqual([
      ['16.02', 1, 'new'], // absent in 2021: new, rule change or not
      ['16.01', 2, 'not-comparable'],
      ['16.03', '–', 'none'],
    ]);
    expect(kabupaten.rows[2]).not.toHaveProperty('peringkat');
  });

  it('shows no rank change where no earlier edition holds the dataset', () => {
    const opd22 = peringkatOf(dataset, 2022).opd!;
    expect(opd22.previous).toBeUndefined();
    expect(opd22.groups.flatMap((g) => g.rows.map((r) => r.change.kind))).toEqual(['none', 'none']);
  });

  it('places each row in its provinsi: a kabupaten by induk or code, an OPD through its pemda, K/L nowhere', () => {
    const provinsiIn = (kind: 'sakip' | 'opd') =>
      Object.fromEntries(peringkatOf(dataset, 2023)[kind]!.groups.flatMap((g) => g.rows.map((r) => [r.instansi.kode, r.provinsi?.kode])));
    expect(provinsiIn('sakip')).toEqual({ '16': '16', '17': '17', '17.01': '17', '16.03': '16', '16.02': '16', '16.01': '16', '16.71': '16', kemenpanrb: undefined, lan: undefined });
    expect(provinsiIn('opd')).toEqual({ '16.01.dinkes': '16', '16.71.dinkes': '16', '16.71.disdik': '16' });
  });

  it('returns nothing for a year without an edition', () => {
    expect(peringkatOf(dataset, 2030)).toEqual({});
  });
});

describe('filterChoicesOf', () => {
  it('offers only the values present, in their usual order, and no filter that would hide nothing', () => {
    const choices = filterChoicesOf(peringkatOf(dataset, 2023));
    expect(choices.provinsi.map((p) => p.nama)).toEqual(['Bengkulu', 'Sumatera Selatan']);
    expect(choices.jenis).toEqual(['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota', 'opd']);
    expect(choices.predikat).toEqual(['A', 'BB', 'B', 'CC']);
    expect(choices.zona).toEqual([]);
  });

  it('offers a filter whose single value still tells rows apart (zona of kepatuhan beside SAKIP rows)', () => {
    expect(filterChoicesOf(peringkatOf(dataset, 2022)).zona).toEqual(['hijau']);
  });
});
