/**
 * Writes the download files (src/domain/unduh/files.ts) into a built site's `unduh/` folder, then
 * `datapackage.json` (which records each resource's size and SHA-256) and `SHA256SUMS` (every file
 * written here). Synchronous and one write per file: a national folder gives some 46 000 of them.
 * The PDFs the build prints into the same folder later are listed in the build manifest, not here.
 */
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Dataset } from '../domain/dataset.ts';
import { parseSha256Sums, sha256Sums } from '../domain/unduh/checksums.ts';
import { dataPackage, RESOURCES, type FileFacts } from '../domain/unduh/datapackage.ts';
import { editionFiles, instansiFiles, jsonText, longFiles, registryFiles, type UnduhFile } from '../domain/unduh/files.ts';

export const UNDUH_FOLDER = 'unduh';
export const DATAPACKAGE = 'datapackage.json';
export const SHA256SUMS = 'SHA256SUMS';
/**
 * A JSON file of the sizes `listedUnduh` gives, written by the build's data step beside the
 * downloads it wrote, and named to Astro's processes in the build's context: they then show the sizes
 * of the files the site will hold instead of making every file again to measure it in each process
 * (docs/performance.md, "How the build is kept fast").
 */
export const UNDUH_SIZES_FILE = 'unduh-sizes.json';

export type Measured = FileFacts & { path: string };

