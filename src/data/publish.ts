/**
 * `npm run publish`: validate the folder, then mark an edition `terbit` and write its lock into
 * edisi.json (rules in src/domain/publication.ts). Nothing is written unless everything validates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dateInJakarta, editionTag, publishedEdisi } from '../domain/publication.ts';
import { DATASET_KINDS } from '../domain/rules.ts';
import { formatProblems, type MessageLang } from './format.ts';
import { loadDataFolder } from './load.ts';
import { editionLock } from './lock.ts';

export interface PublishRequest {
  tahun: number;
  /** `--date`; without it a draft is published on `today`. */
  date?: string;
  /** Today's date in Jakarta (the caller reads the clock: see todayInJakarta). */
  today: string;
  lang?: MessageLang;
}

/** The one place Rapor reads a clock. */
export const todayInJakarta = (): string => dateInJakarta(new Date());

export function publishEdition(dir: string, { tahun, date, today, lang = 'both' }: PublishRequest): { ok: boolean; lines: string[] } {
  const say = (id: string, en: string) => (lang === 'both' ? `${id} [${en}]` : lang === 'id' ? id : en);
  const refuse = (id: string, en: string) => ({ ok: false, lines: [say(`Edisi ${tahun} tidak diterbitkan: ${id}`, `Edition ${tahun} was not published: ${en}`)] });
  const loaded = loadDataFolder(dir, { requireLocks: false });
  if (!loaded.ok) {
    const lines = formatProblems(loaded.problems, lang);
    return { ok: false, lines: [...lines, ...refuse('perbaiki dulu masalah di atas.', 'fix the problems above first.').lines] };
  }
  const edition = loaded.dataset.editions.find((e) => e.tahun === tahun);
  if (edition === undefined) return refuse(`tidak ada folder ${tahun}/ dengan edisi.json.`, `there is no folder ${tahun}/ with edisi.json.`);
  const empty = DATASET_KINDS.filter((kind) => edition.datasets[kind]?.length === 0);
  if (empty.length > 0) {
    const files = empty.map((kind) => `${tahun}/${kind}.csv`).join(', ');
    return refuse(`${files} tidak berisi data; isi atau hapus berkasnya.`, `${files} holds no data; fill it in or delete the file.`);
  }
  const file = join(dir, String(tahun), 'edisi.json');
  const raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const kunci = editionLock(dir, tahun);
  const decision = publishedEdisi(tahun, raw, edition.edisi, { date, today, kunci });
  if (!decision.ok) return refuse(`${decision.reason.id}. ${decision.fix.id}.`, `${decision.reason.en}. ${decision.fix.en}.`);
  writeFileSync(file, `${JSON.stringify(decision.edisi, null, 2)}\n`);
  const tag = editionTag(tahun);
  const shown = relative(process.cwd(), file).split('\\').join('/');
  const count = Object.keys(kunci).length;
  return {
    ok: true,
    lines: [
      decision.lockOnly
        ? say(`Edisi ${tahun} (terbit ${decision.edisi.tanggal_terbit}) dikunci: ${count} berkas.`, `Edition ${tahun} (published ${decision.edisi.tanggal_terbit}) is locked: ${count} files.`)
        : say(`Edisi ${tahun} diterbitkan ${decision.edisi.tanggal_terbit} dan dikunci: ${count} berkas.`, `Edition ${tahun} is published on ${decision.edisi.tanggal_terbit} and locked: ${count} files.`),
      say('Simpan dan beri tag edisi ini:', 'Commit and tag this edition:'),
      `  git add ${shown} && git commit -m "Terbitkan edisi ${tahun}" && git tag ${tag}`,
      say('Untuk membangun ulang edisi ini kelak (lihat docs/reproducibility.md):', 'To rebuild this edition later (see docs/reproducibility.md):'),
      `  git checkout ${tag} && npm ci && npm run build && npm run verify -- <manifest.json>`,
    ],
  };
}
