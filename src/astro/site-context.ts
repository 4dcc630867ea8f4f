/**
 * The build context of this Astro process, the one place the site's modules learn it from: handed by
 * `npm run build` (src/build/context.ts), or, for `npm run dev` and a bare `astro build`, the data
 * folder of the environment alone. Read once a module instance: a build's context does not change
 * while its processes run.
 */
import { environment } from '../environment.ts';
import { readContext, type BuildContext } from '../build/context.ts';
import { dataFingerprintOf } from '../build/data-fingerprint.ts';
import { buildInfo, type ManifestInfo } from '../build/manifest.ts';
import { folderStamp } from '../data/folder-stamp.ts';

/** What a page may know of its build; outside `npm run build` only the data folder. */
export type SiteContext = Pick<BuildContext, 'dataDir'> & Partial<Omit<BuildContext, 'dataDir'>>;

let context: SiteContext | undefined;

export function siteContext(): SiteContext {
  if (context !== undefined) return context;
  const { contextFile, dataDir } = environment();
  return (context = contextFile === undefined ? { dataDir } : readContext(contextFile));
}

/** Outside `npm run build`: the info last read, and the data folder's stamp when it was. */
let readInfo: { stamp: string; info: ManifestInfo } | undefined;

/**
 * What the site says it was built with and from: the build's own info, or (in `npm run dev`, where
 * the data may change between two pages) read again whenever the data folder's stamp changed: hashing
 * every data file for every page would make each page wait for the whole folder.
 */
export function siteBuildInfo(): ManifestInfo {
  const { info, dataDir } = siteContext();
  if (info !== undefined) return info;
  const stamp = folderStamp(dataDir);
  if (readInfo?.stamp !== stamp) readInfo = { stamp, info: buildInfo(process.cwd(), dataDir) };
  return readInfo.info;
}

const dataFingerprints = new WeakMap<ManifestInfo, string>();

/**
 * The data fingerprint of the site's build info (src/build/data-fingerprint.ts), hashed once per
 * info: one a build, one per content of the data folder in `npm run dev`. Every page that cites quotes
 * it (docs/performance.md, "How the build is kept fast").
 */
export function siteDataFingerprint(): string {
  const info = siteBuildInfo();
  let fingerprint = dataFingerprints.get(info);
  if (fingerprint === undefined) dataFingerprints.set(info, (fingerprint = dataFingerprintOf(info)));
  return fingerprint;
}

/**
 * Whether this process builds a subset of the data folder (`--edisi`, `--pemda`), a preview for its
 * editors: the pages hand it to their layout, which marks every page `noindex`. Asked on every page,
 * answered from the context read once (docs/performance.md, "How the build is kept fast").
 */
export const isSubsetBuild = (): boolean => siteContext().info?.subset !== undefined;
