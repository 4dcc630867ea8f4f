/** `npm run pdf` where it cannot print: a clear message, exit 1 (or 0 when there is nothing to print), no stack trace. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFolder } from '../fixtures/folder.ts';
import { publishedFolder } from '../locks/published-folder.ts';
import { browserTests } from '../support/browser.ts';
import { npmRun } from '../support/npm.ts';

/** A folder that passes for a built site: the step looks for its index.html before anything else. */
function fakeSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapor-site-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  return dir;
}

function pdf(env: NodeJS.ProcessEnv, ...args: string[]) {
  const run = npmRun('pdf', args, { env });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run pdf', () => {
  it('says how to install Chromium when there is none', () => {
    const { status, output } = pdf({ CHROMIUM_PATH: '/nonexistent/chromium' }, '--dist', fakeSite());
    expect(status).toBe(1);
    expect(output).toContain('Chromium not found at /nonexistent/chromium');
    expect(output).toContain('apt-get install chromium');
    expect(output).toContain('CHROMIUM_PATH');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('says to build first when there is no site', () => {
    const { status, output } = pdf({}, '--dist', join(tmpdir(), 'rapor-no-such-site'));
    expect(status).toBe(1);
    expect(output).toContain('run `npm run build` first');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('prints nothing, and says so, when no edition is published', () => {
    const { status, output } = pdf({ DATA_DIR: writeFolder() }, '--dist', fakeSite());
    expect(status).toBe(0);
    expect(output).toContain('No edition is published yet, so no PDF was made.');
  });

  it.runIf(browserTests)('refuses to print a page with something wider than the paper, naming it', () => {
    // Chromium would shrink every page of the report to fit it.
    const site = fakeSite();
    mkdirSync(join(site, 'laporan', '2024', 'cetak'), { recursive: true });
    writeFileSync(
      join(site, 'laporan', '2024', 'cetak', 'index.html'),
      '<!doctype html><html lang="id"><head><meta name="rapor:title" content="Rapor 2024"><meta name="rapor:author" content="Penerbit"></head>' +
        '<body><nav class="toc"><span class="toc-page" data-target="a"></span></nav><section id="a"><table><tr><td>' +
        'Data&nbsp;fiktif&nbsp;'.repeat(20) +
        '</td></tr></table></section></body></html>',
    );
    const { status, output } = pdf({ DATA_DIR: publishedFolder() }, '--dist', site);
    expect(status).toBe(1);
    expect(output).toContain('too wide for the page: <td> "Data');
    expect(output).not.toMatch(/\n\s+at /);
  });
});
