/** Coverage per pemda: an edition's OPD counted under their induk, those without a row named, in kode order. */
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { opdCakupanByPemda } from '../../src/domain/views/cakupan.ts';
import { writeFolder } from '../fixtures/folder.ts';
import { GAP, opdSplitFiles } from '../fixtures/opd-split.ts';

const loaded = loadDataFolder(writeFolder(opdSplitFiles()));
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const { dataset } = loaded;

describe('opdCakupanByPemda', () => {
  it('counts each pemda’s OPD with a row and names those without, in kode order', () => {
    const lines = [...opdCakupanByPemda(dataset, GAP.tahun).values()];
    expect(lines.map((line) => line.pemda)).toEqual(['16', '16.71', '16.72', '16.74', '17', '17.04', '17.71']);
    expect(lines.map((line) => [line.ada, line.tidakAda.map((i) => i.kode)])).toEqual([
      [2, []], [3, []], [2, []], [3, []], [2, []], [2, [GAP.kode]], [2, []],
    ]);
  });

  it('names no OPD where every one has a row, and has no line for a year without an edition', () => {
    expect(opdCakupanByPemda(dataset, 2024).get('17.04' as never)?.tidakAda).toEqual([]);
    expect(opdCakupanByPemda(dataset, 2030).size).toBe(0);
  });
});
