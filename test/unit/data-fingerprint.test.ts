import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFingerprintOf } from '../../src/build/data-fingerprint.ts';
import { hashTree, isStray } from '../../src/data/hash.ts';

describe('dataFingerprintOf', () => {
  it('equals sha256sum over the folder in byte order of path, non-ASCII names included (😀 sorts after ｚ in bytes, before it in UTF-16)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapor-fingerprint-'));
    mkdirSync(join(dir, '2024'));
    const files = { 'situs.json': '{}', 'instansi.csv': 'kode\n', '2024/sakip.csv': 'a', 'Zona.csv': 'z', 'émoji-ℹ.csv': 'e', 'Ünduh.csv': 'u', '😀.csv': 'x', 'ｚ.csv': 'y' };
    for (const [path, body] of Object.entries(files)) writeFileSync(join(dir, path), body);
    // The shell's own answer: sha256sum's lines in C-locale (byte) order, then their SHA-256.
    const list = execFileSync('sh', ['-c', "find . -type f | sed 's|^\\./||' | LC_ALL=C sort | xargs -d '\\n' sha256sum"], { cwd: dir, encoding: 'utf8' });
    const expected = execFileSync('sha256sum', { input: list, encoding: 'utf8' }).split(' ')[0];
    expect(dataFingerprintOf({ input: hashTree(dir, isStray) })).toBe(expected);
  });

  it('changes when one byte of one file changes', () => {
    const input = { 'a.csv': '0'.repeat(64), 'b.csv': '1'.repeat(64) };
    expect(dataFingerprintOf({ input })).not.toBe(dataFingerprintOf({ input: { ...input, 'b.csv': '2'.repeat(64) } }));
  });
});
