import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';

/** Whether a process is still running (a zombie counts as ended). */
function runs(pid: number): boolean {
  try {
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z');
  } catch {
    return false;
  }
}

/** Waits up to `ms` for `pid` to end; gives whether it still runs. */
async function stillRuns(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; runs(pid) && waited < ms; waited += 100) await sleep(100);
  return runs(pid);
}

/**
 * Starts a parent that starts a child idling forever (in a group of its own, as a build's steps are),
 * with `orphanExit()`'s options or without; checks the child lives while its parent does, then kills
 * the parent outright (SIGKILL) and gives whether the child still runs five seconds later.
 */
async function childOutlivesKilledParent(withOptions: boolean): Promise<boolean> {
  const processRun = new URL('../../src/data/process-run.ts', import.meta.url).href;
  const parentCode = `
    const { orphanExit } = await import(${JSON.stringify(processRun)});
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [...(${withOptions} ? orphanExit() : []), '-e', 'setInterval(() => {}, 1000)'], { detached: true, stdio: 'ignore' });
    console.log(child.pid);
    setInterval(() => {}, 1000);`;
  const parent = spawn(process.execPath, ['--input-type=module', '-e', parentCode], { stdio: ['ignore', 'pipe', 'inherit'] });
  const child = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (chunk) => resolve(String(chunk)))));
  try {
    // Longer than the child's check (every second): it does not end while its parent lives.
    await sleep(2500);
    expect(runs(child)).toBe(true);
    parent.kill('SIGKILL');
    return await stillRuns(child, 5000);
  } finally {
    if (runs(child)) process.kill(child, 'SIGKILL');
    parent.kill('SIGKILL');
  }
}

describe('orphanExit', () => {
  it('a Node process started with its options ends once its parent is killed outright (SIGKILL), and not before', async () => {
    expect(await childOutlivesKilledParent(true)).toBe(false);
  });

  it('without them (the control), the same process outlives its parent', async () => {
    expect(await childOutlivesKilledParent(false)).toBe(true);
  });

  it("a process that inherited them (its parent, one of the build's, passed its Node options on) lives while that parent does", async () => {
    // The test's child plays the build; its child, the build's step, starts a helper with its own Node options, as fork does.
    const processRun = new URL('../../src/data/process-run.ts', import.meta.url).href;
    const helper = `const h = require('node:child_process').spawn(process.execPath, [...process.execArgv, '-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); console.log(h.pid); setInterval(() => {}, 1000);`;
    const buildCode = `
      const { orphanExit } = await import(${JSON.stringify(processRun)});
      const { spawn } = await import('node:child_process');
      spawn(process.execPath, [...orphanExit(), '-e', ${JSON.stringify(helper)}], { stdio: ['ignore', 'inherit', 'inherit'] });
      setInterval(() => {}, 1000);`;
    const build = spawn(process.execPath, ['--input-type=module', '-e', buildCode], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    const helperPid = Number(await new Promise<string>((resolve) => build.stdout.once('data', (chunk) => resolve(String(chunk)))));
    try {
      await sleep(2500);
      expect(runs(helperPid)).toBe(true);
    } finally {
      process.kill(-build.pid!, 'SIGKILL');
    }
  });
});

