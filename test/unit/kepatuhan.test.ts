import { describe, expect, it } from 'vitest';
import type { Kode } from '../../src/domain/kode.ts';
import { kepatuhanRule } from '../../src/domain/rules.ts';
import { completeKepatuhan } from '../../src/domain/schema/kepatuhan.ts';

const row = { kode: '16.72' as Kode, sumber: 's' };

describe('completeKepatuhan', () => {
  it('derives zona and kategori from nilai', () => {
    expect(completeKepatuhan({ ...row, nilai: 87.99 }, kepatuhanRule(2023)!)).toMatchObject({ zona: 'hijau', kategori: 'B' });
  });

  it('knows the kategori of a zone published alone only where the zone has one (kuning is C; hijau is A or B)', () => {
    expect(completeKepatuhan({ ...row, zona: 'kuning' }, kepatuhanRule(2024)!)).toMatchObject({ zona: 'kuning', kategori: 'C' });
    expect(completeKepatuhan({ ...row, zona: 'hijau' }, kepatuhanRule(2024)!)).not.toHaveProperty('kategori');
    expect(completeKepatuhan({ ...row, zona: 'kuning' }, kepatuhanRule(2021)!)).not.toHaveProperty('kategori');
  });

  it('keeps a given kategori in upper case', () => {
    expect(completeKepatuhan({ ...row, zona: 'hijau', kategori: 'a' }, kepatuhanRule(2022)!)).toMatchObject({ kategori: 'A' });
  });
});
