/**
 * An .xlsx workbook's sheets as Excel shows them (src/domain/workbook.ts turns values into text):
 * the zip read by src/commands/workbook/zip.ts with hard caps, its XML parts by fast-xml-parser. Only values are
 * read: formulas by the value Excel saved with them, external links never followed, macros refused.
 */
import { XMLParser } from 'fast-xml-parser';
import { builtInFormat, parseCellRef, shownBoolean, shownNumber, type Sheet, type SheetCell } from '../../domain/workbook.ts';
import { text, type Text } from '../../domain/text.ts';
import { openZip, ZipError, type ZipFailure, type ZipReader } from './zip.ts';

/** Caps that keep a hostile workbook from filling memory; a real pemda workbook stays far below them. */
export const WORKBOOK_LIMITS = {
  /** The .xlsx file itself, checked before it is read (src/commands/import.ts). */
  fileBytes: 32 * 1024 * 1024,
  /**
   * The unpacked parts: a national instansi sheet (some 30 000 rows) fits well within them
   * (docs/data.md, "Importing a workbook").
   */
  zip: { entries: 10_000, entryBytes: 32 * 1024 * 1024, totalBytes: 96 * 1024 * 1024 },
  /** Rows of one sheet (a national folder has some 30 000 instansi). */
  rows: 200_000,
  /** The widest column a value may sit in (CV): a dataset has at most 14 columns. */
  columns: 100,
};

export type WorkbookRead = { ok: true; sheets: Sheet[] } | { ok: false; reason: Text };

const ARRAYS = new Set(['sheet', 'Relationship', 'Override', 'Default', 'row', 'c', 'si', 'r', 'numFmt', 'xf']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // The five XML entities and character references (&#10;); a DOCTYPE is refused before parsing.
  htmlEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, unknown>;
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);
const attr = (node: Node | undefined, name: string): string | undefined => {
  const value = node?.[`@${name}`];
  return typeof value === 'string' ? value : undefined;
};
/** A text element's content (`<t>a</t>`, `<t xml:space="preserve"> a</t>`, `<t/>`). */
const content = (value: unknown): string => (typeof value === 'string' ? value : value !== null && typeof value === 'object' ? String((value as Node)['#text'] ?? '') : '');
/** Excel writes characters XML cannot hold as `_x000D_` (and a literal `_x` as `_x005F_x`). */
const unescapeXstring = (s: string): string => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
/** A shared or inline string: plain `<t>`, or rich text runs `<r><t>…</t></r>` joined. */
const stringItem = (item: Node | undefined): string => unescapeXstring(item?.t !== undefined ? content(item.t) : nodes(item?.r).map((run) => content(run.t)).join(''));

class Refusal extends Error {
  readonly reason: Text;
  constructor(reason: Text) {
    super(reason.en);
    this.reason = reason;
  }
}

const MB = (bytes: number): number => bytes / 1024 / 1024;

const ZIP_REASONS: Record<ZipFailure, Text> = {
  'not-zip': text('berkas ini bukan buku kerja Excel (.xlsx); simpan dari Excel atau LibreOffice sebagai "Buku Kerja Excel (.xlsx)"', 'this file is not an Excel workbook (.xlsx); save it from Excel or LibreOffice as "Excel Workbook (.xlsx)"'),
  damaged: text('buku kerja ini rusak atau bukan .xlsx; buka dan simpan ulang di Excel', 'this workbook is damaged or not an .xlsx; open and save it again in Excel'),
  encrypted: text('buku kerja ini dilindungi kata sandi; simpan salinan tanpa kata sandi', 'this workbook is password-protected; save a copy without a password'),
  'too-many-entries': text('buku kerja ini memuat terlalu banyak bagian untuk dibaca dengan aman', 'this workbook holds too many parts to be read safely'),
  'too-large': text(
    `isi buku kerja ini melebihi batas aman setelah dibuka (${MB(WORKBOOK_LIMITS.zip.entryBytes)} MB satu lembar, ${MB(WORKBOOK_LIMITS.zip.totalBytes)} MB seluruhnya); pisahkan datanya ke beberapa buku kerja`,
    `this workbook's content is over the safe limit once unpacked (${MB(WORKBOOK_LIMITS.zip.entryBytes)} MB a sheet, ${MB(WORKBOOK_LIMITS.zip.totalBytes)} MB in all); split the data over several workbooks`,
  ),
};

