/**
 * Every built page of the example: valid HTML (html-validate, recommended rules; `long-title` off,
 * since every title names the publisher), and every internal link, anchor and asset resolves, with no
 * page left unreachable.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_SITE_TIMEOUT, sharedSite } from '../support/sites.ts';
import { htmlErrors, htmlFiles, linkProblems } from '../support/site-checks.ts';

let dist: string;
let pages: string[];

beforeAll(async () => {
  ({ dist } = await sharedSite('example'));
  pages = htmlFiles(dist).sort();
}, SHARED_SITE_TIMEOUT);

describe('the built example site', () => {
  it('is valid HTML on every page', async () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(await htmlErrors(dist, pages)).toEqual([]);
  });

  it('has no broken internal link, anchor or asset, and no orphan page', () => {
    const { broken, orphans } = linkProblems(dist, pages);
    expect(broken).toEqual([]);
    expect(orphans).toEqual([]);
  });
});
