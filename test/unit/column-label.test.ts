import { expect, it } from 'vitest';
import { COLUMNS } from '../../src/domain/csv-columns.ts';
import { columnLabel } from '../../src/i18n/column-labels.ts';

it('names every correctable column in words, never by its key', () => {
  for (const dataset of ['sakip', 'kepatuhan', 'opd'] as const) {
    for (const kolom of COLUMNS[dataset].filter((k) => k !== 'kode')) {
      for (const tahun of [2021, 2024]) {
        const label = columnLabel({ dataset, kolom, tahun });
        // Words, as a header writes them: capitalised, no key's underscore.
        for (const words of [label.id, label.en]) expect(words, `${dataset}.${kolom}`).toMatch(/^\p{Lu}[^_]*$/u);
      }
    }
  }
});

it('names a component as the rule of its year does, and a narrative chapter by its file', () => {
  expect(columnLabel({ dataset: 'sakip', kolom: 'evaluasi_internal', tahun: 2021 })).toEqual({ id: 'Evaluasi Internal', en: 'Internal evaluation' });
  expect(columnLabel({ dataset: 'sakip', kolom: 'evaluasi_internal', tahun: 2024 }).id).toBe('Evaluasi Akuntabilitas Kinerja Internal');
  expect(columnLabel({ dataset: 'kepatuhan', kolom: 'kepercayaan_masyarakat', tahun: 2024 }).en).toBe('Public trust');
  expect(columnLabel({ dataset: 'sakip', kolom: 'Nilai', tahun: 2024 }).en).toBe('Score');
  expect(columnLabel({ dataset: 'narasi', kolom: '01-pengantar.mdx', tahun: 2024 }).id).toBe('01-pengantar.mdx');
});
