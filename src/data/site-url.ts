/**
 * The site's URL and base path from the data folder's situs.json, for astro.config. A missing or
 * broken situs.json is reported by validation; here it only falls back so that the config loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function siteUrl(dir: string): { site?: string; base: string } {
  try {
    const url = new URL(JSON.parse(readFileSync(join(dir, 'situs.json'), 'utf8')).url);
    return { site: url.origin, base: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/` };
  } catch {
    return { base: '/' };
  }
}
