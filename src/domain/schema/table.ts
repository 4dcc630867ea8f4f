import type { z } from 'zod';
import type { Finding } from '../problem.ts';
import type { FieldSchema } from './fields.ts';

export type Fields = Record<string, FieldSchema>;
export type InputOf<F extends Fields> = { [K in keyof F]: z.output<F[K]> };

/**
 * What Rapor knows about one kind of CSV file: its columns (each a field schema), the groups of
 * columns of which at least one must be present, and the meaning checks of one row given the
 * file's context (the year's rule, for example). Cross-row checks live with the edition.
 */
export interface TableSpec<F extends Fields, Ctx> {
  fields: F;
  oneOf?: readonly (readonly (keyof F & string)[])[];
  check(row: Partial<InputOf<F>>, ctx: Ctx): Finding[];
}

/** Whether a column must be present in the header: its field refuses an empty cell. */
export function isRequired(schema: FieldSchema): boolean {
  return !schema.safeParse(undefined).success;
}
