/**
 * Components and layouts render what they are given: the pages (src/pages) fetch the site's Dataset,
 * build info, subset mark and narrative chapters from the Astro bridge (src/astro) and pass them down
 * as props. A component asking the bridge or Astro's content store itself, directly or through a
 * helper, would hide where its values come from.
 */
import { describe, expect, it } from 'vitest';
import { importChain, modulesIn, specifiersOf } from '../support/imports.ts';

const SITE_STATE = ['astro/site-context.ts', 'astro/site-dataset.ts'];

/** Each module of the folders that reaches a reader of the site's state, with the chain of imports. */
const readersIn = (...folders: string[]): string[] =>
  folders.flatMap(modulesIn).flatMap((module) => SITE_STATE.flatMap((target) => importChain(module, target)?.join(' → ') ?? []));

describe('components and layouts are given the site state as props', () => {
  it('nothing under src/components or src/layouts imports src/astro/site-context.ts or site-dataset.ts, nor a module that does', () => {
    expect(modulesIn('components').length).toBeGreaterThan(0);
    expect(readersIn('components', 'layouts')).toEqual([]);
  });

  it("nor Astro's content store: a page hands a narrative chapter's rendered MDX down (src/astro/rendered-narasi.ts)", () => {
    const modules = ['components', 'layouts'].flatMap(modulesIn);
    expect(modules.filter((module) => specifiersOf(module).includes('astro:content'))).toEqual([]);
  });

  it('the pages do: they fetch it and hand it down', () => {
    expect(readersIn('pages')).toContain('pages/[...lang]/data.astro → astro/site-context.ts');
  });
});
