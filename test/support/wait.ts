/** Waiting for a condition in tests, never for a fixed time: a loaded machine is slow, not wrong. */
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `condition` every `every` ms until it gives something other than undefined or false, and
 * gives that; fails, naming `what`, after `ms` (generous: the deadline only stops a test that hangs).
 */
export async function waitFor<T>(condition: () => T | undefined | false, what: string, ms = 60_000, every = 50): Promise<T> {
  for (const deadline = Date.now() + ms; ; await sleep(every)) {
    const value = condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`waited ${ms / 1000} s for ${what}`);
  }
}

/** Polls `condition` until it holds or `ms` have passed, then gives whether it holds: for a test that asserts what it waited for. */
export async function until(condition: () => boolean, ms = 60_000, every = 50): Promise<boolean> {
  for (const deadline = Date.now() + ms; !condition() && Date.now() <= deadline; ) await sleep(every);
  return condition();
}
