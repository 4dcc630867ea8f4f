/**
 * The site built from a fixture folder: real content of real pages — values, order, escaping,
 * number formats, banners — not snapshots.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isCariCandidate } from '../../src/build/cari-index.ts';
import { CARI_RECORDS_DIR } from '../../src/build/cari-copy.ts';
import { COLUMNS } from '../../src/domain/csv-columns.ts';
import { KEPATUHAN_RULES, SAKIP_RULES, formatRange } from '../../src/domain/rules.ts';
import { HOSTILE } from '../fixtures/site.ts';
import { SHARED_SITE_TIMEOUT, sharedSite } from '../support/sites.ts';

let outDir: string;
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
/** The text of an element's rows: cells stripped of tags, for order and value checks. */
const rowsOf = (html: string, caption: string): string[][] => {
  const start = html.search(new RegExp(`<caption[^>]*>${caption.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</caption>`));
  expect(start, `table "${caption}"`).toBeGreaterThan(-1);
  const body = html.slice(start, html.indexOf('</table>', start)).split(/<tbody[^>]*>/)[1]!;
  return body.split('</tr>').slice(0, -1).map((row) => [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim()));
};

beforeAll(async () => {
  ({ dist: outDir } = await sharedSite('fixture'));
}, SHARED_SITE_TIMEOUT);

describe('every page', () => {
  it('exists for every instansi and edition, in both languages', () => {
    for (const lang of ['', 'en/']) {
      for (const kode of ['16', '16.74', '16.72', '16.74.dinkes', '16.74.pupr', '16.74.disdik', '16.74.bapenda', '16.74.dishub']) {
        expect(existsSync(join(outDir, `${lang}instansi/${kode}/index.html`)), `${lang}instansi/${kode}`).toBe(true);
      }
      for (const tahun of [2021, 2022, 2023]) {
        expect(existsSync(join(outDir, `${lang}laporan/${tahun}/index.html`))).toBe(true);
        expect(existsSync(join(outDir, `${lang}laporan/${tahun}/cakupan/index.html`))).toBe(true);
      }
    }
    expect(existsSync(join(outDir, '404.html'))).toBe(true);
  });

  it('never lets a name out of its text: no injected tag anywhere', () => {
    for (const file of htmlFiles(outDir)) {
      // Inside a quoted attribute value a `<` is inert text; outside, it would be markup.
      const html = readFileSync(file, 'utf8').replace(/="[^"]*"/g, '=""');
      expect(html, file).not.toContain('<script>alert(1)</script>');
      expect(html, file).not.toContain('<img src=x');
    }
    const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(page('instansi/16.72')).toContain(`<h1>${escaped(HOSTILE.script)}</h1>`);
    expect(page('instansi/16.74.pupr')).toContain(`<h1>${escaped(HOSTILE.img)}</h1>`);
    expect(page('instansi/16.74.disdik')).toContain(`<h1>${escaped(HOSTILE.formula)}</h1>`);
  });

  it('is read by the search step wherever it is marked searchable (Pagefind reads only the candidates of each language)', () => {
    const marked = htmlFiles(outDir).filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body')).map((file) => relative(outDir, file));
    expect(marked).toContain('en/laporan/2022/index.html');
    expect(marked.filter((file) => !isCariCandidate(file))).toEqual([]);
    // Instansi are searched through their records, which the search step removes once indexed.
    expect(marked.filter((file) => file.includes('instansi/'))).toEqual([]);
    expect(existsSync(join(outDir, CARI_RECORDS_DIR))).toBe(false);
  });

  it('says which language it is in and names its translation', () => {
    const en = page('en/laporan/2022');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<link rel="alternate" hreflang="id" href="https://rapor.example.org/laporan/2022/">');
    expect(page('laporan/2022')).toContain('<a href="/en/laporan/2022/" hreflang="en" lang="en"');
  });
});

