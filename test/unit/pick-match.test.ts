/** The compare picker's suggestions and the pemda whose OPD a query asks for (src/domain/pick-match.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_SUGGESTIONS, parentsNamed, suggestions, type Pickable } from '../../src/domain/pick-match.ts';

const one = (kode: string, nama: string, jenis: Pickable['jenis'], lain: string[] = [], induk?: Pickable): Pickable => ({
  kode,
  nama,
  jenis,
  lain,
  ...(induk === undefined ? {} : { induk: [induk.nama, ...induk.lain] }),
});

const SUMSEL = one('16', 'Sumatera Selatan', 'provinsi', ['Sumsel']);
const LAHAT = one('16.04', 'Kabupaten Lahat', 'kabupaten');
const PALI = one('16.12', 'Kabupaten Penukal Abab Lematang Ilir', 'kabupaten', ['PALI']);
const ACEH = one('11', 'Aceh', 'provinsi');
const ACEH_BARAT = one('11.05', 'Kabupaten Aceh Barat', 'kabupaten');
const PARENTS = [SUMSEL, LAHAT, PALI, ACEH, ACEH_BARAT];
const DINKES_LAHAT = one('16.04.dinkes', 'Dinas Kesehatan Kabupaten Lahat', 'opd', ['Dinkes'], LAHAT);
const BAPPEDA_LAHAT = one('16.04.bappeda', 'Badan Perencanaan Pembangunan Daerah Kabupaten Lahat', 'opd', ['Bappeda'], LAHAT);
const DINKES_PALI = one('16.12.dinkes', 'Dinas Kesehatan', 'opd', ['Dinkes'], PALI);
const KOMINFO_SUMSEL = one('16.kominfo', 'Dinas Komunikasi, Informatika, Statistik dan Persandian', 'opd', ['Dinas Komunikasi dan Informatika', 'Diskominfo', 'Kominfo'], SUMSEL);
const ALL = [...PARENTS, DINKES_LAHAT, BAPPEDA_LAHAT, DINKES_PALI, KOMINFO_SUMSEL];

const names = (query: string) => suggestions(ALL, query).map(({ candidate }) => candidate.nama);
const kodes = (list: Pickable[]) => list.map((p) => p.kode);

describe('parentsNamed', () => {
  it('names a pemda by its name, its name without its jenis, a short name or its kode followed by a dot', () => {
    expect(kodes(parentsNamed(PARENTS, 'Dinas Kesehatan Kabupaten Lahat'))).toEqual(['16.04']);
    expect(kodes(parentsNamed(PARENTS, 'dinkes lahat'))).toEqual(['16.04']);
    expect(kodes(parentsNamed(PARENTS, 'Dinkes PALI'))).toEqual(['16.12']);
    expect(kodes(parentsNamed(PARENTS, 'kominfo sumsel'))).toEqual(['16']);
    expect(kodes(parentsNamed(PARENTS, '16.04.din'))).toEqual(['16.04']);
  });

  it('asks for whole words only, not for a name inside a longer one named, the longest name first', () => {
    expect(kodes(parentsNamed(PARENTS, 'dinas lahatan'))).toEqual([]);
    expect(kodes(parentsNamed(PARENTS, 'dinkes aceh barat'))).toEqual(['11.05']);
    expect(kodes(parentsNamed(PARENTS, 'dinkes aceh'))).toEqual(['11']);
    expect(kodes(parentsNamed(PARENTS, 'lahat sumsel'))).toEqual(['16', '16.04']);
    expect(kodes(parentsNamed(PARENTS, '16.04'))).toEqual([]);
  });
});

describe('suggestions', () => {
  it('puts the instansi named first, a pemda before its OPD', () => {
    expect(names('Lahat')).toEqual(['Kabupaten Lahat', 'Dinas Kesehatan Kabupaten Lahat', 'Badan Perencanaan Pembangunan Daerah Kabupaten Lahat']);
    expect(names('PALI')[0]).toBe('Kabupaten Penukal Abab Lematang Ilir');
    expect(names('16.04')[0]).toBe('Kabupaten Lahat');
  });

  it('finds an OPD by its name or abbreviation with its pemda’s name or short name', () => {
    expect(names('dinkes lahat')).toEqual(['Dinas Kesehatan Kabupaten Lahat']);
    expect(names('dinas kesehatan pali')).toEqual(['Dinas Kesehatan']);
    expect(names('kominfo sumsel')).toEqual(['Dinas Komunikasi, Informatika, Statistik dan Persandian']);
  });

  it('says which other name matched, where the name does not hold the words', () => {
    const [found] = suggestions(ALL, 'diskominfo sumsel');
    expect(found).toEqual({ candidate: KOMINFO_SUMSEL, via: 'Diskominfo' });
    expect(suggestions(ALL, 'kesehatan lahat')[0]).toEqual({ candidate: DINKES_LAHAT });
  });

  it('needs two letters, and shows at most a few', () => {
    expect(suggestions(ALL, 'l')).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) => one(`99.${i}`, `Kota Contoh ${i}`, 'kota'));
    expect(suggestions(many, 'contoh')).toHaveLength(MAX_SUGGESTIONS);
  });
});
