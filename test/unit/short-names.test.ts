/** The reference list of pemda short names (reference/singkatan-pemda.csv) and how an instansi gains them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Instansi } from '../../src/domain/instansi.ts';
import type { Kode } from '../../src/domain/kode.ts';
import { parseWilayah } from '../../src/bench/national/wilayah.ts';
import { normalizedName } from '../../src/domain/name-match.ts';
import { parseShortNames, shortNameIndex, shortNamesOf } from '../../src/domain/short-names.ts';
import { root } from '../support/build.ts';

const reference = (file: string): string => readFileSync(join(root, 'reference', file), 'utf8');
const rows = parseShortNames(reference('singkatan-pemda.csv'));
const wilayah = parseWilayah(reference('wilayah-2025.csv'));
const index = shortNameIndex(rows);
const instansi = (kode: string, nama: string, jenis: Instansi['jenis'], nama_lain: string[] = []): Instansi => ({ kode: kode as Kode, nama, jenis, nama_lain });

describe('reference/singkatan-pemda.csv', () => {
  it('names each region by its kode and name in wilayah-2025.csv, and says on what each row rests', () => {
    const names = new Map(wilayah.map((w) => [w.kode, w.nama.trim()]));
    expect(rows.length).toBeGreaterThan(150);
    expect(rows.filter((row) => names.get(row.kode) !== row.nama)).toEqual([]);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['resmi', 'umum']));
    expect(rows.filter((row) => row.dasar.length < 10)).toEqual([]);
  });

  it('gives each short name to one region only, and none is a region’s own name', () => {
    const seen = new Map<string, string>();
    for (const row of rows) {
      const key = normalizedName(row.singkatan);
      expect(seen.get(key) ?? row.kode, row.singkatan).toBe(row.kode);
      seen.set(key, row.kode);
      expect(normalizedName(row.nama), row.singkatan).not.toBe(key);
    }
    const own = new Set(wilayah.map((w) => normalizedName(w.nama)));
    expect(rows.filter((row) => own.has(normalizedName(row.singkatan)))).toEqual([]);
  });

  it('is sorted by kode as wilayah-2025.csv is, one line per short name', () => {
    const position = new Map(wilayah.map((w, at) => [w.kode, at]));
    const keys = rows.map((row) => position.get(row.kode)!);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});

describe('shortNamesOf', () => {
  it('gives a region the short names of its kode when its name is the one listed', () => {
    expect(shortNamesOf(instansi('16.12', 'Kabupaten Penukal Abab Lematang Ilir', 'kabupaten'), index)).toEqual(['PALI']);
    expect(shortNamesOf(instansi('16', 'SUMATERA SELATAN', 'provinsi'), index)).toEqual(['Sumsel']);
    expect(shortNamesOf(instansi('32.17', 'Kabupaten Bandung Barat', 'kabupaten'), index)).toEqual(['KBB']);
    // Renamed since: the listed name is a former one.
    expect(shortNamesOf(instansi('16.12', 'Kabupaten PALI', 'kabupaten', ['Kabupaten Penukal Abab Lematang Ilir']), index)).toEqual(['PALI']);
  });

  it('gives nothing to another name under the same kode, to an OPD, or to a kode the list does not hold', () => {
    expect(shortNamesOf(instansi('16.12', 'Kota Contoh', 'kota'), index)).toEqual([]);
    expect(shortNamesOf(instansi('16.12', 'Kabupaten Penukal Abab Lematang Ilir', 'opd'), index)).toEqual([]);
    expect(shortNamesOf(instansi('99.71', 'Kota Contoh (fiktif)', 'kota'), index)).toEqual([]);
  });

  it('refuses a malformed list', () => {
    expect(() => parseShortNames('kode,nama\n16,Sumatera Selatan\n')).toThrow(/must start with/);
    expect(() => parseShortNames('kode,nama,singkatan,status,dasar\n16,Sumatera Selatan,Sumsel,resmi\n')).toThrow(/line 2/);
    expect(() => parseShortNames('kode,nama,singkatan,status,dasar\n16,Sumatera Selatan,Sumsel,kira-kira,lazim\n')).toThrow(/resmi or umum/);
  });
});
