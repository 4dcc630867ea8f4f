/**
 * `npm run publish` in git: commit the data folder as it validated — every file a build reads, the
 * files its manifest lists as input — and tag the commit `edisi-<tahun>`, in the repository that holds
 * the data folder (the project's own, or a repository of its own), so that a checkout of the tag
 * validates and rebuilds the edition. Everything that can refuse is checked before edisi.json is
 * written; a step that fails after it puts git's index back, and the caller edisi.json.
 */
import { join } from 'node:path';
import { editionTag, publishTrailer } from '../domain/publication.ts';
import { text, type Text } from '../domain/text.ts';
import { runGit } from '../data/git.ts';

export interface Refusal {
  reason: Text;
  fix: Text;
}

export interface CommitPlan {
  dir: string;
  tahun: number;
  /** The repository's top folder, absolute. */
  top: string;
  /** The files a build reads, relative to the data folder. */
  files: readonly string[];
  /** git's index as it was (a tree id), to put back if a step fails. */
  index: string;
}

/** A path or word as a POSIX shell reads it back: quoted when it holds anything but safe characters. */
export const shellWord = (word: string): string => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`);

/** `git -C <top>`: a command that works from whatever folder the editor types it in. */
export const gitIn = (top: string): string => `git -C ${shellWord(top)}`;

const refusal = (reason: Text, fix: Text): { ok: false; refusal: Refusal } => ({ ok: false, refusal: { reason, fix } });
/** Paths for a message: the first five, then an ellipsis. */
const firstFew = (paths: readonly string[]): string => paths.slice(0, 5).join(', ') + (paths.length > 5 ? ', …' : '');
/** git's message without its hints, on one line. */
const gitSays = (stderr: string): string =>
  stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('hint:'))
    .join(' ');

/**
 * Whether the edition can be committed and tagged, before anything is written. `files` are the files
 * a build reads (relative to the data folder), edisi.json included.
 */
export function planCommit(dir: string, tahun: number, files: readonly string[]): { ok: true; plan: CommitPlan } | { ok: false; refusal: Refusal } {
  const noGit = text('atau terbitkan tanpa git dengan --no-git (kuncinya kemudian hanya membuktikan bahwa berkas cocok dengan sidik di sampingnya)', 'or publish without git with --no-git (its lock then proves only that the files match the hashes beside them)');
  const where = runGit(dir, ['rev-parse', '--show-toplevel']);
  if (where.missing) {
    return refusal(text('git tidak terpasang di komputer ini', 'git is not installed on this computer'), text(`Pasang git (https://git-scm.com), ${noGit.id}`, `Install git (https://git-scm.com), ${noGit.en}`));
  }
  if (!where.ok) {
    return refusal(
      text(`folder data ${dir} tidak berada di repositori git`, `the data folder ${dir} is not in a git repository`),
      text(`Jadikan repositori: ${gitIn(dir)} init, lalu terbitkan lagi; ${noGit.id}`, `Make it one: ${gitIn(dir)} init, then publish again; ${noGit.en}`),
    );
  }
  const top = where.stdout.toString().trim();
  if (runGit(dir, ['check-ignore', '-q', '--', '.']).ok) {
    return refusal(
      text(`folder data ${dir} diabaikan oleh .gitignore repositori ${top}`, `the data folder ${dir} is ignored by the .gitignore of repository ${top}`),
      text(`Hapus folder data dari .gitignore, atau jadikan repositori tersendiri (${gitIn(dir)} init)`, `Remove the data folder from .gitignore, or make it a repository of its own (${gitIn(dir)} init)`),
    );
  }
  if (!runGit(dir, ['var', 'GIT_COMMITTER_IDENT']).ok) {
    return refusal(
      text('git belum tahu nama dan email Anda untuk commit', 'git does not know your name and email for a commit'),
      text('Jalankan git config --global user.name "Nama Anda" dan git config --global user.email "email@instansi.go.id"', 'Run git config --global user.name "Your Name" and git config --global user.email "you@agency.go.id"'),
    );
  }
  const tag = editionTag(tahun);
  if (runGit(dir, ['rev-parse', '-q', '--verify', `refs/tags/${tag}`]).ok) {
    return refusal(
      text(`tag ${tag} sudah ada di repositori ${top}`, `tag ${tag} already exists in repository ${top}`),
      text(`Periksa tag itu (${gitIn(top)} show ${tag}); bila memang keliru, hapus (${gitIn(top)} tag -d ${tag}) lalu terbitkan lagi`, `Look at that tag (${gitIn(top)} show ${tag}); if it is a mistake, delete it (${gitIn(top)} tag -d ${tag}) and publish again`),
    );
  }
  const index = runGit(dir, ['write-tree']);
  if (!index.ok) {
    return refusal(text(`index git repositori ${top} memuat konflik yang belum diselesaikan`, `git's index in repository ${top} holds unresolved conflicts`), text('Selesaikan merge itu dulu, lalu terbitkan lagi', 'Finish that merge first, then publish again'));
  }
  // The commit holds the data folder alone: anything staged outside it would slip into the edition's commit.
  const prefix = runGit(dir, ['rev-parse', '--show-prefix']).stdout.toString().trim();
  const staged = runGit(dir, ['diff', '--cached', '--name-only', '--no-renames', '-z']).stdout.toString().split('\0').filter(Boolean);
  const others = staged.filter((path) => !path.startsWith(prefix));
  if (others.length > 0) {
    const shown = firstFew(others);
    return refusal(
      text(`repositori ${top} memuat perubahan lain yang sudah di-stage: ${shown}`, `repository ${top} holds other staged changes: ${shown}`),
      text(`Commit atau batalkan dulu (${gitIn(top)} restore --staged <berkas>), lalu terbitkan lagi`, `Commit or unstage them first (${gitIn(top)} restore --staged <file>), then publish again`),
    );
  }
  return { ok: true, plan: { dir, tahun, top, files, index: index.stdout.toString().trim() } };
}

