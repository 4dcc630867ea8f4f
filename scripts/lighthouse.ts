/**
 * `npm run lighthouse [-- --outDir <dir>] [--cari <query>]`: Lighthouse's mobile performance score of
 * the heaviest page of each type of a built site (dist/ by default), served as `npm run preview`
 * serves it (src/commands/site-server.ts), with the machine's Chromium (CHROMIUM_PATH). The search page
 * is measured with a query (`--cari`, "Kabupaten" by default). Lighthouse itself is fetched by npm on
 * first use (src/bench/lighthouse.ts). Exits non-zero when a page scores under the budget.
 */
import { heaviestPages, lighthouse, lighthouseLines, resultOf, LIGHTHOUSE_BUDGET, type LighthouseResult } from '../src/bench/lighthouse.ts';
import { sitePageTypes } from '../src/bench/page-types.ts';
import { flagValue } from '../src/commands/args.ts';
import { serveSite } from '../src/commands/site-server.ts';
import { requireBuiltSite } from '../src/commands/site-folder.ts';
import { siteUrl } from '../src/data/site-url.ts';
import { environment } from '../src/environment.ts';

const args = process.argv.slice(2);
const dir = flagValue(args, '--outDir') || 'dist';
requireBuiltSite(dir);
const pages = heaviestPages(sitePageTypes(dir), flagValue(args, '--cari') ?? 'Kabupaten');
const { base } = siteUrl(environment().dataDir);
const server = await serveSite(dir, { base });
const results: LighthouseResult[] = [];
try {
  for (const path of pages) {
    // Page paths are the site's own, under its base path.
    const report = (await lighthouse(new URL(path.slice(1), server.url).href, environment().chromiumPath)) as Parameters<typeof resultOf>[1];
    results.push(resultOf(path, report));
    console.log(`${results.at(-1)!.score} ${path}`);
  }
} finally {
  await server.close();
}
for (const line of lighthouseLines(results)) console.log(line);
process.exit(results.every((result) => result.score >= LIGHTHOUSE_BUDGET) ? 0 : 1);