describe('the words of every page', () => {
  const pages = () => htmlFiles(outDir).map((file) => ({ path: relative(outDir, file), html: readFileSync(file, 'utf8') }));
  const cellsOf = (html: string) => [...html.matchAll(/<(t[hd])\b[^>]*>(.*?)<\/\1>/gs)].map((m) => m[2]!.replace(/<[^>]+>/g, '').trim());

  it('labels every table column in words: no CSV column key in any cell or header', () => {
    const keys = new Set(Object.values(COLUMNS).flat().filter((key) => key.includes('_') || SAKIP_RULES.some((rule) => rule.komponen.some((k) => k.kolom === key))));
    expect(keys).toContain('evaluasi_internal');
    const report = page('laporan/2022');
    expect(report).toContain('Evaluasi Akuntabilitas Kinerja Internal');
    for (const { path, html } of pages()) {
      for (const cell of cellsOf(html)) for (const key of keys) expect(cell.split(/[^\w]+/), `${path}: ${cell}`).not.toContain(key);
    }
  });

  it('writes an empty cell as a dash, explained once below its table, never "no data" over and over in a row', () => {
    for (const { path, html } of pages()) {
      for (const [row] of html.matchAll(/<tr\b.*?<\/tr>/gs)) expect(row.match(/tidak ada data|\bno data\b/g)?.length ?? 0, `${path}: ${row}`).toBeLessThan(2);
    }
    for (const [path, caption, legend] of [['laporan/2022', 'Semua hasil: SAKIP 2022', '— tidak ada data'], ['en/laporan/2022', 'All results: SAKIP 2022', '— no data']] as const) {
      const html = page(path);
      const row = rowsOf(html, caption).find((cells) => cells[0]!.includes('Pagar'));
      expect(row, path).toBeDefined();
      expect(row!.filter((cell) => cell === '—'), path).toHaveLength(2);
      expect(html.split(legend).length - 1, path).toBe(1);
    }
  });

  it('keeps the spaces between inline elements on /data/ (compressHTML drops line breaks between them)', () => {
    for (const path of ['data', 'en/data']) {
      const html = page(path);
      expect(html, path).toMatch(/\.csv<\/code> \(<a /);
      expect(html, path).toMatch(/\.json<\/a>\)\. <a /);
    }
  });

  it('gives English pages the English edition title where edisi.json has one, and the Indonesian one where not', () => {
    expect(page('laporan/2022')).toContain('<h1>Rapor 2022</h1>');
    expect(page('en/laporan/2022')).toContain('<h1>Report 2022</h1>');
    expect(page('en/laporan/2021')).toContain('<h1>Rapor 2021</h1>');
    for (const { path, html } of pages()) if (path.startsWith('en/')) expect(html, path).not.toContain('Rapor 2022');
    expect(readFileSync(join(outDir, 'en', 'feed.xml'), 'utf8')).toContain('<title>Report 2022</title>');
    expect(readFileSync(join(outDir, 'feed.xml'), 'utf8')).not.toContain('Report 2022');
  });
});

describe('edition pages', () => {
  it('write numbers as each language does', () => {
    const id = rowsOf(page('laporan/2022'), 'Semua hasil: Kepatuhan pelayanan publik 2022');
    expect(id.map((row) => row[4])).toEqual(['95,45', '72,35']);
    const en = rowsOf(page('en/laporan/2022'), 'All results: Public-service compliance 2022');
    expect(en.map((row) => row[4])).toEqual(['95.45', '72.35']);
  });

  it('rank OPD with ties as 1, 2, 2, 4', () => {
    const rows = rowsOf(page('laporan/2022'), 'Peringkat OPD Kota Prabumulih 2022');
    expect(rows.map((row) => [row[0], row[3]])).toEqual([
      ['1', '82,10'],
      ['2', '75,40'],
      ['2', '75,40'],
      ['4', '61,00'],
    ]);
  });

  it('show a change across a rule change as not comparable, with the reason', () => {
    const html = page('laporan/2022');
    expect(html).toContain('tidak dapat dibandingkan: aturan berubah (2021: PermenPAN-RB 12/2015; 2022: PermenPAN-RB 88/2021)');
    expect(html).toContain('tidak dapat dibandingkan: aturan berubah (2021: Ombudsman RI 2021; 2022: Ombudsman RI 2022–2024)');
    expect(html).not.toMatch(/\+1,20/);
  });

  it('mark a draft, keep it out of search engines, and never make it the latest', () => {
    const draft = page('laporan/2023');
    expect(draft).toContain('Draf — belum terbit');
    expect(draft).toContain('<meta name="robots" content="noindex">');
    expect(page('laporan/2022')).not.toContain('noindex');
    expect(page('')).toContain('Edisi terbaru: Rapor 2022');
  });

  it('point an older edition to the newest one', () => {
    expect(page('laporan/2021')).toMatch(/Ada edisi yang lebih baru: <a href="\/laporan\/2022\/">Rapor 2022<\/a>/);
    expect(page('laporan/2022')).not.toContain('Ada edisi yang lebih baru');
  });
});

