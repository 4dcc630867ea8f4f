/** What a command reads of its environment (src/environment.ts), and the build context handed to a step's process (src/build/context.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handContext, readContext, type BuildContext } from '../../src/build/context.ts';
import { CONTEXT_ENV, environment } from '../../src/environment.ts';

const work = mkdtempSync(join(tmpdir(), 'rapor-context-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('environment', () => {
  it('takes DATA_DIR, absolute, and data/ of the current folder when it is unset or blank', () => {
    expect(environment({ DATA_DIR: 'contoh/data' }).dataDir).toBe(resolve('contoh/data'));
    expect(environment({}).dataDir).toBe(resolve('data'));
    expect(environment({ DATA_DIR: '  ' }).dataDir).toBe(resolve('data'));
  });

  it('takes CHROMIUM_PATH, else Debian’s Chromium; the context file and npm’s script only when set', () => {
    expect(environment({ CHROMIUM_PATH: '/opt/chrome' }).chromiumPath).toBe('/opt/chrome');
    expect(environment({}).chromiumPath).toBe('/usr/bin/chromium');
    expect(environment({}).contextFile).toBeUndefined();
    expect(environment({ [CONTEXT_ENV]: '/tmp/c.json', npm_lifecycle_script: 'node scripts/build.ts' })).toMatchObject({ contextFile: '/tmp/c.json', npmScript: 'node scripts/build.ts' });
  });

  it('gives the processes it starts the whole environment it was given', () => {
    const env = { DATA_DIR: 'x', PATH: '/bin', LANG: 'id_ID.UTF-8' };
    expect(environment(env).inherited).toBe(env);
  });
});

describe('build context', () => {
  it('reaches a step’s process as it was made: every parameter, an Astro process’s own part included', () => {
    const context: BuildContext = {
      root: '/proyek',
      dataDir: '/proyek/data',
      lang: 'id',
      info: { rapor: '0.1.0', node: '24.9.0', astro: '7.3.4', lockfile: 'ab', input: { 'situs.json': 'cd' }, chromium: '156.0', subset: { tahun: [2024], pemda: '16.74' as never } },
      chromiumPath: '/usr/bin/chromium',
      jobs: 2,
      site: '/keluar/next',
      handoff: { folder: '/keluar/data', validated: '/keluar/data/validated.v8', unduhSizes: '/keluar/data/unduh-sizes.json' },
      astro: { shard: { index: 1, count: 2 }, cacheDir: '/keluar/cache-1', synced: '/keluar/synced-1' },
    };
    const file = join(work, 'context.json');
    handContext(file, context);
    expect(readContext(file)).toEqual(context);
  });
});
