import type { Kode } from '../kode.ts';
import { formatNumber } from '../number.ts';
import type { Finding } from '../problem.ts';
import { DIMENSI_KEPATUHAN, gradeOf, hasKategori, kategoriOfZona, ZONA, type KepatuhanRule, type Zona } from '../rules.ts';
import { text } from '../text.ts';
import { choiceField, described, kodeField, rankField, scoreField, textField, TEXT_LIMITS } from './fields.ts';
import type { RuleContext } from './sakip.ts';
import type { InputOf, TableSpec } from './table.ts';

export const kepatuhanFields = {
  kode: described(kodeField('kode').required(), text('Kode instansi yang dinilai', 'Kode of the assessed instansi')),
  /** Optional, for editors' readability; checked against instansi.csv and not stored. */
  nama: described(textField('nama', TEXT_LIMITS.nama).optional(), text('Nama instansi, hanya untuk keterbacaan editor; tidak disimpan', 'Name of the instansi, for editors’ readability only; not stored')),
  nilai: described(scoreField('nilai').optional(), text('Nilai kepatuhan 0–100; kosong bila hanya zona yang diterbitkan', 'Compliance score 0–100; empty when only the zone was published')),
  zona: described(choiceField('zona', ZONA).optional(), text('Zona kepatuhan; diturunkan dari nilai menurut aturan tahun itu bila kosong', 'Compliance zone; derived from nilai by the year’s rule when empty')),
  kategori: described(textField('kategori', TEXT_LIMITS.nama).optional(), text('Kategori tahun itu bila aturannya memakai kategori (A–E sejak 2022)', 'The year’s category where the rule has one (A–E from 2022)')),
  peringkat_nasional: described(rankField('peringkat_nasional').optional(), text('Peringkat nasional sebagaimana diterbitkan', 'National rank as published')),
  peringkat_provinsi: described(rankField('peringkat_provinsi').optional(), text('Peringkat di provinsi sebagaimana diterbitkan', 'Rank within the province as published')),
  input: described(scoreField('input').optional(), text('Nilai dimensi input 0–100, sebagaimana diterbitkan', 'Dimension score: input 0–100, as published')),
  proses: described(scoreField('proses').optional(), text('Nilai dimensi proses 0–100, sebagaimana diterbitkan', 'Dimension score: process 0–100, as published')),
  output: described(scoreField('output').optional(), text('Nilai dimensi output 0–100, sebagaimana diterbitkan', 'Dimension score: output 0–100, as published')),
  pengaduan: described(scoreField('pengaduan').optional(), text('Nilai dimensi pengelolaan pengaduan 0–100, sebagaimana diterbitkan', 'Dimension score: complaint handling 0–100, as published')),
  kepercayaan_masyarakat: described(scoreField('kepercayaan_masyarakat').optional(), text('Nilai dimensi kepercayaan masyarakat (sejak 2025) 0–100, sebagaimana diterbitkan', 'Dimension score: public trust (from 2025) 0–100, as published')),
  sumber: described(textField('sumber', TEXT_LIMITS.sumber).required(), text('Sumber angka: URL atau judul dokumen', 'Where the figure comes from: a URL or a document title')),
  catatan: described(textField('catatan', TEXT_LIMITS.catatan).optional(), text('Catatan bebas', 'Free note')),
};

/** A kepatuhan row once validated: zona always known (given or derived), kategori where the rule has one. */
export type KepatuhanRow = Omit<InputOf<typeof kepatuhanFields>, 'nama'> & { kode: Kode; zona: Zona };