function xml(zip: ZipReader, name: string): Node | undefined {
  const bytes = zip.read(name);
  if (bytes === undefined) return undefined;
  const source = new TextDecoder('utf-8').decode(bytes);
  // Excel never writes a DOCTYPE; one here could only declare entities to expand.
  if (/<!DOCTYPE/i.test(source)) throw new Refusal(ZIP_REASONS.damaged);
  return parser.parse(source) as Node;
}

/** A part's relationships: id → target path inside the zip. */
function relationships(zip: ZipReader, part: string): Map<string, { target: string; type: string }> {
  const slash = part.lastIndexOf('/');
  const folder = part.slice(0, slash + 1);
  const rels = xml(zip, `${folder}_rels/${part.slice(slash + 1)}.rels`);
  const map = new Map<string, { target: string; type: string }>();
  for (const rel of nodes((rels?.Relationships as Node | undefined)?.Relationship)) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    // External targets (a linked workbook, a web address) are never opened.
    if (id === undefined || target === undefined || attr(rel, 'TargetMode') === 'External') continue;
    map.set(id, { target: target.startsWith('/') ? target.slice(1) : normalize(folder + target), type: attr(rel, 'Type') ?? '' });
  }
  return map;
}

const normalize = (path: string): string =>
  path
    .split('/')
    .reduce<string[]>((parts, p) => (p === '..' ? parts.slice(0, -1) : p === '.' || p === '' ? parts : [...parts, p]), [])
    .join('/');

/** The number format of each cell style (`s` on a cell) by its index. */
function cellFormats(styles: Node | undefined): string[] {
  const sheet = styles?.styleSheet as Node | undefined;
  const custom = new Map(nodes((sheet?.numFmts as Node | undefined)?.numFmt).map((f) => [Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? 'General'] as const));
  return nodes((sheet?.cellXfs as Node | undefined)?.xf).map((xf) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    return custom.get(id) ?? builtInFormat(id);
  });
}

interface Context {
  strings: string[];
  formats: string[];
  date1904: boolean;
}

/** A cell's value as Excel shows it; a formula's is the value Excel saved with it. */
function shown(c: Node, ctx: Context): string {
  const type = attr(c, 't') ?? 'n';
  if (type === 'inlineStr') return stringItem(c.is as Node | undefined);
  const v = c.v === undefined ? '' : content(c.v);
  if (v === '') return '';
  if (type === 's') return ctx.strings[Number(v)] ?? '';
  if (type === 'str' || type === 'e') return unescapeXstring(v);
  if (type === 'b') return shownBoolean(v === '1');
  const number = Number(v);
  // A strict-format date cell holds its ISO text; any other cell holds a number.
  if (type === 'd' || !Number.isFinite(number)) return v;
  return shownNumber(number, ctx.formats[Number(attr(c, 's') ?? 0)] ?? 'General', ctx.date1904);
}

