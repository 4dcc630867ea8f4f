/**
 * Hostile-input corpus, locks and tags (issue 19, finding 3), each case a real git repository in a
 * temporary folder. Where git holds an edition as published (its tag, or the commit publish made), a
 * lock edited by hand is a problem at its place in edisi.json and the changed values still need their
 * koreksi.csv rows; `npm run publish` commits and tags everything the edition's build reads, in the
 * repository that holds the data folder, so that a checkout of the tag validates on its own.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publishEdition } from '../../src/commands/publish.ts';
import { problemsOf } from '../support/bad-folder.ts';
import { BASE, json, lines, writeFolder } from '../fixtures/folder.ts';
import { draftRepository, git, PUBLISHED_ON, publishedFolder } from './published-folder.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const KOREKSI = 'tahun,dataset,kode,kolom,lama,baru,tanggal,alasan';
const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const rewrite = (dir: string, path: string, from: string, to: string) => {
  const before = read(dir, path);
  if (!before.includes(from)) throw new Error(`${from} is not in ${path}`);
  writeFileSync(join(dir, path), before.replace(from, to));
};
/** Edits edisi.json's value as JSON, written back as publish writes it. */
const editEdisi = (dir: string, edit: (edisi: Record<string, unknown> & { kunci: Record<string, string> }) => void) => {
  const edisi = JSON.parse(read(dir, '2024/edisi.json'));
  edit(edisi);
  writeFileSync(join(dir, '2024/edisi.json'), json(edisi));
};
/** The hostile move of finding 3: change a published value, then put the file's new hash into `kunci`. */
const relockByHand = (dir: string) => {
  rewrite(dir, '2024/kepatuhan.csv', '72,35', '73,35');
  editEdisi(dir, (edisi) => {
    edisi.kunci['kepatuhan.csv'] = sha(readFileSync(join(dir, '2024/kepatuhan.csv')));
  });
};
const VALUE_CHANGED = ['2024/kepatuhan.csv', 3, 23, expect.stringMatching(/^nilai untuk 16\.74 berubah dari "72,35" menjadi "73,35" sejak edisi 2024 terbit/)];
/** The files an edition's commit must hold: the base folder's (README and strays aside). */
const EDITION_FILES = Object.keys(BASE).sort();
const tree = (dir: string, rev: string) => git(dir, 'ls-tree', '-r', '--name-only', rev).split('\n').filter(Boolean).sort();
const publish = (dir: string, lang: 'id' | 'en' = 'id') => publishEdition(dir, { tahun: 2024, date: PUBLISHED_ON, today: '2025-05-01', lang, commit: true });

/** What a publish refusal must leave: edisi.json, the index, the commits and the tags as they were. */
function expectUntouched(dir: string, action: () => { ok: boolean; lines: string[] }, expected: string): void {
  const before = { edisi: read(dir, '2024/edisi.json'), head: git(dir, 'rev-parse', 'HEAD'), staged: git(dir, 'diff', '--cached', '--name-status'), tags: git(dir, 'tag') };
  const result = action();
  expect(result.ok).toBe(false);
  expect(result.lines.join('\n')).toContain(expected);
  expect(result.lines.join('\n')).toContain('Edisi 2024 tidak diterbitkan');
  expect({ edisi: read(dir, '2024/edisi.json'), head: git(dir, 'rev-parse', 'HEAD'), staged: git(dir, 'diff', '--cached', '--name-status'), tags: git(dir, 'tag') }).toEqual(before);
}

/** A project-like repository holding package.json and, in `data/`, the base folder of which only edisi.json is committed. */
function projectRepository(): string {
  const project = mkdtempSync(join(tmpdir(), 'rapor-project-'));
  cpSync(writeFolder(), join(project, 'data'), { recursive: true });
  writeFileSync(join(project, 'package.json'), '{}\n');
  git(project, 'init', '-q');
  git(project, 'add', 'package.json', 'data/2024/edisi.json');
  git(project, 'commit', '-qm', 'Proyek');
  return project;
}

/** The edition as a fresh worktree of its tag holds it, and that worktree's problems. */
function checkoutOfTag(dir: string, folderInRepo = '.'): { data: string; problems: unknown[] } {
  const worktree = join(mkdtempSync(join(tmpdir(), 'rapor-tag-')), 'wt');
  git(dir, 'worktree', 'add', '-q', '--detach', worktree, 'edisi-2024');
  const data = join(worktree, folderInRepo);
  return { data, problems: problemsOf(data) };
}

/** `npm run <script>` as an editor runs it: from `cwd`, on the data folder DATA_DIR, with `path` as PATH, in `env`. */
function npmScript(script: string, args: string[], { cwd = root, data, path = process.env.PATH, env = process.env }: { cwd?: string; data: string; path?: string | undefined; env?: NodeJS.ProcessEnv }) {
  return spawnSync(process.execPath, [join(root, 'scripts', `${script}.ts`), ...args], { cwd, encoding: 'utf8', env: { ...env, DATA_DIR: data, PATH: path } });
}

