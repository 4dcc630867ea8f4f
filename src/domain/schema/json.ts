import { z } from 'zod';
import type { Finding } from '../problem.ts';
import { text } from '../text.ts';

/**
 * Turn zod issues of a JSON config file into findings an editor understands. The field is the key
 * path (`bahasa.1`); the data layer places it on the key's line.
 */
export function findingsOfJson(issues: readonly z.core.$ZodIssue[]): Finding[] {
  return issues.map((issue) => {
    const field = issue.path.join('.');
    const params = (issue as { params?: Partial<Finding> }).params;
    if (params?.message && params.fix) return { field, message: params.message, fix: params.fix };
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined
          ? { field, message: text(`"${field}" wajib diisi`, `"${field}" is required`), fix: text(`Tambahkan "${field}"`, `Add "${field}"`) }
          : {
              field,
              message: text(`"${field}" harus berupa ${issue.expected}`, `"${field}" must be a ${issue.expected}`),
              fix: text('Periksa jenis isiannya', 'Check the kind of value'),
            };
      case 'invalid_value':
        return {
          field,
          message: text(`isian "${field}" tidak dikenal`, `unknown value for "${field}"`),
          fix: text(`Tulis salah satu dari: ${issue.values.join(', ')}`, `Write one of: ${issue.values.join(', ')}`),
        };
      case 'unrecognized_keys':
        return {
          field: issue.keys[0] ?? field,
          message: text(`kunci tidak dikenal: ${issue.keys.join(', ')}`, `unknown keys: ${issue.keys.join(', ')}`),
          fix: text('Periksa ejaannya atau hapus kunci itu', 'Check the spelling or remove the key'),
        };
      default:
        return {
          field,
          message: text(`"${field}" tidak sah (${issue.message})`, `"${field}" is invalid (${issue.message})`),
          fix: text('Periksa isian ini', 'Check this value'),
        };
    }
  });
}

/**
 * A text value of a JSON config file of at most `max` characters (a title, a name: TEXT_LIMITS in
 * fields.ts bounds the same in CSV), trimmed; `required` refuses an empty one.
 */
export function boundedText(key: string, max: number, required = true) {
  return (required ? z.string().trim().min(1) : z.string()).refine((value) => value.length <= max || [...value].length <= max, {
    params: {
      message: text(`"${key}" lebih dari ${max} karakter`, `"${key}" is longer than ${max} characters`),
      fix: text(`Persingkat "${key}" sampai ${max} karakter`, `Shorten "${key}" to ${max} characters`),
    },
  });
}
