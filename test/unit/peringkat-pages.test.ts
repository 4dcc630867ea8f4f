import { describe, expect, it } from 'vitest';
import type { Dataset, Edition } from '../../src/domain/dataset.ts';
import type { Instansi, Jenis } from '../../src/domain/instansi.ts';
import type { Kode } from '../../src/domain/kode.ts';
import { predikatOf, sakipRule } from '../../src/domain/rules.ts';
import {
  kelompokPeringkatPages,
  isSummarised,
  isYearPageWhole,
  largestRises,
  pageCountOf,
  pemdaOpdLines,
  provinsiRankedIn,
  provinsiPeringkatPages,
  peringkatInProvinsi,
  ROWS_PER_PAGE,
  rowsOfPage,
} from '../../src/domain/views/peringkat-pages.ts';
import { provinsiPeringkatPageOf, yearPeringkatPageOf } from '../../src/domain/views/peringkat-page.ts';
import { filterChoicesOf, NO_FILTER_CHOICES, peringkatOf } from '../../src/domain/views/peringkat.ts';

const k = (s: string) => s as Kode;
const asal = { file: 'x.csv', line: 2 };
const inst = (kode: string, nama: string, jenis: Jenis, induk?: string): Instansi => ({ kode: k(kode), nama, jenis, nama_lain: [], ...(induk ? { induk: k(induk) } : {}) });
const sakip = (tahun: number, kode: string, nilai: number) => ({ kode: k(kode), predikat: predikatOf(sakipRule(tahun)!, nilai), nilai, sumber: 's', asal });
const opd = (kode: string, nilai: number) => ({ kode: k(kode), nilai, predikat: predikatOf(sakipRule(2023)!, nilai), peringkat: 1, sumber: 's', asal });
const edition = (tahun: number, datasets: Edition['datasets'], status: 'terbit' | 'draf' = 'terbit'): Edition => ({
  tahun,
  edisi: status === 'terbit' ? { judul: `L ${tahun}`, status, tanggal_terbit: `${tahun}-12-01` } : { judul: `L ${tahun}`, status },
  datasets,
  narasiFiles: [],
  narasi: [],
});
const situs: Dataset['situs'] = { nama: 'X', url: 'https://x.example/', bahasa: ['id', 'en'] };

/** A small folder: two provinsi, a kota in no provinsi (as the example's Kota Contoh), a K/L, OPD of one kota. */
const small: Dataset = {
  situs,
  instansi: [
    inst('16', 'Sumatera Selatan', 'provinsi'),
    inst('17', 'Bengkulu', 'provinsi'),
    inst('16.71', 'Kota Palembang', 'kota', '16'),
    inst('16.72', 'Kota Pagar Alam', 'kota', '16'),
    inst('17.04', 'Kabupaten Kaur', 'kabupaten', '17'),
    inst('99.71', 'Kota Contoh', 'kota'),
    inst('kemenpanrb', 'Kementerian PAN-RB', 'kementerian'),
    inst('16.71.dinkes', 'Dinas Kesehatan', 'opd', '16.71'),
  ],
  editions: [
    edition(2022, { sakip: [sakip(2022, '16.71', 60), sakip(2022, '16.72', 70), sakip(2022, '99.71', 65)] }),
    edition(2023, {
      sakip: [sakip(2023, '16.71', 72), sakip(2023, '16.72', 71), sakip(2023, '99.71', 66), sakip(2023, '17.04', 80), sakip(2023, 'kemenpanrb', 75)],
      opd: [opd('16.71.dinkes', 80)],
    }),
    edition(2024, { sakip: [sakip(2024, '99.71', 70), sakip(2024, 'kemenpanrb', 77)] }, 'draf'),
  ],
  koreksi: [],
};

describe('provinsi ranking pages', () => {
  it('exist for each provinsi with a row in the year, in name order; never for a year where it has none', () => {
    expect(provinsiPeringkatPages(small).map(({ edition: e, provinsi }) => `${e.tahun} ${provinsi.kode}`)).toEqual(['2022 16', '2023 17', '2023 16']);
    expect(provinsiRankedIn(small, 2023).map((p) => p.nama)).toEqual(['Bengkulu', 'Sumatera Selatan']);
    // 2024 holds only an instansi in no provinsi and a K/L: no provinsi page.
    expect(provinsiRankedIn(small, 2024)).toEqual([]);
  });

  it('hold the provinsi’s instansi and their OPD with the ranks and changes of the whole peer group', () => {
    const all = peringkatOf(small, 2023);
    const inSumsel = peringkatInProvinsi(all, k('16'));
    expect(Object.keys(inSumsel)).toEqual(['sakip', 'opd']);
    const kota = inSumsel.sakip!.groups.map((g) => [g.group.id, g.rows.map((r) => [r.instansi.kode, r.peringkat, r.change.kind === 'delta' ? r.change.delta : r.change.kind])]);
    // Kota Contoh (rank 3, in no provinsi) is left out; the ranks stay those among all three kota.
    expect(kota).toEqual([['kota', [['16.71', 1, 2], ['16.72', 2, -1]]]]);
    expect(inSumsel.sakip!.previous).toEqual(all.sakip!.previous);
    expect(inSumsel.opd!.groups.map((g) => g.group.id)).toEqual(['opd-16.71']);
    const inBengkulu = peringkatInProvinsi(all, k('17'));
    expect(inBengkulu.sakip!.groups.map((g) => g.group.id)).toEqual(['kabupaten']);
    expect(inBengkulu.opd).toBeUndefined();
  });
});

