/** The short account `npm run validate` gives of a valid data folder. */
import type { Dataset } from '../domain/dataset.ts';
import { JENIS } from '../domain/instansi.ts';
import { DATASET_KINDS } from '../domain/rules.ts';
import type { MessageLang } from './problem-lines.ts';

export function summarize(dataset: Dataset, lang: MessageLang = 'both'): string[] {
  const say = (id: string, en: string) => (lang === 'both' ? `${id} [${en}]` : lang === 'id' ? id : en);
  const byJenis = JENIS.map((jenis) => [jenis, dataset.instansi.filter((i) => i.jenis === jenis).length] as const)
    .filter(([, count]) => count > 0)
    .map(([jenis, count]) => `${jenis} ${count}`)
    .join(', ');
  const lines = [
    say(`Data valid: ${dataset.situs.nama}`, `Data is valid: ${dataset.situs.nama}`),
    say(`Instansi: ${dataset.instansi.length}`, `Instansi: ${dataset.instansi.length}`) + ` (${byJenis})`,
    say(`Edisi: ${dataset.editions.length}`, `Editions: ${dataset.editions.length}`),
  ];
  for (const edition of dataset.editions) {
    const status = edition.edisi.status === 'terbit' ? `terbit ${edition.edisi.tanggal_terbit}` : 'draf';
    const counts = DATASET_KINDS.map((kind) => `${kind} ${edition.datasets[kind]?.length ?? '–'}`).join(', ');
    const narasi = edition.narasiFiles.length > 0 ? `, narasi ${edition.narasiFiles.length}` : '';
    lines.push(`  ${edition.tahun}  ${status.padEnd(17)} ${counts}${narasi}`);
  }
  if (dataset.koreksi.length > 0) lines.push(say(`Koreksi: ${dataset.koreksi.length}`, `Corrections: ${dataset.koreksi.length}`));
  return lines;
}
