import { expect, it } from 'vitest';
import { sebaranSentence } from '../../src/i18n/sentences.ts';

const counts = [{ value: 'A', count: 0 }, { value: 'BB', count: 1 }];

it('writes a distribution in each page’s language, only the grades that occur', () => {
  expect(sebaranSentence(counts, 'instansi', 'id')).toBe('1 instansi: BB 1.');
  expect(sebaranSentence(counts, 'instansi', 'en')).toBe('1 institution: 1 BB.');
  expect(sebaranSentence([{ value: 'A', count: 1200 }, { value: 'B', count: 3 }], 'instansi', 'en')).toBe('1,203 institutions: 1,200 A, 3 B.');
  expect(sebaranSentence([{ value: 'A', count: 1200 }], 'OPD', 'id')).toBe('1.200 OPD: A 1.200.');
  expect(sebaranSentence([{ value: 'hijau', count: 2 }], 'OPD', 'en')).toBe('2 OPD: 2 hijau.');
});
