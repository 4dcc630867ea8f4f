/** When an edition's OPD chapter is split into a page per pemda, and what stands for it elsewhere. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import type { Kode } from '../../src/domain/kode.ts';
import { sumberOf } from '../../src/domain/bab.ts';
import { citingOf, hasOpdPage, isOpdSplit, OPD_INLINE_PEMDA, opdMovesOf, opdPages, pemdaOpdOf, ringkasanMoves } from '../../src/domain/views/opd-pages.ts';
import { opdPemdaCited, opdPemdaPageOf } from '../../src/domain/views/opd-pemda-page.ts';
import { gradeMoves } from '../../src/domain/views/ringkasan.ts';
import { opdOfPemdaPath } from '../../src/i18n/opd-path.ts';
import { indexablePages } from '../../src/site/indexable-pages.ts';
import { publishEdition } from '../../src/commands/publish.ts';
import { writeFolder } from '../fixtures/folder.ts';
import { GAP, opdSplitFiles, PEMDA, writeOpdSplitSite } from '../fixtures/opd-split.ts';
import { root } from '../support/build.ts';

const k = (s: string) => s as Kode;
function load(dir: string): Dataset {
  const loaded = loadDataFolder(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.dataset;
}
/** The fixture with OPD rows for the first `withOpd` of its seven pemda; 2023 and 2024 published (a change is measured from a published edition only), 2025 a draft. */
function folder(withOpd?: number): Dataset {
  const dir = writeFolder(opdSplitFiles(withOpd));
  for (const tahun of [2023, 2024]) {
    const published = publishEdition(dir, { tahun, today: '2025-05-01' });
    if (!published.ok) throw new Error(published.lines.join('\n'));
  }
  return load(dir);
}
const editionOf = (dataset: Dataset, tahun: number) => dataset.editions.find((e) => e.tahun === tahun)!;

describe('the split rule', () => {
  it('keeps an OPD chapter whole up to five pemda and splits it from six', () => {
    expect(OPD_INLINE_PEMDA).toBe(5);
    const five = folder(5);
    const six = folder(6);
    expect(five.editions.map((e) => isOpdSplit(five, e))).toEqual([false, false, false]);
    expect(six.editions.map((e) => isOpdSplit(six, e))).toEqual([true, true, true]);
    expect(opdPages(five)).toEqual([]);
  });

  it('never splits the example site, one pemda with its OPD', () => {
    const example = load(join(root, 'data'));
    expect(example.editions.length).toBeGreaterThan(1);
    expect(example.editions.some((e) => isOpdSplit(example, e))).toBe(false);
    expect(opdPages(example)).toEqual([]);
  });
});

describe('the pages of a split chapter', () => {
  const dataset = folder();
  const e2024 = editionOf(dataset, 2024);

  it('are one per edition and pemda with OPD rows', () => {
    const pages = opdPages(dataset).map(({ edition, pemda }) => `${edition.tahun}/${pemda.kode}`);
    expect(pages).toEqual([2023, 2024, 2025].flatMap((tahun) => PEMDA.map(([kode]) => `${tahun}/${kode}`)));
    const six = folder(6);
    expect(hasOpdPage(six, editionOf(six, 2024), k('16.74'))).toBe(true);
    // 17.71 has no OPD rows there: no page.
    expect(hasOpdPage(six, editionOf(six, 2024), k('17.71'))).toBe(false);
  });

  it('are listed by pemda in kode order, each with its provinsi, OPD count and grades', () => {
    const lines = pemdaOpdOf(dataset, e2024);
    expect(lines.map((line) => [line.pemda.kode, line.provinsi?.kode, line.rows.length])).toEqual([
      ['16', '16', 2],
      ['16.71', '16', 3],
      ['16.72', '16', 2],
      ['16.74', '16', 3],
      ['17', '17', 2],
      ['17.04', '17', 3],
      ['17.71', '17', 2],
    ]);
    // Kota Prabumulih 2024: disdik 78, dinkes 72 (BB), bappeda 67 (B).
    const prabumulih = lines.find((line) => line.pemda.kode === '16.74')!;
    expect(prabumulih.sebaran.filter((c) => c.count > 0)).toEqual([
      { value: 'BB', count: 2 },
      { value: 'B', count: 1 },
    ]);
  });

  it('take the OPD grade moves out of the summary, each pemda its own', () => {
    const all = gradeMoves(dataset, 2024);
    expect(all.some((move) => move.kind === 'opd')).toBe(true);
    expect(ringkasanMoves(dataset, 2024).some((move) => move.kind === 'opd')).toBe(false);
    expect(ringkasanMoves(dataset, 2024)).toEqual(all.filter((move) => move.kind !== 'opd'));
    // Sumatera Selatan's Dinas Pendidikan went from 65 (B) to 72 (BB); Kota Prabumulih's OPD kept their grades.
    expect(opdMovesOf(dataset, 2024, k('16')).map((m) => [m.instansi.kode, m.from.grade, m.to, m.direction])).toEqual([['16.disdik', 'B', 'BB', 'naik']]);
    expect(opdMovesOf(dataset, 2024, k('16.74'))).toEqual([]);
    const five = folder(5);
    expect(ringkasanMoves(five, 2024)).toEqual(gradeMoves(five, 2024));
  });

  it('count a pemda’s OPD once in the print version’s list of sources', () => {
    const [source] = sumberOf(e2024).filter((s) => s.sumber === 'Inspektorat Kota Prabumulih');
    const citing = citingOf(dataset, e2024, source!.rows);
    expect(citing).toEqual([{ dataset: 'opd', pemda: expect.objectContaining({ kode: '16.74' }), count: 3 }]);
    const five = folder(5);
    const [whole] = sumberOf(editionOf(five, 2024)).filter((s) => s.sumber === 'Inspektorat Kota Prabumulih');
    expect(citingOf(five, editionOf(five, 2024), whole!.rows).map((c) => ('instansi' in c ? c.instansi.kode : c.pemda.kode))).toEqual(['16.74.dinkes', '16.74.disdik', '16.74.bappeda']);
    // Other datasets' rows are named one by one, split or not.
    const sakip = sumberOf(e2024).find((s) => s.sumber === 'LHE AKIP 2024')!;
    expect(citingOf(dataset, e2024, sakip.rows).map((c) => ('instansi' in c ? c.instansi.kode : undefined))).toEqual(['16', '16.74', '17.71']);
  });

  it('are where links to a pemda’s OPD go; otherwise the edition page’s OPD section', () => {
    expect(opdOfPemdaPath(dataset, e2024, k('16.74'), 'id')).toBe('/laporan/2024/opd/16.74/');
    expect(opdOfPemdaPath(dataset, e2024, k('16.74'), 'en')).toBe('/en/laporan/2024/opd/16.74/');
    const five = folder(5);
    expect(opdOfPemdaPath(five, editionOf(five, 2024), k('16.74'), 'id')).toBe('/laporan/2024/#opd');
  });

  it('are in the sitemap for published editions only', () => {
    const listed = indexablePages(dataset).map((at) => at('en'));
    expect(listed.filter((path) => path.includes('/opd/'))).toEqual([2023, 2024].flatMap((tahun) => PEMDA.map(([kode]) => `/en/laporan/${tahun}/opd/${kode}/`)));
    const draftsOnly: Dataset = { ...dataset, editions: dataset.editions.filter((e) => e.edisi.status === 'draf') };
    expect(draftsOnly.editions.map((e) => e.tahun)).toEqual([2025]);
    expect(indexablePages(draftsOnly).some((at) => at('id').includes('/opd/'))).toBe(false);
  });
});

