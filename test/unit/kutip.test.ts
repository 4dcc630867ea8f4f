import { describe, expect, it } from 'vitest';
import { kutipOf, sourcesOf } from '../../src/domain/kutip.ts';
import type { Dataset, Edition } from '../../src/domain/dataset.ts';
import type { Kode } from '../../src/domain/kode.ts';

const k = (s: string) => s as Kode;
const asal = { file: 'x.csv', line: 2 };
const HOSTILE = 'Kota </script><script>alert(1)</script> "Pagar" Alam =HYPERLINK("x")';
const FINGERPRINT = '0123456789abcdef'.repeat(4);
const edition = (tahun: number, status: 'terbit' | 'draf', datasets: Edition['datasets']): Edition => ({
  tahun,
  edisi: status === 'terbit' ? { judul: `Laporan ${tahun}`, status, tanggal_terbit: `${tahun + 1}-04-28` } : { judul: `Laporan ${tahun}`, status },
  datasets,
  narasiFiles: [],
  narasi: [],
});
const dataset: Dataset = {
  situs: { nama: 'Bagian Organisasi Kota Contoh', url: 'https://rapor.example.org/', bahasa: ['id', 'en'] },
  instansi: [{ kode: k('99.71'), nama: HOSTILE, jenis: 'kota', nama_lain: [] }],
  editions: [
    edition(2023, 'terbit', {
      sakip: [{ kode: k('99.71'), predikat: 'B', nilai: 65.5, sumber: 'https://example.org/lhe-2023', asal }],
      kepatuhan: [
        { kode: k('99.71'), nilai: 80, zona: 'hijau', sumber: 'Ombudsman RI 2023', asal },
        { kode: k('99.72'), nilai: 70, zona: 'kuning', sumber: 'Ombudsman RI 2023', asal },
      ],
    }),
    edition(2024, 'draf', { sakip: [{ kode: k('99.71'), predikat: 'BB', nilai: 71, sumber: 'LHE AKIP 2024', asal }] }),
  ] as Edition[],
  koreksi: [],
};
const [e2023, e2024] = dataset.editions as [Edition, Edition];
const cite = (edisi: Edition, lang: 'id' | 'en' = 'id', title = edisi.edisi.judul) =>
  kutipOf({ situs: dataset.situs, path: `/laporan/${edisi.tahun}/`, title, edition: { judul: edisi.edisi.judul, ...(edisi.edisi.tanggal_terbit ? { tanggal_terbit: edisi.edisi.tanggal_terbit } : {}) }, dataFingerprint: FINGERPRINT, lang });

describe('kutipOf', () => {
  it('names publisher, year of publication, title, date, permalink and the fingerprint prefix', () => {
    const citation = cite(e2023);
    expect(citation.permalink).toBe('https://rapor.example.org/laporan/2023/');
    expect(citation.dataFingerprint).toBe('0123456789ab');
    expect(citation.text).toBe(
      'Bagian Organisasi Kota Contoh (2024). Laporan 2023. Terbit 2024-04-28. https://rapor.example.org/laporan/2023/. Sidik jari data SHA-256: 0123456789ab.',
    );
    expect(cite(e2023, 'en').text).toContain('(2024). Laporan 2023. Published 2024-04-28.');
    expect(cite(e2023, 'en').text).toMatch(/Data fingerprint SHA-256: 0123456789ab\.$/);
  });

  it('says a draft is not published and gives no year rather than a build date', () => {
    const citation = cite(e2024);
    expect(citation.text).toContain('(t.t.)');
    expect(citation.text).toContain('Draf, belum terbit');
    expect(citation.text).not.toMatch(/20\d\d-\d\d-\d\d/);
    expect(cite(e2024, 'en').text).toContain('(n.d.)');
  });

  it('cites an instansi page within the edition its figures come from, its name as plain text', () => {
    const citation = kutipOf({
      situs: dataset.situs,
      path: '/en/instansi/99.71/',
      title: `${HOSTILE} (99.71)`,
      edition: { judul: 'Laporan 2023', tanggal_terbit: '2024-04-28' },
      dataFingerprint: FINGERPRINT,
      lang: 'en',
    });
    expect(citation.permalink).toBe('https://rapor.example.org/en/instansi/99.71/');
    // Not escaped, not stripped: escaping is the renderer's job, and a citation quotes the name as it is.
    expect(citation.text).toContain(`${HOSTILE} (99.71). Edition: Laporan 2023 (Published 2024-04-28).`);
    expect(citation.text).not.toContain('&lt;');
  });

  it('builds the permalink on a site served from a sub-path', () => {
    const citation = kutipOf({ situs: { nama: 'X', url: 'https://example.go.id/rapor/' }, path: '/rapor/laporan/2023/', title: 'T', dataFingerprint: FINGERPRINT, lang: 'id' });
    expect(citation.permalink).toBe('https://example.go.id/rapor/laporan/2023/');
    expect(citation.text).toBe('X (t.t.). T. https://example.go.id/rapor/laporan/2023/. Sidik jari data SHA-256: 0123456789ab.');
  });
});

describe('sourcesOf', () => {
  it('lists each source once per dataset and year, datasets in their order, links for web addresses', () => {
    const groups = sourcesOf([
      { kind: 'kepatuhan', tahun: 2023, rows: e2023.datasets.kepatuhan! },
      { kind: 'sakip', tahun: 2024, rows: e2024.datasets.sakip! },
      { kind: 'sakip', tahun: 2023, rows: e2023.datasets.sakip! },
      { kind: 'opd', tahun: 2023, rows: [] },
    ]);
    expect(groups).toEqual([
      { kind: 'sakip', dari: 2023, hingga: 2023, sources: [{ label: 'https://example.org/lhe-2023', url: 'https://example.org/lhe-2023' }] },
      { kind: 'sakip', dari: 2024, hingga: 2024, sources: [{ label: 'LHE AKIP 2024' }] },
      { kind: 'kepatuhan', dari: 2023, hingga: 2023, sources: [{ label: 'Ombudsman RI 2023' }] },
    ]);
  });

  it('makes consecutive years of a dataset citing the same sources one entry, broken by a year without rows or other sources', () => {
    const year = (tahun: number, ...sumber: string[]) => ({ kind: 'opd' as const, tahun, rows: sumber.map((s) => ({ sumber: s })) });
    const groups = sourcesOf([year(2015, 'Inspektorat'), year(2016, 'Inspektorat', 'Inspektorat'), year(2017, 'Inspektorat'), year(2019, 'Inspektorat'), year(2020, 'Inspektorat', 'BPKP'), year(2021, 'Inspektorat', 'BPKP'), year(2022, 'Inspektorat'), { kind: 'sakip', tahun: 2023, rows: [{ sumber: 'Inspektorat' }] }]);
    expect(groups.map(({ kind, dari, hingga, sources }) => `${kind} ${dari}–${hingga}: ${sources.map((s) => s.label).join('; ')}`)).toEqual([
      'sakip 2023–2023: Inspektorat',
      'opd 2015–2017: Inspektorat',
      'opd 2019–2019: Inspektorat',
      'opd 2020–2021: Inspektorat; BPKP',
      'opd 2022–2022: Inspektorat',
    ]);
  });

  it('keeps a hostile or formula-like source as text, never as a link', () => {
    const [group] = sourcesOf([{ kind: 'sakip', tahun: 2023, rows: [{ sumber: HOSTILE }, { sumber: 'javascript:alert(1)' }] }]);
    expect(group!.sources).toEqual([{ label: HOSTILE }, { label: 'javascript:alert(1)' }]);
  });
});
