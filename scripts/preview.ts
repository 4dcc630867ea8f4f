/**
 * `npm run preview [-- --port <n>] [--outDir <dir>]`: serve the built site (dist/, or the folder a
 * build was given with --outDir) on this computer at its base path (situs.json's url, read as the
 * build reads it: DATA_DIR), as its host will serve it (src/commands/site-server.ts), until Ctrl-C.
 */
import { environment } from '../src/environment.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flagValue } from '../src/commands/args.ts';
import { serveSite } from '../src/commands/site-server.ts';
import { requireBuiltSite } from '../src/commands/site-folder.ts';
import { siteUrl } from '../src/data/site-url.ts';

/** Astro's own preview port. */
const DEFAULT_PORT = 4321;

const args = process.argv.slice(2);
const dir = flagValue(args, '--outDir') || 'dist';
const portText = flagValue(args, '--port');
const port = portText === undefined ? DEFAULT_PORT : Number(portText);
if (!(Number.isInteger(port) && port >= 0 && port <= 65535) || portText === '') {
  console.error(`--port menerima bilangan bulat 0–65535, bukan "${portText}". [--port takes a whole number from 0 to 65535.]`);
  process.exit(1);
}
requireBuiltSite(dir);
const { base } = siteUrl(environment().dataDir);
// Built from another data folder (another DATA_DIR), the pages link another base path: their links would be dead here.
if (!readFileSync(join(dir, 'index.html'), 'utf8').includes(`"${base}_astro/`)) {
  console.warn(
    `Situs di ${dir}/ dibangun untuk alamat lain, bukan ${base} (url di situs.json): pakai DATA_DIR yang sama seperti saat membangun. [The site in ${dir}/ was built for another address than ${base} (situs.json's url): use the same DATA_DIR as for the build.]`,
  );
}
try {
  const server = await serveSite(dir, { base, port });
  console.log(`Situs di ${dir}/ disajikan di ${server.url} — Ctrl-C untuk berhenti. [The site in ${dir}/ is served at ${server.url} — Ctrl-C to stop.]`);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} sudah dipakai; pilih yang lain dengan --port <n>. [Port ${port} is in use; choose another with --port <n>.]`);
  process.exit(1);
}
