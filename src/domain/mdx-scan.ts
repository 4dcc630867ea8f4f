/**
 * A small reader of a narrative chapter's MDX source: its front matter, the JSX tags written in it
 * with the position of every attribute, and the syntax MDX would refuse (an unclosed tag, a stray
 * `<` or `}`), each with its line and column, in words an editor understands. Not a full MDX parser:
 * the real one (satteri, the build's) reads the chapter after it, with the content rules of
 * narasi-content.ts; this one gives the common mistakes a plainer message and the attributes a place.
 */
import type { Text } from './text.ts';
import { text } from './text.ts';

export interface At {
  line: number;
  column: number;
}

export interface TagAttribute extends At {
  name: string;
  /** The string value; undefined for a bare attribute or an `{expression}`. */
  value?: string;
  expression: boolean;
}

export interface Tag extends At {
  name: string;
  attributes: TagAttribute[];
}

export interface SyntaxFinding extends At {
  message: Text;
  fix: Text;
}

export interface ScannedNarasi {
  /** Front-matter keys and their values, each with the line it is on. */
  frontMatter: Map<string, { value: string } & At>;
  tags: Tag[];
  problems: SyntaxFinding[];
}

const NAME_START = /[A-Za-z_$]/;
const NAME = /[A-Za-z0-9_$.:-]/;

