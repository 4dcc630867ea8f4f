/**
 * `npm run publish`: validate the folder, then mark an edition `terbit`, write its lock into
 * edisi.json (rules in src/domain/publication.ts), and commit and tag it in git (publish-git.ts).
 * Nothing is written unless everything validates and git can take the commit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dateInJakarta, publishedEdisi } from '../domain/publication.ts';
import { DATASET_KINDS } from '../domain/rules.ts';
import { formatProblems, type MessageLang } from '../data/problem-lines.ts';
import { filesUnder, isStray } from '../data/hash.ts';
import { loadDataFolder } from '../data/load.ts';
import { editionLock } from '../data/edition-locks.ts';
import { commitEdition, gitIn, planCommit, shellWord, type Refusal } from './publish-git.ts';

export interface PublishRequest {
  tahun: number;
  /** `--date`; without it a draft is published on `today`. */
  date?: string;
  /** Today's date in Jakarta (the caller reads the clock: see todayInJakarta). */
  today: string;
  lang?: MessageLang;
  /**
   * Commit and tag the edition in the git repository that holds the data folder: what `npm run
   * publish` does unless `--no-git`. Off for callers that lock throwaway folders (tests, fixtures).
   */
  commit?: boolean;
}

/** `DATA_DIR=<dir> ` when the commands would not find the data folder as `data/` of the folder they are run in. */
const dataDirPrefix = (dir: string): string => (resolve('data') === dir ? '' : `DATA_DIR=${shellWord(dir)} `);

/** The one place Rapor reads a clock. */
export const todayInJakarta = (): string => dateInJakarta(new Date());

export function publishEdition(dir: string, { tahun, date, today, lang = 'both', commit = false }: PublishRequest): { ok: boolean; lines: string[] } {
  const say = (id: string, en: string) => (lang === 'both' ? `${id} [${en}]` : lang === 'id' ? id : en);
  const refuse = (id: string, en: string) => ({ ok: false, lines: [say(`Edisi ${tahun} tidak diterbitkan: ${id}`, `Edition ${tahun} was not published: ${en}`)] });
  const refuseFor = ({ reason, fix }: Refusal) => refuse(`${reason.id}. ${fix.id}.`, `${reason.en}. ${fix.en}.`);
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
  const tanggal = String(decision.edisi.tanggal_terbit);
  // What a build reads, as its manifest lists it for input: the edition, the shared files, the logo, and
  // the other editions as they validated — so that a checkout of the tag is the folder that validated.
  const files = filesUnder(dir, isStray);
  const planned = commit ? planCommit(dir, tahun, files) : undefined;
  if (planned !== undefined && !planned.ok) return refuseFor(planned.refusal);
  const before = readFileSync(file);
  writeFileSync(file, `${JSON.stringify(decision.edisi, null, 2)}\n`);
  const count = Object.keys(kunci).length;
  const done = [
    decision.lockOnly
      ? say(`Edisi ${tahun} (terbit ${tanggal}) dikunci: ${count} berkas.`, `Edition ${tahun} (published ${tanggal}) is locked: ${count} files.`)
      : say(`Edisi ${tahun} diterbitkan ${tanggal} dan dikunci: ${count} berkas.`, `Edition ${tahun} is published on ${tanggal} and locked: ${count} files.`),
  ];
  if (planned === undefined) {
    return {
      ok: true,
      lines: [
        ...done,
        say(
          'Tanpa git (--no-git): kunci ini hanya membuktikan bahwa berkas cocok dengan sidik yang tertulis di sampingnya, dan siapa pun dapat menulis ulang keduanya. Simpan folder data di git (docs/reproducibility.md).',
          'Without git (--no-git): this lock proves only that the files match the hashes written beside them, and anyone can rewrite both. Keep the data folder in git (docs/reproducibility.md).',
        ),
      ],
    };
  }
  const committed = commitEdition(planned.plan, tanggal);
  if (!committed.ok) {
    if (!committed.committed) writeFileSync(file, before);
    return refuseFor(committed.refusal);
  }
  const { top } = planned.plan;
  return {
    ok: true,
    lines: [
      ...done,
      say(
        `Disimpan di git: commit ${committed.commit.slice(0, 12)} (folder data seperti saat lolos validasi, ${files.length} berkas) dengan tag ${committed.tag}, di repositori ${top}.`,
        `Committed to git: commit ${committed.commit.slice(0, 12)} (the data folder as it validated, ${files.length} files) tagged ${committed.tag}, in repository ${top}.`,
      ),
      say('Kirim commit dan tagnya ke repositori bersama:', 'Push the commit and its tag to the shared repository:'),
      `  ${gitIn(top)} push origin HEAD ${committed.tag}`,
      say('Untuk membangun ulang edisi ini kelak, dari folder proyek (lihat docs/reproducibility.md):', 'To rebuild this edition later, from the project folder (see docs/reproducibility.md):'),
      `  ${gitIn(top)} checkout ${committed.tag} && npm ci && ${dataDirPrefix(dir)}npm run build && ${dataDirPrefix(dir)}npm run verify -- <manifest.json>`,
    ],
  };
}
