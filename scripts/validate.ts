/**
 * `npm run validate [-- --lang id|en]`: check the data folder (DATA_DIR, default data/) and report.
 * `--fix-format` shows how every CSV file would look in canonical form (same content); `--yes` writes it, then validates.
 * `--downloads <dir>` (the build's data step, src/build/pipeline.ts): when the folder is valid, also write
 * its download files into `<dir>/unduh/` (the per-instansi ones by a worker thread beside the
 * validation, then by both threads), the sizes /data/ shows into `<dir>/unduh-sizes.json`
 * (DOWNLOAD_SIZES_FILE), and the validation itself into `<dir>/validated.v8` for Astro's processes.
 */
import { join } from 'node:path';
import { dataDir } from '../src/data/data-dir.ts';
import { startInstansiDownloads, writeDownloadSizes, writeDownloadSums, writeListedDownloads } from '../src/build/downloads.ts';
import { describePlan, planFixFormat, writeFixes } from '../src/commands/fix-format.ts';
import { folderFingerprint } from '../src/data/fingerprint.ts';
import { langArg, validateFolder } from '../src/data/validate.ts';
import { handValidated, VALIDATED_FILE } from '../src/build/validated-folder.ts';

const args = process.argv.slice(2);
const lang = langArg(args);
const dir = dataDir();
const write = args.includes('--yes');
if (args.includes('--fix-format')) {
  const plan = planFixFormat(dir);
  if (write) writeFixes(dir, plan);
  console.log(describePlan(plan, write, lang).join('\n'));
}
if (!args.includes('--fix-format') || write) {
  const flag = args.indexOf('--downloads');
  // The per-instansi downloads are made by a worker thread beside the validation (it loads the folder
  // itself; its work is kept only if the folder is valid).
  // The folder's fingerprint is taken before it is read: a file changed meanwhile makes the validation handed to Astro's processes not match.
  const downloads = flag < 0 ? undefined : { folder: args[flag + 1]!, instansi: startInstansiDownloads(dir, args[flag + 1]!), fingerprint: folderFingerprint(dir) };
  const report = validateFolder(dir, lang);
  (report.dataset ? console.log : console.error)(report.lines.join('\n'));
  process.exitCode = report.dataset ? 0 : 1;
  if (report.dataset && downloads !== undefined) {
    const listed = writeListedDownloads(report.dataset, downloads.folder);
    // Then this thread writes its share of the instansi files beside the worker.
    const helped = downloads.instansi.help(report.dataset);
    // While the worker ends its last share: Astro's processes read this validation instead of making it again (src/build/validated-folder.ts).
    handValidated(join(downloads.folder, VALIDATED_FILE), dir, downloads.fingerprint, { ok: true, dataset: report.dataset });
    writeDownloadSums(downloads.folder, [...listed, ...helped, ...(await downloads.instansi.done)]);
    writeDownloadSizes(downloads.folder, listed);
  } else {
    // An invalid folder: the worker's answer, whatever it is, is not wanted.
    downloads?.instansi.done.catch(() => undefined);
  }
}
