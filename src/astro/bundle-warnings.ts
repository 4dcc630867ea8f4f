/**
 * Astro marks each content entry's asset module (a chapter's `…mdx?astroPropagatedAssets`) with the
 * directive "use astro:head-inject", read by its own plugins before bundling; the bundler then warns,
 * four times a build, that the directive "may not be preserved", naming the editor's chapter. Nothing
 * is lost and nothing is the editor's to fix: that one notice is dropped, every other warning kept.
 */
interface BundleWarning {
  code?: string;
  message: string;
}

export const isHeadInjectNotice = (warning: BundleWarning): boolean =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');

/** A bundler `onwarn` handler: every warning but the head-inject notice goes to `warn`. */
export function onBundleWarning<W extends BundleWarning>(warning: W, warn: (warning: W) => void): void {
  if (!isHeadInjectNotice(warning)) warn(warning);
}
