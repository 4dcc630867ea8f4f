/**
 * `npm run dev` as an editor uses it: the site while the data is valid, the list of problems in the
 * browser as soon as a file breaks, and the site again (with the new content) once it is fixed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, edit, json, SITUS, writeFolder } from '../fixtures/folder.ts';
import { DEV_START_TIMEOUT, poll, startDev, type DevServer } from '../support/dev-server.ts';

describe('npm run dev', () => {
  // Broken from the start: 610 is no score (opd.csv line 5, column 39).
  const dir = writeFolder({ '2024/opd.csv': edit('61.00', '610') });
  let server: DevServer | undefined;
  let home = '';
  const log = () => server?.log() ?? '';

  beforeAll(async () => {
    server = await startDev(dir);
    home = server.home;
  }, DEV_START_TIMEOUT);

  afterAll(() => server?.stop());

  it('starts on broken data with the problems instead of a stack trace, then shows the site once fixed', async () => {
    const broken = await poll(home, (status) => status === 500, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${log()}`);
    });
    expect(broken.body).toContain('2024/opd.csv:5:39');
    expect(broken.body).toContain('di atas 100');
    expect(broken.body).toContain('is above 100');
    expect(broken.body).toContain('/@vite/client');

    writeFileSync(join(dir, '2024/opd.csv'), BASE['2024/opd.csv']!);
    const site = await poll(home, (status) => status === 200);
    expect(site.body).toContain(`<h1>${SITUS.nama}</h1>`);
  }, 180_000);

  it('shows the problems as soon as a file breaks, and the new content once it is fixed', async () => {
    writeFileSync(join(dir, 'instansi.csv'), edit('Kesehatan,opd,', 'Kesehatan,dinas,')(BASE['instansi.csv']!));
    const broken = await poll(home, (status) => status === 500);
    expect(broken.body).toContain('instansi.csv:5:');
    expect(broken.body).not.toContain('2024/opd.csv:5:39');

    writeFileSync(join(dir, 'instansi.csv'), BASE['instansi.csv']!);
    writeFileSync(join(dir, 'situs.json'), json({ ...SITUS, nama: 'Bagian Organisasi (diperbarui)' }));
    const fixed = await poll(home, (status, body) => status === 200 && body.includes('Bagian Organisasi (diperbarui)'));
    expect(fixed.body).not.toContain('Data belum valid');
  }, 180_000);
});
