/**
 * The instansi of a synthetic national folder: synthetic K/L, the real pemda of wilayah-2025.csv,
 * and their OPD, with renames (nama_lain), mergers (aktif_hingga + pengganti) and new provinsi.
 */
import type { Instansi } from '../../domain/instansi.ts';
import type { Kode } from '../../domain/kode.ts';
import { CORE_OPD, MERGER, MERGER_YEAR, OPD_KINDS } from './catalogue.ts';
import type { NationalOptions } from './options.ts';
import type { Rng } from './prng.ts';
import type { Wilayah } from './wilayah.ts';

/** The Papua provinces created in 2022 (UU 14, 15, 16 and 29 of 2022): first assessed in 2023. */
const NEW_PROVINSI: Record<string, number> = { '93': 2023, '94': 2023, '95': 2023, '96': 2023 };

const RENAME_SHARE = 0.3;
const MERGER_SHARE = 0.1;

const pad = (n: number): string => String(n).padStart(2, '0');

function klList(count: number): Instansi[] {
  const kementerian = Math.round(count * 0.45);
  return Array.from({ length: count }, (_, i): Instansi => {
    const isKem = i < kementerian;
    const n = pad(isKem ? i + 1 : i - kementerian + 1);
    // Every third lembaga sits under a kementerian, as some do.
    const induk = !isKem && i % 3 === 0 ? (`kem-${pad(((i - kementerian) % kementerian) + 1)}` as Kode) : undefined;
    return {
      kode: `${isKem ? 'kem' : 'lem'}-${n}` as Kode,
      nama: `${isKem ? 'Kementerian' : 'Lembaga'} Sintetis ${n}`,
      jenis: isKem ? 'kementerian' : 'lembaga',
      ...(induk === undefined ? {} : { induk }),
      nama_lain: [],
    };
  });
}

function opdOf(pemda: Instansi, options: NationalOptions, rng: Rng): Instansi[] {
  const extra = OPD_KINDS.slice(CORE_OPD).filter(() => rng.chance(0.5));
  const kinds = [...OPD_KINDS.slice(0, CORE_OPD), ...extra].slice(0, options.opdPerPemda);
  const region = pemda.jenis === 'provinsi' ? `Provinsi ${pemda.nama}` : pemda.nama;
  const since = pemda.aktif_sejak === undefined ? {} : { aktif_sejak: pemda.aktif_sejak };
  const base = (slug: string, nama: string, dulu?: string): Instansi => ({
    kode: `${pemda.kode}.${slug}` as Kode,
    nama: `${nama} ${region}`,
    jenis: 'opd',
    induk: pemda.kode,
    nama_lain: dulu === undefined ? [] : [`${dulu} ${region}`],
    ...since,
  });
  const merges =
    kinds.some((k) => k.slug === MERGER.from[0]) && kinds.some((k) => k.slug === MERGER.from[1]) && MERGER_YEAR > options.dari && MERGER_YEAR <= options.hingga &&
    pemda.aktif_sejak === undefined && rng.chance(MERGER_SHARE);
  const into = merges ? base(MERGER.into.slug, MERGER.into.nama) : undefined;
  const list = kinds.map((kind) => {
    const opd = base(kind.slug, kind.nama, kind.dulu !== undefined && rng.chance(RENAME_SHARE) ? kind.dulu : undefined);
    const merged = into !== undefined && (MERGER.from as readonly string[]).includes(kind.slug);
    return merged ? { ...opd, aktif_hingga: MERGER_YEAR - 1, pengganti: into.kode } : opd;
  });
  return into === undefined ? list : [...list, { ...into, aktif_sejak: MERGER_YEAR }];
}

export function instansiList(wilayah: readonly Wilayah[], options: NationalOptions, rng: Rng): Instansi[] {
  const provinsi = wilayah.filter((w) => w.tingkat === 'provinsi').slice(0, options.provinsi);
  const kept = new Set(provinsi.map((p) => p.kode));
  const pemda = wilayah
    .filter((w) => kept.has(w.provinsi))
    .map((w): Instansi => {
      const since = NEW_PROVINSI[w.provinsi];
      return {
        kode: w.kode,
        nama: w.nama,
        jenis: w.tingkat,
        ...(w.tingkat === 'provinsi' ? {} : { induk: w.provinsi }),
        nama_lain: [],
        ...(since === undefined ? {} : { aktif_sejak: since }),
      };
    });
  return [...klList(options.kl), ...pemda, ...pemda.flatMap((p) => opdOf(p, options, rng))];
}
