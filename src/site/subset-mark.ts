/**
 * Whether this process builds a subset of the data folder (`--edisi`, `--pemda`), a preview for its
 * editors. Read once:
 * the build hands the subset to Astro's process in its context, which does not change while it
 * runs, and reading it on every one of the 46 000 national instansi pages showed in the build's time
 * (docs/performance.md, "How the build is kept fast").
 */
import { siteContext } from '../astro/site-context.ts';

let subset: boolean | undefined;

export const isSubsetBuild = (): boolean => (subset ??= siteContext().info?.subset !== undefined);
