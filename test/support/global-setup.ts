/**
 * Vitest's global setup. Every temporary folder of a test run (the tests' own `mkdtemp`s, and those
 * of the builds, validations and browsers they start) goes in one `rapor-test-<pid>-…` folder of the
 * run. It stays after the run, to look into a failure, and a later run removes it (as pytest keeps its
 * last runs' folders): removing a run's ≈ 10 000 files (≈ 85 MB) at its end slows the file creation
 * of whatever runs next on these machines' disks, for up to five minutes (docs/performance.md,
 * "Creating files"). The sites shared by several test files are built in it (test/support/sites.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { processFolder } from '../../src/build/process/process-folder.ts';

export default function setup(project: TestProject): void {
  // os.tmpdir() reads TMPDIR when called, in this process and in every process started after this.
  process.env.TMPDIR = processFolder(tmpdir(), 'rapor-test-');
  const shareSites = () => project.provide('sharedSites', mkdtempSync(join(tmpdir(), 'rapor-shared-sites-')));
  shareSites();
  // In watch mode each rerun builds them again: the code under test may have changed since.
  project.onTestsRerun(shareSites);
}
