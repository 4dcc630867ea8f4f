/**
 * The editor guides show what Rapor really prints: their sample outputs are compared with the output
 * of the same commands on the example data (copied, changed as each sample says), and every
 * `npm run` command they name exists.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newEdition } from '../../src/commands/new-edition.ts';
import { validateFolder } from '../../src/data/validate.ts';
import { root } from '../support/build.ts';

const GUIDES = ['docs/panduan-editor.md', 'docs/editor-guide.md'];
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The lines of the first ```text block of `guide` whose text holds `marker`. */
function sample(guide: string, marker: string): string[] {
  const block = [...read(guide).matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes(marker));
  if (block === undefined) throw new Error(`${guide}: no sample holding ${marker}`);
  return block.trimEnd().split('\n');
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the example data with `change` applied to some of its files (path relative to the data folder → new text). */
function exampleCopy(change: Record<string, (text: string) => string> = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rapor-guide-')), 'data');
  made.push(dir);
  cpSync(join(root, 'data'), dir, { recursive: true });
  for (const [path, edit] of Object.entries(change)) writeFileSync(join(dir, path), edit(readFileSync(join(dir, path), 'utf8')));
  return dir;
}

describe.each(GUIDES)('%s', (guide) => {
  it('names only npm commands that exist', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);
    const named = new Set([...read(guide).matchAll(/npm run (?:--silent )?([a-z][\w-]*)/g)].map((m) => m[1]!));
    expect([...named].filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('shows the summary validate prints after new-edition 2026 --from 2025', () => {
    const dir = exampleCopy();
    expect(newEdition(dir, { tahun: '2026', from: '2025', currentYear: 2026 }).ok).toBe(true);
    const shown = sample(guide, 'Data valid:');
    expect(shown.slice(shown.findIndex((line) => line.startsWith('Data valid:')))).toEqual(validateFolder(dir).lines.join('\n').split('\n'));
  });

  it('shows the problems validate prints for a renamed column and a line with a separator missing', () => {
    const dir = exampleCopy({
      '2025/opd.csv': (text) =>
        text
          .replace(';nilai;', ';Nilai SAKIP;')
          .split('\n')
          .map((line, i) => (i === 10 ? line.replace(';Data fiktif', 'Data fiktif') : line))
          .join('\n'),
    });
    const shown = sample(guide, 'kolom wajib nilai tidak ada');
    expect(shown.slice(1)).toEqual(validateFolder(dir).lines.join('\n').split('\n'));
  });

  it('shows messages that name a cause as validate prints them', () => {
    const dir = exampleCopy({
      '2025/opd.csv': (text) => text.replace(/(\d+),(\d+)/g, '$1;$2'),
      '2024/sakip.csv': (text) => text.replace('\n99.71;', '\n99,71;'),
      '2024/opd.csv': (text) => text.replace(';99.71.bpkad;', ';99.71.bpakd;'),
    });
    // The Indonesian guide shows them in Indonesian (--lang id), the English one in English.
    const [lang, marker] = guide.includes('panduan') ? (['id', 'dua pemisah'] as const) : (['en', 'two separators'] as const);
    const printed = validateFolder(dir, lang).lines;
    for (const line of sample(guide, marker)) expect(printed).toContain(line);
  });
});
