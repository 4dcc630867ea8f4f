/**
 * Whether this process builds a subset of the data folder (`--edisi`, `--pemda`), a preview for its
 * editors; the pages hand it to their layout, which marks every page `noindex`. Read once: the build
 * hands the subset to Astro's process in its context, which does not change while it runs, and the
 * pages ask on every one of a national folder's instansi pages (docs/performance.md, "How the build
 * is kept fast").
 */
import { siteContext } from './site-context.ts';

let subset: boolean | undefined;

export const isSubsetBuild = (): boolean => (subset ??= siteContext().subset !== undefined);
