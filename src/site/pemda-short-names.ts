/**
 * The reference list of pemda short names (reference/singkatan-pemda.csv, src/domain/short-names.ts),
 * bundled into the build by Vite: Astro's processes run in a working folder of their own, where a
 * path to the project's files would not hold.
 */
import source from '../../reference/singkatan-pemda.csv?raw';
import { parseShortNames, shortNameIndex } from '../domain/short-names.ts';
import type { ShortNames } from './cari-records.ts';

export const pemdaShortNames: ShortNames = shortNameIndex(parseShortNames(source));
