// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig, logHandlers } from 'astro/config';
import { onBundleWarning } from './src/astro/bundle-warnings.ts';
import { devWatch } from './src/astro/dev-watch.ts';
import { narasiContentPlugin } from './src/domain/narasi-content.ts';
import { siteUrl } from './src/data/site-url.ts';
import { siteContext } from './src/astro/site-context.ts';
import { syncedSignal } from './src/build/process/synced-signal.ts';

// What `npm run build` told this process (src/build/context.ts); in `npm run dev`, the data folder alone.
const { dataDir, astro } = siteContext();
const { site, base } = siteUrl(dataDir);

// Astro is pinned (package-lock.json): `npm run dev` must not invite an editor to `npx @astrojs/upgrade`.
// Astro reads this after loading the config, before its update check; set here, it holds on every system.
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';

export default defineConfig({
  site,
  base,
  // (`npm run dev` relaxes this for files served by endpoints: src/astro/dev-watch.ts.)
  trailingSlash: 'always',
  // The preview shows the site as it is built: no toolbar of Astro's own over it.
  devToolbar: { enabled: false },
  // Each Astro process of `npm run build` gets a cache folder of its own (src/build/astro-step.ts).
  ...(astro ? { cacheDir: astro.cacheDir } : {}),
  // `npm run build` (src/build/astro-step.ts) keeps Astro's warnings and errors only: its line per page
  // is 28 000 lines a process at national scale, ≈ 2 s of each process's time.
  ...(astro ? { logger: logHandlers.node({ level: 'warn' }) } : {}),
  // Narrative chapters are content, not code: the MDX compiler refuses import/export, {expressions} and
  // HTML outside an allow-list (src/domain/narasi-content.ts), even when validation was skipped.
  integrations: [mdx({ processor: satteri({ mdastPlugins: [narasiContentPlugin] }) }), devWatch(dataDir), syncedSignal(astro?.synced)],
  // Scripts and styles as files, never inline: a strict Content-Security-Policy can then forbid inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: { assetsInlineLimit: 0, rolldownOptions: { onwarn: onBundleWarning } },
    // Chart.js is imported lazily: prepared when `npm run dev` starts, not found on a page's first view,
    // which would answer 504 and reload that page.
    optimizeDeps: { include: ['chart.js'] },
  },
});
