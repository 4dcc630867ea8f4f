/** `npm run bench [-- --small]`: the scale benchmark (src/bench/run.ts; docs/performance.md). */
import { fileURLToPath } from 'node:url';
import { NATIONAL, SMALL } from '../src/bench/national/options.ts';
import { runBench } from '../src/bench/run.ts';
import { environment } from '../src/environment.ts';

await runBench({
  root: fileURLToPath(new URL('..', import.meta.url)),
  options: process.argv.includes('--small') ? SMALL : NATIONAL,
  inherited: environment().inherited,
  say: (line) => console.log(line),
});
