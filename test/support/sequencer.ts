/**
 * The order test files start in. Two workers take files from one queue, so a file that takes minutes
 * and starts last leaves one worker running it alone at the end. Vitest starts the files that took
 * longest in the previous run first, but a fresh clone (CI) has no previous run and Vitest then
 * starts the largest files first, which put the two visual suites (short files, minutes each) last.
 * The files that take longest (the per-file times of a fresh-clone run) start first, longest first;
 * every other file follows in Vitest's own order.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first. A file missing from the list runs after these: list it here when it takes long. */
export const LONGEST_FIRST = [
  'test/visual/example.test.ts',
  'test/repro/verify.test.ts',
  'test/e2e/site.test.ts',
  'test/e2e/deploy.test.ts',
  'test/visual/long-names.test.ts',
  'test/e2e/cari.test.ts',
  'test/e2e/national-peringkat.test.ts',
  'test/integration/output-folder.test.ts',
  'test/integration/subset.test.ts',
  'test/repro/deterministic.test.ts',
  'test/site/national.test.ts',
  'test/e2e/opd-split.test.ts',
  'test/process/orphan-exit.test.ts',
  'test/integration/narasi-build.test.ts',
  'test/e2e/phone.test.ts',
  'test/integration/atomic-build.test.ts',
  'test/e2e/bandingkan.test.ts',
  'test/site/pages.test.ts',
  'test/integration/build.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    // A renamed or removed file would silently lose its place at the front.
    const gone = LONGEST_FIRST.filter((file) => !existsSync(join(root, file)));
    if (gone.length > 0) throw new Error(`test/support/sequencer.ts lists test files that do not exist: ${gone.join(', ')}`);
    const rank = (spec: TestSpecification) => {
      const at = LONGEST_FIRST.indexOf(relative(root, spec.moduleId).replaceAll('\\', '/'));
      return at === -1 ? LONGEST_FIRST.length : at;
    };
    // Array.prototype.sort is stable: the unlisted files keep Vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
