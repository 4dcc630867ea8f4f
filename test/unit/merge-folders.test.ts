import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeFolderInto } from '../../src/build/merge-folders.ts';
import { hashTree } from '../../src/data/hash.ts';
import { folderWith } from '../support/files.ts';

const folder = (files: Record<string, string>): string => folderWith(files, 'rapor-merge-');

describe('merging the output of several Astro processes', () => {
  it('moves in what only one wrote, at any depth, and accepts identical copies', () => {
    const target = folder({ 'index.html': 'home', '_astro/app.js': 'js', 'instansi/11/index.html': 'a' });
    const source = folder({ 'index.html': 'home', '_astro/app.js': 'js', 'instansi/12/index.html': 'b', 'en/index.html': 'en' });
    mergeFolderInto(target, source);
    expect(Object.keys(hashTree(target)).sort()).toEqual(['_astro/app.js', 'en/index.html', 'index.html', 'instansi/11/index.html', 'instansi/12/index.html']);
    expect(readFileSync(join(target, 'instansi/12/index.html'), 'utf8')).toBe('b');
  });

  it('refuses two different copies of one file, naming it', () => {
    const target = folder({ 'sitemap-0.xml': '<urlset>a</urlset>' });
    const source = folder({ 'sitemap-0.xml': '<urlset>b</urlset>' });
    expect(() => mergeFolderInto(target, source)).toThrow(/different copies of sitemap-0\.xml/);
  });

  it('refuses a file where the other wrote a folder', () => {
    const target = folder({ 'data/index.html': 'x' });
    const source = folder({ data: 'x' });
    expect(() => mergeFolderInto(target, source)).toThrow(/different copies of data/);
  });
});
