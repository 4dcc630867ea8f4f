/**
 * `node scripts/generate-national.ts <folder> [--small]`: write the synthetic national-scale data
 * folder of the benchmark (issue 8), or with `--small` the 3-provinsi, two-edition one of the tests.
 */
import { writeNationalFolder } from '../src/bench/national-folder.ts';
import { NATIONAL, SMALL } from '../src/bench/national/options.ts';

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--'));
if (dir === undefined) {
  console.error('Usage: node scripts/generate-national.ts <folder> [--small]');
  process.exit(2);
}
const { rows } = writeNationalFolder(dir, args.includes('--small') ? SMALL : NATIONAL);
console.log(`${dir}: ${rows} rows`);
