/**
 * The build manifest, `dist/manifest.json`: what a site was built with and from, and the SHA-256 of
 * every file it holds — what `npm run verify` checks a rebuild against. Deterministic: no clock, no
 * absolute path, keys sorted.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sortedRecord, stableJson } from '../domain/sorted.ts';
import { gitState, type GitState } from '../data/git.ts';
import { fileHashes } from './file-hashes.ts';
import { filesUnder, hashTree, isStray, sha256 } from '../data/hash.ts';
import type { Subset } from '../domain/views/subset.ts';

export const MANIFEST = 'manifest.json';

/** What is known before the site is built; the /data/ page shows it. */
export interface BuildInfo {
  rapor: string;
  node: string;
  astro: string;
  /** SHA-256 of package-lock.json: the exact dependency tree. */
  lockfile: string;
  /** Absent when the project is not a git checkout. */
  git?: GitState;
  /** SHA-256 of every file of the data folder, by path relative to it. */
  input: Record<string, string>;
  /** The Chromium version that printed the PDFs (their bytes depend on it); absent when the build made none. */
  chromium?: string;
}

export interface Manifest extends BuildInfo {
  /** The part of the folder a preview was built from (`--edisi`, `--pemda`); absent for a whole site. */
  subset?: Subset;
  /** SHA-256 of the build's inputs and versions (`buildFingerprintOf`), as the PDF colophon prints it. */
  fingerprint: string;
  /** SHA-256 of every file of the site but the manifest itself, by path relative to the site's root. */
  output: Record<string, string>;
}

/** What the manifest says before the site's files are listed: the build's info and its subset. */
export type ManifestInfo = Omit<Manifest, 'fingerprint' | 'output'>;

/**
 * One hash for what a build was made from (Rapor, Node, Astro, lockfile, commit, every data file):
 * known before the site exists, so the report can print it; the manifest records it beside the rest.
 * Chromium's version is left out: it is learnt only when the PDFs are printed.
 */
export function buildFingerprintOf(info: BuildInfo): string {
  const { chromium: _, ...made } = info;
  return sha256(stableJson(made));
}

export function buildInfo(root: string, dataDir: string): BuildInfo {
  const version = (path: string): string => (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  const git = gitState(root);
  return {
    rapor: version(join(root, 'package.json')),
    node: process.versions.node,
    astro: version(createRequire(join(root, 'package.json')).resolve('astro/package.json')),
    lockfile: sha256(readFileSync(join(root, 'package-lock.json'))),
    ...(git === undefined ? {} : { git }),
    // A missing folder is the data step's to report, with its fix, not a crash here.
    input: existsSync(dataDir) ? hashTree(dataDir, isStray) : {},
  };
}

/**
 * Writes `manifest.json` into a built site folder and returns it. `known`: hashes the build itself
 * computed of bytes it wrote moments before (the downloads' SHA256SUMS, by path in the site), not read
 * again; every other file is.
 */
export function writeManifest(siteDir: string, info: ManifestInfo, known: ReadonlyMap<string, string> = new Map()): Manifest {
  const paths = filesUnder(siteDir).filter((path) => path !== MANIFEST);
  const unknown = paths.filter((path) => !known.has(path));
  const hashes = new Map(fileHashes(siteDir, unknown).map((hash, at) => [unknown[at]!, hash]));
  const output = sortedRecord(paths.map((path) => [path, known.get(path) ?? hashes.get(path)!] as const));
  const manifest: Manifest = { ...info, fingerprint: buildFingerprintOf(info), output };
  writeFileSync(join(siteDir, MANIFEST), stableJson(manifest));
  return manifest;
}

/** Lists the files of a site again after a later step (`npm run pdf` alone) added some. */
export function rehashManifest(siteDir: string, added: Partial<BuildInfo> = {}): Manifest {
  const { output: _, fingerprint: __, ...info } = JSON.parse(readFileSync(join(siteDir, MANIFEST), 'utf8')) as Manifest;
  return writeManifest(siteDir, { ...info, ...added });
}
