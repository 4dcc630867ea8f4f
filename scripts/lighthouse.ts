/**
 * `npm run lighthouse [-- --outDir <dir>] [--cari <query>]`: Lighthouse's mobile performance score of
 * the heaviest page of each type of a built site (dist/ by default), served as `npm run preview`
 * serves it (src/data/site-server.ts), with the machine's Chromium (CHROMIUM_PATH). The search page
 * is measured with a query (`--cari`, "Kabupaten" by default). Lighthouse itself is fetched by npm on
 * first use (src/bench/lighthouse.ts). Exits non-zero when a page scores under the budget.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { heaviestPages, lighthouse, lighthouseLines, resultOf, LIGHTHOUSE_BUDGET, type LighthouseResult } from '../src/bench/lighthouse.ts';
import { sitePageTypes } from '../src/bench/page-types.ts';
import { serveSite } from '../src/data/site-server.ts';
import { siteUrl } from '../src/data/site-url.ts';
import { chromiumPath } from '../src/pdf/chromium.ts';

const args = process.argv.slice(2);
const option = (flag: string): string | undefined => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const dir = option('--outDir') ?? 'dist';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`Tidak ada situs di ${dir}/; bangun dulu dengan npm run build. [No site in ${dir}/; build it first with npm run build.]`);
  process.exit(1);
}
const pages = heaviestPages(sitePageTypes(dir), option('--cari') ?? 'Kabupaten');
const { base } = siteUrl();
const server = await serveSite(dir, { base });
const results: LighthouseResult[] = [];
try {
  for (const path of pages) {
    // Page paths are the site's own, under its base path.
    const report = (await lighthouse(new URL(path.slice(1), server.url).href, chromiumPath())) as Parameters<typeof resultOf>[1];
    results.push(resultOf(path, report));
    console.log(`${results.at(-1)!.score} ${path}`);
  }
} finally {
  await server.close();
}
for (const line of lighthouseLines(results)) console.log(line);
process.exit(results.every((result) => result.score >= LIGHTHOUSE_BUDGET) ? 0 : 1);
