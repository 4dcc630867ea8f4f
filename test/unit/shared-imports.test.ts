/**
 * Build-time components and browser code meet only in src/shared: a component importing a browser
 * module (or the reverse) would pull one side's code into the other's bundle or build. A component's,
 * layout's or page's own `<script>` is browser code, and imports from src/client.
 */
import { describe, expect, it } from 'vitest';
import { importsOf, into } from '../support/imports.ts';

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
