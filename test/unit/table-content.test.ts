/**
 * Tables and their cells as markup strings (src/components/markup.ts, cells.ts, table-content.ts):
 * escaped whatever the data holds, the same markup the Astro components wrote before, and a CSV made
 * from the cells that holds what the browser (and the HTML reader of slot tables) reads from the
 * rendered table.
 */
import { describe, expect, it } from 'vitest';
import { tableCsv, tableCsvUpTo } from '../../src/shared/table-csv.ts';
import { badge, changeText, gradeBadge, koreksiMark, rankChange, sourceCell } from '../../src/components/cells.ts';
import { attributesHtml, element, escapeHtml, join } from '../../src/shared/markup.ts';
import { colHeader, rowHeader, tableHtml, tableRows, td, type TableContent } from '../../src/components/table-content.ts';
import { tableRowsOfHtml } from '../../src/components/table-html.ts';
import type { Koreksi } from '../../src/domain/dataset.ts';
import type { Kode } from '../../src/domain/kode.ts';
import { text } from '../../src/domain/text.ts';

const HOSTILE = 'Kota </script><script>alert(1)</script> "Pagar" & \'Alam\'';
const FORMULA = '=HYPERLINK("http://evil.example";"klik")';
const koreksi = (nomor: number, kolom: string, lama: string): Koreksi => ({
  tahun: 2024,
  dataset: 'kepatuhan',
  kode: '16.74' as Kode,
  kolom,
  lama,
  baru: '73.35',
  tanggal: '2025-06-02',
  alasan: 'Salah ketik',
  nomor,
  asal: { file: 'koreksi.csv', line: nomor + 1 },
});

describe('markup', () => {
  it('escapes text and attribute values from data, so that nothing leaves them', () => {
    expect(escapeHtml(HOSTILE)).toBe('Kota &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;Pagar&quot; &amp; &#39;Alam&#39;');
    expect(join(HOSTILE, 65.2).html).toBe(`${escapeHtml(HOSTILE)}65.2`);
    expect(join(HOSTILE).text).toBe(HOSTILE);
    expect(attributesHtml({ 'data-nama': HOSTILE, hidden: '', absent: undefined, n: 3 })).toBe(` data-nama="${escapeHtml(HOSTILE)}" hidden n="3"`);
  });

  it('keeps the text of its pieces, a block element on a line of its own as the browser reads it', () => {
    const cell = join(element('span', {}, 'Sumber'), element('div', { class: 'muted' }, 'catatan'), undefined, false);
    expect(cell.html).toBe('<span>Sumber</span><div class="muted">catatan</div>');
    expect(cell.text).toBe('Sumber catatan ');
  });
});

describe('cells', () => {
  it('write what the Astro components wrote', () => {
    expect(badge('BB', 'predikat').html).toBe('<span class="badge predikat-BB">BB</span>');
    expect(gradeBadge({ zona: 'kuning' }).html).toBe('<span class="badge zona-kuning">kuning</span>');
    expect(changeText({ kind: 'delta', from: 2023, delta: 2.9 }, 'id').html).toBe('<span class="change-up">+2,90 <span class="muted">(naik sejak 2023)</span></span>');
    expect(changeText({ kind: 'delta', from: 2023, delta: 0 }, 'en').html).toBe('<span>0.00 <span class="muted">(unchanged since 2023)</span></span>');
    expect(changeText({ kind: 'none' }, 'id').html).toBe('<span class="muted">—</span>');
    expect(changeText({ kind: 'not-comparable', from: 2021, reason: text('tidak <b>', 'not') }, 'id').html).toBe('<span class="not-comparable">tidak &lt;b&gt;</span>');
    expect(rankChange({ kind: 'delta', from: 2023, delta: -2 }, 'catatan', 'id').html).toBe('<span class="change-down"><span class="tri down" aria-hidden="true"></span>turun 2</span>');
    expect(rankChange({ kind: 'not-comparable', from: 2021, reason: text('x', 'x') }, 'catatan', 'en').html).toBe('<a class="not-comparable" href="#catatan">not comparable: the rule changed</a>');
    expect(sourceCell({ sumber: 'https://example.org/a?b=1&c=2', catatan: HOSTILE })).toMatchObject({ tag: 'td', attributes: { class: 'source' } });
    expect(sourceCell({ sumber: 'https://example.org/a?b=1&c=2', catatan: HOSTILE }).content.html).toBe(
      `<a href="https://example.org/a?b=1&amp;c=2" rel="external">https://example.org/a?b=1&amp;c=2</a><div class="muted">${escapeHtml(HOSTILE)}</div>`,
    );
    expect(sourceCell({ sumber: FORMULA }).content.html).toBe(`<span>${escapeHtml(FORMULA)}</span>`);
  });

  it('mark a corrected value with a link to its latest correction and the value as first published', () => {
    const row = { koreksi: [koreksi(1, 'nilai', '72.35'), koreksi(2, 'nilai', '73.00'), koreksi(3, 'zona', 'merah')] };
    expect(koreksiMark(row, 'nilai', 'id').html).toBe('<span class="koreksi-mark"> <a href="#koreksi-2">dikoreksi</a><span class="muted">(semula 72,35)</span></span>');
    expect(koreksiMark(row, 'nilai', 'en').text).toBe(' corrected(was 72.35)');
    expect(koreksiMark(row, 'kategori', 'id').html).toBe('');
    expect(koreksiMark({}, 'nilai', 'id').html).toBe('');
  });
});

