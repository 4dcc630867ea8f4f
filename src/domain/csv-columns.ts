/**
 * The columns of every CSV file of a data folder, read from the zod field lists so that templates,
 * header suggestions and the reader share one source of truth.
 */
import { DATASET_KINDS, type DatasetKind } from './rules.ts';
import { instansiFields } from './schema/instansi.ts';
import { kepatuhanFields } from './schema/kepatuhan.ts';
import { koreksiFields } from './schema/koreksi.ts';
import { opdFields } from './schema/opd.ts';
import { sakipFields } from './schema/sakip.ts';

export type TableKind = 'instansi' | 'koreksi' | DatasetKind;

export const COLUMNS: Readonly<Record<TableKind, readonly string[]>> = {
  instansi: Object.keys(instansiFields),
  koreksi: Object.keys(koreksiFields),
  sakip: Object.keys(sakipFields),
  kepatuhan: Object.keys(kepatuhanFields),
  opd: Object.keys(opdFields),
};

/** Which table a data-folder path holds (`2024/sakip.csv` → sakip), or undefined for any other file. */
export function tableKindOf(path: string): TableKind | undefined {
  if (path === 'instansi.csv') return 'instansi';
  if (path === 'koreksi.csv') return 'koreksi';
  const match = /^\d{4}\/([a-z]+)\.csv$/.exec(path);
  return match && (DATASET_KINDS as readonly string[]).includes(match[1]!) ? (match[1] as DatasetKind) : undefined;
}
