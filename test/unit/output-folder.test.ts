/** The output folder's lock, its crash-safe swap and the messages for a disk that refuses writing. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockAstroStep, lockFileOf, lockOutput, OutputBusy } from '../../src/build/build-locks.ts';
import { recoverOutput, swapIn } from '../../src/build/output-swap.ts';
import { checkWritable, storageFailureIn, storageMessage } from '../../src/build/storage-failure.ts';
import { deadPid } from '../support/processes.ts';

const folder = (): string => mkdtempSync(join(tmpdir(), 'rapor-output-'));

/** A site folder holding one page with `text`. */
function site(path: string, text: string): string {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), text);
  return path;
}


describe('lockOutput', () => {
  it('holds the lock beside the output folder while the build runs, and removes it when released', () => {
    const target = join(folder(), 'dist');
    const release = lockOutput(target);
    expect(readFileSync(lockFileOf(target), 'utf8')).toMatch(new RegExp(`^${process.pid} \\d+\\n$`));
    release();
    expect(existsSync(lockFileOf(target))).toBe(false);
  });

  it('refuses a second build at once, naming the running one', () => {
    const target = join(folder(), 'dist');
    const release = lockOutput(target);
    expect(() => lockOutput(target)).toThrow(OutputBusy);
    expect(() => lockOutput(target)).toThrow(new RegExp(`pid ${process.pid}\\b.*another process`));
    release();
    lockOutput(target)();
  });

  it("takes over the lock of a process that is gone, and of a later process that was given the gone one's id", () => {
    const target = join(folder(), 'dist');
    writeFileSync(lockFileOf(target), `${deadPid()} 12345\n`);
    const release = lockOutput(target);
    expect(readFileSync(lockFileOf(target), 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    release();
    // This process, as a lock records it with another start time: the id was reused.
    writeFileSync(lockFileOf(target), `${process.pid} 1\n`);
    lockOutput(target)();
    expect(existsSync(lockFileOf(target))).toBe(false);
  });

  it('leaves no file aside and writes nothing when the lock is refused', () => {
    const parent = folder();
    const release = lockOutput(join(parent, 'dist'));
    expect(() => lockOutput(join(parent, 'dist'))).toThrow(OutputBusy);
    expect(readdirSync(parent)).toEqual(['.dist.lock']);
    release();
  });
});

describe('lockAstroStep', () => {
  const astroLock = (project: string): string => join(project, '.astro', 'builds', 'astro.lock');

  it('lets one Astro step of a project run at a time: a second waits while the first runs, and gives up when told to stop', async () => {
    const project = folder();
    const release = (await lockAstroStep(project, () => false))!;
    expect(readFileSync(astroLock(project), 'utf8')).toMatch(new RegExp(`^${process.pid} \\d+\\n$`));
    // Held: a build told to stop meanwhile gives up instead of waiting on.
    expect(await lockAstroStep(project, () => true)).toBeUndefined();
    release();
    expect(existsSync(astroLock(project))).toBe(false);
    const next = await lockAstroStep(project, () => true);
    expect(next).toBeTypeOf('function');
    next!();
  });

  it('waits until the running step releases the lock', async () => {
    const project = folder();
    const release = (await lockAstroStep(project, () => false))!;
    let tries = 0;
    // The waiter asks whether to give up at each try: the lock is released on its second.
    const second = lockAstroStep(project, () => {
      if (++tries === 2) release();
      return false;
    });
    const next = await second;
    expect(tries).toBeGreaterThanOrEqual(2);
    expect(next).toBeTypeOf('function');
    next!();
  });

  it('takes over the lock of a build that is gone', async () => {
    const project = folder();
    mkdirSync(join(project, '.astro', 'builds'), { recursive: true });
    writeFileSync(astroLock(project), `${deadPid()} 12345\n`);
    const release = await lockAstroStep(project, () => true);
    expect(release).toBeTypeOf('function');
    release!();
  });
});

describe('swapIn and recoverOutput', () => {
  it('puts the new site in place and the old one aside', () => {
    const root = folder();
    const target = site(join(root, 'dist'), 'old');
    swapIn(site(join(root, 'next'), 'new'), target, join(root, 'previous'));
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(root, 'previous', 'index.html'), 'utf8')).toBe('old');
  });

  it('puts the old site back when the new one cannot be moved in', () => {
    const root = folder();
    const target = site(join(root, 'dist'), 'old');
    expect(() => swapIn(join(root, 'missing'), target, join(root, 'previous'))).toThrow(/ENOENT/);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
  });

  it('after a kill between the two renames, puts the old site back; otherwise changes nothing', () => {
    const root = folder();
    const target = join(root, 'dist');
    const previous = site(join(root, 'previous'), 'old');
    expect(recoverOutput(target, previous)).toBe(true);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
    site(previous, 'older');
    expect(recoverOutput(target, previous)).toBe(false);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
  });
});

describe('storage failures', () => {
  it('names the folder and the cause of a full, read-only or forbidden file system', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(storageMessage(error('ENOSPC'), '/srv/dist')).toMatch(/^Ruang penyimpanan habis di \/srv\/dist \(ENOSPC\).*\[No space left for \/srv\/dist/);
    expect(storageMessage(error('EROFS'), '/srv/dist')).toMatch(/read-only file system \(EROFS\)/);
    expect(storageMessage(error('EPERM'), '/srv/dist')).toMatch(/\/srv\/dist may not be changed \(EPERM.*immutable/);
    expect(storageMessage(error('ENOENT'), '/srv/dist')).toBeUndefined();
  });

  it("finds a full disk in a step's log, and not otherwise on a disk with room", () => {
    const work = folder();
    expect(storageFailureIn('Error: ENOSPC: no space left on device, write', work, '/srv/dist')).toMatch(/ENOSPC/);
    expect(storageFailureIn('[ERROR] a broken reference', work, '/srv/dist')).toBeUndefined();
  });

  it.skipIf(process.getuid?.() === 0)('refuses an output folder it may not write, before building (not as root: root may write anywhere)', () => {
    const parent = folder();
    const target = site(join(parent, 'dist'), 'old');
    chmodSync(target, 0o555);
    expect(() => checkWritable(target, parent)).toThrow(/may not be changed \(EACCES/);
    chmodSync(target, 0o755);
  });

  it.skipIf(spawnSync('chattr').error !== undefined || process.getuid?.() !== 0)('refuses an immutable output folder before building (chattr +i)', () => {
    const parent = folder();
    const target = site(join(parent, 'dist'), 'old');
    expect(spawnSync('chattr', ['+i', target]).status).toBe(0);
    try {
      expect(() => checkWritable(target, parent)).toThrow(new RegExp(`${target} may not be changed \\(EPERM`));
      checkWritable(join(parent, 'new-dist'), parent);
    } finally {
      spawnSync('chattr', ['-i', target]);
    }
  });
});
