/**
 * `npm run import` on the file system: an .xlsx workbook read as Excel shows it, its sheets planned
 * as the data folder's CSV files (src/domain/workbook.ts), shown first and written only when asked,
 * never into a published (locked) edition; then the folder is validated and every problem in an
 * imported file also names the workbook's sheet and cell.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { yearProblem } from '../domain/edition-scaffold.ts';
import { text, type Text } from '../domain/text.ts';
import { cellRef, planSheets, sheetCellAt, type ImportedTable } from '../domain/workbook.ts';
import { isPublished } from './fix-format.ts';
import type { MessageLang } from '../data/problem-lines.ts';
import { newEdition } from './new-edition.ts';
import { validateFolder } from '../data/validate.ts';
import { readWorkbook, WORKBOOK_LIMITS } from './workbook/read.ts';

export interface ImportRequest {
  /** The workbook's path. */
  file: string;
  /** The edition's year as typed. */
  tahun: string;
  write: boolean;
  lang: MessageLang;
  /** This year, to catch a new edition's year typed far ahead. */
  currentYear: number;
}

/** How many formula cells a sheet's warning names before it counts the rest. */
const LISTED_FORMULAS = 5;

export function importWorkbook(dir: string, request: ImportRequest): { ok: boolean; lines: string[] } {
  const say = (t: Text) => (request.lang === 'both' ? `${t.id} [${t.en}]` : t[request.lang]);
  const nothingWritten = say(text('Tidak ada berkas yang ditulis', 'Nothing was written'));
  const refuse = (...reasons: Text[]) => ({ ok: false, lines: [...reasons.map(say), nothingWritten] });
  const name = basename(request.file);
  const refused = fileRefusal(dir, request, name);
  if (refused !== undefined) return refuse(refused);
  const tahun = Number(request.tahun);
  const read = readWorkbook(readFileSync(request.file));
  if (!read.ok) return refuse(text(`${name}: ${read.reason.id}`, `${name}: ${read.reason.en}`));
  const plan = planSheets(read.sheets, tahun);
  if (!plan.ok) return refuse(...plan.problems.map((p) => text(`${name}: ${p.id}`, `${name}: ${p.en}`)));
  const editionFiles = plan.tables.filter((t) => t.kind !== 'instansi');
  // A new edition is made as npm run new-edition makes it, then filled from the workbook.
  const newEditionNeeded = editionFiles.length > 0 && !existsSync(join(dir, String(tahun), 'edisi.json'));
  const yearRefused = newEditionNeeded ? yearProblem(request.tahun, request.currentYear) : undefined;
  if (yearRefused !== undefined) return refuse(yearRefused);
  if (editionFiles.length > 0 && isPublished(dir, String(tahun))) {
    return refuse(
      text(
        `edisi ${tahun} sudah terbit dan dikunci; Rapor tidak menimpa berkasnya. Angka yang berubah sesudah terbit dicatat di koreksi.csv (lihat panduan editor, "Mengoreksi angka yang sudah terbit")`,
        `edition ${tahun} is published and locked; Rapor does not overwrite its files. Values changed after publication are recorded in koreksi.csv (see the editor guide, "Correcting a published figure")`,
      ),
    );
  }

  const lines: string[] = [];
  if (newEditionNeeded) lines.push(say(text(`Edisi ${tahun} belum ada: dibuat sebagai draf, seperti npm run new-edition -- ${tahun}`, `Edition ${tahun} does not exist yet: it is created as a draft, as npm run new-edition -- ${tahun} does`)));
  const changed = plan.tables.filter((t) => {
    const path = join(dir, t.path);
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    const status = before === undefined ? text('baru', 'new') : before === t.text ? text('sama, tidak ditulis', 'unchanged, not written') : text('berubah', 'changed');
    lines.push(`${name} › ${t.sheet} → ${t.path}: ${say(text(`${t.rows} baris, ${t.columns} kolom, ${status.id}`, `${t.rows} rows, ${t.columns} columns, ${status.en}`))}`);
    return before !== t.text;
  });
  for (const t of plan.tables.filter((t) => t.titleRows > 0)) {
    lines.push(say(text(`${name} › ${t.sheet}: ${t.titleRows} baris di atas judul kolom (judul laporan) dilewati`, `${name} › ${t.sheet}: ${t.titleRows} row(s) above the column headers (a report title) skipped`)));
  }
  for (const sheet of plan.empty) lines.push(say(text(`${name} › ${sheet}: lembar kosong, dilewati`, `${name} › ${sheet}: empty sheet, skipped`)));
  for (const t of plan.tables.filter((t) => t.formulas.length > 0)) lines.push(say(formulaWarning(name, t)));
  if (!request.write) {
    lines.push(
      say(
        changed.length === 0
          ? text('Tidak ada yang perlu ditulis', 'Nothing to write')
          : text(`Belum ada yang ditulis. Jalankan ulang dengan --yes untuk menulis ${changed.length} berkas di atas`, `Nothing written yet. Re-run with --yes to write the ${changed.length} file(s) above`),
      ),
    );
    return { ok: true, lines };
  }
  if (newEditionNeeded) {
    // new-edition checks the folder first and writes nothing on a problem: then neither does the import.
    const made = newEdition(dir, { tahun: request.tahun, currentYear: request.currentYear });
    if (!made.ok) return { ok: false, lines: [...lines, ...made.lines, nothingWritten] };
    lines.push(...made.lines.filter((line) => line.startsWith('+ ')));
  }
  for (const t of changed) writeFileSync(join(dir, t.path), t.text);
  lines.push(say(text(`${changed.length} berkas ditulis; memeriksa folder data…`, `${changed.length} file(s) written; checking the data folder…`)));
  const byPath = new Map(plan.tables.map((t) => [t.path, t] as const));
  const report = validateFolder(dir, request.lang, (problem) => {
    const table = byPath.get(problem.file);
    const cell = table === undefined ? undefined : sheetCellAt(table.places, problem.line, problem.column);
    return table === undefined || cell === undefined ? undefined : `${name} › ${cellRef(table.sheet, cell.row, cell.col)}`;
  });
  return { ok: report.dataset !== undefined, lines: [...lines, ...report.lines] };
}

