import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processFolder } from '../../src/build/process/process-folder.ts';
import { deadPid } from '../support/processes.ts';

const root = mkdtempSync(join(tmpdir(), 'rapor-process-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('processFolder', () => {
  it("makes this process's folder and removes those of ended processes, once left alone for ten minutes", () => {
    // A process that has ended: its pid is free (reused only after the kernel wraps around).
    const ended = deadPid();
    const gone = join(root, `rapor-x-${ended}-abc`);
    const recent = join(root, `rapor-x-${ended}-jkl`);
    const running = join(root, `rapor-x-${process.ppid}-def`);
    const other = join(root, `rapor-y-${ended}-ghi`);
    for (const dir of [gone, recent, running, other]) mkdirSync(dir);
    const elevenMinutesAgo = new Date(Date.now() - 11 * 60 * 1000);
    for (const dir of [gone, running, other]) utimesSync(dir, elevenMinutesAgo, elevenMinutesAgo);
    const made = processFolder(root, 'rapor-x-');
    expect(made.startsWith(join(root, `rapor-x-${process.pid}-`))).toBe(true);
    expect(readdirSync(root).sort()).toEqual([made, recent, running, other].map((dir) => dir.slice(root.length + 1)).sort());
    expect(existsSync(gone)).toBe(false);
  });
});
