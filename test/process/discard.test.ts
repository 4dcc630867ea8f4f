import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardFolder, trashPrefix } from '../../src/build/process/discard.ts';
import { until } from '../support/wait.ts';

/** Waits (at most a minute: the remover is a process of its own, slow to start on a loaded machine) until `dir` holds only `names`; gives what it holds. */
async function settled(dir: string, names: string[]): Promise<string[]> {
  await until(() => readdirSync(dir).length <= names.length, 60_000);
  return readdirSync(dir).sort();
}

describe('discardFolder', () => {
  it('moves the folder away at once and removes it in the background, leaving its neighbours', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rapor-discard-'));
    const site = join(root, '.dist.build');
    for (let n = 0; n < 50; n++) {
      mkdirSync(join(site, 'previous', 'instansi', String(n)), { recursive: true });
      writeFileSync(join(site, 'previous', 'instansi', String(n), 'index.html'), '<!doctype html>');
    }
    writeFileSync(join(root, 'neighbour'), 'kept');
    discardFolder(site);
    expect(existsSync(site)).toBe(false);
    expect(readdirSync(root).filter((name) => name.startsWith('.dist.build.discarded-'))).toHaveLength(1);
    expect(await settled(root, ['neighbour'])).toEqual(['neighbour']);
  });

  it("takes along trash of the same kind left over an hour (its remover killed), not another kind's or recent trash", async () => {
    const root = mkdtempSync(join(tmpdir(), 'rapor-discard-'));
    const abandoned = join(root, '.rapor-verify.discarded-old');
    const recent = join(root, '.rapor-verify.discarded-new');
    const other = join(root, '.dist.build.discarded-old');
    for (const dir of [abandoned, recent, other]) mkdirSync(join(dir, 'dist'), { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const dir of [abandoned, other]) utimesSync(dir, twoHoursAgo, twoHoursAgo);
    mkdirSync(join(root, 'rapor-verify-abc123', 'dist'), { recursive: true });
    discardFolder(join(root, 'rapor-verify-abc123'), 'rapor-verify');
    expect(await settled(root, ['.dist.build.discarded-old', '.rapor-verify.discarded-new'])).toEqual(['.dist.build.discarded-old', '.rapor-verify.discarded-new']);
  });

  it('does nothing to a folder that does not exist', () => {
    const root = mkdtempSync(join(tmpdir(), 'rapor-discard-'));
    discardFolder(join(root, 'missing'));
    expect(readdirSync(root)).toEqual([]);
  });

  it('names trash folders by their kind, one leading dot', () => {
    expect(trashPrefix('.dist.build')).toBe('.dist.build.discarded-');
    expect(trashPrefix('rapor-verify')).toBe('.rapor-verify.discarded-');
  });
});
