/**
 * Notices that the process which started this one has ended: this one was then adopted (its parent
 * id changed), whatever ended the parent, SIGKILL included, which no handler sees; or that
 * `alsoGone` says so. Checked every second, between whatever this process is doing.
 */
export function onParentGone(callback: () => void, alsoGone: () => boolean = () => false): void {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent && !alsoGone()) return;
    clearInterval(watch);
    callback();
  }, 1000);
  watch.unref();
}