describe('a lock edited by hand, where git holds the edition as published', () => {
  it('is a problem at its entry in edisi.json, and the changed value still needs its correction', () => {
    const dir = publishedFolder();
    const published = JSON.parse(read(dir, '2024/edisi.json')).kunci['kepatuhan.csv'];
    relockByHand(dir);
    expect(problemsOf(dir)).toEqual([
      [
        '2024/edisi.json',
        6,
        5,
        `sidik kepatuhan.csv di "kunci" bukan sidik saat edisi 2024 terbit (tag edisi-2024). Tulis kembali "kepatuhan.csv": "${published}". "kunci" ditulis sekali oleh npm run publish dan tidak pernah diubah; nilai yang berubah sesudah terbit dicatat di koreksi.csv`,
      ],
      VALUE_CHANGED,
    ]);
  });

  it('stays a problem once koreksi.csv records the change, which the value needed anyway', () => {
    const dir = publishedFolder();
    relockByHand(dir);
    writeFileSync(join(dir, 'koreksi.csv'), lines(KOREKSI, '2024,kepatuhan,16.74,nilai,72.35,73.35,2025-06-02,Salah ketik'));
    expect(problemsOf(dir).map((p) => p.slice(0, 3))).toEqual([['2024/edisi.json', 6, 5]]);
  });

  it('is judged by the commit publish made when the tag is gone', () => {
    const dir = publishedFolder();
    const commit = git(dir, 'rev-parse', 'edisi-2024^{commit}').trim();
    git(dir, 'tag', '-d', 'edisi-2024');
    relockByHand(dir);
    expect(problemsOf(dir)).toEqual([['2024/edisi.json', 6, 5, expect.stringContaining(`terbit (commit ${commit.slice(0, 12)})`)], VALUE_CHANGED]);
  });

  it('names an entry added to kunci at its line, and one dropped at "kunci"', () => {
    const dir = publishedFolder();
    writeFileSync(join(dir, '2024/catatan.csv'), 'x\n');
    editEdisi(dir, (edisi) => {
      delete edisi.kunci['opd.csv'];
      edisi.kunci = { 'catatan.csv': sha('x\n'), ...edisi.kunci };
    });
    expect(problemsOf(dir).filter((p) => p[0] === '2024/edisi.json')).toEqual([
      ['2024/edisi.json', 5, 3, expect.stringContaining('"kunci" tidak lagi memuat opd.csv, yang terkunci saat edisi 2024 terbit (tag edisi-2024). Tambahkan kembali "opd.csv": "')],
      ['2024/edisi.json', 6, 5, expect.stringContaining('"kunci" memuat catatan.csv, yang tidak ada di kunci saat edisi 2024 terbit (tag edisi-2024). Hapus baris ini')],
    ]);
  });

  it('keeps its publication date: a date rewritten by hand is a problem at "tanggal_terbit"', () => {
    const dir = publishedFolder();
    editEdisi(dir, (edisi) => {
      edisi.tanggal_terbit = '2025-01-02';
    });
    expect(problemsOf(dir)).toEqual([
      ['2024/edisi.json', 4, 3, expect.stringContaining(`"tanggal_terbit" 2025-01-02 bukan tanggal edisi 2024 terbit (tag edisi-2024). Tulis kembali "tanggal_terbit": "${PUBLISHED_ON}"`)],
    ]);
  });

  it('cannot be shed by turning the edition back into a draft', () => {
    const dir = publishedFolder();
    rewrite(dir, '2024/kepatuhan.csv', '72,35', '73,35');
    writeFileSync(join(dir, '2024/edisi.json'), json({ judul: 'Rapor Kinerja Kota Prabumulih 2024', status: 'draf' }));
    expect(problemsOf(dir)).toEqual([
      ['2024/edisi.json', 3, 3, expect.stringContaining('edisi 2024 sudah terbit (tag edisi-2024), tetapi edisi.json menyebutnya "draf". Kembalikan "status", "tanggal_terbit" dan "kunci" seperti saat terbit (di folder data: git show edisi-2024:./2024/edisi.json)')],
      VALUE_CHANGED,
    ]);
  });

  it('cannot be replaced by deleting kunci and publishing again', () => {
    const dir = publishedFolder();
    relockByHand(dir);
    editEdisi(dir, (edisi) => {
      delete (edisi as { kunci?: unknown }).kunci;
    });
    git(dir, 'commit', '-qam', 'Kunci dihapus');
    expectUntouched(dir, () => publishEdition(dir, { tahun: 2024, today: '2025-05-01', lang: 'id', commit: true }), '2024/edisi.json:3:3: edisi 2024 dikunci saat terbit (tag edisi-2024), tetapi "kunci" hilang dari edisi.json');
  });

  it('is believed without git: a lock alone proves only that the files match the hashes beside them', () => {
    const published = publishedFolder();
    const dir = mkdtempSync(join(tmpdir(), 'rapor-nogit-'));
    cpSync(published, dir, { recursive: true, filter: (src) => !src.includes('.git') });
    relockByHand(dir);
    expect(problemsOf(dir)).toEqual([]);
  });
});

