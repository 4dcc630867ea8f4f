/** The search page's own ranking (src/domain/name-match.ts): the instansi named first, parents before children. */
import { describe, expect, it } from 'vitest';
import { byName, nameMatch, normalizedName, type Named } from '../../src/domain/name-match.ts';

const named = (kode: string, nama: string, jenis: Named['jenis'], lain: string[] = []): Named => ({ kode, nama, jenis, lain });

const SUMSEL = named('16', 'Sumatera Selatan', 'provinsi', ['Sumsel']);
const LAHAT = named('16.04', 'Kabupaten Lahat', 'kabupaten');
const OKU = named('16.01', 'Kabupaten Ogan Komering Ulu', 'kabupaten', ['OKU']);
const OKU_TIMUR = named('16.08', 'Kabupaten Ogan Komering Ulu Timur', 'kabupaten', ['OKU Timur']);
const PALEMBANG = named('16.71', 'Kota Palembang', 'kota');
const JATIM = named('35', 'Jawa Timur', 'provinsi', ['Jatim']);
const ACEH = named('11', 'Aceh', 'provinsi');
const ACEH_SELATAN = named('11.01', 'Kabupaten Aceh Selatan', 'kabupaten');
const BANDA_ACEH = named('11.71', 'Kota Banda Aceh', 'kota');
const KAB_BANDUNG = named('32.04', 'Kabupaten Bandung', 'kabupaten');
const KBB = named('32.17', 'Kabupaten Bandung Barat', 'kabupaten', ['KBB']);
const KOTA_BANDUNG = named('32.73', 'Kota Bandung', 'kota');
const SITARO = named('71.09', 'Kabupaten Kep. Siau Tagulandang Biaro', 'kabupaten', ['Sitaro']);
const DINKES_LAHAT = named('16.04.dinkes', 'Dinas Kesehatan Kabupaten Lahat', 'opd', ['Dinas Kesehatan Lahat']);
const REPORT = named('', 'Laporan Kinerja 2024', undefined);

const ALL = [DINKES_LAHAT, REPORT, ACEH_SELATAN, BANDA_ACEH, ACEH, JATIM, PALEMBANG, OKU_TIMUR, OKU, LAHAT, SUMSEL, KOTA_BANDUNG, KBB, KAB_BANDUNG, SITARO];
const order = (query: string): string[] => byName(ALL, query, (one) => one).map((one) => one.nama);

describe('normalizedName', () => {
  it('ignores case, punctuation and spacing, and writes out the abbreviated jenis words', () => {
    expect(normalizedName('  KAB. Lahat ')).toBe('kabupaten lahat');
    expect(normalizedName('Prov. Sumatera-Selatan')).toBe('provinsi sumatera selatan');
    expect(normalizedName('Kep. Siau, Tagulandang & Biaro')).toBe('kepulauan siau tagulandang biaro');
    expect(normalizedName('Kota Adm. Jakarta Selatan')).toBe('kota administrasi jakarta selatan');
  });
});

describe('nameMatch', () => {
  it.each([
    // 0: exactly a name, former or short name, the kode, or Provinsi and a provinsi's name.
    ['Kabupaten Lahat', LAHAT, 0],
    ['kab lahat', LAHAT, 0],
    ['16.04', LAHAT, 0],
    ['oku timur', OKU_TIMUR, 0],
    ['Provinsi Sumatera Selatan', SUMSEL, 0],
    ['Dinas Kesehatan Lahat', DINKES_LAHAT, 0],
    ['Kabupaten Kepulauan Siau Tagulandang Biaro', SITARO, 0],
    // 1: the name without its jenis word.
    ['Lahat', LAHAT, 1],
    ['palembang', PALEMBANG, 1],
    // 2: the start of a name or of the kode.
    ['Aceh', ACEH_SELATAN, 2],
    ['Palem', PALEMBANG, 2],
    ['OKU', OKU_TIMUR, 2],
    ['16.0', LAHAT, 2],
    // Nothing for a word inside a name, a single letter, or an empty query.
    ['Aceh', BANDA_ACEH, undefined],
    ['Timur', OKU_TIMUR, undefined],
    ['Lahat', DINKES_LAHAT, undefined],
    ['L', LAHAT, undefined],
    ['  ', LAHAT, undefined],
  ] as const)('“%s”: case %#', (query, named, expected) => {
    expect(nameMatch(named, query)).toBe(expected);
  });
});

describe('byName', () => {
  it('puts the instansi named first, before its OPD (which Pagefind then lists)', () => {
    expect(order('Lahat')).toEqual(['Kabupaten Lahat']);
    expect(order('Kabupaten Lahat')).toEqual(['Kabupaten Lahat']);
    expect(order('Palembang')).toEqual(['Kota Palembang']);
    expect(order('Sumatera Selatan')).toEqual(['Sumatera Selatan']);
  });

  it('puts a provinsi before the kabupaten whose names start like it, and not a name that holds it later', () => {
    expect(order('Aceh')).toEqual(['Aceh', 'Kabupaten Aceh Selatan']);
  });

  it('finds a pemda by its short name, before names that merely start with it', () => {
    expect(order('OKU Timur')).toEqual(['Kabupaten Ogan Komering Ulu Timur']);
    expect(order('OKU')).toEqual(['Kabupaten Ogan Komering Ulu', 'Kabupaten Ogan Komering Ulu Timur']);
    expect(order('KBB')).toEqual(['Kabupaten Bandung Barat']);
    expect(order('Sitaro')).toEqual(['Kabupaten Kep. Siau Tagulandang Biaro']);
  });

  it('ranks an exact name before a name without its jenis word before a start, then parents first, then the given order', () => {
    expect(order('Kota Bandung')).toEqual(['Kota Bandung']);
    expect(order('Kabupaten Bandung')).toEqual(['Kabupaten Bandung', 'Kabupaten Bandung Barat']);
    // Both are "Bandung" without the jenis word: in the given order; then the start of a name.
    expect(order('Bandung')).toEqual(['Kota Bandung', 'Kabupaten Bandung', 'Kabupaten Bandung Barat']);
    expect(order('16')).toEqual(['Sumatera Selatan', 'Kota Palembang', 'Kabupaten Ogan Komering Ulu Timur', 'Kabupaten Ogan Komering Ulu', 'Kabupaten Lahat', 'Dinas Kesehatan Kabupaten Lahat']);
  });

  it('puts an OPD before a report, and names nothing it does not match', () => {
    const items = [REPORT, DINKES_LAHAT];
    expect(byName(items, 'Dinas Kesehatan', (one) => one)).toEqual([DINKES_LAHAT]);
    expect(byName([named('', 'Dinas dalam Angka 2024', undefined), DINKES_LAHAT], 'dinas', (one) => one).map((one) => one.nama)).toEqual(['Dinas Kesehatan Kabupaten Lahat', 'Dinas dalam Angka 2024']);
    expect(order('Jawa Barat')).toEqual([]);
  });
});
