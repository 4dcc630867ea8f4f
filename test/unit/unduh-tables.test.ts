/**
 * The download tables and files built from a real, validated folder (the site fixture: two published
 * editions across the rule changes, a draft, a renamed OPD, hostile names; the base folder for what
 * an edition wrote: decimals, a former name, a K/L).
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { editionFiles, instansiFiles, longFiles, registryFiles, tableCsv } from '../../src/domain/unduh/files.ts';
import { CSV_BOM } from '../../src/domain/unduh/spreadsheet-csv.ts';
import { datasetTable, instansiRowsTable, koreksiTable, registryTable } from '../../src/domain/unduh/tables.ts';
import type { Kode } from '../../src/domain/kode.ts';
import { sakipFields } from '../../src/domain/schema/sakip.ts';
import { append, edit } from '../fixtures/folder.ts';
import { HOSTILE, writeSiteFolder } from '../fixtures/site.ts';
import { temporaryFolders } from '../support/bad-folder.ts';

let dataset: Dataset;
beforeAll(() => {
  const loaded = loadDataFolder(writeSiteFolder());
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  dataset = loaded.dataset;
});

const published = () => dataset.editions.filter((e) => e.edisi.status === 'terbit');
const fileOf = (files: { path: string; content: string }[], path: string) => files.find((f) => f.path === path)!.content;
/** A CSV file's cells, as a spreadsheet would read them (BOM removed). */
const cellsOf = (csv: string): string[][] => Papa.parse<string[]>(csv.slice(CSV_BOM.length), { newline: '\r\n', skipEmptyLines: true }).data;

describe('long format', () => {
  it('has one row per published edition and kode, by tahun then kode, with the year, status, the registry name and context', () => {
    const table = datasetTable(dataset, 'opd', published());
    expect(table.columns.map((c) => c.name)).toEqual(['tahun', 'status_edisi', 'kode', 'nama', 'jenis', 'induk', 'kode_provinsi', 'nilai', 'predikat', 'peringkat', 'sumber', 'catatan']);
    const keys = table.rows.map((r) => `${r.tahun} ${r.kode}`);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(table.rows.map((r) => r.tahun))).toEqual(new Set(published().filter((e) => e.datasets.opd).map((e) => e.tahun)));
    expect(new Set(table.rows.map((r) => r.status_edisi))).toEqual(new Set(['terbit']));
    const disdik = table.rows.find((r) => r.kode === '16.74.disdik')!;
    expect(disdik.nama).toBe(HOSTILE.formula);
    expect([disdik.jenis, disdik.induk, disdik.kode_provinsi]).toEqual(['opd', '16.74', '16']);
    // Derived values are written; keys in column order.
    expect(typeof disdik.peringkat).toBe('number');
    expect(Object.keys(disdik)).toEqual(table.columns.map((c) => c.name));
  });

  it('writes an absent value as null in JSON and an empty cell in CSV, never 0', () => {
    const table = datasetTable(dataset, 'sakip', published());
    const numeric = table.columns.filter((c) => ['nilai', 'perencanaan', 'pengukuran', 'pelaporan', 'evaluasi_internal', 'capaian'].includes(c.name)).map((c) => c.name);
    const index = table.rows.findIndex((r) => numeric.some((name) => r[name] === null));
    expect(index).toBeGreaterThanOrEqual(0);
    const column = numeric.find((name) => table.rows[index]![name] === null)!;
    const csv = cellsOf(tableCsv(table));
    expect(csv[index + 1]![csv[0]!.indexOf(column)]).toBe('');
  });

  it('follows the schema: every column of sakip.csv but the editors’ nama, after tahun, status_edisi, kode, nama, jenis, induk and kode_provinsi', () => {
    const names = datasetTable(dataset, 'sakip', []).columns.map((c) => c.name);
    expect(names.slice(0, 7)).toEqual(['tahun', 'status_edisi', 'kode', 'nama', 'jenis', 'induk', 'kode_provinsi']);
    expect(names.slice(7)).toEqual(Object.keys(sakipFields).filter((k) => k !== 'kode' && k !== 'nama'));
  });

  it('leaves drafts out of the long files and marks them in their edition files', () => {
    const draft = dataset.editions.find((e) => e.edisi.status === 'draf')!;
    const kind = (['sakip', 'kepatuhan', 'opd'] as const).find((k) => draft.datasets[k] !== undefined)!;
    const long = JSON.parse(fileOf(longFiles(dataset), `${kind}.json`)) as { edisi: { tahun: number }[]; rows: { tahun: number }[] };
    expect(long.rows.some((r) => r.tahun === draft.tahun)).toBe(false);
    expect(long.edisi.map((e) => e.tahun)).not.toContain(draft.tahun);
    const files = editionFiles(dataset);
    const json = JSON.parse(fileOf(files, `${draft.tahun}/${kind}-${draft.tahun}.json`)) as { edisi: { status_edisi: string; catatan: string }[]; rows: { status_edisi: string }[] };
    expect(json.edisi[0]!.status_edisi).toBe('draf');
    expect(json.edisi[0]!.catatan).toMatch(/^Edisi draf/);
    expect(json.rows.length).toBeGreaterThan(0);
    expect(new Set(json.rows.map((r) => r.status_edisi))).toEqual(new Set(['draf']));
    const csv = cellsOf(fileOf(files, `${draft.tahun}/${kind}-${draft.tahun}.csv`));
    expect(new Set(csv.slice(1).map((cells) => cells[1]))).toEqual(new Set(['draf']));
  });
});

