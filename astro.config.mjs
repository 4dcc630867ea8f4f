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
  build: { format: 'directory' },
});