export const kepatuhanSpec: TableSpec<typeof kepatuhanFields, RuleContext<KepatuhanRule>> = {
  fields: kepatuhanFields,
  oneOf: [['nilai', 'zona']],
  check(row, { tahun, rule }) {
    const findings: Finding[] = [];
    const law = rule.sumber[0]!.singkat;
    const zones = new Set(rule.bands.map((b) => b.value.zona));
    if (row.nilai === undefined && row.zona === undefined) {
      findings.push({
        field: 'nilai',
        message: text('nilai dan zona sama-sama kosong', 'both nilai and zona are empty'),
        fix: text('Isi nilai, atau zona bila sumber hanya menerbitkan zona', 'Fill in nilai, or zona where the source publishes only the zone'),
      });
    }
    const derived = row.nilai === undefined ? undefined : gradeOf(rule, row.nilai);
    if (row.zona !== undefined && !zones.has(row.zona)) {
      findings.push({
        field: 'zona',
        message: text(`zona ${row.zona} tidak ada pada ${law} (tahun ${tahun})`, `zona ${row.zona} does not exist under ${law} (year ${tahun})`),
        fix: text(`Tulis salah satu dari: ${[...zones].join(', ')}`, `Write one of: ${[...zones].join(', ')}`),
      });
    } else if (derived !== undefined && row.zona !== undefined && derived.zona !== row.zona) {
      findings.push(disagreement('zona', row.zona, derived.zona, row.nilai!, law));
    }
    if (row.kategori !== undefined && (row.zona === undefined || zones.has(row.zona))) {
      const allowed = row.zona !== undefined && derived === undefined ? kategoriOfZona(rule, row.zona) : rule.bands.flatMap((b) => b.value.kategori ?? []);
      if (!hasKategori(rule)) {
        findings.push({
          field: 'kategori',
          message: text(`${law} (tahun ${tahun}) tidak memakai kategori`, `${law} (year ${tahun}) has no kategori`),
          fix: text('Kosongkan kolom kategori untuk tahun ini', 'Leave column kategori empty for this year'),
        });
      } else if (derived?.kategori !== undefined && derived.kategori !== row.kategori.toUpperCase()) {
        findings.push(disagreement('kategori', row.kategori, derived.kategori, row.nilai!, law));
      } else if (!allowed.includes(row.kategori.toUpperCase())) {
        findings.push({
          field: 'kategori',
          message: text(`kategori "${row.kategori}" tidak sesuai aturan ${law}`, `kategori "${row.kategori}" does not fit rule ${law}`),
          fix: text(`Tulis salah satu dari: ${allowed.join(', ')}`, `Write one of: ${allowed.join(', ')}`),
        });
      }
    }
    const published = new Set(rule.dimensi.map((d) => d.kolom));
    for (const kolom of DIMENSI_KEPATUHAN) {
      if (row[kolom] !== undefined && !published.has(kolom)) {
        findings.push({
          field: kolom,
          message: text(`dimensi ${kolom} tidak dinilai pada ${law} (tahun ${tahun})`, `dimension ${kolom} is not assessed under ${law} (year ${tahun})`),
          fix: text('Kosongkan sel ini', 'Leave this cell empty'),
        });
      }
    }
    return findings;
  },
};

/** A given zona or kategori that the rule does not give to the given nilai. */
function disagreement(field: 'zona' | 'kategori', given: string, derived: string, nilai: number, law: string): Finding {
  return {
    field,
    message: text(
      `${field} ${given} tidak sesuai nilai ${formatNumber(nilai, 'id')}, yang termasuk ${field} ${derived} (${law})`,
      `${field} ${given} does not match nilai ${formatNumber(nilai, 'en')}, which falls in ${field} ${derived} (${law})`,
    ),
    fix: text(`Periksa nilai dan ${field} terhadap sumbernya, atau kosongkan ${field} agar dihitung dari nilai`, `Check nilai and ${field} against the source, or leave ${field} empty to derive it from nilai`),
  };
}

/** Fill in what the rule derives from nilai; given values were checked to agree. */
export function completeKepatuhan(row: InputOf<typeof kepatuhanFields>, rule: KepatuhanRule): KepatuhanRow {
  const derived = row.nilai === undefined ? undefined : gradeOf(rule, row.nilai);
  // With only a zona published, the kategori is still known where the zona has just one (kuning is C).
  const only = row.zona === undefined ? [] : kategoriOfZona(rule, row.zona);
  const kategori = row.kategori?.toUpperCase() ?? derived?.kategori ?? (only.length === 1 ? only[0] : undefined);
  return { ...row, zona: (row.zona ?? derived?.zona)!, ...(kategori === undefined ? {} : { kategori }) };
}
