/**
 * An instansi kode: Kemendagri codes for regions (`16.74`), slugs for K/L and OPD (`16.74.dinkes`).
 * Branded so that a kode cannot be mixed up with a name or a URL path; always a string, never a
 * number (`16.10` and `16.1` are different regions).
 */
export type Kode = string & { readonly __brand: 'Kode' };

/** The longest kode: it names a page's folder and download files, and a file system refuses a name past 255 bytes. */
export const KODE_MAX_LENGTH = 64;

/**
 * Letters, digits, dots, hyphens and underscores, at most KODE_MAX_LENGTH, at least one letter or
 * digit: a kode names a page's folder, and `..` would name its parent. Written to match in linear
 * time (the search page tests every query).
 */
export const KODE_PATTERN = new RegExp(`^(?=[A-Za-z0-9._-]{1,${KODE_MAX_LENGTH}}$)[._-]*[A-Za-z0-9][A-Za-z0-9._-]*$`);

export function isKode(raw: string): raw is Kode {
  return KODE_PATTERN.test(raw);
}

/** Kemendagri region codes: a provinsi has two digits, a kabupaten/kota two more after a dot. */
export const REGION_KODE_PATTERN = {
  provinsi: /^\d{2}$/,
  kabupaten: /^\d{2}\.\d{2}$/,
  kota: /^\d{2}\.\d{2}$/,
} as const;

/** The provinsi part of a kabupaten/kota code (`16.74` → `16`). */
export function provinsiKodeOf(kode: Kode): string {
  return kode.split('.')[0] ?? kode;
}

/**
 * The kode as one word that no longer kode starts with (`99.71` → `kode99x71z`, `99.71.dinkes` →
 * `kode99x71xdinkesz`), since Pagefind splits a kode at its dots and matches words by their start:
 * written into each instansi page's search metadata, looked up by the search page.
 */
export const kodeToken = (kode: string): string => `kode${kode.toLowerCase().replace(/[._-]/g, 'x')}z`;
