// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig, logHandlers } from 'astro/config';
import { devPreview } from './src/data/dev-preview.ts';
import { chapterContentPlugin } from './src/domain/chapter-content.ts';
import { siteUrl } from './src/data/site-url.ts';
import { syncedSignal } from './src/data/synced-signal.ts';

const { site, base } = siteUrl();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Each Astro process of `npm run build` gets a cache folder of its own (src/data/astro-step.ts).
  ...(process.env.RAPOR_CACHE_DIR ? { cacheDir: process.env.RAPOR_CACHE_DIR } : {}),
  // `npm run build` (src/data/astro-step.ts) keeps Astro's warnings and errors only: its line per page
  // is 28 000 lines a process at national scale, ≈ 2 s of each process's time.
  ...(process.env.RAPOR_ASTRO_LOG ? { logger: logHandlers.node({ level: /** @type {import('astro').AstroLoggerLevel} */ (process.env.RAPOR_ASTRO_LOG) }) } : {}),
  // Narrative chapters are content, not code: the MDX compiler refuses import/export, {expressions} and
  // HTML outside an allow-list (src/domain/chapter-content.ts), even when validation was skipped.
  integrations: [mdx({ processor: satteri({ mdastPlugins: [chapterContentPlugin] }) }), devPreview(), syncedSignal()],
  // Scripts and styles as files, never inline: a strict Content-Security-Policy can then forbid inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
