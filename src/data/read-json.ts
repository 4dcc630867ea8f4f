/** JSON config files (situs.json, edisi.json): syntax errors and schema problems placed on their line. */
import type { z } from 'zod';
import { problemAt, type JsonPlace, type Problem } from '../domain/problem.ts';
import { findingsOfJson } from '../domain/schema/json.ts';
import { text } from '../domain/text.ts';
import { LineIndex } from './csv.ts';

export type JsonResult<T> = { ok: true; value: T; at: JsonPlace } | { ok: false; problems: Problem[] };

export function readJson<S extends z.ZodType>(path: string, source: string, schema: S): JsonResult<z.output<S>> {
  const lines = new LineIndex(source);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const offset = syntaxErrorOffset(source, String(error));
    return {
      ok: false,
      problems: [
        {
          file: path,
          ...lines.positionOf(offset),
          message: text('JSON tidak sah di sini', 'invalid JSON here'),
          fix: text('Periksa koma, tanda kutip ganda dan kurung kurawal di sekitar posisi ini', 'Check commas, double quotes and braces around this position'),
        },
      ],
    };
  }
  // A key path is placed on the line where its top-level key is written, or line 1 when it is missing.
  const at: JsonPlace = {
    file: path,
    line: 1,
    position(field) {
      const key = field?.split('.')[0];
      const offset = key ? source.indexOf(`"${key}"`) : -1;
      return offset < 0 ? { line: 1, column: 1 } : lines.positionOf(offset);
    },
    // The entry `"name":` after the key `"key"`; the key's own place when the entry is not written so.
    entry(key, name) {
      const start = source.indexOf(`"${key}"`);
      if (start < 0) return { line: 1, column: 1 };
      const quoted = JSON.stringify(name);
      for (let offset = source.indexOf(quoted, start + 1); offset >= 0; offset = source.indexOf(quoted, offset + 1)) {
        if (/^\s*:/.test(source.slice(offset + quoted.length, offset + quoted.length + 64))) return lines.positionOf(offset);
      }
      return lines.positionOf(start);
    },
  };
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data, at };
  return { ok: false, problems: findingsOfJson(parsed.error.issues).map((finding) => problemAt(at, finding)) };
}

/**
 * Where JSON.parse gave up. V8 names a position for most errors but not for an unexpected token
 * (curly quotes, single quotes): then the first prefix that fails before its own end is the place.
 * Config files are small, so trying prefixes is cheap.
 */
function syntaxErrorOffset(source: string, message: string): number {
  const named = /position (\d+)/.exec(message);
  if (named) return Number(named[1]);
  for (let end = 1; end <= source.length; end++) {
    try {
      JSON.parse(source.slice(0, end));
    } catch (error) {
      const text = String(error);
      const position = /position (\d+)/.exec(text);
      if (/Unexpected end/.test(text) || (position && Number(position[1]) >= end)) continue;
      return position ? Number(position[1]) : end - 1;
    }
  }
  return 0;
}
