/** What an edition's coverage page shows (src/domain/views/cakupan-page.ts): every instansi on a small site, OPD per pemda once the OPD chapter is split. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { cakupanOf } from '../../src/domain/views/cakupan.ts';
import { cakupanPageOf } from '../../src/domain/views/cakupan-page.ts';
import { writeFolder } from '../fixtures/folder.ts';
import { GAP, opdSplitFiles, PEMDA } from '../fixtures/opd-split.ts';
import { root } from '../support/build.ts';

function load(dir: string): Dataset {
  const loaded = loadDataFolder(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.dataset;
}
const editionOf = (dataset: Dataset, tahun: number) => dataset.editions.find((e) => e.tahun === tahun)!;

describe('cakupanPageOf', () => {
  it('lists every instansi and dataset of a small site in one table, and names the inactive', () => {
    const example = load(join(root, 'data'));
    const page = cakupanPageOf(example, editionOf(example, 2024));
    const coverage = cakupanOf(example, 2024)!;
    expect(page.byBagian).toBe(false);
    expect(page.split).toBe(false);
    expect(page.rows).toEqual(coverage.rows);
    expect(page.kinds).toEqual(['sakip', 'kepatuhan', 'opd']);
    expect(page.opdByPemda).toEqual([]);
    expect(page.inactive).toEqual(coverage.tidakAktif);
    expect(page.inactive.map((i) => i.kode)).toContain('99.71.dispora');
    expect(page.inactiveOpd).toBe(0);
  });

  it('counts the OPD of a split chapter per pemda, leaving them out of the table of instansi', () => {
    const dataset = load(writeFolder(opdSplitFiles()));
    const page = cakupanPageOf(dataset, editionOf(dataset, GAP.tahun));
    expect(page.split).toBe(true);
    expect(page.byBagian).toBe(false);
    expect(page.rows.some((row) => row.instansi.jenis === 'opd')).toBe(false);
    expect(page.kinds).not.toContain('opd');
    expect(page.opdByPemda.map(({ pemda }) => [pemda.kode, pemda.nama])).toEqual(PEMDA.map(([kode, nama]) => [kode, nama]));
    const kaur = page.opdByPemda.find(({ pemda }) => pemda.kode === '17.04')!;
    expect(kaur.cakupan.tidakAda.map((opd) => opd.kode)).toEqual([GAP.kode]);
  });
});
