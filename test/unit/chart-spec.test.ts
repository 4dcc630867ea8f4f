import { jsonScriptText } from '../../src/site/json-script.ts';
import { describe, expect, it } from 'vitest';
import { formatCount, formatNilai, pointText, wrapLabel } from '../../src/client/chart-format.ts';
import { legendMarkup } from '../../src/shared/chart-legend.ts';
import { BAND_ALPHA, INK, SWATCHES, tint } from '../../src/shared/chart-palette.ts';
import { bandsAt, ruleChanges, tooFewToDraw, type RiwayatPoint, type LegendEntry, type PeringkatSpec, type Tone } from '../../src/shared/chart-spec.ts';
import { bandsOf, chartUnits, sebaranChart, riwayatChart, peringkatChart } from '../../src/shared/chart-specs.ts';
import { uiChart } from '../../src/i18n/ui-chart.ts';
import type { Predikat, Zona } from '../../src/domain/rules.ts';
import { formatNilai as tableNilai } from '../../src/i18n/format.ts';

const text = { lang: 'id' as const, ariaLabel: 'Grafik', valueLabel: 'Nilai' };

describe('jsonScriptText', () => {
  const hostile = '</script><script>alert(1)</script><!-- x';
  const spec: PeringkatSpec = { kind: 'ranking', ...text, bars: [{ peringkat: 1, nama: hostile, nilai: 90.5, label: 'AA', tone: 'predikat-AA' }] };

  it('leaves no "<" that could close the script element or open a comment', () => {
    const encoded = jsonScriptText(spec);
    expect(encoded).not.toContain('<');
    expect(encoded).toContain('\\u003c/script>');
  });

  it('parses back to the same spec', () => {
    expect(JSON.parse(jsonScriptText(spec))).toEqual(spec);
  });
});

describe('chart numbers', () => {
  it('write scores as the tables do, in each language', () => {
    expect(formatNilai(95.45, 'id')).toBe('95,45');
    expect(formatNilai(95.45, 'en')).toBe('95.45');
    for (const value of [0, 88, 73.18, 100]) {
      for (const lang of ['id', 'en'] as const) expect(formatNilai(value, lang)).toBe(tableNilai(value, lang));
    }
  });

  it('write counts and ticks as whole numbers with thousands separators', () => {
    expect(formatCount(1234, 'id')).toBe('1.234');
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCount(20, 'id')).toBe('20');
  });
});

describe('wrapLabel', () => {
  const upTo = (n: number) => (line: string) => line.length <= n;

  it('breaks a name at spaces', () => {
    expect(wrapLabel('Dinas Kependudukan dan Pencatatan Sipil', upTo(20), 2)).toEqual(['Dinas Kependudukan', 'dan Pencatatan Sipil']);
    expect(wrapLabel('Inspektorat', upTo(20), 2)).toEqual(['Inspektorat']);
  });

  it('ends a name that needs more lines in an ellipsis, within the width', () => {
    const lines = wrapLabel('Dinas Komunikasi, Informatika, Statistik dan Persandian', upTo(18), 2);
    expect(lines).toEqual(['Dinas Komunikasi,', 'Informatika,…']);
    expect(lines.every(upTo(18))).toBe(true);
  });

  it('cuts a single word longer than the width', () => {
    expect(wrapLabel('</script><script>alert(1)</script>', upTo(12), 2)).toEqual(['</script><s…']);
  });
});

describe('ruleChanges', () => {
  const point = (tahun: number, rule?: string): RiwayatPoint => ({ tahun, nilai: 70, label: 'BB', ...(rule ? { rule } : {}) });

  it('marks the first year of each new rule, and years without a rule', () => {
    expect(ruleChanges([point(2020, 'a'), point(2021, 'a'), point(2022, 'b'), point(2023), point(2024, 'b')])).toEqual([false, false, true, true, true]);
  });
});

