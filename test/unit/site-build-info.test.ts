/** The build info and data fingerprint `npm run dev` shows (src/astro/site-context.ts): read again when the data changed, not for every page. */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { dataFingerprintOf } from '../../src/build/data-fingerprint.ts';

const data = mkdtempSync(join(tmpdir(), 'rapor-dev-info-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

it('outside a build, reads the data folder’s hashes once per content of the folder', async () => {
  vi.stubEnv('RAPOR_BUILD_CONTEXT', '');
  vi.stubEnv('DATA_DIR', data);
  const { siteBuildInfo, siteDataFingerprint } = await import('../../src/astro/site-context.ts');
  writeFileSync(join(data, 'situs.json'), '{"nama":"A"}');
  const first = siteBuildInfo();
  expect(Object.keys(first.input)).toEqual(['situs.json']);
  // The same folder: the same info, not read again.
  expect(siteBuildInfo()).toBe(first);
  expect(siteDataFingerprint()).toBe(dataFingerprintOf(first));
  writeFileSync(join(data, 'situs.json'), '{"nama":"B"}');
  // A stamp is sizes and times: a same-sized edit within the clock's grain still counts once its time moves.
  utimesSync(join(data, 'situs.json'), new Date(2030, 0, 1), new Date(2030, 0, 1));
  const second = siteBuildInfo();
  expect(second).not.toBe(first);
  expect(second.input['situs.json']).not.toBe(first.input['situs.json']);
  expect(siteDataFingerprint()).toBe(dataFingerprintOf(second));
  expect(siteDataFingerprint()).not.toBe(dataFingerprintOf(first));
  vi.unstubAllEnvs();
});