describe('as published, with context (issue 20)', () => {
  const folder = temporaryFolders();
  let base: Dataset;
  beforeAll(() => {
    const loaded = loadDataFolder(
      folder({
        // A K/L beside the pemda; the OPD row named by its former name, spelt otherwise than instansi.csv spells it.
        'instansi.csv': append('kemenpanrb,Kementerian PANRB,kementerian,,,,,'),
        '2024/sakip.csv': append('kemenpanrb,,A,80.10,,,,,,LHE AKIP 2024 KemenPAN-RB,'),
        '2024/kepatuhan.csv': edit('84,12', '84,10'),
        '2024/opd.csv': edit('16.74.pupr,Dinas Pekerjaan Umum dan Penataan Ruang,', '16.74.pupr,dinas  pu,'),
      }),
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    base = loaded.dataset;
  });

  it('names an edition’s files by dataset and year, and keeps the former address with the same bytes', () => {
    const files = editionFiles(base);
    for (const kind of ['sakip', 'kepatuhan', 'opd'] as const) {
      for (const ext of ['csv', 'json'] as const) {
        expect(files.filter((f) => f.path === `2024/${kind}-2024.${ext}`)).toHaveLength(1);
        expect(fileOf(files, `2024/${kind}.${ext}`)).toBe(fileOf(files, `2024/${kind}-2024.${ext}`));
      }
    }
  });

  it('writes numbers with the decimals the edition wrote, in CSV and JSON alike', () => {
    const files = editionFiles(base);
    const csv = cellsOf(fileOf(files, '2024/kepatuhan-2024.csv'));
    const nilai = csv[0]!.indexOf('nilai');
    // 84,10 and 72,35 as Indonesian Excel wrote them; 84,10 is not 84.1.
    expect(csv.slice(1).map((cells) => cells[nilai])).toEqual(['84.10', '72.35']);
    const json = fileOf(files, '2024/kepatuhan-2024.json');
    expect(json).toContain('"nilai":84.10,');
    expect(json).toContain('"nilai":72.35,');
    // Still a number for every JSON reader, the same value as validated.
    expect((JSON.parse(json) as { rows: { nilai: number }[] }).rows.map((r) => r.nilai)).toEqual([84.1, 72.35]);
    const sakip = cellsOf(fileOf(files, '2024/sakip-2024.csv'));
    const column = (name: string) => sakip.slice(1).map((cells) => cells[sakip[0]!.indexOf(name)]);
    expect(column('nilai')).toEqual(['72.50', '65.20', '80.10']);
    expect(column('perencanaan')).toEqual(['22.00', '20.00', '']);
    expect(fileOf(files, '2024/sakip-2024.json')).toContain('"nilai":72.50,"perencanaan":22.00,"pengukuran":21.50,"pelaporan":11.00,"evaluasi_internal":18.00,"capaian":null');
  });

  it('gives each row its name in that edition, jenis, induk and province, K/L after the pemda', () => {
    const sakip = datasetTable(base, 'sakip', base.editions);
    expect(sakip.rows.map((r) => [r.kode, r.nama, r.jenis, r.induk, r.kode_provinsi])).toEqual([
      ['16', 'Sumatera Selatan', 'provinsi', null, '16'],
      ['16.74', 'Kota Prabumulih', 'kota', '16', '16'],
      ['kemenpanrb', 'Kementerian PANRB', 'kementerian', null, null],
    ]);
    const opd = datasetTable(base, 'opd', base.editions);
    // The former name as instansi.csv spells it; the others their current name.
    expect(opd.rows.map((r) => [r.kode, r.nama, r.induk, r.kode_provinsi])).toEqual([
      ['16.74.bapenda', 'Badan Pendapatan Daerah', '16.74', '16'],
      ['16.74.dinkes', 'Dinas Kesehatan', '16.74', '16'],
      ['16.74.disdik', 'Dinas Pendidikan', '16.74', '16'],
      ['16.74.pupr', 'Dinas PU', '16.74', '16'],
    ]);
  });
});

describe('registry and corrections', () => {
  it('lists every instansi by kode, former names joined by | in CSV and a list in JSON', () => {
    const table = registryTable(dataset);
    expect(table.rows.map((r) => r.kode)).toEqual(dataset.instansi.map((i) => i.kode).sort((a, b) => (a < b ? -1 : 1)));
    const pupr = table.rows.find((r) => r.kode === '16.74.pupr')!;
    expect(pupr.nama_lain).toEqual(['Dinas Pekerjaan Umum Lama']);
    const csv = cellsOf(fileOf(registryFiles(dataset), 'instansi.csv'));
    expect(csv[0]).toEqual(['kode', 'nama', 'jenis', 'induk', 'nama_lain', 'aktif_sejak', 'aktif_hingga', 'pengganti']);
    expect(csv.find((cells) => cells[0] === '16.74.pupr')![4]).toBe('Dinas Pekerjaan Umum Lama');
  });

  it('numbers corrections as the site does', () => {
    expect(koreksiTable(dataset).rows.map((r) => r.nomor)).toEqual(dataset.koreksi.map((k) => k.nomor));
    expect(koreksiTable(dataset).columns[0]!.name).toBe('nomor');
  });
});

describe('one instansi’s rows', () => {
  it('holds every dataset and year, drafts included, by dataset then tahun, grouped by dataset in JSON', () => {
    const kode = '16.74' as Kode;
    const table = instansiRowsTable(dataset, kode);
    expect(table.columns[0]!.name).toBe('dataset');
    expect(table.columns.slice(-2).map((c) => c.name)).toEqual(['sumber', 'catatan']);
    const expected = (['sakip', 'kepatuhan', 'opd'] as const).flatMap((kind) =>
      dataset.editions.flatMap((e) => ((e.datasets[kind] ?? []) as { kode: string }[]).some((r) => r.kode === kode) ? [`${kind} ${e.tahun} ${e.edisi.status}`] : []),
    );
    expect(table.rows.map((r) => `${r.dataset} ${r.tahun} ${r.status_edisi}`)).toEqual(expected);
    expect(table.rows.every((r) => r.nama === 'Kota Prabumulih' && r.jenis === 'kota' && r.induk === '16' && r.kode_provinsi === '16')).toBe(true);
    const [csv, json] = instansiFiles(dataset, kode);
    expect(csv!.path).toBe('instansi/16.74.csv');
    // 60.00 and 65.00 as the 2021 edition wrote them.
    expect(cellsOf(csv!.content).slice(1).map((cells) => cells[cellsOf(csv!.content)[0]!.indexOf('nilai')])).toContain('60.00');
    expect(json!.content).toContain('"nilai":65.00,');
    const parsed = JSON.parse(json!.content) as { instansi: { kode: string }; datasets: Record<string, { tahun: number; dataset?: string }[]> };
    expect(parsed.instansi.kode).toBe(kode);
    expect(Object.keys(parsed.datasets)).toEqual(['sakip', 'kepatuhan', 'opd']);
    expect(Object.values(parsed.datasets).flat()).toHaveLength(table.rows.length);
    expect(Object.values(parsed.datasets).flat().some((r) => 'dataset' in r)).toBe(false);
  });
});

describe('formula injection through the serialiser, on real rows', () => {
  const CORPUS = ['=HYPERLINK("http://evil.example";"klik")', '=1+1', '+62 811', '-2+3', '@SUM(A1)', '\t=1', '\r=1', "=cmd|' /C calc'!A0"];

  it('makes every hostile cell inert in CSV and keeps it exact in JSON', () => {
    const rows = published().flatMap((e) => e.datasets.sakip ?? []);
    // Real rows of the fixture, their free-text cells replaced by the corpus.
    const hostile: Dataset = {
      ...dataset,
      editions: dataset.editions.map((e) => ({
        ...e,
        datasets: { ...e.datasets, ...(e.datasets.sakip ? { sakip: e.datasets.sakip.map((row, i) => ({ ...row, sumber: CORPUS[i % CORPUS.length]!, catatan: CORPUS[(i + 1) % CORPUS.length]! })) } : {}) },
      })),
    };
    expect(rows.length).toBeGreaterThan(1);
    const files = longFiles(hostile);
    const csv = cellsOf(fileOf(files, 'sakip.csv'));
    const header = csv[0]!;
    const json = JSON.parse(fileOf(files, 'sakip.json')) as { rows: Record<string, unknown>[] };
    csv.slice(1).forEach((cells, i) => {
      for (const column of ['sumber', 'catatan']) {
        const cell = cells[header.indexOf(column)]!;
        const original = json.rows[i]![column] as string;
        expect(CORPUS).toContain(original);
        expect(cell).toBe(`'${original}`);
      }
      // Scores stay numbers, never quoted away.
      const nilai = cells[header.indexOf('nilai')]!;
      if (nilai !== '') expect(Number(nilai)).toBe(json.rows[i]!.nilai);
    });
    // The registry name `=HYPERLINK(` of the fixture too.
    const registry = cellsOf(fileOf(registryFiles(dataset), 'instansi.csv'));
    expect(registry.find((cells) => cells[0] === '16.74.disdik')![1]).toBe(`'${HOSTILE.formula}`);
  });
});
