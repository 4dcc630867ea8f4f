import { z } from 'zod';
import { isIsoDate } from './fields.ts';

export const STATUS = ['draf', 'terbit'] as const;
export type Status = (typeof STATUS)[number];

const SHA256 = /^[0-9a-f]{64}$/;

/** `<tahun>/edisi.json`. `tanggal_terbit` and `kunci` are written by `npm run publish`, never by hand. */
export const edisiSchema = z
  .strictObject({
    judul: z.string().trim().min(1),
    judul_en: z.string().trim().min(1).optional(), // English pages' title (src/domain/edition-title.ts)
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
  })
  .superRefine((edisi, ctx) => {
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