describe('ranking pages', () => {
  it('rank within peer groups, ties shared, changes across a rule change not compared, newcomers marked', () => {
    const rows = rowsOf(page('peringkat/2022'), 'OPD Kota Prabumulih · Evaluasi internal OPD 2022');
    expect(rows.map((row) => [row[0], row[3]])).toEqual([['1', '82,10'], ['2', '75,40'], ['2', '75,40'], ['4', '61,00']]);
    // Rank change, then score change: neither compared across the rule change; the newcomer has no score change.
    expect(rows.map((row) => [row[4], row[5]])).toEqual([
      ['tidak dapat dibandingkan: aturan berubah', 'tidak dapat dibandingkan'],
      ['tidak dapat dibandingkan: aturan berubah', 'tidak dapat dibandingkan'],
      ['tidak dapat dibandingkan: aturan berubah', 'tidak dapat dibandingkan'],
      ['baru', '—'],
    ]);
    const kota = rowsOf(page('en/peringkat/2022'), 'Cities · Public-service compliance 2022');
    // Rank, name, zona, nilai, changes first (what a phone shows without scrolling), then kategori and provinsi.
    expect(kota.map((row) => [row[0], row[6], row[3]])).toEqual([['1', 'A', '95.45'], ['2', 'C', '72.35']]);
  });

  it('have a page per provinsi and year, linked from the year’s page, with the ranks of the whole peer group', () => {
    for (const lang of ['', 'en/']) {
      const year = page(`${lang}peringkat/2022`);
      expect(year).toContain(`<a href="/${lang}peringkat/2022/16/" data-provinsi-page="16">Sumatera Selatan</a>`);
      const provinsi = page(`${lang}peringkat/2022/16`);
      expect(provinsi).toContain(`<a href="/${lang}peringkat/2022/">`);
      const caption = lang === '' ? 'OPD Kota Prabumulih · Evaluasi internal OPD 2022' : 'OPD of Kota Prabumulih · Internal OPD evaluation 2022';
      expect(rowsOf(provinsi, caption)).toEqual(rowsOf(year, caption));
      // Readable without JavaScript, and saying that a filtered address is not filtered without it.
      expect(provinsi).toMatch(/<noscript><p>(Saringan|Filtering)/);
    }
  });

  it('are complete without JavaScript and enhanced with it', () => {
    const html = page('peringkat/2022');
    expect(html).toContain('data-ranking-table');
    expect(html).toMatch(/<script type="module" src="[^"]+\.js"><\/script>/);
  });
});

