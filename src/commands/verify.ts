/**
 * `npm run verify`: rebuild the current checkout into a temporary folder and compare the result, file
 * by file, with a published site's manifest.json — what an auditor runs to check a site against its
 * data. Given the site itself (a folder or a URL), it first checks that every file served is the one
 * its manifest lists.
 */
import type { Environment } from '../environment.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareHashes, compareServed, type FileComparison, type FileStatus } from '../domain/hash-compare.ts';
import { buildSite } from '../build/pipeline.ts';
import { discardFolder } from '../build/process/discard.ts';
import type { MessageLang } from '../data/problem-lines.ts';
import type { Manifest } from '../build/manifest.ts';
import type { Served } from './served.ts';
import { HOST_ONLY } from '../site/host-config.ts';

export { readManifest } from './served.ts';

const STATUS: Record<FileStatus, [string, string]> = {
  match: ['cocok', 'match'],
  differs: ['beda', 'differs'],
  missing: ['hilang', 'missing'],
  extra: ['lebih', 'extra'],
};

type Say = (id: string, en: string) => string;

/** One line a file, `<status> <label>/<path>`, then the count; ok when every file matches. */
function report(groups: ReadonlyArray<readonly [string, FileComparison[]]>, say: Say, lang: MessageLang): { ok: boolean; lines: string[] } {
  const counts = new Map<FileStatus, number>();
  const lines: string[] = [];
  for (const [label, comparisons] of groups) {
    for (const { path, status } of comparisons) {
      counts.set(status, (counts.get(status) ?? 0) + 1);
      lines.push(`${say(...STATUS[status]).padEnd(lang === 'both' ? 18 : 8)} ${label}/${path}`);
    }
  }
  lines.push((['match', 'differs', 'missing', 'extra'] as const).map((s) => `${counts.get(s) ?? 0} ${say(...STATUS[s])}`).join(', '));
  return { ok: [...counts.keys()].every((status) => status === 'match'), lines };
}

/**
 * `served`: the site as served, when verify was given one. Its files are compared with its own
 * manifest (`beda`: changed, `hilang`: listed but not served, `lebih`: served but not listed), then
 * the checkout is rebuilt and compared with the same manifest.
 */
export async function verifyAgainst(root: string, environment: Environment, expected: Manifest, lang: MessageLang = 'both', served?: Served & { source: string }): Promise<{ ok: boolean; lines: string[] }> {
  const say: Say = (id, en) => (lang === 'both' ? `${id} [${en}]` : lang === 'id' ? id : en);
  const lines: string[] = [];
  let servedOk = true;
  if (served !== undefined) {
    lines.push(say(`Berkas situs yang disajikan di ${served.source}, dibandingkan dengan manifesnya:`, `The site's files as served at ${served.source}, compared with its manifest:`));
    const checked = report([['served', compareServed(expected.output, served.hashes, served.extrasKnown, HOST_ONLY)]], say, lang);
    servedOk = checked.ok;
    lines.push(...checked.lines);
    if (!served.extrasKnown) lines.push(say('catatan: berkas lebih tidak dapat diketahui lewat URL (hanya berkas yang didaftar manifes yang diambil); periksa foldernya untuk itu', 'note: extra files cannot be known over a URL (only the files the manifest lists are fetched); check the folder for that'));
    lines.push(servedOk ? say('Berkas yang disajikan sama dengan manifes.', 'The files served match the manifest.') : say('Berkas yang disajikan TIDAK sama dengan manifes.', 'The files served do NOT match the manifest.'));
    lines.push('', say('Pembangunan ulang checkout ini, dibandingkan dengan manifes yang sama:', 'This checkout rebuilt, compared with the same manifest:'));
  }
  const work = mkdtempSync(join(tmpdir(), 'rapor-verify-'));
  try {
    // Rebuilt as `npm run build` made it: a preview as the same part of the folder, and with PDFs only
    // where the build printed them (its manifest names the Chromium that did; `--no-pdf` and a preview print none).
    const pdf = expected.chromium !== undefined && expected.subset === undefined;
    const built = await buildSite({ root, environment, outDir: join(work, 'dist'), lang, pdf, ...(expected.subset === undefined ? {} : { subset: expected.subset }) });
    if (built.invalid) return { ok: false, lines: [...lines, built.log.trimEnd(), say('Data tidak valid; tidak dibangun ulang.', 'The data is invalid; nothing was rebuilt.')] };
    if (!built.ok || built.manifest === undefined) return { ok: false, lines: [...lines, built.log, say('Pembangunan ulang gagal.', 'The rebuild failed.')] };
    const actual = built.manifest;
    // A different Chromium (or none) prints different PDF bytes, or none: worth naming before the file list.
    for (const key of ['rapor', 'node', 'astro', 'lockfile', 'chromium'] as const) {
      if (expected[key] !== actual[key]) lines.push(say(`catatan: ${key} berbeda`, `note: ${key} differs`) + `: ${expected[key] ?? '–'} ≠ ${actual[key] ?? '–'}`);
    }
    if (expected.git?.commit !== actual.git?.commit) lines.push(say('catatan: commit git berbeda', 'note: the git commit differs') + `: ${expected.git?.commit ?? '–'} ≠ ${actual.git?.commit ?? '–'}`);
    const rebuilt = report([['data', compareHashes(expected.input ?? {}, actual.input)], ['site', compareHashes(expected.output ?? {}, actual.output)]], say, lang);
    lines.push(...rebuilt.lines);
    lines.push(rebuilt.ok ? say('Hasil pembangunan ulang sama dengan manifes.', 'The rebuild matches the manifest.') : say('Hasil pembangunan ulang TIDAK sama dengan manifes.', 'The rebuild does NOT match the manifest.'));
    const ok = servedOk && rebuilt.ok;
    if (ok) lines.push(say('Situs ini sama persis dengan manifesnya.', 'This site is exactly what its manifest says.'));
    return { ok, lines };
  } finally {
    discardFolder(work, 'rapor-verify');
  }
}
