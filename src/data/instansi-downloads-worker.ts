/** The worker thread of `startInstansiDownloads` (downloads.ts): loads the data folder, writes every instansi's files, answers what it wrote. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeInstansiDownloads } from './downloads.ts';
import { loadDataFolder } from './load.ts';

const { dataDir, site } = workerData as { dataDir: string; site: string };
const loaded = loadDataFolder(dataDir);
parentPort!.postMessage(loaded.ok ? { written: writeInstansiDownloads(loaded.dataset, site) } : { error: `the data folder ${dataDir} does not validate` });
