import { describe, expect, it } from 'vitest';
import { compareHashes } from '../../src/domain/hash-compare.ts';
import { changesBetween, sameValue } from '../../src/domain/lock.ts';
import { dateInJakarta } from '../../src/domain/publication.ts';

describe('locks, pure', () => {
  it('reads a number however a spreadsheet re-saves it, and text as written', () => {
    expect(sameValue('95,45', '95.450')).toBe(true);
    expect(sameValue(' 72.35', '72,35 ')).toBe(true);
    expect(sameValue('72.35', '72.36')).toBe(false);
    expect(sameValue('LHE 2024', 'lhe 2024')).toBe(false);
  });

  it('diffs by (kode, kolom), a missing row or column being empty, the nama column aside', () => {
    const published = new Map<string, Record<string, string>>([['16.74', { kode: '16.74', nama: 'Kota', nilai: '72,35', zona: 'kuning' }], ['16', { kode: '16', nilai: '84,12' }]]);
    const current = new Map<string, Record<string, string>>([['16.74', { kode: '16.74', nama: 'Kota P.', nilai: '72.35', zona: 'hijau' }], ['16.72', { kode: '16.72', nilai: '60' }]]);
    expect(changesBetween(published, current)).toEqual([
      { kode: '16.74', kolom: 'zona', lama: 'kuning', baru: 'hijau' },
      { kode: '16', kolom: 'nilai', lama: '84,12', baru: '' },
      { kode: '16.72', kolom: 'nilai', lama: '', baru: '60' },
    ]);
  });

  it('compares hash lists file by file', () => {
    expect(compareHashes({ a: '1', b: '2', c: '3' }, { a: '1', b: '9', d: '4' })).toEqual([
      { path: 'a', status: 'match' },
      { path: 'b', status: 'differs' },
      { path: 'c', status: 'missing' },
      { path: 'd', status: 'extra' },
    ]);
  });

  it('dates a publication in Jakarta, seven hours ahead of UTC', () => {
    expect(dateInJakarta(new Date('2025-04-27T17:30:00Z'))).toBe('2025-04-28');
    expect(dateInJakarta(new Date('2025-04-27T16:59:00Z'))).toBe('2025-04-27');
  });
});
