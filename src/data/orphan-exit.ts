/**
 * Preloaded (`node --import`) into the Node processes of a build (the data step, Astro's processes,
 * the search step): each ends once its build is gone, however that ended, instead of writing on into
 * a work folder that a later build may be using.
 */
import { onParentGone } from './parent-gone.ts';
import { alive } from './process-folder.ts';

// The build's pid comes in the module's address (`?build=`): read from process.ppid here, it would
// already be init's had the build died while this process started.
const build = Number(new URL(import.meta.url).searchParams.get('build'));
const end = () => process.kill(process.pid, 'SIGTERM');
if (process.ppid === build) onParentGone(end, build);
// Started by one of the build's processes, which passed its Node options on: it goes with that one.
else if (alive(build)) onParentGone(end);
else end();