/** A national-sized peer group: 120 kabupaten of provinsi 11, nilai falling with the number, rising by the number in 2023. */
const kabupaten = Array.from({ length: 120 }, (_, i) => inst(`11.${String(i + 1).padStart(2, '0')}`, `Kabupaten ${String(i + 1).padStart(3, '0')}`, 'kabupaten', '11'));
const national: Dataset = {
  situs,
  instansi: [inst('11', 'Aceh', 'provinsi'), ...kabupaten, inst('99.71', 'Kota Contoh', 'kota')],
  editions: [
    edition(2022, { sakip: kabupaten.map((kab, i) => sakip(2022, kab.kode, 90 - i / 2)) }),
    edition(2023, { sakip: [...kabupaten.map((kab, i) => sakip(2023, kab.kode, 90 - i / 2 + (i % 7 === 0 ? i / 10 : 0))), sakip(2023, '99.71', 70)] }),
  ],
  koreksi: [],
};

describe('a long peer group', () => {
  const group = peringkatOf(national, 2023).sakip!.groups.find((g) => g.group.id === 'kabupaten')!;

  it('is paged ROWS_PER_PAGE rows a page, in rank order; the year’s page is then a summary, short groups whole', () => {
    expect(isSummarised(group)).toBe(true);
    // Kota Contoh alone in its group: shown whole on the summary, no pages of its own.
    expect(isSummarised(peringkatOf(national, 2023).sakip!.groups.find((g) => g.group.id === 'kota')!)).toBe(false);
    expect(pageCountOf(group)).toBe(Math.ceil(120 / ROWS_PER_PAGE));
    expect(rowsOfPage(group, 1).map((r) => r.peringkat)).toEqual(Array.from({ length: ROWS_PER_PAGE }, (_, i) => i + 1));
    expect(rowsOfPage(group, 3)).toHaveLength(120 - 2 * ROWS_PER_PAGE);
    expect(kelompokPeringkatPages(national).map(({ edition: e, kind, group: g, halaman }) => `${e.tahun} ${kind} ${g.group.id} ${halaman}`)).toEqual([
      '2022 sakip kabupaten 1', '2022 sakip kabupaten 2', '2022 sakip kabupaten 3',
      '2023 sakip kabupaten 1', '2023 sakip kabupaten 2', '2023 sakip kabupaten 3',
    ]);
    expect(isYearPageWhole(national, national.editions[1]!)).toBe(false);
    expect(isYearPageWhole(small, small.editions[1]!)).toBe(true);
  });

  it('lists its largest rises of nilai, largest first, rises only', () => {
    const rises = largestRises(group, 5);
    expect(rises.map((r) => (r.scoreChange.kind === 'delta' ? r.scoreChange.delta : undefined))).toEqual([11.9, 11.2, 10.5, 9.8, 9.1]);
    expect(rises[0]!.instansi.kode).toBe('11.120');
    expect(largestRises(peringkatOf(national, 2022).sakip!.groups[0]!, 5)).toEqual([]);
  });
});

