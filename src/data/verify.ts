/**
 * `npm run verify`: rebuild the current checkout into a temporary folder and compare the result, file
 * by file, with a published site's manifest.json — what an auditor runs to check a site against its data.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareHashes, type FileStatus } from '../domain/hash-compare.ts';
import { buildSite } from './build.ts';
import { discardFolder } from './discard.ts';
import type { MessageLang } from './format.ts';
import type { Manifest } from './manifest.ts';

/** A manifest from a file path or an http(s) URL. */
export async function readManifest(source: string): Promise<Manifest> {
  if (!/^https?:\/\//.test(source)) return JSON.parse(readFileSync(source, 'utf8')) as Manifest;
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  return (await response.json()) as Manifest;
}

const STATUS: Record<FileStatus, [string, string]> = {
  match: ['cocok', 'match'],
  differs: ['beda', 'differs'],
  missing: ['hilang', 'missing'],
  extra: ['lebih', 'extra'],
};

export async function verifyAgainst(root: string, expected: Manifest, lang: MessageLang = 'both'): Promise<{ ok: boolean; lines: string[] }> {
  const say = (id: string, en: string) => (lang === 'both' ? `${id} [${en}]` : lang === 'id' ? id : en);
  const work = mkdtempSync(join(tmpdir(), 'rapor-verify-'));
  try {
    // A preview is rebuilt as the same part of the folder, without PDFs, as `npm run build` made it.
    const built = await buildSite({ root, outDir: join(work, 'dist'), lang, ...(expected.subset === undefined ? {} : { subset: expected.subset, pdf: false }) });
    if (built.invalid) return { ok: false, lines: [built.log.trimEnd(), say('Data tidak valid; tidak dibangun ulang.', 'The data is invalid; nothing was rebuilt.')] };
    if (!built.ok || built.manifest === undefined) return { ok: false, lines: [built.log, say('Pembangunan ulang gagal.', 'The rebuild failed.')] };
    const actual = built.manifest;
    const lines: string[] = [];
    // A different Chromium (or none) prints different PDF bytes, or none: worth naming before the file list.
    for (const key of ['rapor', 'node', 'astro', 'lockfile', 'chromium'] as const) {
      if (expected[key] !== actual[key]) lines.push(say(`catatan: ${key} berbeda`, `note: ${key} differs`) + `: ${expected[key] ?? '–'} ≠ ${actual[key] ?? '–'}`);
    }
    if (expected.git?.commit !== actual.git?.commit) lines.push(say('catatan: commit git berbeda', 'note: the git commit differs') + `: ${expected.git?.commit ?? '–'} ≠ ${actual.git?.commit ?? '–'}`);
    const counts = new Map<FileStatus, number>();
    for (const [section, label] of [['input', 'data'], ['output', 'site']] as const) {
      for (const { path, status } of compareHashes(expected[section] ?? {}, actual[section])) {
        counts.set(status, (counts.get(status) ?? 0) + 1);
        lines.push(`${say(...STATUS[status]).padEnd(lang === 'both' ? 18 : 8)} ${label}/${path}`);
      }
    }
    const ok = [...counts.keys()].every((status) => status === 'match');
    const tally = (['match', 'differs', 'missing', 'extra'] as const).map((s) => `${counts.get(s) ?? 0} ${say(...STATUS[s])}`).join(', ');
    lines.push(tally);
    lines.push(ok ? say('Situs ini sama persis dengan manifesnya.', 'This site is exactly what its manifest says.') : say('Hasil pembangunan ulang TIDAK sama dengan manifes.', 'The rebuild does NOT match the manifest.'));
    return { ok, lines };
  } finally {
    discardFolder(work, 'rapor-verify');
  }
}
