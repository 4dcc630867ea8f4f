/** Debian's Chromium driven by playwright-core, launched as the PDF step launches it: never a downloaded browser. */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/build/pdf/chromium.ts';
import { environment } from '../../src/environment.ts';

export const CHROMIUM = environment().chromiumPath;

/**
 * Browser tests run where Chromium is installed, and always in CI (where .ci/run installs it, and
 * a missing browser is a failure). On a developer machine without it they are skipped, loudly.
 */
export const browserTests = existsSync(CHROMIUM) || process.env.CI !== undefined;
if (!browserTests) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);

export const launch = (): Promise<Browser> => launchChromium(CHROMIUM);
