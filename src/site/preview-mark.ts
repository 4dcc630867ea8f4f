/**
 * Whether this process builds a preview of part of the data folder (`--edisi`, `--pemda`). Read once:
 * the build hands the subset to Astro's process in its environment, which does not change while it
 * runs, and reading it on every page cost ≈ 0,3 s over the 46 000 national instansi pages.
 */
import { siteContext } from '../astro/site-context.ts';

let preview: boolean | undefined;

export const isPreview = (): boolean => (preview ??= siteContext().subset !== undefined);
