/**
 * Vitest's global setup: every temporary folder of a test run (the tests' own `mkdtemp`s, and those
 * of the builds, validations and browsers they start) goes in one folder of the run, removed when the
 * run ends, so that `npm test` leaves nothing behind in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'rapor-test-'));
  // os.tmpdir() reads TMPDIR when called, in this process and in every process started after this.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