describe('chart specs from the domain', () => {
  it('give each year the bands of its rule', () => {
    const sakip = bandsOf('sakip', 2024);
    expect(sakip.map((b) => b.label)).toEqual(['AA', 'A', 'BB', 'B', 'CC', 'C', 'D']);
    expect(sakip[0]).toEqual({ from: 90, to: 100, label: 'AA', tone: 'predikat-AA' });
    expect(sakip.at(-1)).toEqual({ from: 0, to: 30, label: 'D', tone: 'predikat-D' });
    expect(bandsOf('kepatuhan', 2020)).toEqual([]);
    expect(bandsOf('kepatuhan', 2021).map((b) => b.label)).toEqual(['hijau', 'kuning', 'merah']);
    expect(bandsOf('kepatuhan', 2025).at(-1)).toEqual({ from: 0, to: 32, label: 'E', tone: 'zona-hitam' });
    expect(bandsOf('opd', 2024)).toEqual(sakip);
  });

  it('leave a gap, never a zero, where there is no nilai', () => {
    const row = (predikat: Predikat, nilai?: number) => ({ predikat, ...(nilai === undefined ? {} : { nilai }) });
    const spec = riwayatChart(
      'sakip',
      [
        { status: 'dinilai', tahun: 2021, row: row('B', 64.2) },
        { status: 'tidak-dinilai', tahun: 2022 },
        { status: 'dinilai', tahun: 2023, row: row('BB') },
        { status: 'tidak-aktif', tahun: 2024 },
      ],
      text,
    );
    expect(spec.points.map((p) => [p.tahun, p.nilai, p.label])).toEqual([
      [2021, 64.2, 'B'],
      [2022, null, 'tidak ada data'],
      [2023, null, 'BB'],
      [2024, null, 'belum/tidak lagi ada'],
    ]);
    expect(spec.points.map((p) => p.rule)).toEqual(['sakip-permenpanrb-12-2015', 'sakip-permenpanrb-88-2021', 'sakip-permenpanrb-88-2021', 'sakip-permenpanrb-88-2021']);
    expect(spec.points[0]!.tone).toBe('predikat-B');
    // Each set of bands once (the two SAKIP rules share theirs), every year reading its own rule's.
    expect(Object.keys(spec.ruleBands)).toEqual(['sakip-permenpanrb-12-2015', 'sakip-permenpanrb-88-2021']);
    expect(spec.bandSets).toEqual([bandsOf('sakip', 2021)]);
    expect(spec.points.map((p) => bandsAt(spec, p))).toEqual([bandsOf('sakip', 2021), bandsOf('sakip', 2022), bandsOf('sakip', 2023), bandsOf('sakip', 2024)]);
    expect(bandsAt(spec, { tahun: 2020, nilai: null, label: '—' })).toEqual([]);
  });

  it('write rules with different bands as sets of their own, each once (kepatuhan, 2015–2025)', () => {
    const years = [2015, 2016, 2019, 2021, 2022, 2023, 2025];
    const spec = riwayatChart('kepatuhan', years.map((tahun) => ({ status: 'tidak-dinilai' as const, tahun })), text);
    const distinct = [...new Set(years.map((tahun) => JSON.stringify(bandsOf('kepatuhan', tahun))))].map((json) => JSON.parse(json) as unknown);
    expect(distinct.length).toBeGreaterThan(2);
    expect(spec.bandSets).toEqual(distinct);
    expect(spec.points.map((p) => bandsAt(spec, p))).toEqual(years.map((tahun) => bandsOf('kepatuhan', tahun)));
  });

  it('tone each category of a distribution as its badge', () => {
    const predikat = sebaranChart([{ value: 'AA' as Predikat, count: 2 }], text);
    const zona = sebaranChart([{ value: 'hijau' as Zona, count: 3 }], text);
    expect(predikat.categories).toEqual([{ label: 'AA', count: 2, tone: 'predikat-AA' }]);
    expect(zona.categories).toEqual([{ label: 'hijau', count: 3, tone: 'zona-hijau' }]);
  });

  it('chart only ranked rows with a nilai, in the order given', () => {
    const spec = peringkatChart(
      [
        { peringkat: 1, instansi: { nama: 'Inspektorat' }, row: { predikat: 'A', nilai: 86.35 } },
        { peringkat: 2, instansi: { nama: 'Bappeda' }, row: { zona: 'kuning', nilai: 70 } },
        { instansi: { nama: 'Belum dinilai' }, row: { predikat: 'B' } },
      ],
      text,
    );
    expect(spec.bars).toEqual([
      { peringkat: 1, nama: 'Inspektorat', nilai: 86.35, label: 'A', tone: 'predikat-A' },
      { peringkat: 2, nama: 'Bappeda', nilai: 70, label: 'kuning', tone: 'zona-kuning' },
    ]);
  });
});

