import { describe, expect, it } from 'vitest';
import type { Kode } from '../../src/domain/kode.ts';
import { nearestKodes, typoDistance, unknownKodeFix } from '../../src/domain/nearest-kode.ts';

const registry = (...kodes: string[]) => new Map(kodes.map((kode) => [kode as Kode, kode]));
const KOTA = registry('99', '99.71', '99.72', '99.71.bpkad', '99.71.bpbd', '99.71.bappeda', '99.71.inspektorat', '99.71.dinkes', '99.71.dinsos');

describe('typoDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(typoDistance('bpakd', 'bpkad')).toBe(1);
    expect(typoDistance('bpkd', 'bpkad')).toBe(1);
    expect(typoDistance('dinkes', 'dinsos')).toBe(2);
    expect(typoDistance('', 'abc')).toBe(3);
  });
});

describe('nearestKodes', () => {
  it('finds the kode one typo away in one part', () => {
    expect(nearestKodes('99.71.bpakd', KOTA)).toEqual(['99.71.bpkad']);
    expect(nearestKodes('99.71.BPKAD', KOTA)).toEqual(['99.71.bpkad']);
    expect(nearestKodes('99.17.bpkad', KOTA)).toEqual(['99.71.bpkad']);
    expect(nearestKodes('99.71.inspektrot', KOTA)).toEqual(['99.71.inspektorat']);
  });

  it('names every equally near kode, in kode order', () => {
    expect(nearestKodes('99.71.bpd', KOTA)).toEqual(['99.71.bpbd']);
    expect(nearestKodes('99.73', KOTA)).toEqual(['99.71', '99.72']);
  });

  it('guesses nothing two mistakes away, in two parts, or among too many', () => {
    expect(nearestKodes('99.71.dinkos', registry('99.71.dinkes', '99.71.dinsos', '99.71.dinkop', '99.71.dinkas'))).toEqual([]);
    expect(nearestKodes('98.71.bpakd', KOTA)).toEqual([]);
    expect(nearestKodes('99.71.pupr', KOTA)).toEqual([]);
    expect(nearestKodes('99.71.dinkes.x', KOTA)).toEqual([]);
  });
});

describe('unknownKodeFix', () => {
  it('suggests first, and adds an instansi only as a new one', () => {
    expect(unknownKodeFix('99.71.bpakd', KOTA).id).toBe('Maksud Anda 99.71.bpkad? Perbaiki kodenya. Tambahkan ke instansi.csv hanya instansi baru yang belum terdaftar dengan kode lain');
    expect(unknownKodeFix('99.71.bpakd', KOTA).en).toMatch(/^Did you mean 99\.71\.bpkad\? Correct the kode\. Add to instansi\.csv only a new instansi/);
    expect(unknownKodeFix('12.34.abc', KOTA).en).toContain('If it is a new instansi, not listed under another kode, add it to instansi.csv');
  });
});
