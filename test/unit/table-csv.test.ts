import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../src/shared/table-csv.ts';
import { tableRowsOfHtml } from '../../src/components/table-html.ts';
import { unduhName, unduhNames } from '../../src/shared/unduh-name.ts';

// As Astro renders a table's slot: escaped text, attributes quoted, scoped-style attributes.
const HTML = `<thead><tr><th scope="col">Instansi</th><th scope="col" class="num" data-astro-cid-x>Nilai</th><th scope="col" class="num">Jumlah</th><th>Catatan</th></tr></thead>
<tbody>
  <tr><th scope="row"><a href="/instansi/1/">Kota &lt;script&gt; &quot;A&quot; &amp; B</a></th><td class="num" data-csv="65.456">65,46</td><td class="num">1.234</td><td>=HYPERLINK(&#34;x&#34;)<div class="muted">catatan</div></td></tr>
  <tr><th scope="row">Kota
      C</th><td colspan="3" class="muted">tidak dinilai</td></tr>
</tbody>
<tfoot><tr><th scope="row">Jumlah</th><td class="num">-</td><td class="num">1.234,5</td><td><!-- note -->—</td></tr></tfoot>`;

describe('a table as CSV', () => {
  it('reads the visible text, exact values, plain numbers, spans and the foot, as the browser would', () => {
    expect(tableCsv(tableRowsOfHtml(HTML), 'id')).toBe(
      '\uFEFFInstansi,Nilai,Jumlah,Catatan\r\n' +
        '"Kota <script> ""A"" & B",65.456,1234,"\'=HYPERLINK(""x"") catatan"\r\n' +
        'Kota C,tidak dinilai,,\r\n' +
        "Jumlah,'-,1234.5,—\r\n",
    );
  });

  it('reads numbers as an English page writes them', () => {
    const rows = tableRowsOfHtml('<tbody><tr><td class="num">1,234.50</td><td class="num">95.45</td><td>1,5</td></tr></tbody>');
    expect(tableCsv(rows, 'en')).toBe('\uFEFF\r\n1234.50,95.45,"1,5"\r\n');
  });
});

describe('unduhName', () => {
  it('names a file by its page and label, deterministic and safe whatever the label holds', () => {
    expect(unduhName('/instansi/99.71/', 'Riwayat: SAKIP', 'png')).toBe('instansi-99.71-riwayat-sakip.png');
    expect(unduhName('/', 'Semua edisi', 'csv')).toBe('beranda-semua-edisi.csv');
    expect(unduhName('/peringkat/2024/', 'x'.repeat(200), 'csv', 'tampil')).toBe(`peringkat-2024-${'x'.repeat(85)}-tampil.csv`);
    expect(unduhName('/en/laporan/2024/', 'Grades: <script>alert(1)</script> ../../etc', 'csv')).toBe('en-laporan-2024-grades-script-alert-1-script-etc.csv');
  });

  it("names a table's two files alike: all rows, and the rows shown", () => {
    expect(unduhNames('/peringkat/2024/', 'x'.repeat(200), 'csv', 'Tampil')).toEqual({
      all: unduhName('/peringkat/2024/', 'x'.repeat(200), 'csv'),
      shown: unduhName('/peringkat/2024/', 'x'.repeat(200), 'csv', 'Tampil'),
    });
  });
});
