/**
 * What Rapor asks of git: the commit a build comes from, a file as it was in an earlier commit, and
 * the commands `npm run publish` runs. Every read answers undefined when there is no git or no
 * repository — for validation and building both are optional.
 */
import { spawnSync } from 'node:child_process';
import { sha256 } from './hash.ts';

export interface GitRun {
  ok: boolean;
  stdout: Buffer;
  /** git's own message, or the reason git could not be started. */
  stderr: string;
  /** git is not installed (or not on PATH). */
  missing: boolean;
}

/** One git command in `cwd` (a path inside the repository; pathspecs are relative to it), `input` on its stdin. */
export function runGit(cwd: string, args: readonly string[], input?: Buffer): GitRun {
  const run = spawnSync('git', ['-C', cwd, ...args], { maxBuffer: 256 * 1024 * 1024, ...(input === undefined ? {} : { input }) });
  const missing = (run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  return { ok: run.status === 0, stdout: run.stdout ?? Buffer.alloc(0), stderr: run.error ? String(run.error.message) : (run.stderr?.toString() ?? ''), missing };
}

function git(cwd: string, args: string[]): Buffer | undefined {
  const run = runGit(cwd, args);
  return run.ok ? run.stdout : undefined;
}

export interface GitState {
  commit: string;
  /** Tracked changes or untracked files (ignored ones aside): the build is not exactly that commit. */
  dirty: boolean;
}

export function gitState(cwd: string): GitState | undefined {
  const commit = git(cwd, ['rev-parse', '--verify', '-q', 'HEAD'])?.toString().trim();
  const status = git(cwd, ['status', '--porcelain']);
  return commit && status !== undefined ? { commit, dirty: status.length > 0 } : undefined;
}

/** Whether `cwd` is inside a git work tree (git installed included). */
export const inGitWorkTree = (cwd: string): boolean => git(cwd, ['rev-parse', '--is-inside-work-tree'])?.toString().trim() === 'true';

/** The bytes `path` (relative to `cwd`) has in `rev` (a commit or tag), exactly as stored; undefined when it is not there. */
export const fileAt = (cwd: string, rev: string, path: string): Buffer | undefined => git(cwd, ['cat-file', 'blob', `${rev}:./${path}`]);

/** The commits that changed `path` (relative to `cwd`) whose message holds the line `line`, oldest first. */
export const commitsWithLine = (cwd: string, path: string, line: string): string[] =>
  git(cwd, ['log', '--reverse', '--format=%H', '--fixed-strings', `--grep=${line}`, '--', path])
    ?.toString()
    .split('\n')
    .filter(Boolean)
    // --grep matches anywhere in a line: keep the commits that hold the exact line.
    .filter((commit) => git(cwd, ['log', '-1', '--format=%B', commit])?.toString().split('\n').some((l) => l.trim() === line)) ?? [];

/**
 * The content `path` (relative to `cwd`) had when it hashed to `hash`: at `rev` (the edition's tag or
 * publishing commit) first, else in the newest commit of its history that matches. Undefined when no
 * version matches.
 */
export function versionWithHash(cwd: string, path: string, hash: string, rev: string): Buffer | undefined {
  const history = git(cwd, ['log', '--format=%H', '--', path])?.toString().split('\n').filter(Boolean) ?? [];
  for (const candidate of [rev, ...history]) {
    const content = fileAt(cwd, candidate, path);
    if (content !== undefined && sha256(content) === hash) return content;
  }
  return undefined;
}
