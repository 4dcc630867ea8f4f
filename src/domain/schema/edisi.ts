import { z } from 'zod';
import { isIsoDate, TEXT_LIMITS } from './fields.ts';
import { boundedText } from './json.ts';

export const STATUS = ['draf', 'terbit'] as const;
export type Status = (typeof STATUS)[number];

const SHA256 = /^[0-9a-f]{64}$/;
/** An ASN's NIP: 18 digits (birth date, appointment month, sex, serial), spaced as editors write it. */
const NIP = /^\d{8} ?\d{6} ?\d ?\d{3}$/;
const paragraphs = z.array(z.string().trim().min(1)).min(1);

/** Who signs the foreword: the Indonesian signature block. */
const penandatanganSchema = z.strictObject({
  tempat: boundedText('tempat', TEXT_LIMITS.nama),
  jabatan: boundedText('jabatan', TEXT_LIMITS.nama),
  nama: boundedText('nama', TEXT_LIMITS.nama),
  pangkat: boundedText('pangkat', TEXT_LIMITS.nama).optional(),
  nip: z
    .string()
    .trim()
    .refine((nip) => NIP.test(nip), {
      params: {
        message: { id: '"nip" bukan NIP 18 angka', en: '"nip" is not an 18-digit NIP' },
        fix: { id: 'Tulis misalnya "19750312 200003 1 004"', en: 'Write for example "19750312 200003 1 004"' },
      },
    })
    .optional(),
});

/** `<tahun>/edisi.json`. `tanggal_terbit` and `kunci` are written by `npm run publish`, never by hand. */
export const edisiSchema = z
  .strictObject({
    judul: boundedText('judul', TEXT_LIMITS.nama),
    judul_en: boundedText('judul_en', TEXT_LIMITS.nama).optional(), // English pages' title (src/domain/edition-title.ts)
    status: z.enum(STATUS),
    tanggal_terbit: z
      .string()
      .refine(isIsoDate, {
        params: {
          message: { id: '"tanggal_terbit" bukan tanggal TTTT-BB-HH', en: '"tanggal_terbit" is not a YYYY-MM-DD date' },
          fix: { id: 'Tulis misalnya "2024-12-16"', en: 'Write for example "2024-12-16"' },
        },
      })
      .optional(),
    kunci: z.record(z.string(), z.string().regex(SHA256)).optional(),
    /** The foreword of the printed report, paragraph by paragraph (plain text), signed by `penandatangan`. */
    kata_pengantar: paragraphs.optional(),
    kata_pengantar_en: paragraphs.optional(),
    penandatangan: penandatanganSchema.optional(),
  })
  .superRefine((edisi, ctx) => {
    for (const key of ['kata_pengantar_en', 'penandatangan'] as const) {
      if (edisi[key] !== undefined && edisi.kata_pengantar === undefined) {
        ctx.issues.push({
          code: 'custom',
          path: [key],
          input: edisi,
          message: `${key} without kata_pengantar`,
          params: {
            message: { id: `"${key}" tanpa "kata_pengantar"`, en: `"${key}" without "kata_pengantar"` },
            fix: { id: 'Tulis "kata_pengantar" (daftar paragraf), atau hapus kunci ini', en: 'Write "kata_pengantar" (a list of paragraphs), or remove this key' },
          },
        });
      }
    }
    for (const key of ['tanggal_terbit', 'kunci'] as const) {
      if (edisi.status === 'draf' && edisi[key] !== undefined) {
        ctx.issues.push({
          code: 'custom',
          path: [key],
          input: edisi,
          message: `a draft with ${key}`,
          params: {
            message: { id: `edisi draf memuat "${key}"`, en: `a draft edition holds "${key}"` },
            fix: { id: `Hapus "${key}": ia ditulis saat edisi diterbitkan`, en: `Remove "${key}": it is written when the edition is published` },
          },
        });
      }
    }
    if (edisi.status === 'terbit' && edisi.tanggal_terbit === undefined) {
      ctx.issues.push({
        code: 'custom',
        path: ['status'],
        input: edisi,
        message: 'published without tanggal_terbit',
        params: {
          message: { id: 'edisi terbit tanpa "tanggal_terbit"', en: 'a published edition without "tanggal_terbit"' },
          fix: { id: 'Tambahkan "tanggal_terbit": "TTTT-BB-HH", atau ubah status menjadi "draf"', en: 'Add "tanggal_terbit": "YYYY-MM-DD", or set status to "draf"' },
        },
      });
    }
  });

export type Edisi = z.output<typeof edisiSchema>;
