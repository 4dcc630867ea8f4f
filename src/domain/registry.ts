/** Checks across the rows of `instansi.csv`: unique kode, parents that exist and fit, successors that exist. */
import { duplicateProblems } from './duplicates.ts';
import { INDUK_RULE, JENIS_LABEL, type Instansi } from './instansi.ts';
import { provinsiKodeOf, type Kode } from './kode.ts';
import { unknownKodeFix } from './nearest-kode.ts';
import { problemAt, type Located, type Problem } from './problem.ts';
import { text } from './text.ts';

export type Registry = ReadonlyMap<Kode, Instansi>;

/**
 * The registry as dataset checks see it: the instansi whose identity could be read, and the kodes of
 * rows too broken to join it — those already have their problem in instansi.csv, so rows that use
 * them are not reported a second time as unknown.
 */
export interface RegistryView {
  registry: Registry;
  unreadable: ReadonlySet<Kode>;
}

export function checkRegistry(rows: readonly Located<Instansi>[]): { registry: Registry; problems: Problem[] } {
  const problems = duplicateProblems(rows, (row) => row.kode, 'kode');
  const registry = new Map<Kode, Instansi>();
  for (const row of rows) if (!registry.has(row.value.kode)) registry.set(row.value.kode, row.value);

  for (const { value: instansi, at } of rows) {
    for (const field of ['induk', 'pengganti'] as const) {
      const target = instansi[field];
      if (target !== undefined && !registry.has(target)) {
        problems.push(
          problemAt(at, {
            field,
            message: text(`${field} "${target}" tidak ada di instansi.csv`, `${field} "${target}" is not in instansi.csv`),
            fix: unknownKodeFix(target, registry),
          }),
        );
      }
    }
    const induk = instansi.induk === undefined ? undefined : registry.get(instansi.induk);
    if (induk === undefined) continue;
    const allowed = INDUK_RULE[instansi.jenis].allowed;
    if (!allowed.includes(induk.jenis)) {
      const names = allowed.map((j) => JENIS_LABEL[j]);
      problems.push(
        problemAt(at, {
          field: 'induk',
          message: text(
            `induk "${induk.kode}" berjenis ${induk.jenis}; ${instansi.jenis} tidak boleh berada di bawah ${induk.jenis}`,
            `induk "${induk.kode}" is a ${induk.jenis}; a ${instansi.jenis} cannot sit under a ${induk.jenis}`,
          ),
          fix:
            names.length === 0
              ? text(`Kosongkan kolom induk untuk ${instansi.jenis}`, `Leave column induk empty for a ${instansi.jenis}`)
              : text(`Induk ${instansi.jenis} harus berjenis ${names.map((n) => n.id).join(' atau ')}`, `The induk of a ${instansi.jenis} must be a ${names.map((n) => n.en).join(' or ')}`),
        }),
      );
    } else if ((instansi.jenis === 'kabupaten' || instansi.jenis === 'kota') && provinsiKodeOf(instansi.kode) !== induk.kode) {
      problems.push(
        problemAt(at, {
          field: 'induk',
          message: text(`${instansi.kode} tidak berada di provinsi ${induk.kode} menurut kodenya`, `by its kode, ${instansi.kode} is not in provinsi ${induk.kode}`),
          fix: text(`Induk kabupaten/kota adalah provinsi dengan dua angka awal kodenya (${provinsiKodeOf(instansi.kode)})`, `The induk of a kabupaten/kota is the provinsi named by the first two digits of its kode (${provinsiKodeOf(instansi.kode)})`),
        }),
      );
    }
  }
  return { registry, problems };
}
