/** The worker thread of `startInstansiUnduh` (unduh.ts): loads the data folder, writes the instansi files it takes, answers what it wrote. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeInstansiUnduh } from './unduh.ts';
import { loadDataFolder } from '../data/load.ts';

const { dataDir, site, taken } = workerData as { dataDir: string; site: string; taken: Int32Array };
const loaded = loadDataFolder(dataDir);
parentPort!.postMessage(loaded.ok ? { written: writeInstansiUnduh(loaded.dataset, site, taken) } : { error: `the data folder ${dataDir} does not validate` });