function readSheet(name: string, root: Node | undefined, ctx: Context): Sheet {
  const rows = nodes(((root?.worksheet as Node | undefined)?.sheetData as Node | undefined)?.row);
  if (rows.length > WORKBOOK_LIMITS.rows) {
    throw new Refusal(text(`lembar ${name} memuat lebih dari ${WORKBOOK_LIMITS.rows} baris`, `sheet ${name} holds more than ${WORKBOOK_LIMITS.rows} rows`));
  }
  const cells: SheetCell[] = [];
  let rowNumber = 0;
  for (const row of rows) {
    rowNumber = Number(attr(row, 'r') ?? rowNumber + 1);
    let col = 0;
    for (const c of nodes(row.c)) {
      const ref = attr(c, 'r');
      col = ref === undefined ? col + 1 : (parseCellRef(ref)?.col ?? col + 1);
      const value = shown(c, ctx);
      // A formula without a saved value is kept (empty), for the warning to name it.
      if (value === '' && c.f === undefined) continue;
      if (col > WORKBOOK_LIMITS.columns) {
        throw new Refusal(text(`lembar ${name} berisi nilai jauh di kanan (kolom ke-${col}); hapus kolom yang tidak dipakai`, `sheet ${name} holds a value far to the right (column ${col}); delete the columns not used`));
      }
      cells.push({ row: rowNumber, col, text: value, ...(c.f !== undefined ? { formula: true } : {}) });
    }
  }
  return { name, cells };
}

function readParts(zip: ZipReader): Sheet[] {
  const types = xml(zip, '[Content_Types].xml');
  const contentTypes = [...nodes((types?.Types as Node | undefined)?.Override), ...nodes((types?.Types as Node | undefined)?.Default)].map((o) => attr(o, 'ContentType') ?? '');
  if (contentTypes.some((t) => /macroEnabled|vbaProject/i.test(t)) || zip.names.some((n) => /vbaProject\.bin$/i.test(n))) {
    throw new Refusal(text('buku kerja ini memuat makro; Rapor tidak membuka makro: simpan sebagai "Buku Kerja Excel (.xlsx)" tanpa makro', 'this workbook holds macros; Rapor does not open macros: save it as "Excel Workbook (.xlsx)" without macros'));
  }
  const workbookPart = 'xl/workbook.xml';
  const workbook = xml(zip, workbookPart)?.workbook as Node | undefined;
  if (workbook === undefined) throw new Refusal(ZIP_REASONS['not-zip']);
  const rels = relationships(zip, workbookPart);
  const partOf = (type: string) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target;
  const sst = xml(zip, partOf('sharedStrings') ?? 'xl/sharedStrings.xml');
  const ctx: Context = {
    strings: nodes((sst?.sst as Node | undefined)?.si).map(stringItem),
    formats: cellFormats(xml(zip, partOf('styles') ?? 'xl/styles.xml')),
    date1904: ['1', 'true'].includes(attr(workbook.workbookPr as Node | undefined, 'date1904') ?? ''),
  };
  return nodes((workbook.sheets as Node | undefined)?.sheet).flatMap((sheet) => {
    const name = attr(sheet, 'name') ?? '';
    const target = rels.get(attr(sheet, 'id') ?? '')?.target;
    // A chart sheet or a missing part holds no cells to import.
    return target === undefined || !target.includes('worksheets/') ? [] : [readSheet(name, xml(zip, target), ctx)];
  });
}

/** The sheets of an .xlsx file's bytes, or why they cannot be read. */
export function readWorkbook(bytes: Uint8Array): WorkbookRead {
  // A compound document: an old .xls, or an .xlsx Excel encrypted with a password.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return {
      ok: false,
      reason: text(
        'ini buku kerja Excel lama (.xls) atau yang dilindungi kata sandi; simpan sebagai "Buku Kerja Excel (.xlsx)" tanpa kata sandi',
        'this is an old Excel workbook (.xls) or a password-protected one; save it as "Excel Workbook (.xlsx)" without a password',
      ),
    };
  }
  try {
    return { ok: true, sheets: readParts(openZip(bytes, WORKBOOK_LIMITS.zip)) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason };
    if (error instanceof ZipError) return { ok: false, reason: ZIP_REASONS[error.reason] };
    // fast-xml-parser rejects malformed XML by throwing: the workbook is damaged.
    return { ok: false, reason: ZIP_REASONS.damaged };
  }
}