describe('history chart legend', () => {
  const graded = (tahun: number, zona: Zona, nilai: number) => ({ status: 'dinilai' as const, tahun, row: { zona, nilai } });

  it('keys the shading of each set of bands with its years, the points, and the dashed rule-change line', () => {
    // Banjarmasin: kepatuhan 2021–2024, scored in 2024 only; the rule changed in 2022.
    const spec = riwayatChart(
      'kepatuhan',
      [{ status: 'tidak-dinilai', tahun: 2021 }, { status: 'tidak-dinilai', tahun: 2022 }, { status: 'tidak-dinilai', tahun: 2023 }, graded(2024, 'hijau', 95.45)],
      text,
    );
    expect(spec.legend.map((entry) => [entry.mark, entry.label])).toEqual([
      ['bands', 'Arsiran 2021: rentang nilai tiap zona'],
      ['bands', 'Arsiran 2022–2024: rentang nilai tiap kategori'],
      ['point', 'Titik: nilai tiap tahun, dengan zonanya di atasnya'],
      ['rule-change', 'Garis putus-putus: aturan penilaian berganti; nilai di kedua sisinya tidak dapat dibandingkan'],
    ]);
    const [zona, kategori] = spec.legend as Extract<LegendEntry, { mark: 'bands' }>[];
    expect(zona!.bands.map((b) => b.label)).toEqual(['hijau', 'kuning', 'merah']);
    // Ranges as the Ombudsman writes them (inclusive lower bounds, two decimals); a kategori names its zona.
    expect(kategori!.bands[0]).toEqual({ label: 'A (hijau)', range: '88,00 – 100,00', tone: 'zona-hijau' });
    expect(kategori!.bands.at(-1)).toEqual({ label: 'E (merah)', range: '0,00 – 31,99', tone: 'zona-merah' });
  });

  it('names one set of bands without years, and no dashed line where the rule never changes, in English too', () => {
    const spec = riwayatChart(
      'sakip',
      [2022, 2023, 2024].map((tahun) => ({ status: 'dinilai' as const, tahun, row: { predikat: 'BB' as Predikat, nilai: 72 } })),
      { ...text, lang: 'en' },
    );
    expect(spec.legend.map((entry) => entry.mark)).toEqual(['bands', 'point']);
    const [bands] = spec.legend as Extract<LegendEntry, { mark: 'bands' }>[];
    expect(bands!.label).toBe('Shading: the score range of each grade');
    expect(bands!.bands.map((b) => `${b.label} ${b.range}`)).toEqual(['AA > 90 – 100', 'A > 80 – 90', 'BB > 70 – 80', 'B > 60 – 70', 'CC > 50 – 60', 'C > 30 – 50', 'D 0 – 30']);
  });

  it('is written as an escaped list whose marks carry the canvas colours as SVG attributes, not styles', () => {
    const legend: LegendEntry[] = [
      { mark: 'bands', label: 'Arsiran', bands: [{ label: '<b>', range: '0 – 30', tone: 'predikat-D' }] },
      { mark: 'rule-change', label: 'Garis putus-putus' },
    ];
    const { html, text: read } = legendMarkup(legend, 'Keterangan grafik');
    expect(html).toMatch(/^<ul class="chart-legend" aria-label="Keterangan grafik">/);
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('style=');
    expect(html).toContain(`fill="${tint(SWATCHES['predikat-D'].fill, BAND_ALPHA)}"`);
    expect(html).toContain('stroke-dasharray="4 3"');
    expect(read).toContain('<b> 0 – 30');
  });
});

