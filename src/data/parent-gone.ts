/**
 * Notices that the process which started this one (`parent`) has ended: this one was then adopted
 * (its parent id changed), whatever ended the parent, SIGKILL included, which no handler sees.
 */
export function onParentGone(callback: () => void, parent = process.ppid): void {
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    callback();
  }, 1000);
  watch.unref();
}
