import { describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain/dataset.ts';
import { proposeTitles } from '../../src/domain/edition-scaffold.ts';
import { editionTitle } from '../../src/domain/edition-title.ts';
import { edisiSchema } from '../../src/domain/schema/edisi.ts';
import { situsSchema } from '../../src/domain/schema/situs.ts';
import { siteDescription } from '../../src/domain/site-description.ts';

const judul = 'Laporan Kinerja Pemerintah Daerah Tahun 2024';
const judul_en = 'Regional Government Performance Report 2024';

describe('editionTitle', () => {
  it('gives judul on Indonesian pages and judul_en on English ones', () => {
    expect(editionTitle({ judul, judul_en }, 'id')).toBe(judul);
    expect(editionTitle({ judul, judul_en }, 'en')).toBe(judul_en);
  });

  it('keeps judul on English pages when there is no judul_en', () => {
    expect(editionTitle({ judul }, 'en')).toBe(judul);
  });
});

describe('edisi.json judul_en', () => {
  it('is optional and, when present, a non-empty text', () => {
    expect(edisiSchema.safeParse({ judul, status: 'draf' }).success).toBe(true);
    expect(edisiSchema.safeParse({ judul, judul_en: `  ${judul_en} `, status: 'draf' }).data?.judul_en).toBe(judul_en);
    expect(edisiSchema.safeParse({ judul, judul_en: '  ', status: 'draf' }).success).toBe(false);
    expect(edisiSchema.safeParse({ judul, judul_en: 2024, status: 'draf' }).success).toBe(false);
  });
});

describe('proposeTitles', () => {
  const edition = (tahun: number, edisi: Edition['edisi']): Edition => ({ tahun, edisi, datasets: {}, narasiFiles: [], narasi: [] });

  it('carries both titles of the latest earlier edition over to the new year', () => {
    expect(proposeTitles([edition(2024, { judul, judul_en, status: 'draf' })], 2025)).toEqual({
      judul: 'Laporan Kinerja Pemerintah Daerah Tahun 2025',
      judul_en: 'Regional Government Performance Report 2025',
    });
  });

  it('proposes no judul_en when the model has none or it names no year', () => {
    expect(proposeTitles([edition(2024, { judul, status: 'draf' })], 2025)).toEqual({ judul: 'Laporan Kinerja Pemerintah Daerah Tahun 2025' });
    expect(proposeTitles([edition(2024, { judul, judul_en: 'Annual report', status: 'draf' })], 2025)).toEqual({ judul: 'Laporan Kinerja Pemerintah Daerah Tahun 2025' });
  });
});

describe('siteDescription', () => {
  it('gives deskripsi_en on English pages when situs.json has one, deskripsi otherwise', () => {
    const situs = situsSchema.parse({ nama: 'Penerbit', url: 'https://rapor.example.org/', deskripsi: 'Hasil evaluasi.', deskripsi_en: 'Evaluation results.' });
    expect(siteDescription(situs, 'id')).toBe('Hasil evaluasi.');
    expect(siteDescription(situs, 'en')).toBe('Evaluation results.');
    expect(siteDescription({ deskripsi: 'Hasil evaluasi.' }, 'en')).toBe('Hasil evaluasi.');
    expect(siteDescription({}, 'en')).toBeUndefined();
  });
});
