/**
 * Everything Rapor reads of its process environment, read here and nowhere else under src/: the rest
 * of the code is given these values as arguments. A build hands its context to the processes of its
 * steps through one variable of it (CONTEXT_ENV, src/build/context.ts).
 */
import { resolve } from 'node:path';

/** The file in which `npm run build` hands its BuildContext to a step's process (src/build/context.ts). */
export const CONTEXT_ENV = 'RAPOR_BUILD_CONTEXT';

export interface Environment {
  /** The data folder every command works on: `DATA_DIR`, or `data/` in the current folder; absolute. */
  dataDir: string;
  /** The Chromium that prints the PDFs: `CHROMIUM_PATH`, or Debian's. */
  chromiumPath: string;
  /** Set in a process a build started: where its context was handed. */
  contextFile?: string;
  /** The command npm runs for this process (`npm_lifecycle_script`), when npm started it. */
  npmScript?: string;
  /** The folder the command was typed in (npm's `INIT_CWD`), for paths given on the command line. */
  callerFolder: string;
  /** What the processes this one starts inherit. */
  inherited: NodeJS.ProcessEnv;
}

export function environment(env: NodeJS.ProcessEnv = process.env): Environment {
  const set = (name: string): string | undefined => (env[name] && env[name].trim() !== '' ? env[name] : undefined);
  const contextFile = set(CONTEXT_ENV);
  const npmScript = set('npm_lifecycle_script');
  return {
    dataDir: resolve(set('DATA_DIR') ?? 'data'),
    chromiumPath: set('CHROMIUM_PATH') ?? '/usr/bin/chromium',
    ...(contextFile === undefined ? {} : { contextFile }),
    ...(npmScript === undefined ? {} : { npmScript }),
    callerFolder: set('INIT_CWD') ?? process.cwd(),
    inherited: env,
  };
}
