/**
 * `npm run validate -- --fix-format [--yes]`: every CSV file of a data folder in its canonical form
 * (canonical-csv.ts), shown as a unified diff first and written only with `--yes`. Files of published
 * editions are left alone: their lock holds their exact bytes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMNS, tableKindOf } from '../domain/csv-columns.ts';
import { unifiedDiff } from '../domain/line-diff.ts';
import { text, type Text } from '../domain/text.ts';
import { canonicalCsv } from '../data/canonical-csv.ts';
import { readLayout } from '../data/folder-files.ts';
import type { MessageLang } from '../data/problem-lines.ts';

export interface FormatPlan {
  /** Files whose canonical form differs: the text to write (a BOM kept where there was one) and the diff. */
  changes: { path: string; write: string; diff: string[] }[];
  /** Files left as they are, and why. */
  notes: { path: string; why: Text }[];
}

/** Whether an edition is published, and so locked: its files are never rewritten. */
export function isPublished(dir: string, year: string): boolean {
  try {
    return JSON.parse(readFileSync(join(dir, year, 'edisi.json'), 'utf8')).status === 'terbit';
  } catch {
    return false;
  }
}

/** The CSV tables of the folder, as the validator lays them out (unknown files are its business). */
function tablePaths(dir: string): string[] {
  const layout = readLayout(dir);
  return [
    ...(layout.hasInstansi ? ['instansi.csv'] : []),
    ...(layout.hasKoreksi ? ['koreksi.csv'] : []),
    ...layout.years.flatMap((year) => year.datasets.map((kind) => `${year.path}/${kind}.csv`)),
  ];
}

export function planFixFormat(dir: string): FormatPlan {
  const plan: FormatPlan = { changes: [], notes: [] };
  if (!existsSync(dir)) return plan;
  const published = new Set<string>();
  for (const path of tablePaths(dir)) {
    const year = path.split('/')[0]!;
    if (path.includes('/') && isPublished(dir, year)) {
      if (!published.has(year)) plan.notes.push({ path: `${year}/`, why: text(`edisi ${year} sudah terbit dan dikunci; tidak diubah`, `edition ${year} is published and locked; left unchanged`) });
      published.add(year);
      continue;
    }
    const result = canonicalCsv(path, readFileSync(join(dir, path)), COLUMNS[tableKindOf(path)!]);
    if (!result.ok) plan.notes.push({ path, why: text(`tidak diubah: ${result.reason.id}`, `left unchanged: ${result.reason.en}`) });
    else if (result.after !== result.before) {
      const diff = unifiedDiff(path, result.before, result.after);
      // Lines that differ only in their ending (a file mixing CRLF and LF) leave no line in the diff.
      const shown = diff.length > 0 ? diff : [`--- a/${path}`, `+++ b/${path}`, '(akhir baris diseragamkan) [line endings made uniform]'];
      plan.changes.push({ path, write: `${result.bom ? '\uFEFF' : ''}${result.after}`, diff: shown });
    }
  }
  return plan;
}

export function writeFixes(dir: string, plan: FormatPlan): void {
  for (const change of plan.changes) writeFileSync(join(dir, change.path), change.write);
}

/** What the command prints: every diff, every file left alone, and what to do next. */
export function describePlan(plan: FormatPlan, written: boolean, lang: MessageLang): string[] {
  const say = (t: Text) => (lang === 'both' ? `${t.id} [${t.en}]` : t[lang]);
  const count = plan.changes.length;
  const next =
    count === 0
      ? text('Semua berkas CSV sudah dalam bentuk baku; tidak ada yang diubah', 'Every CSV file is already in canonical form; nothing changed')
      : written
        ? text(`${count} berkas ditulis ulang dalam bentuk baku; isinya tidak berubah`, `${count} file(s) rewritten in canonical form; their content is unchanged`)
        : text(`${count} berkas akan ditulis ulang seperti di atas; isinya tidak berubah. Jalankan ulang dengan --yes untuk menulisnya: npm run validate -- --fix-format --yes`, `${count} file(s) would be rewritten as above; their content does not change. Re-run with --yes to write them: npm run validate -- --fix-format --yes`);
  return [...plan.changes.flatMap((c) => c.diff), ...plan.notes.map((n) => `${n.path}: ${say(n.why)}`), say(next)];
}
