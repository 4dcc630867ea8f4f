/** An edition past a few dozen instansi: a summary, its parts (a page per provinsi and one for the K/L), and the largest moves by score. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import type { Dataset, Edition } from '../../src/domain/dataset.ts';
import type { Instansi } from '../../src/domain/instansi.ts';
import { cakupanByBagian, cakupanOf } from '../../src/domain/views/cakupan.ts';
import { editionPageOf } from '../../src/domain/views/edition-page.ts';
import { bagianCited, bagianPageOf } from '../../src/domain/views/bagian-page.ts';
import { EDITION_SUMMARY_INSTANSI, KL_PER_PAGE, bagianPages, bagianOf, isEditionSummary, bagianEdition, bagianIdOf, bagianMovesCount, scoreMovers } from '../../src/domain/views/edition-bagian.ts';
import { homeLatest } from '../../src/domain/views/home.ts';
import { ringkasanMoves } from '../../src/domain/views/opd-pages.ts';
import { headlineOf } from '../../src/domain/views/ringkasan.ts';
import { predikatSebaran } from '../../src/domain/views/sebaran.ts';
import { asal, inst, k, kepatuhan, koreksi, sakip } from '../fixtures/rows.ts';
import { root } from '../support/build.ts';

const opd = (kode: string) => ({ kode: k(kode), nilai: 70, predikat: 'B' as const, peringkat: 1, sumber: 's', asal });
const edition = (tahun: number, datasets: Edition['datasets'], status: 'terbit' | 'draf' = 'terbit'): Edition => ({
  tahun,
  edisi: { judul: `L ${tahun}`, status, ...(status === 'terbit' ? { tanggal_terbit: `${tahun}-12-01` } : {}) },
  datasets,
  narasiFiles: [],
  narasi: [],
});
const two = (n: number) => String(n).padStart(2, '0');

// Sumatera Selatan with 30 kabupaten, Bengkulu with 8, a kabupaten of a provinsi not in the list, two K/L.
const kabupaten = [...Array.from({ length: 30 }, (_, i) => `16.${two(i + 1)}`), ...Array.from({ length: 8 }, (_, i) => `17.${two(i + 1)}`)];
const instansi: Instansi[] = [
  inst('16', 'Sumatera Selatan', 'provinsi'),
  inst('17', 'Bengkulu', 'provinsi'),
  ...kabupaten.map((kode) => inst(kode, `Kabupaten ${kode}`, 'kabupaten', kode.slice(0, 2))),
  inst('18.01', 'Kabupaten Tanpa Provinsi', 'kabupaten'),
  inst('kemenpanrb', 'Kementerian PAN-RB', 'kementerian'),
  inst('lan', 'Lembaga Administrasi Negara', 'lembaga'),
  ...kabupaten.slice(0, 7).map((kode) => inst(`${kode}.dinkes`, 'Dinas Kesehatan', 'opd', kode)),
];
const everyone = ['16', '17', ...kabupaten, '18.01', 'kemenpanrb', 'lan'];
const s21 = sakip(2021);
const s22 = sakip(2022);
const s23 = sakip(2023);
const datasetOf = (editions: Edition[]): Dataset => ({ situs: { nama: 'X', url: 'https://x.example/', bahasa: ['id', 'en'] }, instansi, editions, koreksi: [] });

// 2021 (PermenPAN-RB 12/2015) and 2022 (88/2021) are not comparable; 2022 and 2023 are.
const e2021 = edition(2021, { sakip: everyone.map((kode) => s21(kode, 60)) });
const e2022 = edition(2022, {
  sakip: everyone.map((kode) => s22(kode, kode === '16.05' ? undefined : 60)),
  kepatuhan: [kepatuhan('16', 80, 'hijau')],
});
const e2023 = edition(2023, {
  sakip: everyone.map((kode, i) => {
    // Rises of 1 to 12 points for the first twelve (16, 17, 16.01–16.10), falls for the K/L, equal rises for 16.20 and 16.21, no change elsewhere.
    if (i < 12) return s23(kode, 60 + i + 1);
    if (kode === 'kemenpanrb') return s23(kode, 50);
    if (kode === 'lan') return s23(kode, 55.5);
    if (kode === '16.20' || kode === '16.21') return s23(kode, 65);
    return s23(kode, 60);
  }),
  kepatuhan: [kepatuhan('16', 70, 'kuning')],
  opd: kabupaten.slice(0, 7).map((kode) => opd(`${kode}.dinkes`)),
});
const dataset = datasetOf([e2021, e2022, e2023]);

describe('the summary rule', () => {
  it('lists an edition in full up to a few dozen graded instansi and summarises it past them', () => {
    expect(EDITION_SUMMARY_INSTANSI).toBe(40);
    const upTo = (n: number) => edition(2023, { sakip: everyone.slice(0, n).map((kode) => s23(kode, 70)), opd: kabupaten.slice(0, 7).map((kode) => opd(`${kode}.dinkes`)) });
    expect(isEditionSummary(upTo(40))).toBe(false);
    expect(isEditionSummary(upTo(41))).toBe(true);
    // An instansi with both SAKIP and kepatuhan counts once; OPD do not count.
    expect(isEditionSummary(edition(2023, { sakip: everyone.slice(0, 40).map((kode) => s23(kode, 70)), kepatuhan: [kepatuhan('16', 70, 'kuning')] }))).toBe(false);
    expect(bagianOf(datasetOf([upTo(40)]), upTo(40))).toEqual([]);
  });

  it('never summarises the example site', () => {
    const loaded = loadDataFolder(join(root, 'data'));
    if (!loaded.ok) throw new Error('the example does not load');
    expect(loaded.dataset.editions.some(isEditionSummary)).toBe(false);
    expect(bagianPages(loaded.dataset)).toEqual([]);
  });
});

describe('the parts of a summary edition', () => {
  const parts = bagianOf(dataset, e2023);

  it('are each provinsi with rows in kode order, a kabupaten without its provinsi by its kode, then the K/L', () => {
    expect(parts.map((p) => [p.id, p.provinsi?.nama])).toEqual([
      ['16', 'Sumatera Selatan'],
      ['17', 'Bengkulu'],
      ['18', undefined],
      ['kl', undefined],
    ]);
    expect(parts.map((p) => p.rows.sakip.length)).toEqual([31, 9, 1, 2]);
    expect(parts[0]!.rows.kepatuhan.map((r) => r.kode)).toEqual(['16']);
    expect(parts[3]!.rows.sakip.map((r) => r.kode)).toEqual(['kemenpanrb', 'lan']);
    expect(bagianPages(dataset).map(({ edition: e, bagian }) => `${e.tahun}/${bagian.id}`)).toEqual(
      [2021, 2022, 2023].flatMap((tahun) => ['16', '17', '18', 'kl'].map((id) => `${tahun}/${id}`)),
    );
  });

  it('carry the OPD pages of their pemda when the OPD chapter is split, and their own grade moves', () => {
    expect(parts[0]!.pemdaOpd.map((line) => line.pemda.kode)).toEqual(kabupaten.slice(0, 7));
    expect(parts[1]!.pemdaOpd).toEqual([]);
    // Sumatera Selatan: its zona fell (kepatuhan); 16.01–16.12 rose from 60 to 61–72, B to BB only past 70.
    expect(parts[0]!.moves.map((m) => `${m.kind} ${m.instansi.kode} ${m.direction}`)).toContain('kepatuhan 16 turun');
    expect(parts.flatMap((p) => p.moves).every((m) => m.kind !== 'opd')).toBe(true);
    expect(parts[3]!.moves.every((m) => m.instansi.jenis === 'kementerian' || m.instansi.jenis === 'lembaga')).toBe(true);
  });

  it('put the K/L on pages of at most thirty, in name order, each named by its first and last', () => {
    expect(KL_PER_PAGE).toBe(30);
    const kl = Array.from({ length: 65 }, (_, i) => inst(`kl-${two(65 - i)}`, `Kementerian ${two(i + 1)}`, i % 2 === 0 ? 'kementerian' : 'lembaga'));
    const many = edition(2023, { sakip: kl.map((one) => s23(one.kode, 70)) });
    const pages = bagianOf({ ...datasetOf([many]), instansi: kl }, many);
    expect(pages.map((p) => [p.id, p.rows.sakip.length, p.range?.from.nama, p.range?.to.nama])).toEqual([
      ['kl-1', 30, 'Kementerian 01', 'Kementerian 30'],
      ['kl-2', 30, 'Kementerian 31', 'Kementerian 60'],
      ['kl-3', 5, 'Kementerian 61', 'Kementerian 65'],
    ]);
    expect(parts.at(-1)!.range).toBeUndefined();
  });

  it('give their page an edition holding only their rows', () => {
    const kl = bagianEdition(e2023, parts[3]!);
    expect(kl.datasets.sakip?.map((r) => r.kode)).toEqual(['kemenpanrb', 'lan']);
    expect(kl.datasets.kepatuhan).toEqual([]);
    expect(kl.datasets.opd).toBeUndefined();
    expect(bagianEdition(e2022, bagianOf(dataset, e2022)[0]!).datasets.opd).toBeUndefined();
  });
});

describe('the page of a part', () => {
  const corrected = { ...dataset, koreksi: [koreksi(2022, 'sakip', '16.01', 1), koreksi(2022, 'sakip', 'lan', 2), koreksi(2023, 'sakip', '16.02', 3), koreksi(2022, 'opd', '16.01.dinkes', 4)] };
  const [sumsel, , , kl] = bagianOf(corrected, e2022);

  it('shows the part’s rows of the datasets it has, and the corrections of those rows that year', () => {
    const page = bagianPageOf(corrected, e2022, sumsel!);
    expect(page.shown).toEqual(bagianEdition(e2022, sumsel!));
    expect(page.kinds).toEqual(['sakip', 'kepatuhan']);
    expect(page.koreksi.map((r) => r.nomor)).toEqual([1]);
    expect(bagianPageOf(corrected, e2022, kl!).kinds).toEqual(['sakip']);
    expect(bagianPageOf(corrected, e2022, kl!).koreksi.map((r) => r.nomor)).toEqual([2]);
  });

  it('counts the part’s coverage without the OPD column, the OPD counted per pemda', () => {
    const page = bagianPageOf(corrected, e2023, bagianOf(corrected, e2023)[0]!);
    expect(page.cakupan).toEqual(cakupanByBagian(corrected, e2023)[0]);
    expect(page.cakupanKinds).toEqual(['sakip', 'kepatuhan']);
  });

  it('leads an older edition to the latest one, saying whether it has the part', () => {
    expect(bagianPageOf(corrected, e2022, sumsel!).newer).toEqual({ edition: e2023, hasBagian: true });
    expect(bagianPageOf(corrected, e2023, bagianOf(corrected, e2023)[0]!).newer).toBeUndefined();
    const kabupatenOnly = datasetOf([e2022, edition(2023, { sakip: everyone.filter((kode) => kode.startsWith('16.')).map((kode) => s23(kode, 60)) })]);
    expect(bagianPageOf(kabupatenOnly, e2022, kl!).newer?.hasBagian).toBe(false);
  });

  it('cites the part’s edition under the page’s title', () => {
    const cited = bagianCited(bagianEdition(e2022, sumsel!), 'Sumatera Selatan — L 2022');
    expect(cited.edisi).toEqual({ ...e2022.edisi, judul: 'Sumatera Selatan — L 2022' });
    expect(cited.datasets).toEqual(bagianEdition(e2022, sumsel!).datasets);
  });
});

describe('an edition’s page', () => {
  it('of a summary edition adds the coverage’s totals; of an edition of one page, not', () => {
    const summary = editionPageOf(dataset, e2023);
    expect(summary.summary).toBe(true);
    expect(summary.kinds).toEqual(['sakip', 'kepatuhan', 'opd']);
    expect(summary.totals).toEqual(cakupanOf(dataset, 2023)!.totals);
    const small = datasetOf([edition(2023, { sakip: everyone.slice(0, 10).map((kode) => s23(kode, 70)) })]);
    const whole = editionPageOf(small, small.editions[0]!);
    expect(whole.summary).toBe(false);
    expect(whole.kinds).toEqual(['sakip']);
    expect(whole.totals).toBeUndefined();
  });

  it('lists every correction of the edition’s year, whatever it corrects', () => {
    const corrected = { ...dataset, koreksi: [koreksi(2022, 'sakip', '16', 1), koreksi(2023, 'sakip', '16', 2), koreksi(2023, 'opd', '16.01.dinkes', 3)] };
    expect(editionPageOf(corrected, e2023).koreksi.map((r) => r.nomor)).toEqual([2, 3]);
    expect(editionPageOf(corrected, e2021).koreksi).toEqual([]);
  });
});

describe('the home page’s latest edition', () => {
  it('lists the grades that moved and heads with the site’s instansi, an edition of one page', () => {
    const loaded = loadDataFolder(join(root, 'data'));
    if (!loaded.ok) throw new Error('the example does not load');
    const example = loaded.dataset;
    const home = homeLatest(example)!;
    // 2025 is a draft: the latest published edition is 2024.
    expect(home.edition.tahun).toBe(2024);
    expect(home.summary).toBe(false);
    expect(home.headline).toEqual(headlineOf(example, 2024, k('99.71')));
    expect(home.moves).toEqual(ringkasanMoves(example, 2024));
    expect(home.movesCount).toBe(0);
    expect(home.split).toBe(false);
    expect(home.sebaran).toEqual([]);
    expect(homeLatest({ ...example, situs: { ...example.situs, kode: undefined } })!.headline).toBeUndefined();
  });

  it('counts the moves of a summary edition and shows each dataset’s distribution instead', () => {
    const home = homeLatest(dataset)!;
    expect(home.edition).toBe(e2023);
    expect(home.summary).toBe(true);
    expect(home.moves).toEqual([]);
    expect(home.movesCount).toBe(bagianMovesCount(dataset, e2023));
    expect(home.movesCount).toBeGreaterThan(0);
    expect(home.sebaran.map((d) => d.kind)).toEqual(['sakip', 'kepatuhan', 'opd']);
    expect(home.sebaran[0]).toEqual({ kind: 'sakip', predikat: predikatSebaran(e2023.datasets.sakip!) });
    expect(home.sebaran[1]).toEqual({ kind: 'kepatuhan', zona: expect.arrayContaining([{ value: 'kuning', count: 1 }]) });
  });

  it('is none before the first edition', () => {
    expect(homeLatest(datasetOf([]))).toBeUndefined();
  });
});

describe('the part an instansi belongs to', () => {
  it('is its provinsi’s for a pemda and its OPD, the K/L page for a K/L, none for a provinsi without rows', () => {
    const idOf = bagianIdOf(dataset, e2023);
    expect(['16', '16.05', '16.01.dinkes', '17.08', '18.01', 'lan'].map((kode) => idOf(instansi.find((i) => i.kode === kode)!))).toEqual(['16', '16', '16', '17', '18', 'kl']);
    expect(idOf(inst('19.01', 'Kabupaten Baru', 'kabupaten', '19'))).toBeUndefined();
    expect(bagianIdOf(dataset, edition(2023, { sakip: everyone.slice(0, 10).map((kode) => s23(kode, 70)) }))(instansi[0]!)).toBeUndefined();
  });

  it('is, for a K/L without rows among many, the page whose range of names holds its name', () => {
    const kl = Array.from({ length: 65 }, (_, i) => inst(`kl-${two(i + 1)}`, `Kementerian ${two(i + 1)}`, 'kementerian'));
    const many = edition(2023, { sakip: kl.map((one) => s23(one.kode, 70)) });
    const idOf = bagianIdOf({ ...datasetOf([many]), instansi: kl }, many);
    expect(['Badan Awal', 'Kementerian 30', 'Kementerian 30 Baru', 'Zona Akhir'].map((nama) => idOf(inst('baru', nama, 'lembaga')))).toEqual(['kl-1', 'kl-1', 'kl-2', 'kl-3']);
  });
});

describe('the coverage of a summary edition per part', () => {
  // A kabupaten that ended in 2022 (not missing in 2023), and a provinsi without any row (no page).
  const ended = { ...inst('16.99', 'Kabupaten Lama', 'kabupaten', '16'), aktif_hingga: 2022 };
  const withGaps = { ...dataset, instansi: [...instansi, ended, inst('19', 'Provinsi Tanpa Data', 'provinsi')] };

  it('counts each part’s instansi, its pemda’s OPD, and what did not exist, and keeps apart what no part holds', () => {
    const parts = cakupanByBagian(withGaps, e2023);
    expect(parts.map((part) => [part.id, part.rows.length, part.opd.size, part.tidakAktif.map((i) => i.kode)])).toEqual([
      ['16', 31, 7, ['16.99']],
      ['17', 9, 0, []],
      ['18', 1, 0, []],
      ['kl', 2, 0, []],
      [undefined, 1, 0, []],
    ]);
    expect(parts[0]!.totals).toEqual([
      { kind: 'sakip', ada: 31, tidakAda: 0 },
      { kind: 'kepatuhan', ada: 1, tidakAda: 30 },
      { kind: 'opd', ada: 7, tidakAda: 0 },
    ]);
    expect(parts.at(-1)!.rows[0]!.cells).toEqual({ sakip: 'tidak-ada', kepatuhan: 'tidak-ada', opd: 'tidak-berlaku' });
    // Every instansi active that year but OPD is on exactly one part, once.
    expect(parts.flatMap((part) => part.rows.map((row) => row.instansi.kode)).sort()).toEqual(withGaps.instansi.filter((i) => i.jenis !== 'opd' && i !== ended).map((i) => i.kode).sort());
  });

  it('is none for an edition that is not a summary', () => {
    expect(cakupanByBagian(withGaps, edition(2023, { sakip: everyone.slice(0, 10).map((kode) => s23(kode, 70)) }))).toEqual([]);
  });
});

describe('the largest moves by score', () => {
  it('are the largest rises and falls since the previous comparable edition, ties by name, at most ten', () => {
    const movers = scoreMovers(dataset, 2023, 'sakip');
    expect(movers.previous).toEqual({ tahun: 2022 });
    expect(movers.rises.map((m) => [m.instansi.kode, m.delta])).toEqual([
      ['16.10', 12], ['16.09', 11], ['16.08', 10], ['16.07', 9], ['16.06', 8],
      // 16.05 had no nilai in 2022: no change to measure. Equal rises in name order.
      ['16.04', 6], ['16.03', 5], ['16.20', 5], ['16.21', 5], ['16.02', 4],
    ]);
    expect(movers.falls.map((m) => [m.instansi.kode, m.from, m.to, m.delta, m.provinsi?.kode])).toEqual([
      ['kemenpanrb', 60, 50, -10, undefined],
      ['lan', 60, 55.5, -4.5, undefined],
    ]);
    expect(movers.rises[0]!.provinsi?.nama).toBe('Sumatera Selatan');
    expect(scoreMovers(dataset, 2023, 'sakip', 3).rises.map((m) => m.instansi.kode)).toEqual(['16.10', '16.09', '16.08']);
    expect(scoreMovers(dataset, 2023, 'kepatuhan').falls.map((m) => [m.instansi.kode, m.delta])).toEqual([['16', -10]]);
  });

  it('are none across a rule change, saying why, and none without a previous edition', () => {
    const across = scoreMovers(dataset, 2022, 'sakip');
    expect(across.previous?.tahun).toBe(2021);
    expect(across.previous?.notComparable?.id).toContain('tidak dapat dibandingkan');
    expect([across.rises, across.falls]).toEqual([[], []]);
    expect(scoreMovers(dataset, 2021, 'sakip')).toEqual({ rises: [], falls: [] });
    expect(scoreMovers(dataset, 2022, 'kepatuhan')).toEqual({ rises: [], falls: [] });
  });

  it('are measured from a published edition only, never from a draft', () => {
    const withDraft = datasetOf([e2021, { ...e2022, edisi: { judul: 'L 2022', status: 'draf' } }, e2023]);
    const movers = scoreMovers(withDraft, 2023, 'sakip');
    expect(movers.previous?.tahun).toBe(2021);
    expect(movers.previous?.notComparable).toBeDefined();
    expect(movers.rises).toEqual([]);
  });
});