function measure(file: UnduhFile): Measured & { data: Buffer } {
  const data = Buffer.from(file.content, 'utf8');
  return { path: file.path, data, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}

/** Every file but the per-instansi ones, datapackage.json and SHA256SUMS. */
const topFiles = (dataset: Dataset): UnduhFile[] => [...longFiles(dataset), ...editionFiles(dataset), ...registryFiles(dataset)];

const packageFile = (dataset: Dataset, measured: readonly Measured[]): UnduhFile => ({
  path: DATAPACKAGE,
  content: jsonText(dataPackage(dataset.situs, RESOURCES, new Map(measured.map((m) => [m.path, m])))),
});

const listed = new WeakMap<Dataset, ReadonlyMap<string, number>>();
let handed: ReadonlyMap<string, number> | undefined;

/**
 * The files /data/ lists (all but the per-instansi files and SHA256SUMS), with their size in bytes;
 * once per Dataset, for both languages. `sizesFile`: the data step's UNDUH_SIZES_FILE, in a build.
 */
export function listedUnduh(dataset: Dataset, sizesFile?: string): ReadonlyMap<string, number> {
  if (sizesFile !== undefined) return (handed ??= new Map(Object.entries(JSON.parse(readFileSync(sizesFile, 'utf8')) as Record<string, number>)));
  let sizes = listed.get(dataset);
  if (sizes === undefined) {
    const measured = topFiles(dataset).map(measure);
    sizes = sizesOf([...measured, measure(packageFile(dataset, measured))]);
    listed.set(dataset, sizes);
  }
  return sizes;
}

const sizesOf = (files: readonly Measured[]): ReadonlyMap<string, number> => new Map(files.map((file) => [file.path, file.bytes]));

/** Writes the sizes of the listed files into `<folder>/unduh-sizes.json`, which `listedUnduh` reads in Astro's processes. */
export function writeUnduhSizes(folder: string, listed: readonly Measured[]): void {
  writeFileSync(join(folder, UNDUH_SIZES_FILE), JSON.stringify(Object.fromEntries(sizesOf(listed))));
}

/** Makes `target` a hard link to `source`; false where the file system has none (the caller then writes a copy). */
function linked(source: string, target: string): boolean {
  try {
    rmSync(target, { force: true });
    linkSync(source, target);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes download files into `<site>/unduh/`, one write each, remembering what it wrote. A former
 * address of a file written here (`sameAs`) is a hard link to it: the same bytes without writing
 * and hashing them twice, a copy where links are refused.
 */
function unduhWriter(site: string): { write: (file: UnduhFile) => Measured; written: Measured[] } {
  const root = join(site, UNDUH_FOLDER);
  const folders = new Set<string>();
  const written: Measured[] = [];
  const byPath = new Map<string, Measured>();
  const write = (file: UnduhFile): Measured => {
    const target = join(root, file.path);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    const original = file.sameAs === undefined ? undefined : byPath.get(file.sameAs);
    let facts: Measured;
    if (original !== undefined && linked(join(root, original.path), target)) {
      facts = { ...original, path: file.path };
    } else {
      const { data, ...measured } = measure(file);
      writeFileSync(target, data);
      facts = measured;
    }
    written.push(facts);
    byPath.set(facts.path, facts);
    return facts;
  };
  return { write, written };
}

/** Writes the files /data/ lists: every file but the per-instansi ones and SHA256SUMS, datapackage.json last. */
export function writeListedUnduh(dataset: Dataset, site: string): Measured[] {
  const { write, written } = unduhWriter(site);
  write(packageFile(dataset, topFiles(dataset).map(write)));
  return written;
}

/** Instansi taken at a time from the counter two threads share (`writeInstansiUnduh`). */
const CLAIM = 128;

/** A counter of instansi taken, shareable between threads; none taken yet. */
export const instansiCounter = (): Int32Array => new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes the CSV and JSON of every instansi (46 000 files at national scale), or, given a counter
 * another thread shares, of those this thread takes: each thread takes the next CLAIM instansi (in
 * kode order, the same in every thread whatever order the Dataset holds them in) until none is left.
 */
export function writeInstansiUnduh(dataset: Dataset, site: string, taken: Int32Array = instansiCounter()): Measured[] {
  const { write, written } = unduhWriter(site);
  const kodes = dataset.instansi.map((instansi) => instansi.kode).sort();
  for (let from = Atomics.add(taken, 0, CLAIM); from < kodes.length; from = Atomics.add(taken, 0, CLAIM)) {
    for (const kode of kodes.slice(from, from + CLAIM)) instansiFiles(dataset, kode).forEach(write);
  }
  return written;
}

/** Writes SHA256SUMS over every download file written; returns how many files there are in all. */
export function writeUnduhSums(site: string, written: readonly Measured[]): number {
  unduhWriter(site).write({ path: SHA256SUMS, content: sha256Sums(written) });
  return written.length + 1;
}

/** The hashes SHA256SUMS gives of the download files of a site, by path in the site (`unduh/…`). */
export function unduhHashes(site: string): Map<string, string> {
  const sums = parseSha256Sums(readFileSync(join(site, UNDUH_FOLDER, SHA256SUMS), 'utf8'));
  return new Map([...sums].map(([path, hash]) => [`${UNDUH_FOLDER}/${path}`, hash]));
}

/** Writes every download file into `<site>/unduh/`; returns how many, and the sizes of those /data/ lists (`listedUnduh`). */
export function writeUnduh(dataset: Dataset, site: string): { count: number; listed: ReadonlyMap<string, number> } {
  const listed = writeListedUnduh(dataset, site);
  const count = writeUnduhSums(site, [...listed, ...writeInstansiUnduh(dataset, site)]);
  return { count, listed: sizesOf(listed) };
}

/**
 * The per-instansi files written by a worker thread that loads the data folder itself, so that they
 * are made beside the validation of the build's data step (src/build/data-step.ts), on the other core;
 * `help` lets the calling thread, once its own work is done, take a share of what is left.
 * Unreferenced: a process that finds the folder invalid exits without waiting for it.
 */
export function startInstansiUnduh(dataDir: string, site: string): { done: Promise<Measured[]>; help: (dataset: Dataset) => Measured[] } {
  const taken = instansiCounter();
  const worker = new Worker(new URL('./instansi-unduh-worker.ts', import.meta.url), { workerData: { dataDir, site, taken } });
  worker.unref();
  const done = new Promise<Measured[]>((resolve, reject) => {
    worker.once('message', (answer: { written: Measured[] } | { error: string }) => ('error' in answer ? reject(new Error(answer.error)) : resolve(answer.written)));
    worker.once('error', reject);
  });
  return { done, help: (dataset) => writeInstansiUnduh(dataset, site, taken) };
}
