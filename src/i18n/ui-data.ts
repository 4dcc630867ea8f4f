/**
 * Strings of `/data/` outside its download section (ui-unduh.ts): the PDFs, the corrections, the
 * fingerprints and the build manifest. Indonesian first; shared words live in ui.ts.
 */
import { text } from '../domain/text.ts';

export const uiData = {
  title: text('Data, koreksi dan manifes', 'Data, corrections and manifest'),
  none: text('Belum ada koreksi: setiap edisi terbit tampil persis seperti saat diterbitkan.', 'No corrections yet: every published edition shows exactly as it was published.'),
  all: text('Semua koreksi', 'All corrections'),
  manifest: text('Manifes pembangunan', 'Build manifest'),
  fingerprints: text('Sidik jari', 'Fingerprints'),
  dataFingerprint: text('Sidik jari data (dikutip dalam blok Kutip)', 'Data fingerprint (quoted in the Cite blocks)'),
  dataFingerprintHow: text(
    'SHA-256 dari daftar SHA-256 berkas data, satu baris "<sha256>  <berkas>" per berkas, urut nama berkas, seperti keluaran sha256sum. Tetap sama selama datanya sama, apa pun versi Rapor yang membangun situs. Hitung ulang di folder data:',
    'SHA-256 of the list of the data files’ SHA-256, one "<sha256>  <file>" line per file in file-name order, as sha256sum writes it. It stays the same as long as the data does, whatever version of Rapor built the site. Recompute it in the data folder:',
  ),
  buildFingerprint: text('Sidik jari pembangunan (dicetak di kolofon PDF)', 'Build fingerprint (printed in the PDF colophon)'),
  buildFingerprintHow: text(
    'SHA-256 dari data dan perangkat sekaligus (versi Rapor, Node.js, Astro, package-lock.json, commit git): berubah bila salah satunya berubah.',
    'SHA-256 of the data and the tools together (Rapor, Node.js and Astro versions, package-lock.json, git commit): it changes when any of them does.',
  ),
  /** Before the link to the manifest, named `manifest`. */
  manifestIntro: (manifest: string) =>
    text(
      `Situs ini dibangun dari data dan perangkat di bawah. ${manifest} juga memuat SHA-256 setiap berkas situs; siapa pun dapat membangun ulang dan membandingkannya dengan npm run verify.`,
      `This site was built from the data and tools below. ${manifest} also holds the SHA-256 of every file of the site; anyone can rebuild it and compare with npm run verify.`,
    ),
  rapor: text('Versi Rapor', 'Rapor version'),
  lockfile: text('SHA-256 package-lock.json', 'SHA-256 of package-lock.json'),
  commit: text('Commit git', 'Git commit'),
  dirty: text('dengan perubahan yang belum di-commit', 'with uncommitted changes'),
  noGit: text('bukan salinan git', 'not a git checkout'),
  inputs: text('Berkas data', 'Data files'),
  file: text('Berkas', 'File'),
  downloads: text('Laporan tahunan (PDF)', 'Annual reports (PDF)'),
  chromium: text('Chromium (pencetak PDF)', 'Chromium (prints the PDFs)'),
};
