/**
 * A data folder as a git repository whose edition 2024 is published: the base fixture committed as
 * a draft, then published with `publishEdition`, committed and tagged `edisi-2024` — the history the
 * lock checks read the published version from.
 */
import { spawnSync } from 'node:child_process';
import { publishEdition } from '../../src/data/publish.ts';
import { writeFolder, type Changes } from '../fixtures/folder.ts';

export function git(dir: string, ...args: string[]): string {
  const run = spawnSync('git', ['-C', dir, '-c', 'user.name=Rapor Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

export const PUBLISHED_ON = '2025-04-28';

export function publishedFolder(changes: Changes = {}): string {
  const dir = writeFolder(changes);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'Draf edisi 2024');
  const published = publishEdition(dir, { tahun: 2024, date: PUBLISHED_ON, today: '2025-05-01' });
  if (!published.ok) throw new Error(published.lines.join('\n'));
  git(dir, 'commit', '-qam', 'Terbitkan edisi 2024');
  git(dir, 'tag', 'edisi-2024');
  return dir;
}