/** The front matter between the opening and closing `---` lines: simple `key: value` pairs. */
function frontMatterOf(lines: readonly string[], problems: SyntaxFinding[]): { end: number; keys: ScannedNarasi['frontMatter'] } {
  const keys: ScannedNarasi['frontMatter'] = new Map();
  if (lines[0]?.trim() !== '---') return { end: 0, keys };
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    problems.push({ line: 1, column: 1, message: text('front matter (---) tidak ditutup', 'the front matter (---) is not closed'), fix: text('Tambahkan baris --- setelah baris terakhir front matter', 'Add a --- line after the last front-matter line') });
    return { end: lines.length, keys };
  }
  for (let i = 1; i < close; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (match === null) {
      problems.push({ line: i + 1, column: 1, message: text('baris front matter tidak terbaca', 'unreadable front-matter line'), fix: text('Tulis satu "kunci: nilai" per baris, misalnya title: Pengantar', 'Write one "key: value" per line, for example title: Introduction') });
      continue;
    }
    const raw = match[2]!.trim();
    const quoted = /^(["'])(.*)\1$/.exec(raw);
    keys.set(match[1]!, { value: quoted ? quoted[2]! : raw, line: i + 1, column: 1 });
  }
  return { end: close + 1, keys };
}

/** Scans the source (after front matter) character by character, keeping line and column. */
class BodyScanner {
  readonly tags: Tag[] = [];
  readonly problems: SyntaxFinding[] = [];
  private readonly open: { name: string; at: At }[] = [];
  private i = 0;
  private line: number;
  private column = 1;
  private readonly src: string;

  constructor(src: string, firstLine: number) {
    this.src = src;
    this.line = firstLine;
  }

  private at(): At {
    return { line: this.line, column: this.column };
  }

  private advance(): string {
    const c = this.src[this.i++]!;
    if (c === '\n') {
      this.line++;
      this.column = 1;
    } else {
      this.column++;
    }
    return c;
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.i + offset];
  }

  private problem(at: At, message: Text, fix: Text): void {
    this.problems.push({ ...at, message, fix });
  }

  scan(): void {
    let lineStart = true;
    while (this.i < this.src.length) {
      const c = this.peek()!;
      if (lineStart && /^ {0,3}(```|~~~)/.test(this.src.slice(this.i, this.i + 6))) {
        this.skipFence();
        continue;
      }
      lineStart = c === '\n';
      if (c === '\\') {
        this.advance();
        if (this.i < this.src.length) this.advance();
      } else if (c === '`') {
        this.skipInlineCode();
      } else if (c === '<') {
        this.tag();
      } else if (c === '{') {
        // An expression: refused, with its place, by the content rules (narasi-content.ts).
        this.skipExpression();
      } else if (c === '}') {
        this.problem(this.at(), text('tanda } tanpa pasangan {', 'a } without its {'), text('Tulis \\} bila maksudnya tanda kurung kurawal biasa', 'Write \\} for a literal brace'));
        this.advance();
      } else {
        this.advance();
      }
    }
    for (const tag of this.open) {
      this.problem(tag.at, text(`tag <${tag.name}> tidak ditutup`, `tag <${tag.name}> is not closed`), text(`Tutup dengan </${tag.name}>, atau tulis <${tag.name} />`, `Close it with </${tag.name}>, or write <${tag.name} />`));
    }
  }

  private skipFence(): void {
    const fence = /^ {0,3}(```|~~~)/.exec(this.src.slice(this.i))![1]!;
    const start = this.at();
    this.skipLine();
    while (this.i < this.src.length) {
      if (this.src.slice(this.i).trimStart().startsWith(fence)) {
        this.skipLine();
        return;
      }
      this.skipLine();
    }
    this.problem(start, text(`blok kode ${fence} tidak ditutup`, `code block ${fence} is not closed`), text(`Tutup blok dengan baris ${fence}`, `Close the block with a ${fence} line`));
  }

  private skipLine(): void {
    while (this.i < this.src.length && this.advance() !== '\n');
  }

  private skipInlineCode(): void {
    let ticks = 0;
    while (this.peek() === '`') {
      this.advance();
      ticks++;
    }
    const close = this.src.indexOf('`'.repeat(ticks), this.i);
    if (close < 0) return;
    while (this.i < close + ticks) this.advance();
  }

  /** Skips a `{…}` expression, braces and quoted strings inside it balanced. */
  private skipExpression(): void {
    let depth = 0;
    while (this.i < this.src.length) {
      const c = this.advance();
      if (c === '"' || c === "'") this.skipString(c);
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return;
    }
  }

  private skipString(quote: string): string | undefined {
    const start = this.i;
    while (this.i < this.src.length) {
      if (this.advance() === quote) return this.src.slice(start, this.i - 1);
    }
    return undefined;
  }

  private skipSpace(): void {
    while (this.i < this.src.length && /\s/.test(this.peek()!)) this.advance();
  }

  private readName(): string {
    const start = this.i;
    while (this.i < this.src.length && NAME.test(this.peek()!)) this.advance();
    return this.src.slice(start, this.i);
  }

  private tag(): void {
    const start = this.at();
    this.advance();
    const closing = this.peek() === '/';
    if (closing) this.advance();
    if (!NAME_START.test(this.peek() ?? '')) {
      this.problem(start, text('tanda < dibaca MDX sebagai awal tag', 'MDX reads < as the start of a tag'), text('Tulis \\< atau "kurang dari" bila maksudnya tanda lebih kecil', 'Write \\< or "less than" for a literal less-than sign'));
      return;
    }
    const name = this.readName();
    const attributes = closing ? [] : this.attributes();
    this.skipSpace();
    const selfClosing = this.peek() === '/' && this.peek(1) === '>';
    if (selfClosing) this.advance();
    if (this.peek() !== '>') {
      this.problem(start, text(`tag <${name}> tidak ditutup dengan >`, `tag <${name}> is not closed with >`), text('Periksa tanda kutip nilai atribut dan akhiri tag dengan /> atau >', 'Check the quotes of attribute values and end the tag with /> or >'));
      return;
    }
    this.advance();
    if (closing) return this.close(name, start);
    this.tags.push({ ...start, name, attributes });
    if (!selfClosing) this.open.push({ name, at: start });
  }

  private close(name: string, at: At): void {
    const last = this.open.at(-1);
    if (last?.name === name) {
      this.open.pop();
      return;
    }
    this.problem(
      at,
      last ? text(`</${name}> menutup tag yang belum dibuka; yang terbuka <${last.name}>`, `</${name}> closes a tag that is not open; <${last.name}> is open`) : text(`</${name}> tanpa tag pembuka`, `</${name}> without an opening tag`),
      text('Samakan tag penutup dengan tag pembukanya', 'Match the closing tag with its opening tag'),
    );
  }

  private attributes(): TagAttribute[] {
    const attributes: TagAttribute[] = [];
    for (;;) {
      this.skipSpace();
      // A spread `{…}` attribute: refused by the content rules (narasi-content.ts), skipped here.
      if (this.peek() === '{') {
        this.skipExpression();
        continue;
      }
      if (!NAME_START.test(this.peek() ?? '')) return attributes;
      const at = this.at();
      const name = this.readName();
      this.skipSpace();
      if (this.peek() !== '=') {
        attributes.push({ ...at, name, expression: false });
        continue;
      }
      this.advance();
      this.skipSpace();
      const quote = this.peek();
      if (quote === '"' || quote === "'") {
        this.advance();
        const value = this.skipString(quote);
        if (value === undefined) return attributes;
        attributes.push({ ...at, name, value, expression: false });
      } else if (quote === '{') {
        this.skipExpression();
        attributes.push({ ...at, name, expression: true });
      } else {
        return attributes;
      }
    }
  }
}

export function scanNarasi(source: string): ScannedNarasi {
  const normalized = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  const problems: SyntaxFinding[] = [];
  const { end, keys } = frontMatterOf(lines, problems);
  const scanner = new BodyScanner(lines.slice(end).join('\n'), end + 1);
  scanner.scan();
  return { frontMatter: keys, tags: scanner.tags, problems: [...problems, ...scanner.problems] };
}
