/**
 * Search order over every pemda of the national folder (issue 20): typing a pemda's name, or a short
 * name of reference/singkatan-pemda.csv, gives it as the first result. The search page's first results
 * are its name list ranked by src/domain/name-match.ts (src/client/cari.ts), checked here on the
 * list the build writes (`/cari/nama.json`, nameRecords) for a national folder of all 552 pemda; so is
 * the compare picker, which suggests from that list and the OPD lists of the pemda a query names
 * (`/cari/opd/<kode>.json`, opdNames; src/domain/pick-match.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { writeNationalFolder } from '../../src/bench/national-folder.ts';
import { byName } from '../../src/domain/name-match.ts';
import { parentsNamed, suggestions, type Pickable } from '../../src/domain/pick-match.ts';
import { NATIONAL } from '../../src/bench/national/options.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { pemdaShortNames } from '../../src/site/pemda-short-names.ts';
import { nameRecords, opdNames, type NameRecord } from '../../src/site/cari-records.ts';

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

describe('the compare picker on the national folder', () => {
  /** What the picker suggests first for `query`: from the name list and the OPD lists of the pemda the query names, as the page fetches them. */
  const picked = (query: string): string | undefined => {
    const lists = opdNames(dataset, pemdaShortNames);
    const opd = parentsNamed(records.filter((record) => lists.has(record.kode)), query).flatMap((parent) =>
      lists.get(parent.kode)!.map((one): Pickable => ({ ...one, jenis: 'opd', induk: [parent.nama, ...parent.lain] })),
    );
    return suggestions<Pickable>([...records, ...opd], query)[0]?.candidate.kode;
  };

  it('finds every pemda by its name, and every OPD by its name or by its abbreviation with its pemda’s short name', () => {
    const missed: string[] = [];
    let abbreviated = 0;
    for (const record of records.filter((one) => PEMDA.has(one.jenis))) if (picked(record.nama) !== record.kode) missed.push(`${record.nama} → ${picked(record.nama)}`);
    for (const [induk, opd] of opdNames(dataset, pemdaShortNames)) {
      const parent = records.find((record) => record.kode === induk)!;
      for (const one of opd) {
        if (picked(one.nama) !== one.kode) missed.push(`${one.nama} → ${picked(one.nama)}`);
        // "Dinkes PALI": the OPD's first abbreviation and the pemda's first short name, where both exist.
        const [singkatan] = one.lain;
        const [short] = parent.lain;
        if (singkatan === undefined || short === undefined) continue;
        abbreviated++;
        if (picked(`${singkatan} ${short}`) !== one.kode) missed.push(`${singkatan} ${short} → ${picked(`${singkatan} ${short}`)}`);
      }
    }
    expect(missed).toEqual([]);
    expect(abbreviated).toBeGreaterThan(100);
  });
});
