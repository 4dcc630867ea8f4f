import { describe, expect, it } from 'vitest';
import { runMeasured } from '../../src/bench/process-tree.ts';

// A node process that keeps a core busy for `ms` milliseconds, optionally after a child doing the same.
const busy = (ms: number) => `const end = Date.now() + ${ms}; while (Date.now() < end);`;
const withChild = (ms: number) => `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(busy(ms))}]); ${busy(ms)}`;

describe('runMeasured: CPU time of the whole tree', () => {
  it('counts the CPU of the process and of the processes it started', async () => {
    const run = await runMeasured(process.execPath, ['-e', withChild(400)], { cwd: process.cwd(), env: process.env });
    expect(run.status).toBe(0);
    // Two processes, each busy 0.4 s one after the other.
    expect(run.cpu.user + run.cpu.system).toBeGreaterThan(0.7);
    expect(run.cpu.user + run.cpu.system).toBeLessThan(run.seconds + 0.5);
  });

  it('counts no CPU for a process that waits', async () => {
    const run = await runMeasured(process.execPath, ['-e', 'setTimeout(() => {}, 800)'], { cwd: process.cwd(), env: process.env });
    expect(run.seconds).toBeGreaterThan(0.8);
    expect(run.cpu.user + run.cpu.system).toBeLessThan(0.5);
  });
});
