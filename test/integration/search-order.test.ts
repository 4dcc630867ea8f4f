/**
 * Search order over every pemda of the national folder (issue 20): typing a pemda's name, or a short
 * name of reference/singkatan-pemda.csv, gives it as the first result. The search page's first results
 * are its name list ranked by src/domain/name-match.ts (src/client/search.ts), checked here on the
 * list the build writes (`/cari/nama.json`, nameRecords) for a national folder of all 552 pemda.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { writeNationalFolder } from '../../src/data/national-folder.ts';
import { byName } from '../../src/domain/name-match.ts';
import { NATIONAL } from '../../src/domain/national/options.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { pemdaShortNames } from '../../src/site/pemda-short-names.ts';
import { nameRecords, type NameRecord } from '../../src/site/search-records.ts';

const PEMDA = new Set(['provinsi', 'kabupaten', 'kota']);

let dataset: Dataset;
let records: NameRecord[];
const first = (query: string): string | undefined => byName(records, query, (record) => record)[0]?.nama;

beforeAll(() => {
  // Every pemda of the national folder; two editions and a few OPD each keep it quick.
  const dir = join(mkdtempSync(join(tmpdir(), 'rapor-search-order-')), 'data');
  writeNationalFolder(dir, { ...NATIONAL, dari: 2023, hingga: 2024, opdPerPemda: 3 });
  const loaded = loadDataFolder(dir);
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message.en).join('\n'));
  dataset = loaded.dataset;
  records = nameRecords(dataset, 'id', pemdaShortNames);
}, 120_000);

describe('search order on the national folder', () => {
  it('lists every pemda and K/L by name, and no OPD', () => {
    const pemda = dataset.instansi.filter((instansi) => PEMDA.has(instansi.jenis));
    expect(pemda).toHaveLength(552);
    expect(records.map((record) => record.kode)).toEqual(dataset.instansi.filter((instansi) => instansi.jenis !== 'opd').map((instansi) => instansi.kode));
  });

  it('gives every pemda first for its name, and for each of its short names', () => {
    const missed: string[] = [];
    for (const record of records.filter((one) => PEMDA.has(one.jenis))) {
      for (const query of [record.nama, ...record.lain]) if (first(query) !== record.nama) missed.push(`${query} → ${first(query)}, not ${record.nama}`);
    }
    expect(missed).toEqual([]);
    // The short names reached every pemda they name.
    expect(records.filter((record) => record.lain.length > 0).length).toBe(new Set([...pemdaShortNames.keys()]).size);
  });

  it('gives a pemda first for its name without Kabupaten or Kota wherever no other pemda has that name', () => {
    const bare = (nama: string) => nama.replace(/^(?:Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) /, '').trim();
    const counts = new Map<string, number>();
    for (const record of records) counts.set(bare(record.nama).toLowerCase(), (counts.get(bare(record.nama).toLowerCase()) ?? 0) + 1);
    const missed = records
      .filter((record) => record.jenis === 'kabupaten' || record.jenis === 'kota')
      .filter((record) => counts.get(bare(record.nama).toLowerCase()) === 1 && first(bare(record.nama)) !== record.nama)
      .map((record) => `${bare(record.nama)} → ${first(bare(record.nama))}`);
    expect(missed).toEqual([]);
  });

  it('answers the queries of issue 20 with the instansi named', () => {
    expect(first('Lahat')).toBe('Kabupaten Lahat');
    expect(first('Palembang')).toBe('Kota Palembang');
    expect(first('Sumatera Selatan')).toBe('Sumatera Selatan');
    expect(first('Aceh')).toBe('Aceh');
    expect(first('Papua')).toBe('Papua');
    expect(first('PALI')).toBe('Kabupaten Penukal Abab Lematang Ilir');
    expect(first('OKU Timur')).toBe('Kabupaten Ogan Komering Ulu Timur');
    expect(first('16.04')).toBe('Kabupaten Lahat');
    // A name shared by a kabupaten and a kota: both, before the names that start with it.
    expect(byName(records, 'Bandung', (record) => record).map((record) => record.nama).slice(0, 3)).toEqual(['Kabupaten Bandung', 'Kota Bandung', 'Kabupaten Bandung Barat']);
  });
});
