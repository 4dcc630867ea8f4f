/** What astro.config.mjs settles for `npm run dev` and `npm run build` besides the site itself. */
import { describe, expect, it } from 'vitest';
import { isHeadInjectNotice, onBundleWarning } from '../../src/astro/bundle-warnings.ts';

const HEAD_INJECT = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: 'The semantics of the module level directive "use astro:head-inject" in "../../../data/2024/narasi/01-analisis.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('astro.config.mjs', () => {
  it('turns off the update check (Astro is pinned) and the dev toolbar (the preview shows the site as built)', async () => {
    delete process.env.ASTRO_DISABLE_UPDATE_CHECK;
    const { default: config } = await import('../../astro.config.mjs');
    // Astro's dev server skips its check, and its `npx @astrojs/upgrade` prompt, when this is "true".
    expect(process.env.ASTRO_DISABLE_UPDATE_CHECK).toBe('true');
    expect(config.devToolbar).toEqual({ enabled: false });
    expect(config.vite?.build?.rolldownOptions?.onwarn).toBe(onBundleWarning);
  });
});

describe('onBundleWarning', () => {
  it('drops only the notice about Astro’s own head-inject directive', () => {
    const kept: unknown[] = [];
    const other = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.ts" may not be preserved when bundling.' };
    const unused = { code: 'UNUSED_EXTERNAL_IMPORT', message: '"use astro:head-inject" named in another warning' };
    for (const warning of [HEAD_INJECT, other, unused]) onBundleWarning(warning, (w) => kept.push(w));
    expect(kept).toEqual([other, unused]);
    expect(isHeadInjectNotice(HEAD_INJECT)).toBe(true);
  });
});
