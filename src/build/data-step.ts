/**
 * The build's data step, a process of its own (src/build/step.ts): validate the data folder (an
 * invalid folder stops the build before Astro starts, with the editor's report alone), then write the
 * downloads from the Dataset just validated, and hand the validation and the downloads' sizes to the
 * steps after it. Not beside Astro: both hold the whole Dataset, and at national scale together they
 * passed the 2 GiB budget (docs/performance.md, "How the build is kept fast").
 */
import { join } from 'node:path';
import { folderStamp } from '../data/folder-stamp.ts';
import { validateFolder } from '../data/validate.ts';
import type { BuildContext } from './context.ts';
import { startInstansiUnduh, writeUnduhSizes, writeUnduhSums, writeListedUnduh } from './unduh.ts';
import { handValidated } from './validated-folder.ts';

/** Prints the validation report; false when the folder is invalid (nothing written then). */
export async function dataStep({ dataDir, lang, handoff }: BuildContext): Promise<boolean> {
  // The per-instansi downloads are made by a worker thread beside the validation (it loads the folder
  // itself; its work is kept only if the folder is valid). The folder's stamp is taken before it
  // is read: a file changed meanwhile makes the validation handed to Astro's processes not match.
  const instansi = startInstansiUnduh(dataDir, handoff.folder);
  const stamp = folderStamp(dataDir);
  const report = validateFolder(dataDir, lang);
  (report.dataset ? console.log : console.error)(report.lines.join('\n'));
  if (!report.dataset) {
    // An invalid folder: the worker's answer, whatever it is, is not wanted.
    instansi.done.catch(() => undefined);
    return false;
  }
  const listed = writeListedUnduh(report.dataset, handoff.folder);
  // Then this thread writes its share of the instansi files beside the worker.
  const helped = instansi.help(report.dataset);
  // While the worker ends its last share.
  handValidated(handoff.validated, dataDir, stamp, { ok: true, dataset: report.dataset });
  writeUnduhSums(handoff.folder, [...listed, ...helped, ...(await instansi.done)]);
  writeUnduhSizes(handoff.folder, listed);
  return true;
}