describe('point labels', () => {
  const width = (s: string) => s.length * 7;

  it('give a lone scored point its score as well as its grade, however narrow its column', () => {
    expect(pointText({ label: 'hijau', nilai: 95.45 }, 'id', 40, true, width)).toBe('hijau 95,45');
    expect(pointText({ label: 'hijau', nilai: 95.45 }, 'en', 40, true, width)).toBe('hijau 95.45');
  });

  it('write grade and score where both fit clear of the band letters, else the grade, else nothing', () => {
    expect(pointText({ label: 'BB', nilai: 73.18 }, 'id', 200, false, width)).toBe('BB 73,18');
    expect(pointText({ label: 'BB', nilai: 73.18 }, 'id', 60, false, width)).toBe('BB');
    expect(pointText({ label: 'kuning', nilai: 60 }, 'id', 30, false, width)).toBeUndefined();
  });
});

describe('charts over too few instansi', () => {
  it('are not drawn below three: a bar of height 1 or a ranking of one says less than a sentence', () => {
    const bars = (counts: number[]) => sebaranChart(counts.map((count, i) => ({ value: (['A', 'BB', 'B'] as Predikat[])[i]!, count })), text);
    expect(tooFewToDraw(bars([0, 1, 0]))).toBe(true);
    expect(tooFewToDraw(bars([1, 1, 0]))).toBe(true);
    expect(tooFewToDraw(bars([1, 1, 1]))).toBe(false);
    const ranked = (n: number) => peringkatChart(Array.from({ length: n }, (_, i) => ({ peringkat: i + 1, instansi: { nama: `OPD ${i}` }, row: { predikat: 'A' as Predikat, nilai: 80 } })), text);
    expect(tooFewToDraw(ranked(1))).toBe(true);
    expect(tooFewToDraw(ranked(3))).toBe(false);
    expect(tooFewToDraw(riwayatChart('sakip', [{ status: 'dinilai', tahun: 2024, row: { predikat: 'BB', nilai: 73.18 } }], text))).toBe(false);
  });

  it('become a sentence naming each instansi with its grade and score, in both languages', () => {
    const names = new Map([['63.71', { nama: 'Kota Banjarmasin' }], ['16.72', { nama: 'Kota Pagar Alam' }]]);
    const one = chartUnits([{ kode: '63.71', zona: 'hijau' as Zona, nilai: 95.45 }], names);
    expect(uiChart.few(one, 'instansi', 'id')).toBe('Satu instansi: Kota Banjarmasin, zona hijau 95,45.');
    expect(uiChart.few(one, 'instansi', 'en')).toBe('One instansi: Kota Banjarmasin, zone hijau 95.45.');
    const two = chartUnits([{ kode: '16.72', zona: 'kuning' as Zona }, { kode: '63.71', zona: 'hijau' as Zona, nilai: 95.45 }], names);
    expect(uiChart.few(two, 'instansi', 'id')).toBe('Dua instansi: Kota Pagar Alam, zona kuning; Kota Banjarmasin, zona hijau 95,45.');
    expect(uiChart.few(chartUnits([{ kode: '99.71', predikat: 'BB' as Predikat, nilai: 73.18 }], new Map()), 'OPD', 'id')).toBe('Satu OPD: 99.71, predikat BB 73,18.');
    expect(uiChart.few([], 'OPD', 'en')).toBe('No OPD.');
  });
});

