import { describe, expect, it } from 'vitest';
import {
  boundExample,
  comparable,
  formatRange,
  gradeOf,
  kepatuhanRule,
  KEPATUHAN_RULES,
  predikatOf,
  SAKIP_RULES,
  sakipRule,
  type Predikat,
} from '../../src/domain/rules.ts';

describe('SAKIP predikat bands (exclusive lower bounds)', () => {
  // [nilai, predikat]: each cut-off belongs to the band below it, one hundredth above to the band above.
  const edges: [number, Predikat][] = [
    [100, 'AA'], [90.01, 'AA'], [90, 'A'], [80.01, 'A'], [80, 'BB'], [70.01, 'BB'], [70, 'B'],
    [60.01, 'B'], [60, 'CC'], [50.01, 'CC'], [50, 'C'], [30.01, 'C'], [30, 'D'], [0, 'D'],
  ];
  for (const tahun of [2015, 2021, 2022, 2024]) {
    it.each(edges)(`${tahun}: nilai %s is %s`, (nilai, predikat) => {
      expect(predikatOf(sakipRule(tahun)!, nilai)).toBe(predikat);
    });
  }

  it('has no rule before 2015 (PermenPAN-RB 13/2010 had other bands) and one rule per year after', () => {
    expect(sakipRule(2014)).toBeUndefined();
    expect(sakipRule(2021)!.sumber[0]!.singkat).toBe('PermenPAN-RB 12/2015');
    expect(sakipRule(2022)!.sumber[0]!.singkat).toBe('PermenPAN-RB 88/2021');
  });

  it('weights components per regime: capaian only under 12/2015', () => {
    expect(sakipRule(2021)!.komponen.map((k) => [k.kolom, k.bobot])).toEqual([
      ['perencanaan', 30], ['pengukuran', 25], ['pelaporan', 15], ['evaluasi_internal', 10], ['capaian', 20],
    ]);
    expect(sakipRule(2022)!.komponen.map((k) => [k.kolom, k.bobot])).toEqual([
      ['perencanaan', 30], ['pengukuran', 30], ['pelaporan', 15], ['evaluasi_internal', 25],
    ]);
  });
});

describe('Ombudsman kepatuhan bands (inclusive lower bounds)', () => {
  const cases: [number, number, string, string | undefined][] = [
    // 2015–2019: whole-number bands merah 0–50, kuning 51–80, hijau 81–100
    [2017, 81, 'hijau', undefined], [2017, 80.5, 'kuning', undefined], [2017, 51, 'kuning', undefined], [2017, 50.99, 'merah', undefined],
    // 2021
    [2021, 100, 'hijau', undefined], [2021, 81, 'hijau', undefined], [2021, 80.99, 'kuning', undefined], [2021, 51, 'kuning', undefined], [2021, 50.99, 'merah', undefined], [2021, 0, 'merah', undefined],
    // 2022–2024: kategori A–E
    [2022, 100, 'hijau', 'A'], [2022, 88, 'hijau', 'A'], [2023, 87.99, 'hijau', 'B'], [2023, 78, 'hijau', 'B'], [2024, 77.99, 'kuning', 'C'],
    [2024, 54, 'kuning', 'C'], [2024, 53.99, 'merah', 'D'], [2024, 32, 'merah', 'D'], [2024, 31.99, 'merah', 'E'], [2024, 0, 'merah', 'E'],
    // 2025: zona hitam for the lowest kategori
    [2025, 88, 'hijau', 'A'], [2025, 32, 'merah', 'D'], [2025, 31.99, 'hitam', 'E'],
  ];
  it.each(cases)('%s: nilai %s is %s %s', (tahun, nilai, zona, kategori) => {
    expect(gradeOf(kepatuhanRule(tahun)!, nilai)).toEqual(kategori === undefined ? { zona } : { zona, kategori });
  });

  it('knows there was no assessment in 2020 and none before 2015', () => {
    expect(kepatuhanRule(2020)).toBeUndefined();
    expect(kepatuhanRule(2014)).toBeUndefined();
  });
});

