/**
 * The abbreviations an Indonesian reader knows a perangkat daerah by — "Dinas Komunikasi dan
 * Informatika" is "Diskominfo" or "Kominfo", "Badan Perencanaan Pembangunan Daerah" is "Bappeda" —
 * read from the standard nomenclature of perangkat daerah (PP 18/2016 and the Permendagri that name
 * the offices), so that site search finds an OPD by the word people actually type.
 *
 * A name is matched from its start, word by word, ignoring case, commas and "dan": "Dinas Kesehatan
 * Kota Prabumulih" and "Dinas Pendidikan dan Kebudayaan" match; a name that only mentions an affair in
 * passing does not. Only forms in common use are listed: an abbreviation a reader would not type helps
 * no one, and a wrong one finds the wrong office.
 */

type Rule = readonly [pattern: RegExp, ...abbreviations: string[]];

// A longer name before the shorter one it extends: the first rule a name matches is its only one.
const RULES: readonly Rule[] = [
  [/^dinas komunikasi informatika\b/, 'Diskominfo', 'Kominfo'],
  [/^dinas kependudukan pencatatan sipil\b/, 'Disdukcapil', 'Dukcapil'],
  [/^dinas kesehatan\b/, 'Dinkes'],
  [/^dinas pendidikan kebudayaan\b/, 'Disdikbud', 'Disdik'],
  [/^dinas pendidikan\b/, 'Disdik'],
  [/^dinas sosial\b/, 'Dinsos'],
  [/^dinas perhubungan\b/, 'Dishub'],
  [/^dinas lingkungan hidup\b/, 'DLH'],
  [/^dinas pekerjaan umum penataan ruang\b/, 'DPUPR', 'PUPR'],
  [/^dinas pekerjaan umum\b/, 'DPU'],
  [/^dinas perumahan (?:rakyat )?kawasan permukiman\b/, 'Disperkim', 'Perkim'],
  [/^dinas tenaga kerja transmigrasi\b/, 'Disnakertrans', 'Disnaker'],
  [/^dinas tenaga kerja\b/, 'Disnaker'],
  [/^dinas penanaman modal pelayanan terpadu satu pintu\b/, 'DPMPTSP'],
  [/^dinas pemberdayaan masyarakat desa\b/, 'DPMD'],
  [/^dinas pemberdayaan perempuan perlindungan anak pengendalian penduduk keluarga berencana\b/, 'DP3AP2KB'],
  [/^dinas pemberdayaan perempuan perlindungan anak\b/, 'DP3A'],
  [/^dinas pengendalian penduduk keluarga berencana\b/, 'DPPKB'],
  [/^dinas pemadam kebakaran\b/, 'Damkar'],
  [/^dinas kebudayaan pariwisata pemuda olahraga\b/, 'Disbudparpora'],
  [/^dinas kebudayaan pariwisata\b/, 'Disbudpar'],
  [/^dinas kebudayaan\b/, 'Disbud'],
  [/^dinas pariwisata pemuda olahraga\b/, 'Disparpora'],
  [/^dinas pariwisata\b/, 'Dispar'],
  [/^dinas pemuda olahraga\b/, 'Dispora'],
  [/^dinas perindustrian perdagangan\b/, 'Disperindag'],
  [/^dinas perdagangan\b/, 'Disdag'],
  [/^dinas koperasi usaha (?:kecil menengah|mikro)\b/, 'Diskopukm', 'Diskop'],
  [/^dinas koperasi\b/, 'Diskop'],
  [/^dinas pertanian\b/, 'Distan'],
  [/^dinas perikanan\b/, 'Diskan'],
  [/^dinas ketahanan pangan\b/, 'DKP'],
  [/^dinas perpustakaan kearsipan\b/, 'Dispusip'],
  [/^dinas pendapatan daerah\b/, 'Dispenda'],
  [/^badan perencanaan pembangunan penelitian pengembangan daerah\b/, 'Bappelitbangda', 'Bappeda'],
  [/^badan perencanaan pembangunan daerah\b/, 'Bappeda'],
  [/^badan pengelolaan keuangan aset daerah\b/, 'BPKAD'],
  [/^badan keuangan aset daerah\b/, 'BKAD'],
  [/^badan pengelolaan keuangan daerah\b/, 'BPKD'],
  [/^badan pendapatan daerah\b/, 'Bapenda'],
  [/^badan kepegawaian pengembangan sumber daya manusia\b/, 'BKPSDM'],
  [/^badan kepegawaian pendidikan pelatihan\b/, 'BKPP'],
  [/^badan kepegawaian daerah\b/, 'BKD'],
  [/^badan penanggulangan bencana daerah\b/, 'BPBD'],
  [/^badan kesatuan bangsa politik\b/, 'Kesbangpol', 'Bakesbangpol'],
  [/^badan penelitian pengembangan daerah\b/, 'Balitbangda'],
  [/^badan riset inovasi daerah\b/, 'BRIDA'],
  [/^satuan polisi pamong praja\b/, 'Satpol PP'],
  [/^rumah sakit umum daerah\b/, 'RSUD'],
  [/^sekretariat daerah\b/, 'Setda'],
  [/^sekretariat (?:dewan perwakilan rakyat daerah|dprd)\b/, 'Setwan'],
];

/** A name as the rules read it: lower case, words only, without "dan". */
function normalized(nama: string): string {
  return nama
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && word !== 'dan')
    .join(' ');
}

/** The abbreviations of one name, from the first rule it matches. */
function abbreviationsOf(nama: string): readonly string[] {
  const name = normalized(nama);
  const rule = RULES.find(([pattern]) => pattern.test(name));
  return rule === undefined ? [] : (rule.slice(1) as string[]);
}

/**
 * The abbreviations of an instansi, from its name and its former names (`nama_lain`), in that order,
 * each once; none that its name already holds as a word ("Dinas PUPR" gains no "PUPR").
 */
export function singkatanOf(nama: string, namaLain: readonly string[] = []): string[] {
  const words = new Set(normalized(nama).split(' '));
  const found = new Set<string>();
  for (const name of [nama, ...namaLain]) {
    for (const abbreviation of abbreviationsOf(name)) if (!words.has(normalized(abbreviation))) found.add(abbreviation);
  }
  return [...found];
}