// Colour vision: Machado, Oliveira & Fernandes (2009) at full severity, applied in linear RGB;
// distances in CIEDE2000.
type Rgb = [number, number, number];
const CVD: Record<string, number[][] | null> = {
  normal: null,
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const srgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const linear = (rgb: Rgb): Rgb => rgb.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as Rgb;
const simulate = (rgb: Rgb, m: number[][] | null): Rgb =>
  m === null ? rgb : (m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]))) as Rgb);
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
function ciede2000([l1, a1, b1]: Rgb, [l2, a2, b2]: Rgb): number {
  const rad = Math.PI / 180;
  const c7 = (c: number) => c ** 7 / (c ** 7 + 25 ** 7);
  const g = 0.5 * (1 - Math.sqrt(c7((Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2)));
  const [p1, p2] = [(1 + g) * a1, (1 + g) * a2];
  const [c1, c2] = [Math.hypot(p1, b1), Math.hypot(p2, b2)];
  const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const [h1, h2] = [hue(p1, b1), hue(p2, b2)];
  let dh = c1 * c2 === 0 ? 0 : h2 - h1;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh * rad) / 2);
  const lBar = (l1 + l2) / 2;
  const cBar = (c1 + c2) / 2;
  const hBar = c1 * c2 === 0 ? h1 + h2 : Math.abs(h1 - h2) > 180 ? (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2 : (h1 + h2) / 2;
  const t = 1 - 0.17 * Math.cos((hBar - 30) * rad) + 0.24 * Math.cos(2 * hBar * rad) + 0.32 * Math.cos((3 * hBar + 6) * rad) - 0.2 * Math.cos((4 * hBar - 63) * rad);
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cBar;
  const sh = 1 + 0.015 * cBar * t;
  const rt = -Math.sin(2 * 30 * Math.exp(-(((hBar - 275) / 25) ** 2)) * rad) * 2 * Math.sqrt(c7(cBar));
  return Math.sqrt(((l2 - l1) / sl) ** 2 + ((c2 - c1) / sc) ** 2 + (dH / sh) ** 2 + rt * ((c2 - c1) / sc) * (dH / sh));
}

describe('chart palette', () => {
  const scales: Record<string, Tone[]> = {
    predikat: ['predikat-AA', 'predikat-A', 'predikat-BB', 'predikat-B', 'predikat-CC', 'predikat-C', 'predikat-D'],
    zona: ['zona-hijau', 'zona-kuning', 'zona-merah', 'zona-hitam'],
  };

  it('checks its colour maths against known values', () => {
    // Sharma, Wu & Dalal (2005), test pair 1.
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(contrast(linear(srgb('#000000')), linear(srgb('#ffffff')))).toBeCloseTo(21);
  });

  for (const [scale, tones] of Object.entries(scales)) {
    for (const [vision, matrix] of Object.entries(CVD)) {
      it(`keeps every pair of the ${scale} scale apart under ${vision} vision`, () => {
        const colours = tones.map((tone) => lab(simulate(linear(srgb(SWATCHES[tone].fill)), matrix)));
        for (let i = 0; i < tones.length; i++) {
          for (let j = i + 1; j < tones.length; j++) {
            expect(ciede2000(colours[i]!, colours[j]!), `${tones[i]} / ${tones[j]}`).toBeGreaterThanOrEqual(10);
          }
        }
      });
    }
  }

  it('outlines every bar and writes every label in ink that stands out from paper and from every band', () => {
    const ink = linear(srgb(INK));
    expect(contrast(ink, [1, 1, 1])).toBeGreaterThanOrEqual(4.5);
    for (const swatch of Object.values(SWATCHES)) {
      // The band is the fill at BAND_ALPHA over white paper (blended in sRGB, as canvas does).
      const band = srgb(swatch.fill).map((c) => c * BAND_ALPHA + (1 - BAND_ALPHA)) as Rgb;
      expect(contrast(ink, linear(band)), swatch.fill).toBeGreaterThanOrEqual(4.5);
    }
  });
});
