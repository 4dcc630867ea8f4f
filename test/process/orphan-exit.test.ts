/**
 * `orphanExit()` (src/build/process/process-run.ts): a process started with its options ends once the process
 * that started it is gone. Nothing here waits a fixed time: each process watched prints a line every
 * second of its own clock with its parent's id, and its check (every second too, in the same event
 * loop) has run by the time it printed a few, however loaded the machine is.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ended } from '../support/processes.ts';
import { waitFor } from '../support/wait.ts';

/** Whether a process is still running (a zombie counts as ended). */
const runs = (pid: number): boolean => !ended(pid);

const processRun = new URL('../../src/build/process/process-run.ts', import.meta.url).href;
/** Node code that idles forever. */
const IDLE = 'setInterval(() => {}, 1000)';
/** Node code that idles forever, printing `tick <its pid> <its parent's pid>` every second. */
const TICKING = "setInterval(() => console.log('tick', process.pid, process.ppid), 1000)";
/** Ticks a watched process prints with a parent that is not the one it started with: its check has run meanwhile. */
const TICKS_AFTER_ADOPTION = 5;

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

interface Started {
  process: ChildProcess;
  /** The numbers it printed on its first line that is not a tick. */
  pids: number[];
  /** The parents' ids `pid` printed in its ticks so far. */
  parentsOf: (pid: number) => number[];
}

/** Runs Node code (an ES module) in a process group of its own, its output and that of the processes it lets print read line by line. */
async function start(code: string): Promise<Started> {
  const started = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  groups.push(started);
  const lines: string[] = [];
  let partial = '';
  started.stdout!.on('data', (chunk) => {
    const [last, ...complete] = (partial + String(chunk)).split('\n').reverse();
    lines.push(...complete.reverse());
    partial = last!;
  });
  const first = await waitFor(() => lines.find((line) => !line.startsWith('tick')), 'the first line of the process', 60_000);
  const parentsOf = (pid: number) =>
    lines
      .map((line) => line.split(' '))
      .filter(([word, of]) => word === 'tick' && Number(of) === pid)
      .map(([, , parent]) => Number(parent));
  return { process: started, pids: first.trim().split(' ').map(Number), parentsOf };
}

/** Waits until `pid` has ended or printed `TICKS_AFTER_ADOPTION` ticks with a parent other than `parent`; gives whether it still runs. */
async function outlivesParent({ parentsOf }: Started, pid: number, parent: number): Promise<boolean> {
  await waitFor(() => ended(pid) || parentsOf(pid).filter((p) => p !== parent).length >= TICKS_AFTER_ADOPTION, `process ${pid} to end or tick on`, 120_000);
  return runs(pid);
}

/** Waits until `pid` has printed a few ticks with `parent` as its parent: its check has run while its parent lived. */
const livedWithParent = ({ parentsOf }: Started, pid: number, parent: number) =>
  waitFor(() => ended(pid) || parentsOf(pid).filter((p) => p === parent).length >= 3, `process ${pid} to tick under ${parent}`, 120_000);

/**
 * A parent starts a child idling forever (in a group of its own, as a build's steps are), with
 * `orphanExit()`'s options or without; the child lives while its parent does (past its one-second
 * check); then the parent is killed outright (SIGKILL). Gives whether the child still runs once its
 * check has run again since.
 */
async function childOutlivesKilledParent(withOptions: boolean): Promise<boolean> {
  const started = await start(`
    const { orphanExit } = await import(${JSON.stringify(processRun)});
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [...(${withOptions} ? orphanExit() : []), '-e', ${JSON.stringify(TICKING)}], { detached: true, stdio: ['ignore', 'inherit', 'ignore'] });
    console.log(child.pid);
    ${IDLE};`);
  const child = started.pids[0]!;
  const parent = started.process.pid!;
  try {
    await livedWithParent(started, child, parent);
    expect(runs(child)).toBe(true);
    started.process.kill('SIGKILL');
    return await outlivesParent(started, child, parent);
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
    const helper = `const h = require('node:child_process').spawn(process.execPath, [...process.execArgv, '-e', ${JSON.stringify(TICKING)}], { stdio: ['ignore', 'inherit', 'ignore'] }); console.log(process.pid, h.pid); ${IDLE};`;
    const started = await start(`
      const { orphanExit } = await import(${JSON.stringify(processRun)});
      const { spawn } = await import('node:child_process');
      spawn(process.execPath, [...orphanExit(), '-e', ${JSON.stringify(helper)}], { stdio: ['ignore', 'inherit', 'inherit'] });
      ${IDLE};`);
    const [step, helperPid] = started.pids as [number, number];
    expect(readFileSync(`/proc/${helperPid}/cmdline`, 'utf8')).toMatch(/orphan-exit\.ts\?build=\d+/);
    await livedWithParent(started, helperPid, step);
    expect(runs(helperPid)).toBe(true);
    process.kill(step, 'SIGKILL');
    expect(await outlivesParent(started, helperPid, step)).toBe(false);
  });
});
