/**
 * `robots.txt`: every crawler may read everything. Drafts are kept out of search results by their own
 * `noindex`, not here: a crawler must fetch a page to see it, and a blocked URL can still be listed.
 */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
