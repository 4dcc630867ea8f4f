/**
 * The download files of a real build: the example (data/) and the hostile fixture, each built once
 * with `npm run build`. Every promised file exists, SHA256SUMS verifies with sha256sum, the data
 * package validates against the official Frictionless profile and matches its files, JSON keeps the
 * values of data/, and no CSV cell can run as a formula.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv-draft-04';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { CSV_BOM } from '../../src/domain/unduh/spreadsheet-csv.ts';
import { DATASET_KINDS } from '../../src/domain/rules.ts';
import { formatBytes } from '../../src/i18n/ui-unduh.ts';
import { HOSTILE } from '../fixtures/site.ts';
import { root } from '../support/build.ts';
import { SHARED_SITE_TIMEOUT, sharedSite } from '../support/sites.ts';

const PROFILE = join(root, 'test', 'fixtures', 'frictionless', 'tabular-data-package.json');

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const cellsOf = (csv: string): string[][] => Papa.parse<string[]>(csv.slice(CSV_BOM.length), { newline: '\r\n', skipEmptyLines: true }).data;

let dist: string;
let unduh: string;
let dataset: Dataset;
const read = (path: string) => readFileSync(join(unduh, path), 'utf8');

beforeAll(async () => {
  ({ dist } = await sharedSite('example-no-pdf'));
  unduh = join(dist, 'unduh');
  const loaded = loadDataFolder(join(root, 'data'));
  if (!loaded.ok) throw new Error('data/ does not validate');
  dataset = loaded.dataset;
}, SHARED_SITE_TIMEOUT);

describe('the downloads of the example site', () => {
  it('writes every promised file, and nothing else', () => {
    const expected = [
      ...DATASET_KINDS.flatMap((kind) => [`${kind}.csv`, `${kind}.json`]),
      // Each edition's files named by their year, and at their former addresses (docs/data.md: paths are permanent).
      ...dataset.editions.flatMap((e) =>
        DATASET_KINDS.filter((kind) => e.datasets[kind]).flatMap((kind) => [`${e.tahun}/${kind}-${e.tahun}.csv`, `${e.tahun}/${kind}-${e.tahun}.json`, `${e.tahun}/${kind}.csv`, `${e.tahun}/${kind}.json`]),
      ),
      'instansi.csv',
      'instansi.json',
      'koreksi.csv',
      'koreksi.json',
      ...dataset.instansi.flatMap((i) => [`instansi/${i.kode}.csv`, `instansi/${i.kode}.json`]),
      'datapackage.json',
      'SHA256SUMS',
    ].sort();
    expect(filesUnder(unduh)).toEqual(expected);
  });

  it('keeps each edition file’s former address, a hard link to the named file', () => {
    for (const e of dataset.editions) {
      for (const kind of DATASET_KINDS.filter((k) => e.datasets[k])) {
        for (const ext of ['csv', 'json']) {
          const [named, former] = [`${e.tahun}/${kind}-${e.tahun}.${ext}`, `${e.tahun}/${kind}.${ext}`].map((path) => join(unduh, path));
          expect(statSync(former!).ino, former).toBe(statSync(named!).ino);
          expect(read(`${e.tahun}/${kind}.${ext}`)).toBe(read(`${e.tahun}/${kind}-${e.tahun}.${ext}`));
        }
      }
    }
  });

  it('lists every other file in SHA256SUMS, sorted, and sha256sum -c verifies them', () => {
    const lines = read('SHA256SUMS').trimEnd().split('\n');
    const paths = lines.map((line) => line.slice(66));
    expect(paths).toEqual(filesUnder(unduh).filter((p) => p !== 'SHA256SUMS'));
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : 1)));
    const check = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: unduh, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('has a datapackage.json valid against the Frictionless tabular-data-package profile, matching its files', () => {
    const pkg = JSON.parse(read('datapackage.json')) as {
      resources: { name: string; path: string; bytes: number; hash: string; schema: { fields: { name: string; type: string }[]; foreignKeys: { fields: string[]; reference: { resource: string } }[] } }[];
    };
    const uri = { validate: (s: string) => URL.canParse(s) };
    const ajv = new Ajv({ allErrors: true, strict: false, formats: { uri, textarea: true, email: /^[^@\s]+@[^@\s]+$/, 'date-time': true } });
    const validate = ajv.compile(JSON.parse(readFileSync(PROFILE, 'utf8')) as object);
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    expect(pkg.resources.map((r) => r.name)).toEqual([...DATASET_KINDS, 'instansi', 'koreksi']);
    for (const resource of pkg.resources) {
      const bytes = readFileSync(join(unduh, resource.path));
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      const csv = bytes.toString('utf8');
      expect(csv.startsWith(CSV_BOM), resource.path).toBe(true);
      expect(cellsOf(csv)[0], resource.path).toEqual(resource.schema.fields.map((f) => f.name));
      // Every foreign key holds: a dataset's kode, induk and kode_provinsi are kodes of instansi.csv.
      const registry = new Set(dataset.instansi.map((i) => i.kode as string));
      for (const key of resource.schema.foreignKeys) {
        if (key.reference.resource !== 'instansi') continue;
        const index = cellsOf(csv)[0]!.indexOf(key.fields[0]!);
        for (const cells of cellsOf(csv).slice(1)) if (cells[index] !== '') expect(registry, `${resource.path} ${key.fields[0]} ${cells[index]}`).toContain(cells[index]);
      }
      // Numbers are machine-readable: a decimal point, no quotes, no thousands separator.
      for (const field of resource.schema.fields.filter((f) => f.type === 'number' || f.type === 'integer')) {
        const index = resource.schema.fields.indexOf(field);
        for (const cells of cellsOf(csv).slice(1)) if (cells[index] !== '') expect(cells[index], `${resource.path} ${field.name}`).toMatch(/^\d+(\.\d+)?$/);
      }
    }
  });

  it('keeps in JSON the values of data/, and the CSV says the same', () => {
    for (const kind of DATASET_KINDS) {
      const json = JSON.parse(read(`${kind}.json`)) as { rows: Record<string, unknown>[] };
      const csv = cellsOf(read(`${kind}.csv`));
      const header = csv[0]!;
      const expected = dataset.editions
        .filter((e) => e.edisi.status === 'terbit')
        .flatMap((e) => ((e.datasets[kind] ?? []) as unknown as Record<string, unknown>[]).map((row): Record<string, unknown> => ({ ...row, tahun: e.tahun })));
      expect(json.rows).toHaveLength(expected.length);
      expect(csv).toHaveLength(expected.length + 1);
      json.rows.forEach((row, i) => {
        const source = expected.find((r) => r.tahun === row.tahun && r.kode === row.kode)!;
        const instansi = dataset.instansi.find((it) => it.kode === row.kode)!;
        expect([row.jenis, row.induk], String(row.kode)).toEqual([instansi.jenis, instansi.induk ?? null]);
        for (const [column, value] of Object.entries(row)) {
          if (['tahun', 'status_edisi', 'nama', 'jenis', 'induk', 'kode_provinsi'].includes(column)) continue;
          expect(value, `${kind} ${row.tahun} ${String(row.kode)} ${column}`).toEqual(source[column] ?? null);
          const cell = csv[i + 1]![header.indexOf(column)];
          if (typeof value === 'number') expect(Number(cell), column).toBe(value);
          else expect(cell, column).toBe(value === null ? '' : String(value));
        }
      });
    }
  });

  it('writes every number as its edition wrote it (85,80 is 85.80), in CSV and JSON alike', () => {
    let zeros = 0;
    for (const edition of dataset.editions) {
      for (const kind of DATASET_KINDS.filter((k) => edition.datasets[k])) {
        const source = Papa.parse<Record<string, string>>(readFileSync(join(root, 'data', String(edition.tahun), `${kind}.csv`), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, transformHeader: (name) => name.trim().toLowerCase() }).data;
        const csv = cellsOf(read(`${edition.tahun}/${kind}-${edition.tahun}.csv`));
        const json = read(`${edition.tahun}/${kind}-${edition.tahun}.json`);
        const numbers = Object.keys(source[0]!).filter((column) => column !== 'kode' && source.some((r) => /^\d+[.,]\d+$/.test(r[column] ?? '')));
        for (const written of source) {
          const cells = csv.find((c) => c[csv[0]!.indexOf('kode')] === written.kode)!;
          for (const column of numbers.filter((c) => written[c] !== '')) {
            const published = written[column]!.replace(',', '.');
            expect(cells[csv[0]!.indexOf(column)], `${edition.tahun} ${kind} ${written.kode} ${column}`).toBe(published);
            expect(json, `${edition.tahun} ${kind} ${written.kode} ${column}`).toContain(`"${column}":${published}`);
            if (published.endsWith('0')) zeros++;
          }
        }
      }
    }
    // data/ writes trailing zeros (88,00, 82.40): the test saw them.
    expect(zeros).toBeGreaterThan(10);
  });

  it('lists the files on /data/ with their true sizes, in both languages, the long files saved with their years', () => {
    const years = (kind: (typeof DATASET_KINDS)[number]) => dataset.editions.filter((e) => e.edisi.status === 'terbit' && e.datasets[kind]).map((e) => e.tahun);
    for (const [page, lang] of [['data/index.html', 'id'], ['en/data/index.html', 'en']] as const) {
      const html = readFileSync(join(dist, page), 'utf8');
      for (const kind of DATASET_KINDS) {
        const span = `${Math.min(...years(kind))}-${Math.max(...years(kind))}`;
        expect(html).toContain(`href="/unduh/${kind}.csv" download="${kind}-${span}.csv"`);
      }
      expect(html).not.toContain('href="/unduh/2025/opd.json"');
      for (const path of ['sakip.csv', 'opd.json', '2025/opd-2025.json', 'instansi.csv', 'koreksi.json', 'datapackage.json']) {
        expect(html, path).toContain(`href="/unduh/${path}"`);
        expect(html, path).toContain(`(${formatBytes(readFileSync(join(unduh, path)).length, lang)})`);
      }
      expect(html).toContain('href="/unduh/SHA256SUMS"');
    }
  });
});

describe('the downloads of hostile data', () => {
  let hostile: string;
  beforeAll(async () => {
    hostile = join((await sharedSite('fixture-no-pdf')).dist, 'unduh');
  }, SHARED_SITE_TIMEOUT);

  it('neutralise every CSV cell that could start a formula, and keep the original in JSON', () => {
    let checked = 0;
    for (const path of filesUnder(hostile).filter((p) => p.endsWith('.csv'))) {
      for (const cells of cellsOf(readFileSync(join(hostile, path), 'utf8'))) {
        for (const cell of cells) {
          checked++;
          if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
          expect(cell, `${path}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    const registry = cellsOf(readFileSync(join(hostile, 'instansi.csv'), 'utf8'));
    expect(registry.find((cells) => cells[0] === '16.74.disdik')![1]).toBe(`'${HOSTILE.formula}`);
    const json = JSON.parse(readFileSync(join(hostile, 'instansi.json'), 'utf8')) as { rows: { kode: string; nama: string }[] };
    expect(json.rows.find((r) => r.kode === '16.74.disdik')!.nama).toBe(HOSTILE.formula);
    const own = JSON.parse(readFileSync(join(hostile, 'instansi', '16.74.disdik.json'), 'utf8')) as { instansi: { nama: string }; datasets: Record<string, { nama: string }[]> };
    expect(own.instansi.nama).toBe(HOSTILE.formula);
    expect(Object.values(own.datasets).flat().every((row) => row.nama === HOSTILE.formula)).toBe(true);
    expect(readFileSync(join(hostile, 'instansi', '16.74.disdik.csv'), 'utf8')).toContain(`'${HOSTILE.formula.replace(/"/g, '""')}`);
  });
});