/**
 * Stages the data folder (additions, changes and removals), checks that the commit holds every file
 * byte for byte as it validated, then commits and tags. On a failure before the commit the index is
 * put back (`committed` false), and the caller puts edisi.json back.
 */
export function commitEdition(plan: CommitPlan, tanggal: string): { ok: true; commit: string; tag: string } | { ok: false; refusal: Refusal; committed: boolean } {
  const { dir, tahun, top, files } = plan;
  const tag = editionTag(tahun);
  const undo = (why: Refusal) => {
    runGit(dir, ['read-tree', plan.index]);
    return { ok: false as const, refusal: why, committed: false };
  };
  const failed = (step: string, stderr: string) =>
    undo({ reason: text(`git gagal (${step}): ${gitSays(stderr)}`, `git failed (${step}): ${gitSays(stderr)}`), fix: text('Perbaiki sebabnya, lalu terbitkan lagi', 'Mend the cause, then publish again') });

  // Tracked files changed or deleted (`-u`: never a new file, so no hidden file or Excel lock file slips in) …
  const updated = runGit(dir, ['add', '-u', '--', '.']);
  if (!updated.ok) return failed('git add', updated.stderr);
  // … and every file a build reads, forced: committed even when a .gitignore pattern matches it.
  const forced = runGit(dir, ['add', '-f', '--', ...files]);
  if (!forced.ok) return failed('git add', forced.stderr);

  const altered = filesAlteredByGit(dir, files);
  if (altered.length > 0) {
    const shown = firstFew(altered);
    return undo({
      reason: text(`git menyimpan ${shown} tidak persis seperti di folder (konversi akhir baris atau filter .gitattributes)`, `git stores ${shown} not exactly as in the folder (line-ending conversion or a .gitattributes filter)`),
      fix: text(`Matikan konversinya untuk folder data: tulis "* -text" di ${shellWord(join(dir, '.gitattributes'))} dan periksa core.autocrlf`, `Turn the conversion off for the data folder: write "* -text" in ${shellWord(join(dir, '.gitattributes'))} and check core.autocrlf`),
    });
  }

  const committed = runGit(dir, ['commit', '-q', '-m', `Terbitkan edisi ${tahun}`, '-m', publishTrailer(tahun)]);
  if (!committed.ok) return failed('git commit', committed.stderr);
  const commit = runGit(dir, ['rev-parse', 'HEAD']).stdout.toString().trim();
  const tagged = runGit(dir, ['tag', '-a', tag, '-m', `Edisi ${tahun}, terbit ${tanggal}`, commit]);
  if (!tagged.ok) {
    // The commit stands and names the edition (publishTrailer): the validator holds its lock as published.
    return {
      ok: false,
      committed: true,
      refusal: {
        reason: text(`commit ${commit.slice(0, 12)} dibuat, tetapi tag ${tag} gagal: ${gitSays(tagged.stderr)}`, `commit ${commit.slice(0, 12)} was made, but tag ${tag} failed: ${gitSays(tagged.stderr)}`),
        fix: text(`Buat tagnya: ${gitIn(top)} tag -a ${tag} -m "Edisi ${tahun}" ${commit.slice(0, 12)}`, `Create the tag: ${gitIn(top)} tag -a ${tag} -m "Edisi ${tahun}" ${commit.slice(0, 12)}`),
      },
    };
  }
  return { ok: true, commit, tag };
}

/** The files (relative to `dir`) whose staged content is not their bytes on disk, or that are not staged at all. */
function filesAlteredByGit(dir: string, files: readonly string[]): string[] {
  const onDisk = runGit(dir, ['hash-object', '--no-filters', '--', ...files]).stdout.toString().trim().split('\n');
  const staged = new Map(
    runGit(dir, ['ls-files', '-s', '-z', '--', ...files])
      .stdout.toString()
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, path] = line.split('\t') as [string, string];
        return [path, meta.split(' ')[1]] as const;
      }),
  );
  // ls-files names paths relative to `dir`, as they were given.
  return files.filter((file, i) => staged.get(file) !== onDisk[i]);
}
