/**
 * A built site served as its host will serve it (`npm run preview`, and the browser tests): under its
 * base path, with the headers its own `_headers` file gives each path (the complete
 * Content-Security-Policy among them), the media type of each kind of file, a folder's index.html
 * (a folder named without its final slash redirected to it, as Apache and nginx do), no listing of
 * folders, the host's own files refused, the site's 404 page with status 404, and text compressed.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { COMPRESSED_TYPES, contentType, headersFor, HOST_ONLY, parseHeadersFile, type HeaderRule } from '../site/host-config.ts';

export interface SiteServerOptions {
  /** The site's base path (`/`, `/rapor/`), as situs.json's url gives it to the build. */
  base?: string;
  /** 0 (the default): any free port. */
  port?: number;
  host?: string;
}

export interface SiteServer {
  /** The site's address: origin and base path (`http://127.0.0.1:4321/rapor/`). */
  url: string;
  /** `http://127.0.0.1:4321` */
  origin: string;
  close(): Promise<void>;
}

/** The file a URL path names under the site's folder, or undefined when it climbs out of it. */
function fileOf(root: string, relativePath: string): string | undefined {
  const file = resolve(root, `.${sep}${relativePath}`);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

export async function serveSite(dir: string, { base = '/', port = 0, host = '127.0.0.1' }: SiteServerOptions = {}): Promise<SiteServer> {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const notFoundPage = join(root, '404.html');

  /** A response of the site: `body` a file of it, or none (a redirect, or a site without a 404 page). */
  function send(request: IncomingMessage, response: ServerResponse, status: number, path: string, body: string | undefined, extra: Record<string, string> = {}): void {
    const type = body === undefined ? 'text/plain; charset=utf-8' : contentType(body);
    // Text compressed as the hosts' configurations have it (src/site/host-config.ts), when the browser takes gzip.
    const gzip = body !== undefined && COMPRESSED_TYPES.includes(type.split(';')[0]!) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      ...headersFor(rules, path),
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : { 'content-length': String(body === undefined ? 0 : statSync(body).size) }),
      ...extra,
    });
    if (body === undefined || request.method === 'HEAD') response.end();
    else if (gzip) createReadStream(body).pipe(createGzip()).pipe(response);
    else createReadStream(body).pipe(response);
  }

  const notFound = (request: IncomingMessage, response: ServerResponse, path: string): void =>
    send(request, response, 404, path, isFile(notFoundPage) ? notFoundPage : undefined);

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    // The host's root and the base path without its slash lead to the site.
    if (base !== '/' && (path === '/' || `${path}/` === base)) return send(request, response, 302, path, undefined, { location: base });
    const relativePath = path.startsWith(base) ? path.slice(base.length) : undefined;
    const file = relativePath === undefined || relativePath.includes('\0') || HOST_ONLY.includes(relativePath) ? undefined : fileOf(root, relativePath);
    if (file !== undefined && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return send(request, response, 301, path, undefined, { location: `${url.pathname}/${url.search}` });
      const index = join(file, 'index.html');
      return isFile(index) ? send(request, response, 200, path, index) : notFound(request, response, path);
    }
    return file !== undefined && isFile(file) ? send(request, response, 200, path, file) : notFound(request, response, path);
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(port, host, ready);
  });
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
  return {
    url: origin + base,
    origin,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
