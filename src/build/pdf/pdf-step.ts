/** The PDFs of a built site, as the build's PDF step and `npm run pdf` print them: at the site's own address, by Rapor's version. */
import type { Dataset } from '../../domain/dataset.ts';
import { siteUrl } from '../../data/site-url.ts';
import { makePdfs } from './make-pdfs.ts';

export interface PdfsOf {
  site: string;
  dataDir: string;
  dataset: Dataset;
  /** Rapor's version. */
  rapor: string;
  chromiumPath: string;
}

/** Prints every published edition into the site; the paths written, relative to it. */
export function renderEditionPdfs({ site, dataDir, dataset, rapor, chromiumPath }: PdfsOf): Promise<string[]> {
  // situs.json's url with the base path the site was built with: the PDFs' links point there.
  const { site: origin, base } = siteUrl(dataDir);
  return makePdfs({ site, address: new URL(base, origin).href, dataset, producer: `Rapor ${rapor}`, chromiumPath });
}

/** What a run of the PDF step prints of what it wrote. */
export const pdfLines = (written: readonly string[]): string[] =>
  written.length === 0 ? ['Belum ada edisi terbit, jadi tidak ada PDF yang dibuat. [No edition is published yet, so no PDF was made.]'] : written.map((path) => `PDF: ${path}`);
