/**
 * `npm run validate -- --fix-format`: files in mixed forms become canonical, each keeping its
 * delimiter, decimal mark, BOM and line ending; what the data says never changes, and a rewrite that
 * would change it is refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFixFormat, writeFixes } from '../../src/commands/fix-format.ts';
import { loadDataFolder } from '../../src/data/load.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { BASE, edit, json, writeFolder } from '../fixtures/folder.ts';
import { npmRun } from '../support/npm.ts';


/** Headers as other spreadsheets name them, cells with stray spaces, an empty row Excel left behind. */
const MESSY = {
  '2024/kepatuhan.csv': (base: string) =>
    edit('kode;nama;nilai;zona;', 'Kode Wilayah;Nama Instansi;Skor;Zona Kepatuhan;')(edit(';72,35;', ';72,35  ;')(base)) + ';;;;;;\r\n',
  '2024/opd.csv': (base: string) => edit('kode,nama,nilai,predikat', 'KODE,Nama,Nilai,Predikat AKIP')(edit('Dinas Kesehatan,82.10', 'Dinas Kesehatan ,82.10')(base)) + '\n,,,,,\n',
};

/** A dataset without the line numbers (removing an empty row may move them): what the data says. */
const meaning = (dataset: Dataset) => JSON.parse(JSON.stringify(dataset, (key, value) => (key === 'asal' ? undefined : value)));

describe('--fix-format', () => {
  it('rewrites only the files out of form, into a form that validates and says exactly what the clean folder says', () => {
    const dir = writeFolder(MESSY);
    expect(loadDataFolder(dir).ok).toBe(false);
    const plan = planFixFormat(dir);
    expect(plan.changes.map((c) => c.path)).toEqual(['2024/kepatuhan.csv', '2024/opd.csv']);
    expect(plan.changes[0]!.diff).toContain('-Kode Wilayah;Nama Instansi;Skor;Zona Kepatuhan;kategori;sumber;catatan');
    expect(plan.changes[0]!.diff).toContain('+kode;nama;nilai;zona;kategori;sumber;catatan');
    writeFixes(dir, plan);

    const fixed = loadDataFolder(dir);
    const clean = loadDataFolder(writeFolder());
    expect(fixed.ok ? [] : fixed.problems).toEqual([]);
    expect(fixed.ok && clean.ok && meaning(fixed.dataset)).toEqual(clean.ok && meaning(clean.dataset));
    // The editor's form is kept: Excel's BOM, `;`, CRLF and decimal comma; the plain file's `,` and LF.
    expect(readFileSync(join(dir, '2024/kepatuhan.csv'), 'utf8')).toBe(BASE['2024/kepatuhan.csv']);
    expect(readFileSync(join(dir, '2024/opd.csv'), 'utf8')).toBe(BASE['2024/opd.csv']);
    expect(planFixFormat(dir).changes).toEqual([]);
  });

  it('refuses a rewrite that would change what a file says, and leaves the file as it is', () => {
    // "Skor" means nilai, but the file already has a nilai column: which one holds the score is the editor's call.
    const dir = writeFolder({ '2024/opd.csv': edit('kode,nama,nilai,predikat,peringkat,sumber', 'kode,nama,nilai,predikat,peringkat,sumber,Skor') });
    const plan = planFixFormat(dir);
    expect(plan.changes).toEqual([]);
    expect(plan.notes).toEqual([{ path: '2024/opd.csv', why: expect.objectContaining({ id: expect.stringContaining('dua kolom akan bernama nilai') }) }]);
  });

  it('leaves the files of a published edition alone: their lock holds their bytes', () => {
    const dir = writeFolder({ ...MESSY, '2024/edisi.json': json({ judul: 'Rapor 2024', status: 'terbit', tanggal_terbit: '2024-12-16' }) });
    const plan = planFixFormat(dir);
    expect(plan.changes).toEqual([]);
    expect(plan.notes.map((n) => n.path)).toEqual(['2024/']);
  });

  it('shows the diff and asks for --yes before writing anything', () => {
    const dir = writeFolder(MESSY);
    const run = (...args: string[]) => npmRun('validate', ['--fix-format', ...args], { dataDir: dir });
    const shown = run();
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('+++ b/2024/opd.csv');
    expect(shown.stdout).toContain('--fix-format --yes');
    expect(readFileSync(join(dir, '2024/opd.csv'), 'utf8')).toBe(MESSY['2024/opd.csv'](BASE['2024/opd.csv']!));
    const written = run('--yes');
    expect(written.status, written.stderr).toBe(0);
    expect(written.stdout).toContain('2 berkas ditulis ulang');
    expect(written.stdout).toContain('Data valid');
  });
});
