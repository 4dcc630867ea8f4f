/**
 * The build's side of "chapters are content, not code" (issue 19, finding 1): with validation out of
 * the way, the project's own astro.config.mjs still refuses a chapter that would run code. A small
 * Astro project in a temporary folder takes that config as it is, minus the data folder and its
 * validating loaders, and builds one hostile MDX page with the project's Astro. A control build of
 * the same page with a plain mdx() shows that the page does run its code when nothing stops it. And
 * the build loads exactly the chapters the validator read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { narasiContentPlugin } from '../../src/domain/narasi-content.ts';
import { buildSite, root } from '../support/build.ts';
import { writeFolder } from '../fixtures/folder.ts';

/** Builds `page` as src/pages/index.mdx with `config` (the body of an astro.config.mjs) and `files` under src/; its exit status and output. */
function astroBuild(page: string, config: string, files: Record<string, string> = {}): { status: number | null; output: string } {
  const project = mkdtempSync(join(tmpdir(), 'rapor-mdx-build-'));
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  mkdirSync(join(project, 'src/pages'), { recursive: true });
  writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(project, 'astro.config.mjs'), config);
  writeFileSync(join(project, 'src/pages/index.mdx'), page);
  for (const [path, content] of Object.entries(files)) writeFileSync(join(project, 'src', path), content);
  const run = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, encoding: 'utf8', env: { ...process.env, DATA_DIR: join(project, 'no-data') } });
  rmSync(project, { recursive: true, force: true });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const RAPOR_CONFIG = `import config from ${JSON.stringify(join(root, 'astro.config.mjs'))};\nexport default config;\n`;
const PLAIN_MDX_CONFIG = `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n`;

const marker = () => join(mkdtempSync(join(tmpdir(), 'rapor-ran-')), 'ran');
/** A chapter whose export writes `file` when the page module is evaluated. */
const writingExport = (file: string) => `---\ntitle: Pengantar\n---\n\nTeks.\n\nexport const x = (() => { require('fs').writeFileSync(${JSON.stringify(file)}, 'ran'); return 1; })()\n\nNilai {x}.\n`;

describe('the build compiles chapters through the content rules', () => {
  it('refuses an export that writes a file, at its line and column, and writes nothing', () => {
    const file = marker();
    const build = astroBuild(writingExport(file), RAPOR_CONFIG);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('7:1: import and export are not allowed in a chapter [Rapor]');
    expect(existsSync(file)).toBe(false);
  });

  it('refuses an import of node:child_process, and runs nothing', () => {
    const file = marker();
    const build = astroBuild(`import cp from 'node:child_process'\n\n{cp.execSync(${JSON.stringify(`touch ${file}`)}).toString()}\n`, RAPOR_CONFIG);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('1:1: import and export are not allowed in a chapter [Rapor]');
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a front-matter layout, which Astro would import and run', () => {
    const file = marker();
    const layout = `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(file)}, 'ran');\nexport default function Layout() { return ''; }\n`;
    const build = astroBuild('---\ntitle: Pengantar\nlayout: ../layout.mjs\n---\n\nTeks.\n', RAPOR_CONFIG, { 'layout.mjs': layout });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('1:1: front-matter key "layout" is not allowed in a chapter [Rapor]');
    expect(existsSync(file)).toBe(false);
  });

  it('loads exactly the chapters the validator read: an Excel lock file ~$….mdx, skipped by the validator, is not compiled either', () => {
    const file = marker();
    const out = buildSite(writeFolder({ '2024/narasi/~$01-pengantar.mdx': writingExport(file) }), '--no-pdf');
    expect(existsSync(join(out, 'laporan/2024/index.html'))).toBe(true);
    expect(existsSync(file)).toBe(false);
  });

  it('control: without the rules the same chapter runs its code in the build', () => {
    const file = marker();
    const build = astroBuild(writingExport(file), PLAIN_MDX_CONFIG);
    expect(build.status, build.output).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('refuses, as the compiler runs it, a front-matter layout (Astro would import that file) and unsafe HTML', () => {
    const compile = (source: string, frontmatter: Record<string, unknown> = { title: 'x' }) => () => mdxToJs(source, { mdastPlugins: [narasiContentPlugin], data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } } });
    expect(compile('Teks.', { title: 'x', layout: '/etc/passwd' })).toThrow('1:1: front-matter key "layout" is not allowed in a chapter [Rapor]');
    expect(compile('Teks.\n\n<img src="x" onerror="alert(1)" />')).toThrow('3:1: the HTML element <img> is not allowed in a chapter [Rapor]');
    expect(compile('Teks <a href="javascript:alert(1)">x</a>.')).toThrow('1:9: a link may only lead to an http(s) address, mailto: or a place in the page [Rapor]');
    expect(compile('Teks <em>baik</em> <Nilai dataset="opd" kode="16.74" />.')).not.toThrow();
  });
});
