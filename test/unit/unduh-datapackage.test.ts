/** The data package is generated from the zod field schemas; the checksum list is what sha256sum -c reads. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseSha256Sums, sha256Sums } from '../../src/domain/unduh/checksums.ts';
import { DATASET_COLUMNS, REGISTRY_COLUMNS } from '../../src/domain/unduh/unduh-columns.ts';
import { dataPackage, fieldOf, RESOURCES, type ResourceSpec } from '../../src/domain/unduh/datapackage.ts';
import { described, kodeField, scoreField, yearField } from '../../src/domain/schema/fields.ts';
import { instansiFields } from '../../src/domain/schema/instansi.ts';
import { kepatuhanFields } from '../../src/domain/schema/kepatuhan.ts';
import { opdFields } from '../../src/domain/schema/opd.ts';
import { sakipFields } from '../../src/domain/schema/sakip.ts';
import { text } from '../../src/domain/text.ts';

const SITUS = { nama: 'Pemkot Contoh', url: 'https://data.contoh.go.id/', bahasa: ['id' as const] };
const facts = new Map(RESOURCES.map((r) => [r.path, { bytes: 10, sha256: 'a'.repeat(64) }]));
type Package = { resources: { name: string; schema: { fields: { name: string; type: string; description?: string; constraints?: Record<string, unknown> }[] } }[] };

describe('fields from the zod schemas', () => {
  it.each([
    ['sakip', sakipFields],
    ['kepatuhan', kepatuhanFields],
    ['opd', opdFields],
  ] as const)('%s: every column of the schema, with the schema’s description', (kind, fields) => {
    const resource = (dataPackage(SITUS, RESOURCES, facts) as Package).resources.find((r) => r.name === kind)!;
    const names = resource.schema.fields.map((f) => f.name);
    for (const [name, schema] of Object.entries(fields)) {
      if (name === 'nama') continue;
      expect(names).toContain(name);
      expect(resource.schema.fields.find((f) => f.name === name)!.description).toBe(z.globalRegistry.get(schema)!.description);
    }
    expect(names).toEqual(DATASET_COLUMNS[kind].map((c) => c.name));
  });

  it('describes the context a download adds beside kode: the name that year, jenis, induk and province', () => {
    const fields = (dataPackage(SITUS, RESOURCES, facts) as Package).resources.find((r) => r.name === 'kepatuhan')!.schema.fields;
    expect(fields.slice(2, 7).map((f) => f.name)).toEqual(['kode', 'nama', 'jenis', 'induk', 'kode_provinsi']);
    const field = (name: string) => fields.find((f) => f.name === name)!;
    expect(field('nama').description).toMatch(/^Nama instansi pada edisi itu.*\[The instansi’s name in that edition/);
    expect(field('jenis')).toMatchObject({ type: 'string', constraints: { required: true, enum: ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota', 'opd'] } });
    for (const name of ['induk', 'kode_provinsi']) {
      expect(field(name).type).toBe('string');
      expect(field(name).constraints).not.toHaveProperty('required');
      expect(field(name).description).toMatch(/\[.+\]$/);
    }
  });

  it('reads type, limits and whether a column is required from the field kind', () => {
    expect(fieldOf({ name: 'nilai', schema: sakipFields.nilai })).toMatchObject({ type: 'number', constraints: { minimum: 0, maximum: 100 } });
    expect(fieldOf({ name: 'predikat', schema: sakipFields.predikat })).toMatchObject({ type: 'string', constraints: { required: true, enum: ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] } });
    expect(fieldOf({ name: 'kode', schema: instansiFields.kode }).constraints).toEqual({ required: true, pattern: '^(?=[A-Za-z0-9._-]{1,64}$)[._-]*[A-Za-z0-9][A-Za-z0-9._-]*$' });
    expect(fieldOf({ name: 'aktif_sejak', schema: instansiFields.aktif_sejak })).toMatchObject({ type: 'integer', constraints: { minimum: 1945, maximum: 2200 } });
    expect(fieldOf({ name: 'peringkat', schema: opdFields.peringkat })).toMatchObject({ type: 'integer', constraints: { minimum: 1 } });
    expect(fieldOf({ name: 'peringkat', schema: opdFields.peringkat }).constraints).not.toHaveProperty('required');
    expect(fieldOf({ name: 'sumber', schema: sakipFields.sumber })).toMatchObject({ type: 'string', constraints: { required: true } });
    expect(REGISTRY_COLUMNS.map((c) => c.name)).toEqual(Object.keys(instansiFields));
  });

  it('shows a column added to a schema, with its type, limits and description', () => {
    const fields = { ...sakipFields, kualitas: described(scoreField('kualitas', 30).optional(), text('Nilai kualitas', 'Quality score')) };
    const resource: ResourceSpec = { ...RESOURCES[0]!, columns: Object.entries(fields).map(([name, schema]) => ({ name, schema })) };
    const field = (dataPackage(SITUS, [resource], facts) as Package).resources[0]!.schema.fields.find((f) => f.name === 'kualitas');
    expect(field).toEqual({ name: 'kualitas', type: 'number', description: 'Nilai kualitas [Quality score]', constraints: { minimum: 0, maximum: 30 } });
  });

  it('keeps the editors’ messages and the fast parser: a description is registered on the schema itself', () => {
    const plain = yearField('tahun').required();
    const withText = described(plain, text('Tahun', 'Year'));
    expect(withText).toBe(plain);
    expect(withText.safeParse('19x').error!.issues[0]!.message).toBe('"19x" in column tahun is not a year');
    expect(fieldOf({ name: 'induk', schema: described(kodeField('induk').optional(), text('a', 'b')) }).description).toBe('a [b]');
  });

  it('describes the package and each resource’s file, keys and references', () => {
    const pkg = dataPackage(SITUS, RESOURCES, facts) as Record<string, unknown> & { resources: Record<string, unknown>[] };
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', name: 'rapor-data.contoh.go.id', title: 'Pemkot Contoh', homepage: SITUS.url });
    expect(pkg.resources.map((r) => r.path)).toEqual(['sakip.csv', 'kepatuhan.csv', 'opd.csv', 'instansi.csv', 'koreksi.csv']);
    expect(pkg.resources[0]).toMatchObject({ profile: 'tabular-data-resource', encoding: 'utf-8', bytes: 10, hash: `sha256:${'a'.repeat(64)}` });
    expect(pkg.resources[0]!.schema).toMatchObject({
      primaryKey: ['tahun', 'kode'],
      foreignKeys: ['kode', 'induk', 'kode_provinsi'].map((field) => ({ fields: [field], reference: { resource: 'instansi', fields: ['kode'] } })),
    });
    expect(pkg.resources[4]!.schema).toMatchObject({ foreignKeys: [{ fields: ['kode'], reference: { resource: 'instansi', fields: ['kode'] } }] });
    expect(pkg.resources[3]!.schema).toMatchObject({ primaryKey: ['kode'], foreignKeys: [{ fields: ['induk'], reference: { resource: '', fields: ['kode'] } }, { fields: ['pengganti'], reference: { resource: '', fields: ['kode'] } }] });
  });
});

describe('SHA256SUMS', () => {
  it('writes sha256sum lines sorted by path', () => {
    const sums = sha256Sums([
      { path: 'sakip.csv', sha256: '1'.repeat(64) },
      { path: '2024/opd.csv', sha256: '2'.repeat(64) },
      { path: 'instansi/16.74.csv', sha256: '3'.repeat(64) },
      { path: 'instansi.csv', sha256: '4'.repeat(64) },
    ]);
    expect(sums).toBe(`${'2'.repeat(64)}  2024/opd.csv\n${'4'.repeat(64)}  instansi.csv\n${'3'.repeat(64)}  instansi/16.74.csv\n${'1'.repeat(64)}  sakip.csv\n`);
    // Read back as the build's manifest reads it, names with spaces included.
    expect(parseSha256Sums(`${sums}${'5'.repeat(64)}  instansi/Dinas A B.json\n`)).toEqual(
      new Map([['2024/opd.csv', '2'.repeat(64)], ['instansi.csv', '4'.repeat(64)], ['instansi/16.74.csv', '3'.repeat(64)], ['sakip.csv', '1'.repeat(64)], ['instansi/Dinas A B.json', '5'.repeat(64)]]),
    );
  });
});