describe('the OPD per pemda of a split chapter on the rankings pages', () => {
  // Seven pemda with OPD (more than OPD_INLINE_PEMDA): the chapter is split.
  const pemda = Array.from({ length: 7 }, (_, i) => (i < 6 ? inst(`16.${71 + i}`, `Kota ${i}`, 'kota', '16') : inst('99.71', 'Kota Contoh', 'kota')));
  const split: Dataset = {
    situs,
    instansi: [inst('16', 'Sumatera Selatan', 'provinsi'), ...pemda, ...pemda.map((p) => inst(`${p.kode}.dinkes`, 'Dinas Kesehatan', 'opd', p.kode))],
    editions: [edition(2023, { opd: pemda.map((p, i) => opd(`${p.kode}.dinkes`, 70 + i)) })],
    koreksi: [],
  };
  const e = split.editions[0]!;

  it('are all on the year’s page while they fit, and a provinsi’s own on its page', () => {
    expect(pemdaOpdLines(split, e).map((l) => l.pemda.kode)).toHaveLength(7);
    expect(pemdaOpdLines(split, e, k('16')).map((l) => l.pemda.kode)).toEqual(['16.71', '16.72', '16.73', '16.74', '16.75', '16.76']);
  });

  it('past a page of pemda, leave the year’s page only those in no provinsi', () => {
    const many = Array.from({ length: ROWS_PER_PAGE + 1 }, (_, i) => inst(`16.${String(i + 1).padStart(2, '0')}`, `Kabupaten ${i}`, 'kabupaten', '16'));
    const all = [...many, inst('99.71', 'Kota Contoh', 'kota')];
    const national: Dataset = {
      situs,
      instansi: [inst('16', 'Sumatera Selatan', 'provinsi'), ...all, ...all.map((p) => inst(`${p.kode}.dinkes`, 'Dinas Kesehatan', 'opd', p.kode))],
      editions: [edition(2023, { opd: all.map((p) => opd(`${p.kode}.dinkes`, 70)) })],
      koreksi: [],
    };
    const e2023 = national.editions[0]!;
    expect(pemdaOpdLines(national, e2023).map((l) => l.pemda.kode)).toEqual(['99.71']);
    expect(pemdaOpdLines(national, e2023, k('16'))).toHaveLength(ROWS_PER_PAGE + 1);
  });
});

describe('what a rankings page shows', () => {
  const e2023 = small.editions[1]!;
  const byKode = (kode: string) => small.instansi.find((i) => i.kode === kode)!;

  it('on the year’s page: every dataset ranked, filters over every table, the provinsi with a page', () => {
    const page = yearPeringkatPageOf(small, e2023);
    expect(page.peringkat).toBe(peringkatOf(small, 2023));
    expect(page.kinds).toEqual(['sakip', 'opd']);
    expect(page.split).toBe(false);
    expect(page.opdLines).toEqual([]);
    expect(page.opdByProvinsi).toBe(false);
    expect(page.whole).toBe(true);
    expect(page.choices).toEqual(filterChoicesOf(page.peringkat));
    expect(page.provinsi.map((p) => p.kode)).toEqual(provinsiRankedIn(small, 2023).map((p) => p.kode));
  });

  it('on a provinsi’s page: its rows only, and the years that rank it', () => {
    const page = provinsiPeringkatPageOf(small, e2023, byKode('16'));
    expect(page.peringkat).toEqual(peringkatInProvinsi(peringkatOf(small, 2023), k('16')));
    expect(page.kinds).toEqual(['sakip', 'opd']);
    expect(page.choices).toEqual(filterChoicesOf(page.peringkat));
    expect(page.years.map((e) => e.tahun)).toEqual([2022, 2023]);
    expect(provinsiPeringkatPageOf(small, e2023, byKode('17')).years.map((e) => e.tahun)).toEqual([2023]);
  });

  it('leaves a split OPD chapter’s ranks to the pemda’s pages, out of the filters too', () => {
    const pemda = Array.from({ length: 7 }, (_, i) => inst(`16.${71 + i}`, `Kota ${i}`, 'kota', '16'));
    const split: Dataset = {
      situs,
      instansi: [inst('16', 'Sumatera Selatan', 'provinsi'), ...pemda, ...pemda.map((p) => inst(`${p.kode}.dinkes`, 'Dinas Kesehatan', 'opd', p.kode))],
      editions: [edition(2023, { sakip: pemda.map((p, i) => sakip(2023, p.kode, 60 + i)), opd: pemda.map((p, i) => opd(`${p.kode}.dinkes`, 70 + i)) })],
      koreksi: [],
    };
    const e = split.editions[0]!;
    const page = yearPeringkatPageOf(split, e);
    expect(page.split).toBe(true);
    expect(page.opdLines).toEqual(pemdaOpdLines(split, e));
    const { opd: _, ...withoutOpd } = page.peringkat;
    expect(page.choices).toEqual(filterChoicesOf(withoutOpd));
    expect(page.choices).not.toEqual(filterChoicesOf(page.peringkat));
    expect(provinsiPeringkatPageOf(split, e, split.instansi[0]!).opdLines).toEqual(pemdaOpdLines(split, e, k('16')));
  });

  it('offers no filters where long groups show only their top', () => {
    // More K/L than a page holds.
    const many = Array.from({ length: ROWS_PER_PAGE + 10 }, (_, i) => inst(`kl-${i}`, `Kementerian ${i}`, 'kementerian'));
    const long: Dataset = { situs, instansi: many, editions: [edition(2023, { sakip: many.map((one, i) => sakip(2023, one.kode, 50 + i / 2)) })], koreksi: [] };
    const page = yearPeringkatPageOf(long, long.editions[0]!);
    expect(page.whole).toBe(false);
    expect(page.choices).toEqual(NO_FILTER_CHOICES);
  });
});
