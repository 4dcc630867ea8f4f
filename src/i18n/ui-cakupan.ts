/** Strings of an edition's coverage page `/laporan/<tahun>/cakupan/`. Indonesian first; shared words live in ui.ts and ui-laporan.ts. */
import { text } from '../domain/text.ts';

export const uiCakupan = {
  title: (tahun: number) => text(`Cakupan data ${tahun}`, `Data coverage ${tahun}`),
  intro: text(
    'Instansi mana yang punya data apa pada edisi ini. "Tidak ada" berarti tidak dinilai atau tidak diterbitkan; instansi yang belum atau sudah tidak ada pada tahun ini tidak dihitung.',
    'Which institutions have which data in this edition. "Missing" means not assessed or not published; institutions that did not exist that year are not counted.',
  ),
  totals: text('Jumlah per dataset', 'Totals per dataset'),
  notOpd: (tahun: number) => text(`Cakupan data ${tahun} selain OPD`, `Data coverage ${tahun} other than OPD`),
  opdByPemda: (tahun: number) => text(`Cakupan data OPD ${tahun} per pemda`, `OPD data coverage ${tahun} by regional government`),
  opdExplain: text(
    'OPD dihitung per pemda; nama OPD tanpa data ada di halaman OPD pemda itu, atau di halaman pemda bila tidak satu pun OPD-nya punya data (ikuti nama pemda).',
    'OPD are counted per regional government; the OPD without data are named on its OPD page, or on its own page when none of its OPD has data (follow its name).',
  ),
  byPart: text('Cakupan per bagian laporan', 'Coverage by part of the report'),
  byPartExplain: text(
    'Jumlah instansi dengan dan tanpa data per provinsi (dengan kabupaten dan kotanya) dan untuk kementerian/lembaga; OPD dihitung per pemda. Nama tiap instansi ada di halaman bagiannya (ikuti nama bagian).',
    'Institutions with and without data per province (with its regencies and cities) and for the ministries and agencies; OPD are counted per regional government. Each institution is named on its part’s page (follow the part’s name).',
  ),
  elsewhere: text('Instansi di luar bagian laporan', 'Institutions outside the report’s parts'),
};
