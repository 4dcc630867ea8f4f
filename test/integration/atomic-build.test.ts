/**
 * A failed build leaves the published folder exactly as it was, whether it fails early (a broken
 * narrative chapter, refused by validation) or late (after Astro built the pages).
 */
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runBuild } from '../support/build.ts';
import { publishedSite, snapshot } from '../support/files.ts';

const build = (outDir: string, dataDir: string, flags: string[] = ['--no-pdf'], env: NodeJS.ProcessEnv = {}) => runBuild(outDir, { dataDir, flags, env });

describe('a failed build never damages the published output', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapor-atomic-'));
  const outDir = join(work, 'dist');
  const before = publishedSite(outDir);

  /** The example data with one more chapter in the draft edition. */
  function dataWithChapter(name: string, source: string): string {
    const data = join(mkdtempSync(join(work, 'data-')), 'data');
    cpSync(join(root, 'data'), data, { recursive: true });
    writeFileSync(join(data, '2025', 'narasi', name), source);
    return data;
  }

  it('a data folder that does not exist is refused with its fix, not a stack trace', () => {
    const run = build(outDir, join(work, 'tidak-ada'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('folder data tidak ditemukan. Periksa DATA_DIR');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
    expect(snapshot(outDir)).toEqual(before);
  });

  it('a chapter with broken MDX syntax is refused with its file, line and column', () => {
    const data = dataWithChapter('02-rusak.mdx', '---\ntitle: Bab rusak\n---\n\nTeks biasa.\n\n<Nilai dataset="sakip" kode="99.71"\n');
    const run = build(outDir, data);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/2025\/narasi\/02-rusak\.mdx:\d+:\d+/);
    expect(snapshot(outDir)).toEqual(before);
  });

  it('a build that fails after Astro succeeded (the PDF printer crashes) leaves dist/ as it was', () => {
    // A Chromium that answers --version, so the build plans PDFs, then dies when it is launched.
    const crashing = join(work, 'chromium-that-crashes');
    writeFileSync(crashing, '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "Chromium 1.2.3"; exit 0; fi\necho "crashed" >&2; exit 1\n', { mode: 0o755 });
    const run = build(outDir, join(root, 'data'), [], { CHROMIUM_PATH: crashing });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/chromium|Chromium/);
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(work)).not.toContain('.dist.build');
  });
});
