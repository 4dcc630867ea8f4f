import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { discardFolder, trashPrefix } from '../../src/data/discard.ts';

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
    for (let waited = 0; readdirSync(root).length > 1 && waited < 20_000; waited += 100) await sleep(100);
    expect(readdirSync(root)).toEqual(['neighbour']);
  });

  it('does nothing to a folder that does not exist', () => {
    const root = mkdtempSync(join(tmpdir(), 'rapor-discard-'));
    discardFolder(join(root, 'missing'));
    expect(readdirSync(root)).toEqual([]);
  });

  it('names trash folders by the folder, one leading dot', () => {
    expect(trashPrefix('/srv/.dist.build')).toBe('.dist.build.discarded-');
    expect(trashPrefix('/tmp/rapor-verify-abc')).toBe('.rapor-verify-abc.discarded-');
  });
});
