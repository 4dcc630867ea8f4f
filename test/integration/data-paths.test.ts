/**
 * Every path from data stays inside the data folder (issue 19, finding 2): situs.json's `logo` with
 * `..` or an absolute path, symbolic links (to a file outside, to a folder, broken, or even to a file
 * inside) and special files, each a problem at its place; nothing is followed, nothing from outside
 * appears in a message, and nothing crashes. Positions are counted from test/fixtures/folder.ts
 * (situs.json: `{`, nama, url, then logo on line 4 at column 3).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { npmRun } from '../support/npm.ts';
import { json, lines, SITUS, writeFolder } from '../fixtures/folder.ts';
import { publishedFolder } from '../locks/published-folder.ts';

/** A file outside every data folder, with a line no message may ever show. */
const SECRET = 'RAHASIA-di-luar-folder-data';
const outsideFile = (): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'rapor-outside-')), 'secret.csv');
  writeFileSync(file, lines('kode,nama,nilai,predikat,peringkat,sumber', `16.74.dinkes,${SECRET},82.10,A,1,x`));
  return file;
};

/** The base folder with `situs.json`'s logo set, and `links` (path in the folder → target) made. */
function folder(logo: string | undefined, links: Record<string, string> = {}): string {
  const dir = writeFolder(logo === undefined ? {} : { 'situs.json': json({ ...SITUS, logo }) });
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(dir, path));
  return dir;
}

const problemsOf = (dir: string): string[] => {
  const result = loadDataFolder(dir);
  const problems = result.ok ? [] : result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message.id}`);
  const all = result.ok ? '' : JSON.stringify(result.problems);
  expect(all).not.toContain(SECRET);
  expect(all).not.toContain('root:');
  return problems;
};

describe('paths from data stay inside the data folder', () => {
  it('refuses a logo path with .. or an absolute path', () => {
    expect(problemsOf(folder('../../../../etc/passwd'))).toEqual(['situs.json:4:3: jalur berkas logo "../../../../etc/passwd" keluar dari folder data']);
    expect(problemsOf(folder('/etc/passwd'))).toEqual(['situs.json:4:3: jalur berkas logo "/etc/passwd" keluar dari folder data']);
    expect(problemsOf(folder('img/../../x.svg'))).toEqual(['situs.json:4:3: jalur berkas logo "img/../../x.svg" keluar dari folder data']);
  });

  it('refuses a symlinked logo, or a logo in a symlinked folder, without following it', () => {
    expect(problemsOf(folder('logo.svg', { 'logo.svg': '/etc/passwd' }))).toEqual(['logo.svg:1:1: "logo.svg" adalah tautan (symlink), bukan berkas', 'situs.json:4:3: "logo.svg" adalah tautan (symlink), bukan berkas']);
    expect(problemsOf(folder('img/passwd', { img: '/etc' }))).toEqual(['img:1:1: "img" adalah tautan (symlink), bukan berkas', 'situs.json:4:3: "img/passwd" adalah tautan (symlink), bukan berkas']);
  });

  it('refuses a symlinked CSV without printing its lines', () => {
    const dir = folder(undefined);
    const opd = join(dir, '2024/opd.csv');
    rmSync(opd);
    symlinkSync(outsideFile(), opd);
    expect(problemsOf(dir)).toEqual(['2024/opd.csv:1:1: "opd.csv" adalah tautan (symlink), bukan berkas']);
  });

  it('refuses a symlinked CSV in a published edition without comparing its lines with the lock', () => {
    const dir = publishedFolder();
    rmSync(join(dir, '2024/opd.csv'));
    symlinkSync(outsideFile(), join(dir, '2024/opd.csv'));
    expect(problemsOf(dir)).toEqual(['2024/opd.csv:1:1: "opd.csv" adalah tautan (symlink), bukan berkas']);
  });

  it('reports a broken link as a problem, not a crash, and a link inside the folder too', () => {
    const dir = folder(undefined, { '2024/narasi': join(tmpdir(), 'rapor-no-such-folder'), '2023': '2024' });
    expect(problemsOf(dir)).toEqual(['2023:1:1: "2023" adalah tautan (symlink), bukan berkas', '2024/narasi:1:1: "narasi" adalah tautan (symlink), bukan berkas']);
    const broken = folder(undefined);
    rmSync(join(broken, 'instansi.csv'));
    symlinkSync(join(broken, 'no-such-file.csv'), join(broken, 'instansi.csv'));
    expect(problemsOf(broken)).toContain('instansi.csv:1:1: "instansi.csv" adalah tautan (symlink), bukan berkas');
    expect(problemsOf(broken)).not.toContain('instansi.csv:1:1: instansi.csv tidak ada');
  });

  it('refuses a special file (a named pipe) without reading it', () => {
    const dir = folder(undefined);
    expect(spawnSync('mkfifo', [join(dir, '2024', 'kepatuhan.csv.pipe')]).status).toBe(0);
    expect(problemsOf(dir)).toEqual(['2024/kepatuhan.csv.pipe:1:1: "kepatuhan.csv.pipe" bukan berkas biasa']);
  });

  it('npm run validate reports a broken link with its place and no stack trace', () => {
    const dir = folder(undefined, { '2024/sakip.csv.lama': join(tmpdir(), 'rapor-no-such-file') });
    const run = npmRun('validate', [], { dataDir: dir });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      '2024/sakip.csv.lama:1:1: "sakip.csv.lama" adalah tautan (symlink), bukan berkas. Rapor tidak mengikuti tautan: salin berkas aslinya ke folder data. ["sakip.csv.lama" is a symbolic link, not a file. Rapor does not follow links: copy the real file into the data folder.]',
      '1 masalah ditemukan. [1 problem found.]',
    ]);
  });
});
