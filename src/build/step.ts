/**
 * A step of `npm run build` in a process of its own: `node src/build/step.ts data|search|pdf`, its
 * build's context read from the file CONTEXT_ENV names (src/build/context.ts). The pipeline
 * (src/build/pipeline.ts) starts each in turn; none of them is a command for people. Each step's
 * modules are loaded only by its own process: Chromium's driver is no part of the data step.
 */
import { environment } from '../environment.ts';
import { readContext, type BuildContext } from './context.ts';
import { stopOnSignals } from './process/process-run.ts';
import { reported } from './reported.ts';

async function cariIndexStep({ site }: BuildContext): Promise<boolean> {
  const { writeCariIndex } = await import('./cari-index.ts');
  return reported(
    async () => {
      const pages = await writeCariIndex(site);
      return `Indeks pencarian: ${pages} halaman. [Search index: ${pages} pages.]`;
    },
    (message) => `Indeks pencarian gagal [The search index failed]: ${message}`,
  );
}

async function pdfStep({ site, dataDir, handoff, info, chromiumPath }: BuildContext): Promise<boolean> {
  const [{ validatedFolder }, { pdfLines, renderEditionPdfs }] = await Promise.all([import('./validated-folder.ts'), import('./pdf/pdf-step.ts')]);
  const { result } = validatedFolder(dataDir, handoff.validated);
  if (!result.ok || chromiumPath === undefined) throw new Error('the PDF step runs after a valid data step, with Chromium');
  return reported(async () => pdfLines(await renderEditionPdfs({ site, dataDir, dataset: result.dataset, rapor: info.rapor, chromiumPath })).join('\n'));
}

const STEPS: Record<string, (context: BuildContext) => Promise<boolean>> = {
  data: async (context) => (await import('./data-step.ts')).dataStep(context),
  search: cariIndexStep,
  pdf: pdfStep,
};

const [name] = process.argv.slice(2);
// Pagefind's processes run in groups of their own: stopped with this one, or when its build is gone.
if (name === 'search') stopOnSignals();
const step = STEPS[name ?? ''];
const file = environment().contextFile;
if (step === undefined || file === undefined) {
  console.error(`usage: a step of npm run build (${Object.keys(STEPS).join('|')}), with its context named in the environment`);
  process.exit(2);
}
process.exitCode = (await step(readContext(file))) ? 0 : 1;
