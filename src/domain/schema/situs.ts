import { z } from 'zod';
import { LANGS } from '../text.ts';
import { TEXT_LIMITS } from './fields.ts';
import { boundedText } from './json.ts';

/** `situs.json`: the publisher and the site. Unknown keys are refused so that a typo is not ignored. */
export const situsSchema = z.strictObject({
  nama: boundedText('nama', TEXT_LIMITS.nama),
  url: z.string().refine((raw) => /^https?:\/\/[^\s/]+\.[^\s/]+/.test(raw) && URL.canParse(raw), {
    params: {
      message: { id: '"url" bukan alamat situs yang lengkap', en: '"url" is not a complete web address' },
      fix: { id: 'Tulis alamat lengkap dengan https://, misalnya "https://data.contohkota.go.id/"', en: 'Write the full address with https://, for example "https://data.contohkota.go.id/"' },
    },
  }),
  /** The kode of the publisher's own instansi (a pemda, usually): its figures head the home page. */
  kode: z.string().optional(),
  deskripsi: boundedText('deskripsi', TEXT_LIMITS.catatan, false).optional(),
  deskripsi_en: boundedText('deskripsi_en', TEXT_LIMITS.catatan, false).optional(), // English pages' description (src/domain/site-description.ts)
  kontak: boundedText('kontak', TEXT_LIMITS.sumber, false).optional(),
  /** A path under the data folder; the data layer checks that the file exists. */
  logo: z.string().optional(),
  bahasa: z
    .array(z.enum(LANGS as ['id', 'en']))
    .min(1)
    .refine((list) => list[0] === 'id' && new Set(list).size === list.length, {
      params: {
        message: { id: '"bahasa" harus diawali "id" dan tanpa pengulangan', en: '"bahasa" must start with "id" and not repeat' },
        fix: { id: 'Tulis ["id", "en"] atau ["id"]', en: 'Write ["id", "en"] or ["id"]' },
      },
    })
    .default(['id', 'en']),
});

export type Situs = z.output<typeof situsSchema>;
