/** The web server's part of the site (src/site/host-config.ts): `_headers`, `.htaccess` and the nginx block say the same. */
import { describe, expect, it } from 'vitest';
import { contentType, headersFile, headersFor, htaccess, HASHED_CACHE, nginxConf, OTHER_CACHE, parseHeadersFile } from '../../src/site/host-config.ts';
import { SECURITY_HEADERS } from '../../src/site/security.ts';
import { documentedNginxBlock } from '../support/web-servers.ts';

const CSP = SECURITY_HEADERS.find(([name]) => name === 'Content-Security-Policy')![1];

describe('_headers', () => {
  const rules = parseHeadersFile(headersFile('/rapor/'));

  it('gives every path the security headers, and long caching to the hashed assets only', () => {
    for (const path of ['/rapor/', '/rapor/laporan/2024/', '/rapor/404.html', '/elsewhere']) {
      expect(headersFor(rules, path)['content-security-policy'], path).toBe(CSP);
      expect(headersFor(rules, path)['x-content-type-options'], path).toBe('nosniff');
    }
    expect(headersFor(rules, '/rapor/_astro/Site.B7LPC5Pz.css')['cache-control']).toBe(HASHED_CACHE);
    expect(headersFor(rules, '/rapor/laporan/2024/')['cache-control']).toBeUndefined();
    expect(headersFor(rules, '/_astro/Site.B7LPC5Pz.css')['cache-control']).toBeUndefined();
  });

  it('reads a hand-written file: comments, blank lines, CRLF, and a later rule replacing a header', () => {
    const read = parseHeadersFile('# comment\r\n/*\r\n  X-Frame-Options: DENY\r\n\r\n/a/*\r\n  X-Frame-Options: SAMEORIGIN\r\n');
    expect(headersFor(read, '/a/b')).toEqual({ 'x-frame-options': 'SAMEORIGIN' });
    expect(headersFor(read, '/b')).toEqual({ 'x-frame-options': 'DENY' });
  });
});

describe('.htaccess', () => {
  const file = htaccess('/rapor/');

  it('sends every security header, on error pages too, from the same list as _headers', () => {
    for (const [name, value] of SECURITY_HEADERS) expect(file).toContain(`Header always set ${name} "${value}"`);
  });

  it("serves the site's own 404 page at the base path and lists no folder", () => {
    expect(file).toMatch(/^ErrorDocument 404 \/rapor\/404\.html$/m);
    expect(file).toMatch(/^Options -Indexes$/m);
  });

  it("types Pagefind's index, the downloads and the PDFs", () => {
    for (const line of ['AddType application/octet-stream .pf_fragment', 'AddType application/octet-stream .pagefind', 'AddType application/wasm .wasm', 'AddType text/csv .csv', 'AddType application/pdf .pdf', 'AddType application/json .json']) {
      expect(file).toContain(line);
    }
  });

  it('caches the hashed assets under the base path for a year and revalidates the rest', () => {
    expect(file).toContain(`<If "%{REQUEST_URI} =~ m#^/rapor/_astro/#">\n    Header set Cache-Control "${HASHED_CACHE}"`);
    expect(file).toContain(`<Else>\n    Header set Cache-Control "${OTHER_CACHE}"`);
    // A base path's characters are matched literally.
    expect(htaccess('/data.kota/')).toContain('m#^/data\\.kota/_astro/#');
  });

  it('is the same text for the same base path', () => {
    expect(htaccess('/rapor/')).toBe(file);
    expect(htaccess('/')).toContain('ErrorDocument 404 /404.html');
  });
});

describe('nginx', () => {
  const conf = nginxConf('/rapor/', { root: '/var/www', serverName: 'contoh.go.id' });

  it('sends the same headers, on error pages too, with the cache header from a map (a nested add_header would drop them)', () => {
    for (const [name, value] of SECURITY_HEADERS) expect(conf).toContain(`add_header ${name} "${value}" always;`);
    expect(conf).toContain(`"~^/rapor/_astro/" "${HASHED_CACHE}";`);
    expect(conf).toContain('add_header Cache-Control $rapor_cache_control always;');
    expect(conf.match(/add_header/g)).toHaveLength(SECURITY_HEADERS.length + 1);
  });

  it("serves the base path from root + base, with the site's 404 page, no listing, and the host's files refused", () => {
    expect(conf).toContain('root /var/www;');
    expect(conf).toContain('location ^~ /rapor/ {');
    expect(conf).toContain('error_page 404 /rapor/404.html;');
    expect(conf).toContain('autoindex off;');
    expect(conf).toContain('location ~ ^/rapor/(\\.htaccess|_headers)$ {');
    expect(conf).toContain('text/csv csv;');
    expect(conf).toContain('application/octet-stream pf_fragment;');
  });

  it('is the block docs/deploy.md prints (which the e2e suite serves the site with)', () => {
    expect(documentedNginxBlock()).toBe(conf);
  });
});

describe('contentType', () => {
  it('types each kind of file a build writes, text as UTF-8, anything else as binary', () => {
    expect(contentType('laporan/2024/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('unduh/2024/sakip.csv')).toBe('text/csv; charset=utf-8');
    expect(contentType('unduh/laporan-kinerja-2024.pdf')).toBe('application/pdf');
    expect(contentType('pagefind/fragment/id_1a2b.pf_fragment')).toBe('application/octet-stream');
    expect(contentType('pagefind/wasm.id.pagefind')).toBe('application/octet-stream');
    expect(contentType('x.wasm')).toBe('application/wasm');
    expect(contentType('_astro/font.woff2')).toBe('font/woff2');
    expect(contentType('LICENSE')).toBe('application/octet-stream');
  });
});
