/** What the compare page (bandingkan.astro) hands its script (src/client/bandingkan.ts), as JSON. */
import type { DatasetKind } from '../domain/rules.ts';

/** What the page tells the script of each published edition (a draft is never compared: shownDataset). */
export interface BandingkanEdition {
  tahun: number;
  datasets: DatasetKind[];
}

/** Where the picker's lists lie, written by the page (bandingkan.astro). */
export interface PickerSources {
  /** The search page's name list, in the page's language. */
  names: string;
  /** The folder of the OPD lists, `<kode pemda>.json` each. */
  opd: string;
  /** The pemda that have OPD (a list each). */
  withOpd: string[];
  /** Load every OPD list with the names (a site with few). */
  preload: boolean;
}
