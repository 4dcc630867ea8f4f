/**
 * `npm run verify` against the manifest of a site just built: a good manifest passes, a tampered one
 * fails file by file; given the site itself (a folder or a URL), every file served is checked too.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFingerprintOf, type Manifest } from '../../src/build/manifest.ts';
import { HOST_ONLY } from '../../src/site/host-config.ts';
import { writeFolder } from '../fixtures/folder.ts';
import { npmRun, npmStart, outcomeOf } from '../support/npm.ts';
import { serve } from '../support/serve.ts';

const work = mkdtempSync(join(tmpdir(), 'rapor-verify-test-'));
const dataDir = writeFolder();
const npm = (script: string, ...args: string[]) => npmRun(script, args, { dataDir });
/** As `npm`, without blocking this process: a server in it must answer the verify it runs. */
const npmAsync = (script: string, ...args: string[]) => outcomeOf(npmStart(script, args, { dataDir }));
let manifest: Manifest;

beforeAll(() => {
  // Without PDFs, so that each verify here rebuilds without them (five rebuilds): a rebuild with its
  // PDFs, verified over HTTP, is test/e2e/deploy.test.ts's.
  const run = npm('build', '--outDir', join(work, 'dist'), '--no-pdf');
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  manifest = JSON.parse(readFileSync(join(work, 'dist', 'manifest.json'), 'utf8'));
}, 180_000);

describe('the build fingerprint', () => {
  it('is the hash of what the build was made from, and the print version’s colophon carries it', () => {
    const { output: _, fingerprint, ...info } = manifest;
    expect(fingerprint).toBe(buildFingerprintOf(info));
    expect(readFileSync(join(work, 'dist', 'laporan', '2024', 'cetak', 'index.html'), 'utf8')).toContain(`<code>${fingerprint}</code>`);
  });
});

describe('npm run verify', () => {
  it('passes a rebuild that matches its manifest, every file listed', () => {
    const run = npm('verify', join(work, 'dist', 'manifest.json'), '--lang', 'en');
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
    const run = npm('verify', file, '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('differs  site/index.html');
    expect(run.stderr).toContain('missing  site/laporan/2030/index.html');
    expect(run.stderr).toContain('extra    site/en/index.html');
    expect(run.stderr).toContain('The rebuild does NOT match the manifest.');
  });
});

describe('npm run verify -- <site folder or URL>', () => {
  /** A copy of the site with one byte of a report changed, a page removed and a file added. */
  const tamperedSite = (): string => {
    // Inside a host folder with its own 404 page, so that the site can be served under a base path.
    const site = join(work, 'host', 'situs');
    cpSync(join(work, 'dist'), site, { recursive: true });
    const page = join(site, 'laporan', '2024', 'index.html');
    const bytes = readFileSync(page);
    bytes[bytes.length - 2] = bytes.at(-2)! ^ 1;
    writeFileSync(page, bytes);
    rmSync(join(site, 'en', 'index.html'));
    appendFileSync(join(site, 'tambahan.html'), '<p>tidak dibangun</p>');
    writeFileSync(join(work, 'host', '404.html'), '<p>tidak ada</p>');
    return site;
  };
  let tampered: ReturnType<typeof npm> | undefined;
  const verifyTampered = () => (tampered ??= npm('verify', tamperedSite(), '--lang', 'en'));

  it('passes the untouched folder: every file served is the one listed, and the rebuild matches', () => {
    const run = npm('verify', join(work, 'dist'), '--lang', 'en');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('match    served/laporan/2024/index.html');
    expect(run.stdout).toContain(`${Object.keys(manifest.output).length} match, 0 differs, 0 missing, 0 extra`);
    expect(run.stdout).toContain('The files served match the manifest.');
    expect(run.stdout).toContain('The rebuild matches the manifest.');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('This site is exactly what its manifest says.');
  }, 180_000);

  it('fails a folder with one byte changed, naming that file', () => {
    const run = verifyTampered();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('differs  served/laporan/2024/index.html');
    expect(run.stderr).toContain(`${Object.keys(manifest.output).length - 2} match, 1 differs, 1 missing, 1 extra`);
    expect(run.stderr).toContain('The files served do NOT match the manifest.');
    // The checkout itself still rebuilds to the manifest: only the served copy was changed.
    expect(run.stderr).toContain('The rebuild matches the manifest.');
    expect(run.stderr).not.toContain('This site is exactly what its manifest says.');
  }, 180_000);

  it('names a removed file as missing', () => {
    expect(verifyTampered().stderr).toContain('missing  served/en/index.html');
  }, 180_000);

  it('names an added file as extra', () => {
    expect(verifyTampered().stderr).toContain('extra    served/tambahan.html');
  }, 180_000);

  it('checks a site over HTTP under its base path, saying extra files cannot be known there', async () => {
    verifyTampered();
    const server = await serve(join(work, 'host'));
    try {
      // The site lives at /situs on this server: listed paths are fetched under it, not at the root.
      const run = await npmAsync('verify', `${server.url}/situs`, '--lang', 'en');
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`The site's files as served at ${server.url}/situs, compared with its manifest:`);
      expect(run.stderr).toContain('match    served/index.html');
      expect(run.stderr).toContain('differs  served/laporan/2024/index.html');
      expect(run.stderr).toContain('missing  served/en/index.html');
      // The host's own files (.htaccess, _headers), which a web server reads and does not send, are not asked for.
      expect(run.stderr).toContain(`${Object.keys(manifest.output).length - 2 - HOST_ONLY.length} match, 1 differs, 1 missing, 0 extra`);
      for (const file of HOST_ONLY) expect(run.stderr).not.toContain(`served/${file}`);
      expect(run.stderr).not.toContain('served/tambahan.html');
      expect(run.stderr).toContain('note: extra files cannot be known over a URL');
    } finally {
      await server.close();
    }
  }, 180_000);

  it('stops with a clear message, no stack trace, for an unreachable URL or a manifest that is not Rapor’s', async () => {
    // A port that was free a moment ago: nothing answers there.
    const closed = await serve(work);
    await closed.close();
    const unreachable = await npmAsync('verify', `${closed.url}/situs`, '--lang', 'en');
    expect(unreachable.status).toBe(2);
    expect(unreachable.stderr.trim()).toBe(`${closed.url}/situs/manifest.json: tidak dapat dihubungi [unreachable] (ECONNREFUSED)`);
    const foreign = join(work, 'lain');
    cpSync(join(work, 'dist'), foreign, { recursive: true });
    writeFileSync(join(foreign, 'manifest.json'), JSON.stringify({ name: 'some-package', version: '1.0.0' }));
    for (const run of [npm('verify', foreign), npm('verify', join(foreign, 'manifest.json'))]) {
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('manifest.json: bukan manifes Rapor [not a Rapor manifest]: no "rapor"');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
