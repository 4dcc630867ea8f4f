/**
 * Build-time components and browser code meet only in src/shared: a component importing a browser
 * module (or the reverse) would pull one side's code into the other's bundle or build. A component's,
 * layout's or page's own `<script>` is browser code, and imports from src/client.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** What runs at build time: a module, or an Astro file's frontmatter. */
const buildTimeCode = (path: string, text: string): string => (path.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text);

/** Every relative import of the build-time code in a folder of src, as `file → imported file`, both relative to src. */
function importsOf(folder: string): string[] {
  const files = readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|astro)$/.test(file));
  return files.flatMap((file) => {
    const path = join(SRC, folder, file);
    const specifiers = buildTimeCode(path, readFileSync(path, 'utf8')).matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g);
    return [...specifiers].map(([, specifier]) => `${relative(SRC, path)} → ${relative(SRC, resolve(dirname(path), specifier!))}`);
  });
}

const into = (folder: string) => (line: string) => line.split(' → ')[1]!.startsWith(`${folder}/`);

describe('src/shared between components and the browser', () => {
  it('no component imports browser code, and no browser code a component', () => {
    expect(importsOf('components').filter(into('client'))).toEqual([]);
    expect(importsOf('client').filter(into('components'))).toEqual([]);
  });

  it('no page or layout imports browser code at build time: what they hand a script is typed in src/shared', () => {
    expect([...importsOf('pages'), ...importsOf('layouts')].filter(into('client'))).toEqual([]);
  });

  it('shared code imports neither side', () => {
    const shared = importsOf('shared');
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.filter((line) => into('client')(line) || into('components')(line))).toEqual([]);
  });
});
