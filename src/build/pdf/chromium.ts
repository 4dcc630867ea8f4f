/** Debian's Chromium driven by playwright-core: never a downloaded browser. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Thrown when there is no browser to print with; its message says how to get one. */
export class MissingChromium extends Error {
  constructor(path: string) {
    super(
      `Chromium tidak ditemukan di ${path}: pasang dengan \`apt-get install chromium\`, atau tunjuk ke Chromium/Chrome lain dengan CHROMIUM_PATH. ` +
        `[Chromium not found at ${path}: install it with \`apt-get install chromium\`, or point CHROMIUM_PATH at another Chromium or Chrome.]`,
    );
    this.name = 'MissingChromium';
  }
}

/** The browser's version (`Chromium 156.0.8078.79 …`), or undefined when there is none: PDF bytes depend on it. */
export function chromiumVersion(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const run = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return run.status === 0 ? /\d+(\.\d+)+/.exec(run.stdout)?.[0] : undefined;
}

/** Launches the browser at `path`, with `args` after the switches every launch has. */
export async function launchChromium(path: string, args: readonly string[] = []): Promise<Browser> {
  if (!existsSync(path)) throw new MissingChromium(path);
  return chromium.launch({
    executablePath: path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...args],
  });
}
