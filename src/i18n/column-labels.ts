/**
 * The words a reader sees for a dataset column that a correction names (koreksi.csv's `kolom`): the
 * column keys (`evaluasi_internal`) are the editors' spelling, never shown on a page or in a feed.
 * A component or dimension is named as the rule of its year names it.
 */
import type { Koreksi } from '../domain/dataset.ts';
import { kepatuhanRule, sakipRule, KEPATUHAN_RULES, SAKIP_RULES } from '../domain/rules.ts';
import { text, type Text } from '../domain/text.ts';
import { ui } from './ui.ts';

const COMMON: Readonly<Record<string, Text>> = {
  nama: text('Nama', 'Name'),
  nilai: ui.nilai,
  predikat: ui.predikat,
  zona: ui.zona,
  kategori: ui.kategori,
  peringkat: ui.peringkat,
  peringkat_nasional: ui.peringkatNasional,
  peringkat_provinsi: ui.peringkatProvinsi,
  sumber: ui.source,
  catatan: ui.note,
};

/** A correction's column in words; a narrative correction names its chapter's file, shown as it is. */
export function columnLabel({ dataset, kolom, tahun }: Pick<Koreksi, 'dataset' | 'kolom' | 'tahun'>): Text {
  const key = kolom.toLowerCase();
  if (dataset === 'narasi') return text(kolom, kolom);
  const common = COMMON[key];
  if (common !== undefined) return common;
  // The year's rule first: 2022 renamed evaluasi_internal.
  const parts: readonly { kolom: string; label: Text }[] =
    dataset === 'sakip'
      ? [...(sakipRule(tahun)?.komponen ?? []), ...SAKIP_RULES.flatMap((r) => r.komponen)]
      : [...(kepatuhanRule(tahun)?.dimensi ?? []), ...KEPATUHAN_RULES.flatMap((r) => r.dimensi)];
  return parts.find((part) => part.kolom === key)?.label ?? text(kolom, kolom);
}
