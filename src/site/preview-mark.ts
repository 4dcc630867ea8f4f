/**
 * Whether this process builds a preview of part of the data folder (`--edisi`, `--pemda`). Read once:
 * the build hands the subset to Astro's process in its context, which does not change while it
 * runs, and reading it on every one of the 46 000 national instansi pages showed in the build's time
 * (docs/performance.md, "How the build is kept fast").
 */
import { siteContext } from '../astro/site-context.ts';

let preview: boolean | undefined;

export const isPreview = (): boolean => (preview ??= siteContext().subset !== undefined);