describe('instansi pages', () => {
  it('keep former names findable and link a merger both ways', () => {
    expect(page('instansi/16.74.pupr')).toContain('Dinas Pekerjaan Umum Lama');
    expect(page('instansi/16.74.dishub')).toContain('<a href="/instansi/16.74.bapenda/">Badan Pendapatan Daerah</a>');
    expect(page('instansi/16.74.bapenda')).toContain('<a href="/instansi/16.74.dishub/">Dinas Perhubungan</a>');
  });

  it('tell not assessed apart from not existing, year by year', () => {
    const rows = rowsOf(page('instansi/16.74.dishub'), 'Riwayat: Evaluasi internal OPD, Dinas Perhubungan');
    expect(rows.map((row) => [row[0], row[1]])).toEqual([
      ['2021', 'CC'],
      ['2022', 'belum/tidak lagi ada'],
    ]);
  });

  // 2023 is a draft edition whose only row is Dinas Kesehatan's 83,00: it stays on /laporan/2023/ (docs/data.md).
  it('never show a draft edition’s figures: table, chart, summary, change, citation, sources, children, downloads, compare', () => {
    for (const [path, summary, sources, cited] of [
      ['instansi/16.74.dinkes', 'Nilai 2021–2022: dari 80,00 ke 82,10.', '<dt>Evaluasi internal OPD 2021–2022</dt>', 'Edisi: Rapor 2022 (Terbit 2023-03-01).'],
      ['en/instansi/16.74.dinkes', 'Score 2021–2022: from 80.00 to 82.10.', '<dt>Internal OPD evaluation 2021–2022</dt>', 'Report 2022 ('],
    ] as const) {
      const html = page(path);
      const caption = path.startsWith('en/') ? 'History: Internal OPD evaluation, Dinas Kesehatan' : 'Riwayat: Evaluasi internal OPD, Dinas Kesehatan';
      expect(rowsOf(html, caption).map((row) => row[0]), path).toEqual(['2021', '2022']);
      expect(html).toContain(summary);
      const spec = JSON.parse(html.match(/<script type="application\/json">(\{"kind":"history".*?)<\/script>/)![1]!);
      expect(spec.points.map((p: { tahun: number; nilai: number }) => [p.tahun, p.nilai])).toEqual([[2021, 80], [2022, 82.1]]);
      const kutip = html.slice(html.indexOf('<section class="kutip"'));
      expect(kutip).toContain(sources);
      expect(kutip.match(/<pre data-citation>(.*?)<\/pre>/s)![1]).toContain(cited);
      for (const text of ['83,00', '83.00', '"nilai":83', '/laporan/2023/', 'Rapor 2023', '2021–2023', '%2C83', 'sejak 2023', 'since 2023']) expect(html, `${path}: ${text}`).not.toContain(text);
    }
    // The parent lists the latest published grade (a change "since" a draft: test/unit/visibility.test.ts).
    expect(rowsOf(page('instansi/16.74'), 'Nilai terakhir instansi di bawah Kota Prabumulih').find((row) => row[0] === 'Dinas Kesehatan')![2]).toMatch(/^A 82,10 \(.* 2022\)$/);
    const download = readFileSync(join(outDir, 'unduh/instansi/16.74.dinkes.csv'), 'utf8');
    expect(download).toMatch(/\nopd,2022,terbit,16\.74\.dinkes,/);
    expect(download).not.toMatch(/2023|83\.00|draf/);
    const json = JSON.parse(readFileSync(join(outDir, 'unduh/instansi/16.74.dinkes.json'), 'utf8'));
    expect(json.datasets.opd.map((row: { tahun: number; status_edisi: string }) => [row.tahun, row.status_edisi])).toEqual([[2021, 'terbit'], [2022, 'terbit']]);
    const editions = JSON.parse(page('bandingkan').match(/<script type="application\/json" data-compare-editions>(.*?)<\/script>/s)![1]!);
    expect(editions.map((e: { tahun: number }) => e.tahun)).toEqual([2021, 2022]);
    // The picker's lists: the search page's name list, and per pemda its OPD (all loaded at once on a site of a few pemda).
    const sources = JSON.parse(page('bandingkan').match(/<script type="application\/json" data-compare-sources>(.*?)<\/script>/s)![1]!);
    expect(sources).toMatchObject({ names: '/cari/nama.json', opd: '/cari/opd/', preload: true });
    expect(sources.withOpd).toContain('16.74');
    for (const kode of sources.withOpd) expect(existsSync(join(outDir, 'cari/opd', `${kode}.json`)), kode).toBe(true);
    expect(JSON.parse(readFileSync(join(outDir, 'cari/opd/16.74.json'), 'utf8'))).toContainEqual({ kode: '16.74.dinkes', nama: 'Dinas Kesehatan', lain: ['Dinkes'] });
    expect(page('bandingkan')).toContain('Ketik sedikitnya dua huruf, pilih dengan panah atas/bawah dan Enter.');
    // The draft's own page still shows it, under its banner.
    expect(page('laporan/2023')).toContain('Draf — belum terbit');
  });
});

describe('coverage', () => {
  it('does not count an instansi that no longer exists as missing', () => {
    const html = page('laporan/2022/cakupan');
    const rows = rowsOf(html, 'Cakupan data 2022');
    expect(rows.some((row) => row[0] === 'Dinas Perhubungan')).toBe(false);
    expect(html).toContain('Tidak ada pada tahun ini');
    expect(rows.find((row) => row[0] === 'Sumatera Selatan')).toEqual(['Sumatera Selatan', 'Provinsi', 'tidak ada', 'tidak ada', 'tidak berlaku']);
    expect(rows.find((row) => row[0] === 'Badan Pendapatan Daerah')).toEqual(['Badan Pendapatan Daerah', 'Perangkat daerah (OPD)', 'tidak berlaku', 'tidak berlaku', 'ada']);
  });
});

describe('the methodology page', () => {
  it('renders every band of every rule from the validator’s own table, with its source', () => {
    for (const [path, lang] of [['metodologi', 'id'], ['en/metodologi', 'en']] as const) {
      const html = page(path);
      const ranges = [
        ...SAKIP_RULES.flatMap((rule) => rule.bands.map((band) => formatRange(rule, band, lang))),
        ...KEPATUHAN_RULES.flatMap((rule) => rule.bands.map((band) => formatRange(rule, band, lang))),
      ];
      for (const range of ranges) expect(html, lang).toContain(range.replace('>', '&gt;'));
      for (const rule of [...SAKIP_RULES, ...KEPATUHAN_RULES]) expect(html).toContain(rule.sumber[0]!.judul);
    }
  });

  it('ships no JavaScript, unlike pages with charts, whose data stays inert', () => {
    const withCharts = page('laporan/2022');
    expect(withCharts).toMatch(/<script type="module" src="[^"]+\.js"><\/script>/);
    expect(withCharts).toContain('Dinas \\u003cimg src=x onerror=alert(2)> PU');
    for (const path of ['metodologi', 'en/metodologi', 'laporan/2022/cakupan']) expect(page(path)).not.toContain('<script');
  });
});

describe('charts', () => {
  /** Each chart figure of a page, as written. */
  const figuresOf = (html: string): string[] => [...html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
  const captionOf = (figure: string) => /<figcaption>([^<]*)<\/figcaption>/.exec(figure)![1]!;

  it('draws no distribution or ranking over fewer than three instansi: a sentence names them instead', () => {
    const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(page('laporan/2021')).toContain('<p class="chart-few">Satu instansi: Kota Prabumulih, predikat B 65,00.</p>');
    expect(page('laporan/2021')).toContain('<p class="chart-few">Satu instansi: Kota Prabumulih, zona kuning 60,00.</p>');
    expect(page('en/laporan/2021')).toContain('<p class="chart-few">One instansi: Kota Prabumulih, grade B 65.00.</p>');
    expect(page('laporan/2022')).toContain(`<p class="chart-few">Dua instansi: Kota Prabumulih, predikat B 66,20; ${escaped(HOSTILE.script)}, predikat CC 55,10.</p>`);
    // Those datasets have no chart; the OPD of 2021 (four) and 2022 (four, three ranked and more) do.
    for (const path of ['laporan/2021', 'laporan/2022', 'en/laporan/2021']) {
      const captions = figuresOf(page(path)).map(captionOf);
      expect(captions.length, path).toBeGreaterThan(0);
      expect(captions.every((caption) => caption.includes('OPD')), `${path}: ${captions.join(' | ')}`).toBe(true);
    }
    // 2023: one OPD. Its grades are a sentence; its ranking, "1 of 1", is its table alone.
    const draft = page('laporan/2023');
    expect(figuresOf(draft)).toEqual([]);
    expect(draft).not.toContain('<canvas');
    expect(draft).toContain('<p class="chart-few">Satu OPD: Dinas Kesehatan, predikat A 83,00.</p>');
    expect(rowsOf(draft, 'Peringkat OPD Kota Prabumulih 2023').map((row) => row[1])).toEqual(['Dinas Kesehatan']);
  });

  it('makes a chart and its table one figure: the table in the HTML, one click away under the chart', () => {
    for (const path of ['laporan/2021', 'en/laporan/2022', 'instansi/16.74', 'en/instansi/16.74.dinkes']) {
      const figures = figuresOf(page(path));
      expect(figures.length, path).toBeGreaterThan(0);
      for (const figure of figures) {
        const box = figure.indexOf('<div class="chart-box"');
        const details = figure.indexOf('<details class="chart-table">');
        expect(box, path).toBeGreaterThan(-1);
        expect(details, path).toBeGreaterThan(box);
        // One table, inside the disclosure, which is closed in the HTML (CSS shows it open where scripting is off).
        expect(figure.match(/<table/g)?.length, path).toBe(1);
        expect(figure.indexOf('<table'), path).toBeGreaterThan(details);
        expect(figure).toMatch(path.startsWith('en/') ? /<summary>Table<\/summary>/ : /<summary>Tabel<\/summary>/);
        expect(figure).not.toMatch(/<details[^>]* open/);
      }
    }
  });

  it('keys every history chart: the shading of each rule’s bands, the points and the dashed rule change', () => {
    const [sakip] = figuresOf(page('instansi/16.74'));
    const legend = /<ul class="chart-legend" aria-label="Keterangan grafik">([\s\S]*?)<\/ul><\/li><li>/.exec(sakip!);
    expect(legend, 'legend').not.toBeNull();
    // SAKIP 2021 and 2022 share their bands: one set, no years; the rule changed between them.
    expect(sakip).toContain('Arsiran: rentang nilai tiap predikat');
    expect(sakip).toContain('<b>AA</b> &gt; 90 – 100');
    expect(sakip).toContain('Garis putus-putus: aturan penilaian berganti');
    const [kepatuhan] = figuresOf(page('en/instansi/16.74')).filter((f) => f.includes('Compliance') || f.includes('compliance'));
    expect(kepatuhan).toContain('Shading 2021: the score range of each zone');
    expect(kepatuhan).toContain('Shading 2022: the score range of each category');
  });

  it('says a section’s heading once: the grade moves keep their caption for screen readers only', () => {
    const html = page('laporan/2022');
    expect(html).toMatch(/<table class="grade-moves"[^>]*><caption>Yang berubah sejak edisi sebelumnya<\/caption>/);
  });
});
