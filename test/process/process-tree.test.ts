import { describe, expect, it } from 'vitest';
import { programOfArgv, runMeasured } from '../../src/bench/process-tree.ts';

// A node process that uses `ms` milliseconds of CPU (not of the clock: a loaded machine would give it less), optionally after a child doing the same:
// the CPU counted is then known whatever the load, and the two run one after the other (never more CPU than clock).
const busy = (ms: number) => `const used = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; }; while (used() < ${ms});`;
const withChild = (ms: number) => `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(busy(ms))}]); ${busy(ms)}`;

describe('runMeasured: CPU time of the whole tree', () => {
  it('counts the CPU of the process and of the processes it started', async () => {
    const run = await runMeasured(process.execPath, ['-e', withChild(400)], { cwd: process.cwd(), env: process.env });
    expect(run.status).toBe(0);
    // Two processes, each using 0.4 s of CPU.
    expect(run.cpu.user + run.cpu.system).toBeGreaterThan(0.7);
    expect(run.cpu.user + run.cpu.system).toBeLessThan(run.seconds + 0.5);
  });

  it('counts no CPU for a process that waits: its time, not its CPU, grows with the wait', async () => {
    // Waiting ten times as long adds ≈ 1,8 s of clock and nothing of CPU; a count of the clock would add as much.
    const waiting = (ms: number) => runMeasured(process.execPath, ['-e', `setTimeout(() => {}, ${ms})`], { cwd: process.cwd(), env: process.env });
    const [short, long] = [await waiting(200), await waiting(2000)];
    expect(long.seconds - short.seconds).toBeGreaterThan(1.7);
    expect(long.cpu.user + long.cpu.system).toBeLessThan(short.cpu.user + short.cpu.system + (long.seconds - short.seconds) / 2);
  });
});

describe('programOfArgv: what the bench calls a process', () => {
  it("names a node script by its file, past Node's options and their values, and other programs by their executable", () => {
    expect(programOfArgv(['/usr/bin/node', '--max-old-space-size=640', '--import', 'file:///r/src/build/process/orphan-exit.ts?build=12', '/r/node_modules/astro/bin/astro.mjs', 'build'])).toBe('astro.mjs');
    expect(programOfArgv(['node', '-r', 'x.cjs', 'scripts/build.ts'])).toBe('build.ts');
    expect(programOfArgv(['node', '-e', 'rmSync()', '/tmp/x'])).toBe('node --eval');
    expect(programOfArgv(['npm run build --outDir /tmp/x'])).toBe('npm');
    expect(programOfArgv(['/r/node_modules/pagefind/bin/pagefind_extended', '--site', 'x'])).toBe('pagefind_extended');
    expect(programOfArgv([])).toBe('other');
  });
});
