/** `npm run verify` against the manifest of a site just built: a good manifest passes, a tampered one fails file by file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf, type Manifest } from '../../src/data/manifest.ts';
import { writeFolder } from '../fixtures/folder.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'rapor-verify-test-'));
const env = { ...process.env, DATA_DIR: writeFolder() };
const npm = (...args: string[]) => spawnSync('npm', ['run', '--silent', ...args], { cwd: root, encoding: 'utf8', env });
let manifest: Manifest;

beforeAll(() => {
  const run = npm('build', '--', '--outDir', join(work, 'dist'));
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  manifest = JSON.parse(readFileSync(join(work, 'dist', 'manifest.json'), 'utf8'));
}, 180_000);

describe('the build fingerprint', () => {
  it('is the hash of what the build was made from, and the print version’s colophon carries it', () => {
    const { output: _, fingerprint, ...info } = manifest;
    expect(fingerprint).toBe(fingerprintOf(info));
    expect(readFileSync(join(work, 'dist', 'laporan', '2024', 'cetak', 'index.html'), 'utf8')).toContain(`<code>${fingerprint}</code>`);
  });
});

describe('npm run verify', () => {
  it('passes a rebuild that matches its manifest, every file listed', () => {
    const run = npm('verify', '--', join(work, 'dist', 'manifest.json'), '--lang', 'en');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('match    site/index.html');
    expect(run.stdout).toContain('match    data/2024/sakip.csv');
    expect(run.stdout).toContain(`${Object.keys(manifest.output).length + Object.keys(manifest.input).length} match, 0 differs, 0 missing, 0 extra`);
  });

  it('fails a tampered manifest, naming each file that differs, is missing or is extra', () => {
    const { ['en/index.html']: _, ...output } = manifest.output;
    const tampered: Manifest = { ...manifest, output: { ...output, 'index.html': '0'.repeat(64), 'laporan/2030/index.html': '1'.repeat(64) } };
    const file = join(work, 'tampered.json');
    writeFileSync(file, JSON.stringify(tampered));
    const run = npm('verify', '--', file, '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('differs  site/index.html');
    expect(run.stderr).toContain('missing  site/laporan/2030/index.html');
    expect(run.stderr).toContain('extra    site/en/index.html');
    expect(run.stderr).toContain('The rebuild does NOT match the manifest.');
  });
});
