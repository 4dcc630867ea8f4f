/**
 * Preloaded (`node --import`) into the Node processes a build starts (the data step, Astro's
 * processes, the search step, Pagefind's wrapper): each ends once the process that started it is
 * gone, however that ended, instead of writing on into a work folder that a later build may be using.
 */
import { onParentGone } from './parent-gone.ts';
import { alive } from './process-folder.ts';

// The starting process's pid comes in the module's address (`?build=`). A process that is not its
// child inherited this option (Node options passed on by fork), or started as it died (adopted
// already): it watches that pid as well as its own parent.
const build = Number(new URL(import.meta.url).searchParams.get('build'));
onParentGone(() => process.kill(process.pid, 'SIGTERM'), process.ppid === build ? undefined : () => !alive(build));
