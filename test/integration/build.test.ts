import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runBuild } from '../support/build.ts';
import { SHARED_SITE_TIMEOUT, sharedSite } from '../support/sites.ts';

const build = (outDir: string, dataDir?: string, flags: string[] = []) => runBuild(outDir, { dataDir, flags });
/** Nothing to worry an editor: no warning about the example's chapters (Astro's head-inject directive) or anything else. */
const WARNING = /\[WARN\]|module level directive/;

describe('npm run build', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapor-build-'));
  const outDir = join(work, 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'published.txt'), 'the previous site');

  it('refuses bad data, builds nothing and leaves the previous output exactly as it was', () => {
    const bad = join(work, 'bad-data');
    mkdirSync(bad);
    writeFileSync(join(bad, 'situs.json'), '{"nama": "X"}');
    const run = build(outDir, bad);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('situs.json:1:1:');
    expect(run.stderr).toContain('instansi.csv:1:1:');
    expect(readFileSync(join(outDir, 'published.txt'), 'utf8')).toBe('the previous site');
    // Nothing of the refused build is left beside the output.
    expect(existsSync(join(work, '.dist.build'))).toBe(false);
  });

  it('builds the example data into a site whose pages carry the data, printing no warning', async () => {
    // The full build (with its PDFs) is the run's shared one; this one, without PDFs, replaces a previous output.
    expect((await sharedSite('example')).log).not.toMatch(WARNING);
    const run = build(outDir, undefined, ['--no-pdf']);
    expect(run.status, run.stderr).toBe(0);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(WARNING);
    expect(existsSync(join(outDir, 'published.txt'))).toBe(false);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const situs = JSON.parse(readFileSync(join(root, 'data', 'situs.json'), 'utf8'));
    expect(html).toContain(`<h1>${situs.nama}</h1>`);
    const methodology = readFileSync(join(outDir, 'en', 'metodologi', 'index.html'), 'utf8');
    expect(methodology).toContain('<html lang="en">');
    expect(methodology).toContain('PermenPAN-RB 88/2021');
    expect(existsSync(join(work, '.dist.build'))).toBe(false);
  }, SHARED_SITE_TIMEOUT);
});