describe('the page of one pemda’s OPD', () => {
  // 2023 and 2024 published, Kota Prabumulih's dinkes corrected in 2024; 2025 a draft with one OPD of Kabupaten Kaur missing.
  const dataset = load(writeOpdSplitSite());
  const e2024 = editionOf(dataset, 2024);
  const page = opdPemdaPageOf(dataset, e2024, k('16.74'));

  it('shows the pemda’s OPD, their grades and their ranks within it against the previous edition', () => {
    expect(page.rows.map((row) => [row.kode, row.nilai])).toEqual([['16.74.dinkes', 73], ['16.74.disdik', 78], ['16.74.bappeda', 67]]);
    expect(page.sebaran.filter((c) => c.count > 0)).toEqual([{ value: 'BB', count: 2 }, { value: 'B', count: 1 }]);
    expect(page.peringkat.rows.map((row) => [row.row.kode, row.peringkat])).toEqual([['16.74.disdik', 1], ['16.74.dinkes', 2], ['16.74.bappeda', 3]]);
    expect(page.previous?.tahun).toBe(2023);
    expect(page.moves).toEqual(opdMovesOf(dataset, 2024, k('16.74')));
  });

  it('lists the corrections of its OPD rows only', () => {
    expect(page.koreksi.map((k) => [k.kode, k.baru])).toEqual([['16.74.dinkes', '73.00']]);
    expect(opdPemdaPageOf(dataset, e2024, k('16.71')).koreksi).toEqual([]);
  });

  it('names its OPD without a row in the edition', () => {
    expect(page.missing).toEqual([]);
    const kaur = opdPemdaPageOf(dataset, editionOf(dataset, GAP.tahun), k('17.04'));
    expect(kaur.missing.map((opd) => opd.kode)).toEqual([GAP.kode]);
  });

  it('leads an older edition to the latest published one, saying whether that shows the pemda’s OPD on their own page', () => {
    const older = opdPemdaPageOf(dataset, editionOf(dataset, 2023), k('16.74'));
    expect(older.newer?.edition.tahun).toBe(2024);
    expect(older.newer?.ownPage).toBe(true);
    expect(page.newer).toBeUndefined();
  });

  it('cites the edition under the page’s title, with the pemda’s OPD rows only', () => {
    const cited = opdPemdaCited(e2024, page.rows, 'OPD Kota Prabumulih — Rapor 2024');
    expect(cited.edisi).toEqual({ ...e2024.edisi, judul: 'OPD Kota Prabumulih — Rapor 2024' });
    expect(cited.datasets).toEqual({ opd: page.rows });
    expect(cited.tahun).toBe(2024);
  });
});
