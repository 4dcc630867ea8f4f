import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ended } from '../support/processes.ts';

/** Whether a process is still running (a zombie counts as ended). */
const runs = (pid: number): boolean => !ended(pid);

/** Waits up to `ms` for `pid` to end; gives whether it still runs. */
async function stillRuns(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; runs(pid) && waited < ms; waited += 100) await sleep(100);
  return runs(pid);
}

const processRun = new URL('../../src/build/process/process-run.ts', import.meta.url).href;
/** Node code that idles forever. */
const IDLE = 'setInterval(() => {}, 1000)';

/** Every process group a test started, killed after it whatever happened. */
const groups: ChildProcess[] = [];
afterEach(() => {
  for (const group of groups.splice(0)) {
    try {
      process.kill(-group.pid!, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
});

/** Runs Node code (an ES module) in a process group of its own; gives the process and the numbers it prints on its first line. */
async function start(code: string): Promise<{ process: ChildProcess; pids: number[] }> {
  const started = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  groups.push(started);
  const line = await new Promise<string>((resolve) => started.stdout!.once('data', (chunk) => resolve(String(chunk))));
  return { process: started, pids: line.trim().split(' ').map(Number) };
}

/**
 * A parent starts a child idling forever (in a group of its own, as a build's steps are), with
 * `orphanExit()`'s options or without; the child lives while its parent does (longer than its
 * one-second check); then the parent is killed outright (SIGKILL). Gives whether the child still
 * runs five seconds later.
 */
async function childOutlivesKilledParent(withOptions: boolean): Promise<boolean> {
  const { process: parent, pids } = await start(`
    const { orphanExit } = await import(${JSON.stringify(processRun)});
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [...(${withOptions} ? orphanExit() : []), '-e', ${JSON.stringify(IDLE)}], { detached: true, stdio: 'ignore' });
    console.log(child.pid);
    ${IDLE};`);
  const child = pids[0]!;
  try {
    await sleep(2500);
    expect(runs(child)).toBe(true);
    parent.kill('SIGKILL');
    return await stillRuns(child, 5000);
  } finally {
    if (runs(child)) process.kill(child, 'SIGKILL');
  }
}

describe('orphanExit', () => {
  it('a Node process started with its options ends once its parent is killed outright (SIGKILL), and not before', async () => {
    expect(await childOutlivesKilledParent(true)).toBe(false);
  });

  it('without them (the control), the same process outlives its parent', async () => {
    expect(await childOutlivesKilledParent(false)).toBe(true);
  });

  it('a process that inherited them (Node options passed on, as fork does) lives while its own parent does, and goes with it', async () => {
    // This test's child plays the build; its child, a step, starts a helper with its own Node options.
    const helper = `const h = require('node:child_process').spawn(process.execPath, [...process.execArgv, '-e', ${JSON.stringify(IDLE)}], { stdio: 'ignore' }); console.log(process.pid, h.pid); ${IDLE};`;
    const { pids } = await start(`
      const { orphanExit } = await import(${JSON.stringify(processRun)});
      const { spawn } = await import('node:child_process');
      spawn(process.execPath, [...orphanExit(), '-e', ${JSON.stringify(helper)}], { stdio: ['ignore', 'inherit', 'inherit'] });
      ${IDLE};`);
    const [step, helperPid] = pids as [number, number];
    expect(readFileSync(`/proc/${helperPid}/cmdline`, 'utf8')).toMatch(/orphan-exit\.ts\?build=\d+/);
    await sleep(2500);
    expect(runs(helperPid)).toBe(true);
    process.kill(step, 'SIGKILL');
    expect(await stillRuns(helperPid, 5000)).toBe(false);
  });
});
