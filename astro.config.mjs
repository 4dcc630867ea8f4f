// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { siteUrl } from './src/data/site-url.ts';

const { site, base } = siteUrl();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
  i18n: {
    defaultLocale: 'id',
    locales: ['id', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  // Scripts and styles as files, never inline: a strict Content-Security-Policy can then forbid inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