describe('a table from its cells', () => {
  const content: TableContent = {
    head: [{ cells: [colHeader('Instansi'), colHeader('Nilai', { class: 'num' }), colHeader('Jumlah', { class: 'num' }), colHeader('Catatan')] }],
    body: [
      {
        attributes: { 'data-nama': HOSTILE },
        cells: [
          rowHeader(element('a', { href: '/instansi/1/' }, HOSTILE)),
          td('65,46', { class: 'num', 'data-csv': 65.456 }),
          td('1.234', { class: 'num' }),
          td(join(FORMULA, element('div', { class: 'muted' }, 'catatan'))),
        ],
      },
      { cells: [rowHeader('Kota\n      C'), td('tidak dinilai', { colspan: 3, class: 'muted' })] },
    ],
    foot: [{ cells: [rowHeader('Jumlah'), td('-', { class: 'num' }), td('1.234,5', { class: 'num' }), td('—')] }],
  };

  it('is written as markup', () => {
    expect(tableHtml(content)).toBe(
      '<thead><tr><th scope="col">Instansi</th><th scope="col" class="num">Nilai</th><th scope="col" class="num">Jumlah</th><th scope="col">Catatan</th></tr></thead>' +
        `<tbody><tr data-nama="${escapeHtml(HOSTILE)}"><th scope="row"><a href="/instansi/1/">${escapeHtml(HOSTILE)}</a></th><td class="num" data-csv="65.456">65,46</td><td class="num">1.234</td><td>${escapeHtml(FORMULA)}<div class="muted">catatan</div></td></tr>` +
        '<tr><th scope="row">Kota\n      C</th><td colspan="3" class="muted">tidak dinilai</td></tr></tbody>' +
        '<tfoot><tr><th scope="row">Jumlah</th><td class="num">-</td><td class="num">1.234,5</td><td>—</td></tr></tfoot>',
    );
  });

  it('gives the CSV the browser reads from it: visible text, exact values, plain numbers, spans, the foot, formulas defused', () => {
    expect(tableCsv(tableRows(content), 'id')).toBe(
      '\uFEFFInstansi,Nilai,Jumlah,Catatan\r\n' +
        `"Kota </script><script>alert(1)</script> ""Pagar"" & 'Alam'",65.456,1234,"'=HYPERLINK(""http://evil.example"";""klik"") catatan"\r\n` +
        'Kota C,tidak dinilai,,\r\n' +
        "Jumlah,'-,1234.5,—\r\n",
    );
    const { header, rows } = tableRows(content);
    expect({ header, rows: [...rows] }).toEqual(tableRowsOfHtml(tableHtml(content)));
  });

  it('stops making a CSV once it is longer than a limit, reading no further rows', () => {
    let read = 0;
    const rows = (function* () {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield [{ text: `Baris ${i}`, numeric: false, colspan: 1 }];
      }
    })();
    expect(tableCsvUpTo({ header: [], rows }, 'id', 100)).toBeUndefined();
    expect(read).toBeLessThan(20);
    expect(tableCsvUpTo(tableRows(content), 'id', 1000)).toBe(tableCsv(tableRows(content), 'id'));
    expect(tableCsvUpTo(tableRows(content), 'id', tableCsv(tableRows(content), 'id').length - 1)).toBeUndefined();
  });
});