describe('npm run publish in git', () => {
  it('commits and tags files that were never committed, and the tag’s checkout validates', () => {
    // The finding: only edisi.json was ever committed, the CSV files never were.
    const dir = writeFolder();
    git(dir, 'init', '-q');
    git(dir, 'add', '2024/edisi.json');
    git(dir, 'commit', '-qm', 'Draf edisi 2024');
    const result = publish(dir);
    expect(result.ok, result.lines.join('\n')).toBe(true);
    expect(result.lines.join('\n')).toContain('dengan tag edisi-2024');
    expect(tree(dir, 'edisi-2024')).toEqual(EDITION_FILES);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    const { data, problems } = checkoutOfTag(dir);
    expect(problems).toEqual([]);
    for (const file of EDITION_FILES) expect(read(data, file), file).toBe(read(dir, file));
  });

  it('commits a data folder inside a larger repository there, leaving the rest of it alone, and npm run validate passes on the tag', () => {
    const project = projectRepository();
    writeFileSync(join(project, 'package.json'), '{ "edited": true }\n');
    const result = publish(join(project, 'data'));
    expect(result.ok, result.lines.join('\n')).toBe(true);
    expect(tree(project, 'edisi-2024')).toEqual(['package.json', ...EDITION_FILES.map((f) => `data/${f}`)].sort());
    // The editor's unrelated, unstaged change is neither committed nor lost.
    expect(git(project, 'show', 'edisi-2024:package.json')).toBe('{}\n');
    expect(read(project, 'package.json')).toBe('{ "edited": true }\n');
    const { data } = checkoutOfTag(project, 'data');
    const validate = npmScript('validate', [], { data });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
  }, 60_000);

  it('commits in a data folder’s own repository inside the project folder, and its printed push command works from any folder', () => {
    const parent = mkdtempSync(join(tmpdir(), 'rapor-editor-'));
    const data = join(parent, 'proyek', 'data');
    cpSync(draftRepository(), data, { recursive: true });
    git(join(parent, 'proyek'), 'init', '-q');
    const remote = join(parent, 'remote.git');
    git(parent, 'init', '-q', '--bare', remote);
    git(data, 'remote', 'add', 'origin', remote);
    // Run as the editor does: from the project folder (here Rapor's own), the data folder in DATA_DIR.
    const run = npmScript('publish', ['2024', '--date', PUBLISHED_ON, '--lang', 'id'], { data });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(tree(data, 'edisi-2024')).toEqual(EDITION_FILES);
    expect(git(join(parent, 'proyek'), 'status', '--porcelain', '--untracked-files=no')).toBe('');
    const push = run.stdout.split('\n').find((line) => line.includes(' push '))!.trim();
    expect(push).toBe(`git -C ${data} push origin HEAD edisi-2024`);
    const pushed = spawnSync('sh', ['-c', push], { cwd: tmpdir(), encoding: 'utf8' });
    expect(pushed.status, pushed.stderr).toBe(0);
    expect(git(remote, 'rev-parse', 'edisi-2024^{commit}')).toBe(git(data, 'rev-parse', 'HEAD'));
    expect(run.stdout).toContain(`  git -C ${data} checkout edisi-2024 && npm ci && DATA_DIR=${data} npm run build && DATA_DIR=${data} npm run verify -- <manifest.json>`);
    const validate = npmScript('validate', [], { data: checkoutOfTag(data).data });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
  }, 60_000);

  it('commits a file a .gitignore pattern matches, and leaves out a file deleted from the edition', () => {
    // Every CSV file ignored, so never committed; but 2024/opd.csv was, before it was deleted.
    const dir = draftRepository({ '.gitignore': '*.csv\n' });
    git(dir, 'add', '-f', '2024/opd.csv');
    git(dir, 'commit', '-qm', 'opd.csv');
    rmSync(join(dir, '2024/opd.csv'));
    expect(git(dir, 'ls-files', '2024')).toContain('2024/opd.csv');
    const result = publish(dir);
    expect(result.ok, result.lines.join('\n')).toBe(true);
    expect(tree(dir, 'edisi-2024')).toEqual(['.gitignore', ...EDITION_FILES.filter((f) => f !== '2024/opd.csv')].sort());
    expect(checkoutOfTag(dir).problems).toEqual([]);
  });

  it('commits the other editions as they validated, and never a hidden file or an Excel lock file', () => {
    // 2023 is published; then one of its values is corrected, with its koreksi.csv row, and not committed.
    const dir = draftRepository({ '2023/edisi.json': json({ judul: 'Rapor 2023', status: 'draf' }), '2023/opd.csv': BASE['2024/opd.csv']! });
    const first = publishEdition(dir, { tahun: 2023, date: '2024-04-29', today: '2025-05-01', commit: true });
    expect(first.ok, first.lines.join('\n')).toBe(true);
    rewrite(dir, '2023/opd.csv', '82.10', '82.20');
    writeFileSync(join(dir, 'koreksi.csv'), lines(KOREKSI, '2023,opd,16.74.dinkes,nilai,82.10,82.20,2025-06-02,Salah ketik'));
    writeFileSync(join(dir, '2024/.DS_Store'), 'x');
    writeFileSync(join(dir, '2024/~$opd.csv'), 'x');
    const result = publish(dir);
    expect(result.ok, result.lines.join('\n')).toBe(true);
    expect(tree(dir, 'edisi-2024')).toEqual([...EDITION_FILES, '2023/edisi.json', '2023/opd.csv', 'koreksi.csv'].sort());
    const { data, problems } = checkoutOfTag(dir);
    expect(problems).toEqual([]);
    expect(read(data, '2023/opd.csv')).toContain('82.20');
  });

  describe('refuses, leaving edisi.json, the index, the commits and the tags as they were', () => {
    it('when git does not know the folder, and says how to publish without it', () => {
      const dir = writeFolder();
      const before = read(dir, '2024/edisi.json');
      const result = publish(dir);
      expect(result).toEqual({ ok: false, lines: [expect.stringContaining(`folder data ${dir} tidak berada di repositori git. Jadikan repositori: git -C ${dir} init, lalu terbitkan lagi; atau terbitkan tanpa git dengan --no-git`)] });
      expect(read(dir, '2024/edisi.json')).toBe(before);
      const run = npmScript('publish', ['2024', '--no-git', '--lang', 'id'], { data: dir });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('Tanpa git (--no-git): kunci ini hanya membuktikan');
    });

    it('when git is not installed', () => {
      const dir = draftRepository();
      const before = read(dir, '2024/edisi.json');
      const run = npmScript('publish', ['2024', '--lang', 'id'], { data: dir, path: mkdtempSync(join(tmpdir(), 'rapor-nopath-')) });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe('Edisi 2024 tidak diterbitkan: git tidak terpasang di komputer ini. Pasang git (https://git-scm.com), atau terbitkan tanpa git dengan --no-git (kuncinya kemudian hanya membuktikan bahwa berkas cocok dengan sidik di sampingnya).');
      expect(read(dir, '2024/edisi.json')).toBe(before);
    });

    it('when git does not know who commits', () => {
      const dir = draftRepository();
      const before = read(dir, '2024/edisi.json');
      // No identity anywhere, and none guessed from the machine's name.
      const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^GIT_(AUTHOR|COMMITTER|CONFIG)/.test(key)));
      const anonymous = { ...env, HOME: mkdtempSync(join(tmpdir(), 'rapor-home-')), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.useConfigOnly', GIT_CONFIG_VALUE_0: 'true' };
      const run = npmScript('publish', ['2024', '--lang', 'id'], { data: dir, env: anonymous });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('git belum tahu nama dan email Anda untuk commit. Jalankan git config --global user.name');
      expect(read(dir, '2024/edisi.json')).toBe(before);
    });

    it('when changes outside the data folder are staged, naming them', () => {
      const project = projectRepository();
      writeFileSync(join(project, 'package.json'), '{ "edited": true }\n');
      git(project, 'add', 'package.json');
      const data = join(project, 'data');
      expectUntouched(data, () => publish(data), `repositori ${project} memuat perubahan lain yang sudah di-stage: package.json`);
    });

    it('when the tag already exists', () => {
      const dir = draftRepository();
      git(dir, 'tag', 'edisi-2024');
      expectUntouched(dir, () => publish(dir), `tag edisi-2024 sudah ada di repositori ${dir}`);
    });

    it('when git would store a file other than it is (line endings)', () => {
      const dir = writeFolder();
      git(dir, 'init', '-q');
      git(dir, 'config', 'core.autocrlf', 'true');
      git(dir, 'add', '2024/edisi.json');
      git(dir, 'commit', '-qm', 'Draf edisi 2024');
      expectUntouched(dir, () => publish(dir), 'git menyimpan 2024/kepatuhan.csv tidak persis seperti di folder');
    });
  });
});

