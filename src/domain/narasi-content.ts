/**
 * What a narrative chapter may contain: text, Markdown, Rapor's own data components with quoted
 * attributes, and a short allow-list of harmless HTML elements. Never code: no `import`/`export`, no
 * `{expression}`, no element or attribute that runs script or loads another document. One rule set
 * for two callers: the validator (`checkNarasi`) reports each finding with its line and column, and
 * the build's MDX compiler runs `narasiContentPlugin`, which throws on the first one, so a data
 * folder cannot make the build run code even when validation is skipped.
 */
import type { MdastNode, MdastPluginDefinition } from 'satteri';
import { text, type Text } from './text.ts';

export interface ContentFinding {
  line: number;
  column: number;
  message: Text;
  fix: Text;
}

/** The front-matter keys of a chapter; any other (Astro's `layout` would import a file) is refused. */
export const FRONT_MATTER_KEYS: readonly string[] = ['title', 'ringkasan'];

/**
 * Rapor's data components, available in every chapter without an import (src/components/NarasiBab.astro),
 * and their attributes (the required ones first).
 */
export const NARASI_COMPONENTS = {
  Nilai: { required: ['dataset', 'kode'], optional: ['tahun'] },
  Sebaran: { required: ['dataset'], optional: ['induk', 'tahun'] },
  Peringkat: { required: ['induk'], optional: ['tahun'] },
  Riwayat: { required: ['kode'], optional: ['dataset'] },
  Tabel: { required: ['dataset'], optional: ['tahun'] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

const COMPONENT_NAMES: readonly string[] = Object.keys(NARASI_COMPONENTS);

/**
 * HTML a chapter may write, each element with the attributes it takes besides the global `title`
 * and `lang`. None runs script, loads a resource, submits, styles or positions anything, or takes a
 * class or id that could pass for the site's own markup (a badge, an anchor).
 */
const ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  p: [], br: [], hr: [], span: [], em: [], strong: [], b: [], i: [], u: [], s: [], small: [], mark: [],
  del: [], ins: [], sub: [], sup: [], abbr: [], dfn: [], cite: [], q: [], code: [], kbd: [], time: ['datetime'],
  a: ['href'],
  h2: [], h3: [], h4: [], h5: [], h6: [],
  ul: [], ol: ['start'], li: [], dl: [], dt: [], dd: [], blockquote: [],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
  figure: [], figcaption: [],
};
const GLOBAL_ATTRIBUTES = ['title', 'lang'];

/** The elements as the editor guides list them. */
export const ALLOWED_ELEMENTS: readonly string[] = Object.keys(ELEMENTS);

/** A link to another page, a mail address or a place in this page; never `javascript:`, `data:` or another scheme. */
export function safeHref(url: string): boolean {
  // Browsers drop tabs and newlines inside a URL and ignore leading spaces and controls.
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned);
  return scheme === null || ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase());
}

const CODE_FIX = text(
  'Bab hanya berisi teks; tulis angka dengan komponen Rapor (<Nilai dataset="…" kode="…" />) tanpa import. Tulis \\{ bila maksudnya tanda kurung kurawal biasa',
  'A chapter holds text only; write figures with Rapor\'s components (<Nilai dataset="…" kode="…" />), no import needed. Write \\{ for a literal brace',
);

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number; offset?: number } };
}

