/**
 * Real web servers from Debian (installed by .ci/run) serving a folder on 127.0.0.1, each as an
 * instance of its own: its own configuration, logs and pid file in a temporary folder, a free port,
 * nothing of /etc/apache2 or /etc/nginx but the media types and modules the packages install.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from './build.ts';

/** The nginx block of docs/deploy.md, as printed there (for `root /var/www`, `contoh.go.id`, base `/rapor/`). */
export const documentedNginxBlock = (): string => /```nginx\n([\s\S]*?)```/.exec(readFileSync(join(root, 'docs', 'deploy.md'), 'utf8'))![1]!;

/** That block with the site's folder and the address to listen on changed, as a reader of the page changes them. */
export const documentedNginxConf = ({ root: www, listen }: { root: string; listen: string }): string =>
  documentedNginxBlock().replace('root /var/www;', `root ${www};`).replace('listen 80;', `listen ${listen};`);

export const APACHE = '/usr/sbin/apache2';
export const NGINX = '/usr/sbin/nginx';
const APACHE_MODULES = '/usr/lib/apache2/modules';

export interface WebServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The server's error log so far (to explain a failure). */
  errors: () => string;
  stop: () => Promise<void>;
}

/** Run as root, a server hands its workers to this user, who must be able to read the site. */
const WORKER_USER = 'www-data';
const asRoot = process.getuid?.() === 0;

/**
 * Lets the workers reach `dir`, a folder in this run's temporary folder: as root the servers read
 * files as `www-data`, and temporary folders are private (0700), so each one on the way, up to the
 * run's own, gets traversal (o+x) for others — no listing. Nothing outside the temporary folder is changed.
 */
export function readableByWorkers(dir: string): void {
  if (!asRoot) return;
  for (let folder = dir; folder.startsWith(tmpdir()); folder = dirname(folder)) chmodSync(folder, statSync(folder).mode | 0o111);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until something answers on the port, or the process ends (then its error log tells why). */
async function started(child: ChildProcess, origin: string, errors: () => string): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let tries = 0; tries < 100; tries++) {
    if (exited) throw new Error(`the web server ended at its start:\n${errors()}`);
    try {
      await fetch(origin, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill();
  throw new Error(`the web server did not answer at ${origin}:\n${errors()}`);
}

async function run(command: string, args: string[], origin: string, log: string): Promise<WebServer> {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const errors = () => stderr + (existsSync(log) ? readFileSync(log, 'utf8') : '');
  await started(child, origin, errors);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { origin, errors, stop };
}

/**
 * Apache serving `documentRoot` as shared hosting does: `.htaccess` files read (`AllowOverride
 * All`), the modules such a host has loaded (mod_headers among them), Debian's media types.
 */
export async function startApache(documentRoot: string): Promise<WebServer> {
  const work = mkdtempSync(join(tmpdir(), 'rapor-apache-'));
  const port = await freePort();
  const modules = ['mpm_event', 'authz_core', 'authz_host', 'mime', 'dir', 'autoindex', 'headers', 'alias', 'filter', 'deflate'];
  writeFileSync(
    join(work, 'apache2.conf'),
    [
      `ServerRoot ${work}`,
      `DefaultRuntimeDir ${work}`,
      `PidFile ${work}/apache2.pid`,
      `ErrorLog ${work}/error.log`,
      'LogLevel warn',
      `Listen 127.0.0.1:${port}`,
      'ServerName 127.0.0.1',
      ...(asRoot ? [`User ${WORKER_USER}`, `Group ${WORKER_USER}`] : []),
      ...modules.map((name) => `LoadModule ${name}_module ${APACHE_MODULES}/mod_${name}.so`),
      'TypesConfig /etc/mime.types',
      'AccessFileName .htaccess',
      '<Directory />\n  AllowOverride None\n  Require all denied\n</Directory>',
      `DocumentRoot ${documentRoot}`,
      `<Directory ${documentRoot}>\n  AllowOverride All\n  Require all granted\n</Directory>`,
      '<Files ".ht*">\n  Require all denied\n</Files>',
      'AddOutputFilterByType DEFLATE text/html text/css text/javascript application/json',
      '',
    ].join('\n'),
  );
  return run(APACHE, ['-f', join(work, 'apache2.conf'), '-D', 'FOREGROUND'], `http://127.0.0.1:${port}`, join(work, 'error.log'));
}

/** nginx with `conf` (an http-level configuration such as docs/deploy.md's) inside a minimal main file of its own. */
export async function startNginx(conf: (port: number) => string): Promise<WebServer> {
  const work = mkdtempSync(join(tmpdir(), 'rapor-nginx-'));
  const port = await freePort();
  writeFileSync(
    join(work, 'nginx.conf'),
    [
      ...(asRoot ? [`user ${WORKER_USER};`] : []),
      'worker_processes 1;',
      `pid ${work}/nginx.pid;`,
      `error_log ${work}/error.log warn;`,
      'events {}',
      'http {',
      '    include /etc/nginx/mime.types;',
      '    default_type application/octet-stream;',
      '    access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${work}/${kind};`),
      conf(port),
      '}',
      '',
    ].join('\n'),
  );
  // -e: the log of its start too, which would otherwise go to /var/log/nginx (not writable but as root).
  return run(NGINX, ['-p', work, '-e', join(work, 'error.log'), '-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], `http://127.0.0.1:${port}`, join(work, 'error.log'));
}
