/**
 * `npm run preview` and its server (src/commands/site-server.ts): a site folder served at its base path
 * with the headers of its own `_headers`, the media types, redirects and refusals of a real host, and
 * its 404 page with status 404. A small site folder stands in for a build (the e2e suite
 * test/e2e/deploy.test.ts serves a real one).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type SiteServer } from '../../src/commands/site-server.ts';
import { headersFile, htaccess } from '../../src/site/host-config.ts';
import { SECURITY_HEADERS } from '../../src/site/security.ts';
import { npmStart } from '../support/npm.ts';
import { folderWith } from '../support/files.ts';

const CSP = SECURITY_HEADERS[0]![1];

const site = () =>
  folderWith({
    'index.html': '<!doctype html><title>Beranda</title><link rel="stylesheet" href="/rapor/_astro/Site.B7LPC5Pz.css">',
    '404.html': '<!doctype html><title>Halaman tidak ditemukan</title>',
    'laporan/2024/index.html': '<!doctype html><title>Laporan 2024</title>',
    '_astro/Site.B7LPC5Pz.css': 'body{}',
    'pagefind/fragment/id_1.pf_fragment': 'binary',
    'unduh/2024/sakip.csv': 'kode;nilai\r\n',
    'unduh/laporan-kinerja-2024.pdf': '%PDF-1.7',
    _headers: headersFile('/rapor/'),
    '.htaccess': htaccess('/rapor/'),
  });

describe('the site server', () => {
  let server: SiteServer;
  beforeAll(async () => {
    server = await serveSite(site(), { base: '/rapor/' });
  });
  afterAll(() => server?.close());

  const get = (path: string, init: RequestInit = {}) => fetch(server.origin + path, { redirect: 'manual', ...init });

  it('serves the site at its base path with the headers of its _headers', async () => {
    expect(server.url).toBe(`${server.origin}/rapor/`);
    const page = await get('/rapor/laporan/2024/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('cache-control')).toBeNull();
    expect(await page.text()).toContain('Laporan 2024');
    expect((await get('/rapor/_astro/Site.B7LPC5Pz.css')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('types the downloads, the PDF and the search index', async () => {
    expect((await get('/rapor/unduh/2024/sakip.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await get('/rapor/unduh/laporan-kinerja-2024.pdf')).headers.get('content-type')).toBe('application/pdf');
    expect((await get('/rapor/pagefind/fragment/id_1.pf_fragment')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('answers a missing page with the 404 page, status 404 and the same headers', async () => {
    for (const path of ['/rapor/tidak-ada/', '/rapor/unduh/', '/rapor/_headers', '/rapor/.htaccess', '/rapor/..%2f..%2fetc/passwd', '/lain/']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-security-policy'), path).toBe(CSP);
      expect(await response.text(), path).toContain('Halaman tidak ditemukan');
    }
  });

  it('leads the root, the base path without its slash and a folder without its slash to the right address', async () => {
    expect((await get('/')).headers.get('location')).toBe('/rapor/');
    expect((await get('/rapor')).headers.get('location')).toBe('/rapor/');
    const folder = await get('/rapor/laporan/2024?x=1');
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/rapor/laporan/2024/?x=1');
  });

  it('compresses text for a browser that takes gzip, as the hosts’ configurations do, and nothing else', async () => {
    const page = await get('/rapor/laporan/2024/', { headers: { 'accept-encoding': 'gzip' } });
    expect([page.headers.get('content-encoding'), page.headers.get('vary')]).toEqual(['gzip', 'Accept-Encoding']);
    expect(await page.text()).toContain('Laporan 2024');
    const plain = await get('/rapor/laporan/2024/', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    for (const path of ['/rapor/unduh/laporan-kinerja-2024.pdf', '/rapor/pagefind/fragment/id_1.pf_fragment']) {
      expect((await get(path, { headers: { 'accept-encoding': 'gzip' } })).headers.get('content-encoding'), path).toBeNull();
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/rapor/', { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect((await get('/rapor/', { method: 'POST' })).status).toBe(405);
  });
});

/** `npm run preview -- …args` with situs.json's url at a sub-path; resolves with its first line of output, the process still running. */
function preview(dir: string, ...args: string[]) {
  return previewFor('https://contoh.go.id/rapor/', dir, ...args);
}

function previewFor(url: string, dir: string, ...args: string[]) {
  const data = folderWith({ 'situs.json': JSON.stringify({ url }) });
  const child = npmStart('preview', ['--outDir', dir, ...args], { dataDir: data, detached: true });
  let out = '';
  let err = '';
  const output = new Promise<{ out: string; err: string; code: number | null }>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ out, err, code: null });
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => resolve({ out, err, code }));
  });
  // npm runs node in a process group of the child's own: stop the group.
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already ended
    }
  };
  return { output, stop, stderr: () => err };
}

describe('npm run preview', () => {
  it('prints the address at the base path, and serves the site there until stopped', async () => {
    const run = preview(site(), '--port', '0');
    try {
      const { out } = await run.output;
      const url = /http:\/\/127\.0\.0\.1:\d+\/rapor\//.exec(out)?.[0];
      expect(url, out).toBeDefined();
      const page = await fetch(url!);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(CSP);
      expect((await fetch(`${url}tidak-ada/`)).status).toBe(404);
      expect((await run.output).err).toBe('');
    } finally {
      run.stop();
    }
  });

  it('warns when the site was built for another address than situs.json gives', async () => {
    const run = previewFor('https://contoh.go.id/', site(), '--port', '0');
    try {
      expect((await run.output).out).toMatch(/http:\/\/127\.0\.0\.1:\d+\/ /);
      await expect.poll(run.stderr).toContain('was built for another address than / (situs.json\'s url): use the same DATA_DIR as for the build.');
    } finally {
      run.stop();
    }
  });

  it('listens on the port --port names, and says so when it is taken', async () => {
    const taken = await serveSite(site());
    const port = Number(new URL(taken.origin).port);
    await taken.close();
    const first = preview(site(), '--port', String(port));
    try {
      expect((await first.output).out).toContain(`http://127.0.0.1:${port}/rapor/`);
      const second = await preview(site(), '--port', String(port)).output;
      expect(second.code).toBe(1);
      expect(second.err).toContain(`Port ${port} is in use; choose another with --port <n>.`);
    } finally {
      first.stop();
    }
  });

  it('refuses a folder without a site, and a port that is not one', async () => {
    const empty = await preview(join(site(), 'unduh')).output;
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('build it first with npm run build');
    const bad = await preview(site(), '--port', 'x').output;
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--port takes a whole number from 0 to 65535');
  });
});
