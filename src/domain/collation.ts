/**
 * One explicit collation for every Indonesian name Rapor sorts, so that output never depends on the
 * machine's locale. Numeric so that "Kecamatan 2" sorts before "Kecamatan 10".
 */
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

export const compareNama = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
