/**
 * Writes the download files (src/domain/export/files.ts) into a built site's `unduh/` folder, then
 * `datapackage.json` (which records each resource's size and SHA-256) and `SHA256SUMS` (every file
 * written here). Synchronous and one write per file: a national folder gives some 46 000 of them.
 * The PDFs the build prints into the same folder later are listed in the build manifest, not here.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dataset } from '../domain/dataset.ts';
import { sha256Sums } from '../domain/export/checksums.ts';
import { dataPackage, RESOURCES, type FileFacts } from '../domain/export/datapackage.ts';
import { editionFiles, instansiFiles, jsonText, longFiles, registryFiles, type DownloadFile } from '../domain/export/files.ts';

export const DOWNLOAD_FOLDER = 'unduh';
export const DATAPACKAGE = 'datapackage.json';
export const SHA256SUMS = 'SHA256SUMS';

type Measured = FileFacts & { path: string };

function measure(file: DownloadFile): Measured & { data: Buffer } {
  const data = Buffer.from(file.content, 'utf8');
  return { path: file.path, data, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}

/** Every file but the per-instansi ones, datapackage.json and SHA256SUMS. */
const topFiles = (dataset: Dataset): DownloadFile[] => [...longFiles(dataset), ...editionFiles(dataset), ...registryFiles(dataset)];

const packageFile = (dataset: Dataset, measured: readonly Measured[]): DownloadFile => ({
  path: DATAPACKAGE,
  content: jsonText(dataPackage(dataset.situs, RESOURCES, new Map(measured.map((m) => [m.path, m])))),
});

const listed = new WeakMap<Dataset, ReadonlyMap<string, number>>();

/** The files /data/ lists (all but the per-instansi files and SHA256SUMS), with their size in bytes; once per Dataset, for both languages. */
export function listedDownloads(dataset: Dataset): ReadonlyMap<string, number> {
  let sizes = listed.get(dataset);
  if (sizes === undefined) {
    const measured = topFiles(dataset).map(measure);
    sizes = new Map([...measured, measure(packageFile(dataset, measured))].map((m) => [m.path, m.bytes]));
    listed.set(dataset, sizes);
  }
  return sizes;
}

/** Writes every download file into `<site>/unduh/`; returns how many. */
export function writeDownloads(dataset: Dataset, site: string): number {
  const root = join(site, DOWNLOAD_FOLDER);
  const folders = new Set<string>();
  const written: Measured[] = [];
  const write = (file: DownloadFile): Measured => {
    const target = join(root, file.path);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    const { data, ...facts } = measure(file);
    writeFileSync(target, data);
    written.push(facts);
    return facts;
  };
  const top = topFiles(dataset).map(write);
  write(packageFile(dataset, top));
  for (const { kode } of dataset.instansi) instansiFiles(dataset, kode).forEach(write);
  write({ path: SHA256SUMS, content: sha256Sums(written) });
  return written.length;
}
