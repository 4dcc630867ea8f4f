/**
 * A data folder as a git repository whose edition 2024 is published: the base fixture committed as
 * a draft, then published with `publishEdition`, which commits it and tags it `edisi-2024` — the
 * history the lock checks read the published version from.
 */
import { spawnSync } from 'node:child_process';
import { publishEdition } from '../../src/commands/publish.ts';
import { writeFolder, type Changes } from '../fixtures/folder.ts';

/** The identity and settings every test repository commits with, whatever the machine's git config. */
export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Rapor Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Rapor Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_COUNT: '2',
  GIT_CONFIG_KEY_0: 'commit.gpgsign',
  GIT_CONFIG_VALUE_0: 'false',
  GIT_CONFIG_KEY_1: 'tag.gpgsign',
  GIT_CONFIG_VALUE_1: 'false',
};
Object.assign(process.env, GIT_ENV);

export function git(dir: string, ...args: string[]): string {
  const run = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

export const PUBLISHED_ON = '2025-04-28';

/** The base folder with `changes`, committed as a draft in a repository of its own. */
export function draftRepository(changes: Changes = {}): string {
  const dir = writeFolder(changes);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'Draf edisi 2024');
  return dir;
}

export function publishedFolder(changes: Changes = {}): string {
  const dir = draftRepository(changes);
  const published = publishEdition(dir, { tahun: 2024, date: PUBLISHED_ON, today: '2025-05-01', commit: true });
  if (!published.ok) throw new Error(published.lines.join('\n'));
  return dir;
}
