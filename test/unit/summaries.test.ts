import { expect, it } from 'vitest';
import { distributionSummary } from '../../src/i18n/summaries.ts';

const counts = [{ value: 'A', count: 0 }, { value: 'BB', count: 1 }];

it('writes a distribution in each page’s language, only the grades that occur', () => {
  expect(distributionSummary(counts, 'instansi', 'id')).toBe('1 instansi: BB 1.');
  expect(distributionSummary(counts, 'instansi', 'en')).toBe('1 institution: 1 BB.');
  expect(distributionSummary([{ value: 'A', count: 1200 }, { value: 'B', count: 3 }], 'instansi', 'en')).toBe('1,203 institutions: 1,200 A, 3 B.');
  expect(distributionSummary([{ value: 'A', count: 1200 }], 'OPD', 'id')).toBe('1.200 OPD: A 1.200.');
  expect(distributionSummary([{ value: 'hijau', count: 2 }], 'OPD', 'en')).toBe('2 OPD: 2 hijau.');
});
