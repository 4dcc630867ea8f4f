/** Strings of an instansi's page `/instansi/<kode>/`. Indonesian first; shared words live in ui.ts. */
import type { DatasetKind } from '../domain/rules.ts';
import { text } from '../domain/text.ts';
import { ui } from './ui.ts';

/** A dataset's history section: the chart's title. */
const historyTitle = (kind: DatasetKind) => text(`${ui.history.id}: ${ui.dataset[kind].id}`, `${ui.history.en}: ${ui.dataset[kind].en}`);

export const uiInstansi = {
  span: text('Tahun aktif', 'Active years'),
  none: text('Belum ada data untuk instansi ini.', 'There is no data for this institution yet.'),
  /** The children table's column: each child's latest grade in any dataset. */
  latestGrade: text('Nilai terakhir', 'Latest grade'),
  /** Before the last year of a child no longer active. */
  until: text('ada hingga', 'until'),
  historyTitle,
  /** The history's table caption and chart label, which name the instansi. */
  riwayatOf: (kind: DatasetKind, nama: string) => text(`${historyTitle(kind).id}, ${nama}`, `${historyTitle(kind).en}, ${nama}`),
};