/** The line and column of every attribute of the tag opening at `offset`, in order (MDX's tree has none). */
function attributePlaces(source: string, offset: number): { line: number; column: number }[] {
  const places: number[] = [];
  let i = offset + 1;
  const skipBraces = () => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i++]!;
      if (c === '"' || c === "'" || c === '`') {
        while (i < source.length && source[i] !== c) i += source[i] === '\\' ? 2 : 1;
        i++;
      } else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return;
    }
  };
  while (i < source.length && /[^\s/>{]/.test(source[i]!)) i++; // the element's name
  for (;;) {
    while (i < source.length && /\s/.test(source[i]!)) i++;
    const c = source[i];
    if (c === undefined || c === '>' || c === '/') break;
    places.push(i);
    if (c === '{') {
      skipBraces();
      continue;
    }
    while (i < source.length && /[^\s=/>{]/.test(source[i]!)) i++;
    while (i < source.length && /\s/.test(source[i]!)) i++;
    if (source[i] !== '=') continue;
    i++;
    while (i < source.length && /\s/.test(source[i]!)) i++;
    const quote = source[i];
    if (quote === '{') skipBraces();
    else if (quote === '"' || quote === "'") i = source.indexOf(quote, i + 1) + 1 || source.length;
  }
  return places.map((at) => {
    const before = source.slice(0, at);
    const lineStart = before.lastIndexOf('\n') + 1;
    // Columns in UTF-16 units, as the parser counts them for the elements (and mdx-scan.ts too).
    return { line: before.split('\n').length, column: at - lineStart + 1 };
  });
}

/** Every finding in a chapter's MDX tree (satteri's `mdxToMdast`, positions on), in document order. */
export function narasiContentFindings(root: MdastNode, source: string): ContentFinding[] {
  const findings: ContentFinding[] = [];
  const place = (at: { line: number; column: number } | undefined, message: Text, fix: Text) =>
    findings.push({ line: at?.line ?? 1, column: at?.column ?? 1, message, fix });

  /** Checks an element and its attributes; false when the element itself is refused (its content then unread). */
  const element = (node: Node): boolean => {
    const at = node.position?.start;
    const name = node.name ?? '';
    const component = COMPONENT_NAMES.includes(name);
    const allowed = component || !Object.hasOwn(ELEMENTS, name) ? undefined : ELEMENTS[name];
    if (!component && allowed === undefined) {
      if (/^[A-Z]/.test(name)) {
        place(at, text(`komponen <${name}> tidak dikenal`, `unknown component <${name}>`), text(`Yang tersedia: ${COMPONENT_NAMES.join(', ')}`, `Available: ${COMPONENT_NAMES.join(', ')}`));
      } else {
        place(at, text(`elemen HTML <${name}> tidak boleh di bab narasi`, `the HTML element <${name}> is not allowed in a chapter`), text('Tulis dengan Markdown, atau pakai elemen yang diizinkan (daftarnya di panduan editor)', 'Write it in Markdown, or use an allowed element (listed in the editor guide)'));
      }
      return false;
    }
    const places = at?.offset === undefined ? [] : attributePlaces(source, at.offset);
    node.attributes?.forEach((attribute, index) => {
      const where = places[index] ?? at;
      if (attribute.type !== 'mdxJsxAttribute') {
        place(where, text('atribut {…} dibaca MDX sebagai kode', 'MDX reads a {…} attribute as code'), text('Hapus; tulis setiap atribut sebagai nama="nilai"', 'Remove it; write each attribute as name="value"'));
        return;
      }
      const attributeName = attribute.name ?? '';
      if (attribute.value !== null && typeof attribute.value === 'object') {
        place(where, text(`nilai atribut ${attributeName} dalam { } dibaca MDX sebagai kode`, `the value of attribute ${attributeName} in { } is code to MDX`), text(`Tulis nilainya dalam tanda kutip: ${attributeName}="…"`, `Write its value in quotes: ${attributeName}="…"`));
        return;
      }
      // A component's attribute names and values are checked against the data (narasi-check.ts).
      if (allowed === undefined) return;
      if (!allowed.includes(attributeName) && !GLOBAL_ATTRIBUTES.includes(attributeName)) {
        const may = [...allowed, ...GLOBAL_ATTRIBUTES].join(', ');
        place(where, text(`atribut ${attributeName} tidak boleh pada <${name}>`, `the attribute ${attributeName} is not allowed on <${name}>`), text(`Hapus atribut itu; yang boleh: ${may}`, `Remove that attribute; allowed: ${may}`));
      } else if (attributeName === 'href' && !safeHref(String(attribute.value ?? ''))) {
        place(where, text('tautan hanya boleh ke alamat http(s), mailto: atau bagian halaman', 'a link may only lead to an http(s) address, mailto: or a place in the page'), text('Tulis alamat lengkap https://…', 'Write a full https://… address'));
      }
    });
    return true;
  };

  const visit = (node: Node) => {
    const at = node.position?.start;
    switch (node.type) {
      case 'mdxjsEsm':
        place(at, text('import dan export tidak boleh di bab narasi', 'import and export are not allowed in a chapter'), text('Hapus baris itu: komponen Rapor tersedia tanpa import, dan bab tidak menjalankan kode', "Remove that line: Rapor's components need no import, and a chapter runs no code"));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        place(at, text('tanda { dibaca MDX sebagai kode', 'MDX reads { as code'), CODE_FIX);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!element(node)) return;
        break;
      case 'link':
      case 'definition':
        if (!safeHref(node.url ?? '')) {
          place(at, text('tautan hanya boleh ke alamat http(s), mailto: atau bagian halaman', 'a link may only lead to an http(s) address, mailto: or a place in the page'), text('Tulis alamat lengkap https://…', 'Write a full https://… address'));
        }
        break;
      case 'image':
      case 'imageReference':
        // A local image would be imported by the build from wherever its path points; a remote one is blocked by the CSP.
        place(at, text('gambar belum dapat dimuat di bab narasi', 'a chapter cannot hold images yet'), text('Hapus gambar itu; data tampil lewat komponen Rapor (<Sebaran>, <Riwayat>, <Tabel>)', "Remove the image; data is shown by Rapor's components (<Sebaran>, <Riwayat>, <Tabel>)"));
        return;
      case 'html':
        place(at, text('HTML mentah tidak boleh di bab narasi', 'raw HTML is not allowed in a chapter'), text('Tulis dengan Markdown', 'Write it in Markdown'));
        return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root as Node);
  return findings;
}

/** A compile error of the MDX parser, `12:5: Unexpected …`, as a finding at its place. */
export function syntaxFinding(error: unknown): ContentFinding {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
  const detail = (match?.[3] ?? message).replace(/\s*\([\w:-]+\)$/, '');
  return {
    line: match ? Number(match[1]) : 1,
    column: match ? Number(match[2]) : 1,
    message: text(`MDX tidak dapat dibaca: ${detail}`, `MDX cannot be read: ${detail}`),
    fix: text('Periksa tanda < > { } di sekitar posisi itu; tulis \\< atau \\{ bila maksudnya tanda biasa', 'Check the < > { } around that place; write \\< or \\{ for a literal sign'),
  };
}

/**
 * The same rules inside the build's MDX compiler (satteri, through @astrojs/mdx in astro.config.mjs):
 * the first finding stops the compile before any code is generated. `line:column:` leads the message,
 * which is where @astrojs/mdx reads an error's place from.
 */
export const narasiContentPlugin: MdastPluginDefinition = {
  name: 'rapor-chapter-content',
  options: { position: true },
  before(root, context) {
    const frontmatter = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
    const foreign = Object.keys(frontmatter).find((key) => !FRONT_MATTER_KEYS.includes(key));
    if (foreign !== undefined) throw new Error(`1:1: front-matter key "${foreign}" is not allowed in a chapter [Rapor]`);
    const first = narasiContentFindings(root, context.source)[0];
    if (first !== undefined) throw new Error(`${first.line}:${first.column}: ${first.message.en} [Rapor]`);
  },
};
