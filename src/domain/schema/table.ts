import type { z } from 'zod';
import type { Finding } from '../problem.ts';
import type { FieldSchema } from './fields.ts';

export type Fields = Record<string, FieldSchema>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: undefined extends z.output<F[K]> ? K : never }[keyof F];
/** A row as its field schemas give it: an empty optional cell is an absent key, never a zero or ''. */
export type InputOf<F extends Fields> = { [K in Exclude<keyof F, OptionalKeys<F>>]: z.output<F[K]> } & {
  [K in OptionalKeys<F>]?: Exclude<z.output<F[K]>, undefined>;
};

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
