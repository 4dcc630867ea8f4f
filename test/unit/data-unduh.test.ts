/** What `/data/` offers to download (src/domain/views/data-unduh.ts), on the example folder: 2020–2024 published, 2025 a draft with OPD rows only. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder } from '../../src/data/load.ts';
import { dataUnduh } from '../../src/domain/views/data-unduh.ts';
import { root } from '../support/build.ts';

const loaded = loadDataFolder(join(root, 'data'));
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const { dataset } = loaded;
/** As if the build measured each file at as many bytes as its path has characters. */
class Sizes extends Map<string, number> {
  override get(path: string): number {
    return path.length;
  }
}
const sizes = new Sizes();
const downloads = dataUnduh(dataset, sizes);

describe('dataUnduh', () => {
  it('offers each dataset’s long files, saved under the years of the published editions only', () => {
    expect(downloads.long.map(({ kind, files }) => [kind, files.map((f) => [f.path, f.extension, f.saveAs])])).toEqual([
      ['sakip', [['sakip.csv', 'csv', 'sakip-2020-2024.csv'], ['sakip.json', 'json', 'sakip-2020-2024.json']]],
      ['kepatuhan', [['kepatuhan.csv', 'csv', 'kepatuhan-2021-2024.csv'], ['kepatuhan.json', 'json', 'kepatuhan-2021-2024.json']]],
      ['opd', [['opd.csv', 'csv', 'opd-2020-2024.csv'], ['opd.json', 'json', 'opd-2020-2024.json']]],
    ]);
  });

  it('lists each edition newest first, a draft marked, a dataset it lacks without files', () => {
    expect(downloads.editions.map((e) => [e.tahun, e.draft])).toEqual([[2025, true], [2024, false], [2023, false], [2022, false], [2021, false], [2020, false]]);
    const [draft] = downloads.editions;
    expect(draft!.datasets.map(({ kind, files }) => [kind, files.map((f) => f.path)])).toEqual([
      ['sakip', []],
      ['kepatuhan', []],
      ['opd', ['2025/opd-2025.csv', '2025/opd-2025.json']],
    ]);
    expect(downloads.editions.at(-1)!.datasets.find((d) => d.kind === 'kepatuhan')!.files).toEqual([]);
  });

  it('gives every file the size the build measured for its path', () => {
    const files = [...downloads.long, ...downloads.registry, ...downloads.editions.flatMap((e) => e.datasets)].flatMap((d) => d.files);
    expect(files.length).toBe(6 + 4 + 2 * 15);
    for (const file of files) expect(file.bytes).toBe(file.path.length);
    expect(downloads.registry.map(({ stem, files }) => [stem, files.map((f) => f.path)])).toEqual([
      ['instansi', ['instansi.csv', 'instansi.json']],
      ['koreksi', ['koreksi.csv', 'koreksi.json']],
    ]);
    expect(downloads.datapackage).toBe('datapackage.json'.length);
  });

  it('names the site’s own instansi as the example of a per-instansi file, else the first', () => {
    expect(downloads.example).toBe('99.71');
    const without = dataUnduh({ ...dataset, situs: { ...dataset.situs, kode: undefined } }, sizes);
    expect(without.example).toBe(dataset.instansi[0]!.kode);
  });
});