/** Why the command line's workbook and year cannot be imported at all, before the workbook is read. */
function fileRefusal(dir: string, request: ImportRequest, name: string): Text | undefined {
  if (request.file === '') return text('sebutkan buku kerjanya: npm run import -- rapor.xlsx --tahun 2025', 'name the workbook: npm run import -- rapor.xlsx --tahun 2025');
  if (!/^\d{4}$/.test(request.tahun)) {
    return text(`"${request.tahun}" bukan tahun: tulis npm run import -- ${name} --tahun 2025`, `"${request.tahun}" is not a year: write npm run import -- ${name} --tahun 2025`);
  }
  const stat = statSync(request.file, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isFile()) return text(`berkas ${request.file} tidak ada`, `file ${request.file} does not exist`);
  // The validator refuses any file a data folder does not expect: the workbook belongs beside it.
  const where = relative(resolve(dir), resolve(request.file));
  if (where.split(sep)[0] !== '..' && !isAbsolute(where)) {
    return text(`${name} ada di dalam folder data; pindahkan buku kerja ke luar folder data, lalu impor dari sana`, `${name} is inside the data folder; move the workbook out of the data folder, then import it from there`);
  }
  if (['.xlsm', '.xltm', '.xlam'].includes(extname(name).toLowerCase())) {
    return text(`${name} adalah buku kerja bermakro; Rapor tidak membuka makro: simpan sebagai "Buku Kerja Excel (.xlsx)"`, `${name} is a macro-enabled workbook; Rapor does not open macros: save it as "Excel Workbook (.xlsx)"`);
  }
  // Checked before reading: the file is never loaded whole when it is too large.
  if (stat.size > WORKBOOK_LIMITS.fileBytes) {
    return text(`${name} lebih dari ${WORKBOOK_LIMITS.fileBytes / 1024 / 1024} MB; pisahkan datanya ke beberapa buku kerja`, `${name} is over ${WORKBOOK_LIMITS.fileBytes / 1024 / 1024} MB; split the data over several workbooks`);
  }
  return undefined;
}

function formulaWarning(name: string, table: ImportedTable): Text {
  const listed = table.formulas.slice(0, LISTED_FORMULAS).map((ref) => `${name} › ${ref}`).join(', ');
  const rest = table.formulas.length - LISTED_FORMULAS;
  return text(
    `Peringatan: ${table.formulas.length} sel berisi rumus (${listed}${rest > 0 ? `, dan ${rest} lainnya` : ''}); dipakai nilai yang terakhir disimpan Excel — buka dan simpan ulang buku kerja di Excel bila nilainya mungkin belum dihitung`,
    `Warning: ${table.formulas.length} cell(s) hold a formula (${listed}${rest > 0 ? `, and ${rest} more` : ''}); the value Excel last saved is taken — open and save the workbook again in Excel if it may not be calculated`,
  );
}
