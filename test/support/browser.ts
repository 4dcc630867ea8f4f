/**
 * The browser the tests open pages in: Debian's Chromium driven by playwright-core, never a downloaded
 * browser. Pages load in Debian's headless shell of Chromium (`apt-get install chromium-headless-shell`:
 * the same Blink as the `chromium` package without the full browser around it, as Playwright itself
 * runs headless tests), at a fraction of the full browser's CPU (docs/performance.md). Told to hint
 * fonts slightly, as Debian's fontconfig tells the full browser, it lays out and paints every page of
 * the example exactly as the full browser does, pixel for pixel. The PDFs are printed by the full
 * Chromium the build uses (`CHROMIUM`): they are the product, and the manifest names that browser.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/build/pdf/chromium.ts';
import { environment } from '../../src/environment.ts';

export const CHROMIUM = environment().chromiumPath;

export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * Browser tests run where Chromium is installed, and always in CI (where .ci/run installs it, and
 * a missing browser is a failure). On a developer machine without it they are skipped, loudly.
 */
export const browserTests = existsSync(CHROMIUM) || process.env.CI !== undefined;
if (!browserTests) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);

/** The headless shell; the full Chromium where the shell is missing, except in CI, which installs it. */
export const pagesBrowser = existsSync(HEADLESS_SHELL) || process.env.CI !== undefined ? HEADLESS_SHELL : CHROMIUM;
if (browserTests && pagesBrowser !== HEADLESS_SHELL) console.warn('Browser tests open pages in the full Chromium: apt-get install chromium-headless-shell, which runs them at a fraction of the CPU.');

/** The full browser takes its hinting from fontconfig; the shell has its own default, which sets text wider or narrower. */
const shellArgs = ['--font-render-hinting=slight'];

export async function launch(): Promise<Browser> {
  if (pagesBrowser !== HEADLESS_SHELL) return launchChromium(CHROMIUM);
  // The product's message would ask for `chromium`, which is not what is missing.
  if (!existsSync(HEADLESS_SHELL)) throw new Error(`CI opens pages in Chromium's headless shell, not found at ${HEADLESS_SHELL}: apt-get install chromium-headless-shell (.ci/run installs it).`);
  return launchChromium(HEADLESS_SHELL, shellArgs);
}
