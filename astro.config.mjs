// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { devPreview } from './src/data/dev-preview.ts';
import { siteUrl } from './src/data/site-url.ts';

const { site, base } = siteUrl();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Each `npm run build` gives Astro a cache folder of its own (src/data/build.ts).
  ...(process.env.RAPOR_CACHE_DIR ? { cacheDir: process.env.RAPOR_CACHE_DIR } : {}),
  integrations: [mdx(), devPreview()],
  i18n: {
    defaultLocale: 'id',
    locales: ['id', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  // Scripts and styles as files, never inline: a strict Content-Security-Policy can then forbid inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
