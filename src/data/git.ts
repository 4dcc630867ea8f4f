/**
 * The little Rapor asks of git: the commit a build comes from, and a file as it was in an earlier
 * commit. Every answer is undefined when there is no git or no repository — both are optional.
 */
import { spawnSync } from 'node:child_process';
import { sha256 } from './hash.ts';

function git(cwd: string, args: string[]): Buffer | undefined {
  const run = spawnSync('git', ['-C', cwd, ...args], { maxBuffer: 256 * 1024 * 1024 });
  return run.status === 0 ? run.stdout : undefined;
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

/**
 * The content `path` (relative to `cwd`) had when it hashed to `hash`: at the tag first, else in the
 * newest commit of its history that matches. Undefined when no version matches.
 */
export function versionWithHash(cwd: string, path: string, hash: string, tag: string): Buffer | undefined {
  const history = git(cwd, ['log', '--format=%H', '--', path])?.toString().split('\n').filter(Boolean) ?? [];
  for (const rev of [`refs/tags/${tag}`, ...history]) {
    const content = git(cwd, ['show', `${rev}:./${path}`]);
    if (content !== undefined && sha256(content) === hash) return content;
  }
  return undefined;
}
