/**
 * `/unduh/datapackage.json`: a Frictionless Tabular Data Package (specs v1) describing the long CSV
 * files, the registry and the corrections. Every field's type, constraints and description is read
 * from its zod field schema (src/domain/schema/), the one source of truth for what a column holds.
 */
import { z } from 'zod';
import { DATASET_KINDS } from '../rules.ts';
import { columnOf, type FieldSchema } from '../schema/fields.ts';
import type { Situs } from '../schema/situs.ts';
import { isRequired } from '../schema/table.ts';
import { DATASET_COLUMNS, KOREKSI_COLUMNS, REGISTRY_COLUMNS, type ColumnSpec } from './unduh-columns.ts';

/** A CSV file the package describes, with the columns its header holds. */
export interface ResourceSpec {
  name: string;
  path: string;
  title: string;
  columns: readonly ColumnSpec[];
  primaryKey: readonly string[];
  /** Columns holding a kode of the registry ('' is the resource itself, as the spec writes it). */
  foreignKeys: readonly { field: string; resource: string }[];
}

const KODE_IN_REGISTRY = [{ field: 'kode', resource: 'instansi' }];
/** A dataset row's kode, its induk and its province all name instansi of the registry. */
const CONTEXT_IN_REGISTRY = ['kode', 'induk', 'kode_provinsi'].map((field) => ({ field, resource: 'instansi' }));

export const RESOURCES: readonly ResourceSpec[] = [
  ...DATASET_KINDS.map((kind) => ({
    name: kind,
    path: `${kind}.csv`,
    title: {
      sakip: 'SAKIP (KemenPAN-RB) [performance accountability]',
      kepatuhan: 'Kepatuhan pelayanan publik (Ombudsman RI) [public-service compliance]',
      opd: 'Evaluasi internal OPD [internal evaluation of regional agencies]',
    }[kind],
    columns: DATASET_COLUMNS[kind],
    primaryKey: ['tahun', 'kode'],
    foreignKeys: CONTEXT_IN_REGISTRY,
  })),
  {
    name: 'instansi',
    path: 'instansi.csv',
    title: 'Instansi [institutions]',
    columns: REGISTRY_COLUMNS,
    primaryKey: ['kode'],
    foreignKeys: [
      { field: 'induk', resource: '' },
      { field: 'pengganti', resource: '' },
    ],
  },
  { name: 'koreksi', path: 'koreksi.csv', title: 'Koreksi [corrections]', columns: KOREKSI_COLUMNS, primaryKey: ['nomor'], foreignKeys: KODE_IN_REGISTRY },
];

/** What the writer measured of a resource's file. */
export interface FileFacts {
  bytes: number;
  sha256: string;
}

export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date';
  description?: string;
  constraints?: Record<string, unknown>;
}

/** A Table Schema field from a column's schema: its type and limits, its description, whether it is required. */
export function fieldOf({ name, schema }: ColumnSpec): TableField {
  const column = columnOf(schema);
  if (column === undefined) throw new Error(`column ${name} has no field schema`);
  const description = z.globalRegistry.get(schema as FieldSchema)?.description;
  const constraints: Record<string, unknown> = {
    ...(isRequired(schema) ? { required: true } : {}),
    ...(column.type === 'string' && column.enum ? { enum: [...column.enum] } : {}),
    ...(column.type === 'string' && column.pattern ? { pattern: column.pattern } : {}),
    ...(column.type === 'number' || column.type === 'integer' ? { minimum: column.minimum, ...(column.maximum === undefined ? {} : { maximum: column.maximum }) } : {}),
  };
  return {
    name,
    type: column.type,
    ...(description === undefined ? {} : { description }),
    ...(Object.keys(constraints).length === 0 ? {} : { constraints }),
  };
}

/** A package name as the spec allows it (lower case, `-._/` and digits): from the site's host. */
const packageName = (url: string): string => `rapor-${new URL(url).hostname.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}`;

export function dataPackage(situs: Situs, resources: readonly ResourceSpec[], facts: ReadonlyMap<string, FileFacts>): unknown {
  return {
    profile: 'tabular-data-package',
    name: packageName(situs.url),
    title: situs.nama,
    ...(situs.deskripsi === undefined ? {} : { description: situs.deskripsi }),
    homepage: situs.url,
    contributors: [{ title: situs.nama, role: 'publisher', path: situs.url }],
    resources: resources.map((resource) => {
      const file = facts.get(resource.path);
      if (file === undefined) throw new Error(`no facts for ${resource.path}`);
      return {
        profile: 'tabular-data-resource',
        name: resource.name,
        path: resource.path,
        title: resource.title,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: file.bytes,
        hash: `sha256:${file.sha256}`,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: resource.columns.map(fieldOf),
          missingValues: [''],
          primaryKey: [...resource.primaryKey],
          foreignKeys: resource.foreignKeys.map(({ field, resource: target }) => ({ fields: [field], reference: { resource: target, fields: ['kode'] } })),
        },
      };
    }),
  };
}