describe('the band table', () => {
  it('cites a source for every rule', () => {
    for (const rule of [...SAKIP_RULES, ...KEPATUHAN_RULES]) {
      expect(rule.sumber.length, rule.id).toBeGreaterThan(0);
      for (const s of rule.sumber) expect(s.judul.length, rule.id).toBeGreaterThan(10);
    }
  });

  it('covers every year from 2015 with exactly one rule per dataset, 2020 kepatuhan excepted', () => {
    for (let tahun = 2015; tahun <= 2030; tahun++) {
      expect(SAKIP_RULES.filter((r) => tahun >= r.dari && (r.hingga ?? Infinity) >= tahun), `sakip ${tahun}`).toHaveLength(1);
      expect(KEPATUHAN_RULES.filter((r) => tahun >= r.dari && (r.hingga ?? Infinity) >= tahun), `kepatuhan ${tahun}`).toHaveLength(tahun === 2020 ? 0 : 1);
    }
  });

  it('writes ranges the way each source does', () => {
    const sakip = sakipRule(2024)!;
    expect(sakip.bands.map((b) => formatRange(sakip, b, 'id'))).toEqual(['> 90 – 100', '> 80 – 90', '> 70 – 80', '> 60 – 70', '> 50 – 60', '> 30 – 50', '0 – 30']);
    const kepatuhan = kepatuhanRule(2023)!;
    expect(kepatuhan.bands.map((b) => formatRange(kepatuhan, b, 'id'))).toEqual(['88,00 – 100,00', '78,00 – 87,99', '54,00 – 77,99', '32,00 – 53,99', '0,00 – 31,99']);
    expect(formatRange(kepatuhan, kepatuhan.bands[1]!, 'en')).toBe('78.00 – 87.99');
  });
});

describe('comparable years', () => {
  const cases: ['sakip' | 'kepatuhan' | 'opd', number, number, boolean][] = [
    ['sakip', 2022, 2024, true], ['sakip', 2021, 2022, false], ['sakip', 2015, 2021, true],
    ['kepatuhan', 2022, 2024, true], ['kepatuhan', 2021, 2022, false], ['kepatuhan', 2019, 2021, false], ['kepatuhan', 2019, 2020, false], ['kepatuhan', 2024, 2025, false],
    ['opd', 2023, 2024, true], ['opd', 2021, 2022, false],
  ];
  it.each(cases)('%s %s vs %s: %s', (kind, a, b, expected) => {
    expect(comparable(kind, a, b)).toBe(expected);
    expect(comparable(kind, b, a)).toBe(expected);
  });
});

describe('boundExample: how a rule\'s lower bounds read, in bands the rule has', () => {
  it('SAKIP (exclusive): 90 is A, 90.01 is AA', () => {
    const example = boundExample(sakipRule(2024)!);
    expect([example.at, example.band.value, example.above?.at, example.above?.band.value]).toEqual([90, 'A', 90.01, 'AA']);
  });

  it('Ombudsman 2022 (inclusive): 88 is category A', () => {
    const example = boundExample(kepatuhanRule(2023)!);
    expect([example.at, example.band.value, example.above]).toEqual([88, { zona: 'hijau', kategori: 'A' }, undefined]);
  });

  it('Ombudsman rules without categories name a zone, never a category A they do not have', () => {
    for (const tahun of [2019, 2021]) {
      const example = boundExample(kepatuhanRule(tahun)!);
      expect([example.at, example.band.value]).toEqual([81, { zona: 'hijau' }]);
    }
  });

  it('every example lies in its band by the rule itself', () => {
    for (const rule of [...SAKIP_RULES, ...KEPATUHAN_RULES]) {
      const example = boundExample<unknown>(rule);
      expect(rule.bands).toContain(example.band);
      if (example.above !== undefined) expect(example.above.band).toBe(rule.bands[0]);
    }
  });
});
