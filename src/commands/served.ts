/**
 * The site as served, for `npm run verify -- <site folder or URL>`: its own manifest.json and the
 * SHA-256 of each file that manifest lists, read from a folder or fetched under a base URL.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { manifestProblem } from '../domain/hash-compare.ts';
import { fileHashes } from '../build/file-hashes.ts';
import { filesUnder, sha256 } from '../data/hash.ts';
import { MANIFEST, type Manifest } from '../build/manifest.ts';

/** How many files are fetched at once: enough to hide latency, few enough not to look like an attack. */
const FETCH_AT_ONCE = 8;
/** A server that accepts and never answers stops verify with its URL, not a wait without end. */
const FETCH_TIMEOUT_MS = 60_000;

export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** A site folder or a site's base URL, as opposed to the path or URL of a manifest.json itself. */
export const isSite = (source: string): boolean =>
  isUrl(source) ? !new URL(source).pathname.endsWith('.json') : existsSync(source) && statSync(source).isDirectory();

/** A problem for the person who typed the command: printed as is, no stack trace. */
export class VerifyError extends Error {}

/** The base URL with a trailing slash, so that listed paths resolve under the site's base path, not the host's root. */
const baseOf = (url: string): string => (url.endsWith('/') ? url : `${url}/`);
const urlOf = (base: string, path: string): string => new URL(path.split('/').map(encodeURIComponent).join('/'), baseOf(base)).href;

async function get(url: string): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer in ${FETCH_TIMEOUT_MS / 1000} s` : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new VerifyError(`${url}: tidak dapat dihubungi [unreachable] (${reason})`);
  }
}

/** A manifest from a file path or an http(s) URL; a clear error when it cannot be read or is not Rapor's. */
export async function readManifest(source: string): Promise<Manifest> {
  let text: string;
  if (isUrl(source)) {
    const response = await get(source);
    if (!response.ok) throw new VerifyError(`${source}: HTTP ${response.status}`);
    text = await response.text();
  } else {
    if (!existsSync(source)) throw new VerifyError(`${source}: tidak ada [not found]`);
    text = readFileSync(source, 'utf8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new VerifyError(`${source}: bukan JSON, bukan manifes Rapor [not JSON, not a Rapor manifest]`);
  }
  const problem = manifestProblem(value);
  if (problem !== undefined) throw new VerifyError(`${source}: bukan manifes Rapor [not a Rapor manifest]: ${problem}`);
  return value as Manifest;
}

export interface Served {
  /** The manifest the site carries. */
  manifest: Manifest;
  /** SHA-256 of each file found, by path; a listed file that is not found is absent. */
  hashes: Record<string, string>;
  /** A folder shows every file it holds; a URL only answers for the paths asked for. */
  extrasKnown: boolean;
}

/** The site at `source` (a folder or a base URL): its manifest and the hashes of its files as served. */
export async function readServed(source: string): Promise<Served> {
  if (!isUrl(source)) {
    const manifest = await readManifest(join(source, MANIFEST));
    const paths = filesUnder(source).filter((path) => path !== MANIFEST);
    const hashes = fileHashes(source, paths);
    return { manifest, hashes: Object.fromEntries(paths.map((path, at) => [path, hashes[at]!])), extrasKnown: true };
  }
  const manifest = await readManifest(urlOf(source, MANIFEST));
  const paths = Object.keys(manifest.output);
  const hashes: Record<string, string> = {};
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const response = await get(urlOf(source, path));
      // Anything but the file itself (404, 403, a server error) is a file the site does not serve.
      if (response.ok) hashes[path] = sha256(new Uint8Array(await response.arrayBuffer()));
      else await response.body?.cancel();
    }
  };
  await Promise.all(Array.from({ length: Math.min(FETCH_AT_ONCE, paths.length) }, worker));
  return { manifest, hashes, extrasKnown: false };
}
