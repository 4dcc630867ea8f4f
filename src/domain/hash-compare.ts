/** Two lists of file hashes compared file by file, as `npm run verify` reports them. */
import { byCodeUnit } from './sorted.ts';

export type FileStatus = 'match' | 'differs' | 'missing' | 'extra';

export interface FileComparison {
  path: string;
  /** `missing`: in the expected list only; `extra`: in the actual list only. */
  status: FileStatus;
}

export function compareHashes(expected: Readonly<Record<string, string>>, actual: Readonly<Record<string, string>>): FileComparison[] {
  const paths = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort(byCodeUnit);
  return paths.map((path) => {
    const [want, got] = [expected[path], actual[path]];
    return { path, status: want === undefined ? 'extra' : got === undefined ? 'missing' : want === got ? 'match' : 'differs' };
  });
}

/**
 * A site as served compared with its manifest's `output`. `extrasKnown` false (a URL, which only
 * answers for the paths asked for): only listed files are compared, none is called extra, and the
 * `unserved` ones are left out — the host's configuration files (`.htaccess`), which a web server
 * reads and rightly refuses to send.
 */
export function compareServed(listed: Readonly<Record<string, string>>, served: Readonly<Record<string, string>>, extrasKnown: boolean, unserved: readonly string[] = []): FileComparison[] {
  return compareHashes(listed, served).filter(({ path, status }) => extrasKnown || (status !== 'extra' && !unserved.includes(path)));
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Why a parsed manifest.json is not one a Rapor build wrote (undefined when it is). */
export function manifestProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const manifest = value as Record<string, unknown>;
  for (const key of ['rapor', 'fingerprint'] as const) if (typeof manifest[key] !== 'string') return `no "${key}"`;
  for (const key of ['input', 'output'] as const) {
    const hashes = manifest[key];
    if (typeof hashes !== 'object' || hashes === null || Array.isArray(hashes)) return `no "${key}" list`;
    const bad = Object.entries(hashes).find(([, hash]) => typeof hash !== 'string' || !SHA256.test(hash));
    if (bad !== undefined) return `"${key}": "${bad[0]}" has no SHA-256`;
    // Fetched under the site's base URL: a path that climbs out of it is not one a build wrote.
    const outside = Object.keys(hashes).find((path) => path.split('/').some((part) => part === '' || part === '.' || part === '..'));
    if (outside !== undefined) return `"${key}": "${outside}" is not a path inside the site`;
  }
  return undefined;
}
