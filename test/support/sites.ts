/**
 * The fixture sites that several test files read, each built once per run and shared: the first
 * file to ask for one builds it, the others wait until it is there. Where they live comes from the
 * run's global setup (test/support/global-setup.ts, `provide`/`inject`). A shared site is read-only:
 * a test that writes into a built site copies it first (`copyOf`). Tests of the build itself
 * (atomicity, locks, signals, failing data, subsets) build their own with test/support/build.ts.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { writeOpdSplitSite } from '../fixtures/opd-split.ts';
import { writeSiteFolder } from '../fixtures/site.ts';
import { root, runBuild } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's shared sites. */
    sharedSites: string;
  }
}

/** Each shared site: its data folder (written when it is built; none: the example in data/, DATA_DIR unset) and its `npm run build` options. */
const RECIPES = {
  /** The example in data/, with the PDFs of its latest published edition. */
  example: () => ({ flags: [] }),
  'example-no-pdf': () => ({ flags: ['--no-pdf'] }),
  /** test/fixtures/site.ts: published editions, renamed and merged OPD, hostile names. */
  fixture: () => ({ dataDir: writeSiteFolder(), flags: [] }),
  'fixture-no-pdf': () => ({ dataDir: writeSiteFolder(), flags: ['--no-pdf'] }),
  /** test/fixtures/opd-split.ts: a pemda's OPD in their own files, across published editions. */
  'opd-split-no-pdf': () => ({ dataDir: writeOpdSplitSite(), flags: ['--no-pdf'] }),
} satisfies Record<string, () => { dataDir?: string; flags: string[] }>;

export type SharedSiteName = keyof typeof RECIPES;

export interface SharedSite {
  /** The built site (read it, never write into it). */
  dist: string;
  /** The data folder it was built from. */
  dataDir: string;
  /** What its build printed (stdout, then stderr). */
  log: string;
}

type Outcome = ({ ok: true } & SharedSite) | { ok: false; log: string };

/** A build waited for by another test file may take long on a loaded machine: a PDF build there takes minutes. */
const WAIT_MS = 20 * 60_000;

/** The timeout of a hook that asks for a shared site: room for its build, or for another file's, on a loaded machine. */
export const SHARED_SITE_TIMEOUT = 600_000;

const known = new Map<SharedSiteName, Promise<SharedSite>>();

/** The site `name`, built by whichever test file asked first in this run. */
export function sharedSite(name: SharedSiteName): Promise<SharedSite> {
  if (!known.has(name)) known.set(name, buildOrWait(name));
  return known.get(name)!;
}

async function buildOrWait(name: SharedSiteName): Promise<SharedSite> {
  const folder = join(inject('sharedSites'), name);
  const outcomeFile = join(folder, 'outcome.json');
  let claimed = true;
  try {
    // Creating the folder is the claim: exactly one file of the run succeeds.
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    claimed = false;
  }
  if (claimed) {
    let outcome: Outcome;
    try {
      const recipe: { dataDir?: string; flags: string[] } = RECIPES[name]();
      const dist = join(folder, 'dist');
      const run = runBuild(dist, recipe);
      const log = `${run.stdout}\n${run.stderr}`;
      outcome = run.status === 0 ? { ok: true, dist, dataDir: recipe.dataDir ?? join(root, 'data'), log } : { ok: false, log };
    } catch (error) {
      outcome = { ok: false, log: String(error instanceof Error ? error.stack : error) };
    }
    // Written whole, then renamed: a waiting file never reads half of it.
    writeFileSync(`${outcomeFile}.part`, JSON.stringify(outcome));
    renameSync(`${outcomeFile}.part`, outcomeFile);
  }
  for (const deadline = Date.now() + WAIT_MS; !existsSync(outcomeFile); await sleep(200)) {
    if (Date.now() > deadline) throw new Error(`the shared site ${name} was not built within ${WAIT_MS / 60_000} minutes (${folder})`);
  }
  const outcome = JSON.parse(readFileSync(outcomeFile, 'utf8')) as Outcome;
  if (!outcome.ok) throw new Error(`the build of the shared site ${name} failed:\n${outcome.log}`);
  return { dist: outcome.dist, dataDir: outcome.dataDir, log: outcome.log };
}

/** A copy of a built site in a fresh temporary folder, for a test that writes into it. */
export function copyOf(dist: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'rapor-site-')), 'dist');
  cpSync(dist, copy, { recursive: true });
  return copy;
}
