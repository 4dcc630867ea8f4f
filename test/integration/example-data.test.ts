import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { riwayatOf } from '../../src/domain/riwayat.ts';
import type { Kode } from '../../src/domain/kode.ts';

const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
const result = loadDataFolder(dataDir);
const dataset = result.ok ? result.dataset : undefined;

describe('the example data folder', () => {
  it('validates', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('keeps some files in the form Indonesian Excel writes: BOM, semicolons, CRLF, decimal comma', () => {
    const bytes = readFileSync(`${dataDir}/2024/opd.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toContain(';');
    expect(text).toMatch(/;\d+,\d+;/);
  });

  it('has published editions 2020–2024 and one draft', () => {
    expect(dataset!.editions.map((e) => [e.tahun, e.edisi.status])).toEqual([
      [2020, 'terbit'], [2021, 'terbit'], [2022, 'terbit'], [2023, 'terbit'], [2024, 'terbit'], [2025, 'draf'],
    ]);
  });

  it('has ties in every year of OPD scores, ranked 1, 2, 2, 4 style', () => {
    for (const edition of dataset!.editions.filter((e) => e.edisi.status === 'terbit')) {
      const ranks = edition.datasets.opd!.map((row) => row.peringkat);
      const shared = ranks.filter((rank, i) => ranks.indexOf(rank) !== i);
      expect(shared.length, `ties in ${edition.tahun}`).toBeGreaterThan(0);
      for (const rank of shared) expect(ranks, `rank after a tie is skipped in ${edition.tahun}`).not.toContain(rank + 1);
    }
  });

  it('follows a renamed OPD by its kode and a merged one to its successor', () => {
    const renamed = dataset!.instansi.find((i) => i.jenis === 'opd' && i.nama_lain.length > 0 && i.aktif_hingga === undefined)!;
    expect(riwayatOf(dataset!, renamed.kode).opd.filter((e) => e.tahun <= 2024).map((e) => e.status)).toEqual(Array(5).fill('dinilai'));
    const merged = dataset!.instansi.find((i) => i.pengganti !== undefined)!;
    expect(dataset!.instansi.some((i) => i.kode === merged.pengganti && i.aktif_sejak === merged.aktif_hingga! + 1)).toBe(true);
    expect(riwayatOf(dataset!, merged.kode).opd.at(-1)?.status).toBe('tidak-aktif');
  });

  it('marks every figure of the fictional Kota Contoh as fictional in its source', () => {
    const rows = dataset!.editions.flatMap((e) => [...(e.datasets.sakip ?? []), ...(e.datasets.kepatuhan ?? []), ...(e.datasets.opd ?? [])]);
    const fictional = rows.filter((row) => row.kode.startsWith('99.71'));
    expect(fictional.length).toBeGreaterThan(100);
    for (const row of fictional) expect(row.sumber, `${row.asal.file}:${row.asal.line}`).toMatch(/fiktif/i);
  });

  it('carries the facts from regional news with their sources', () => {
    const kepatuhan2024 = dataset!.editions.find((e) => e.tahun === 2024)!.datasets.kepatuhan!;
    const banjarmasin = kepatuhan2024.find((row) => row.kode === ('63.71' as Kode))!;
    expect([banjarmasin.nilai, banjarmasin.zona, banjarmasin.kategori]).toEqual([95.45, 'hijau', 'A']);
    expect(banjarmasin.sumber).toContain('seputaran.id');
    const prabumulih = riwayatOf(dataset!, '16.74' as Kode).sakip.flatMap((e) => (e.status === 'dinilai' ? [[e.tahun, e.row.predikat, e.row.nilai]] : []));
    expect(prabumulih).toEqual([[2021, 'B', undefined], [2022, 'B', undefined], [2023, 'B', undefined]]);
  });
});
