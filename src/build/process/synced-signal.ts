/**
 * Tells `npm run build` when an Astro process has synced its content. Astro writes the same files of
 * the project's `.astro/` folder in every process's sync, each through one fixed temporary name, so two
 * processes syncing at once can lose a rename (ENOENT); the build starts each next process once this
 * one's sync is done (src/build/astro-step.ts). After its sync Astro only reads those files.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** `file`: where to signal; none outside a build's Astro step. */
export function syncedSignal(file: string | undefined): AstroIntegration {
  return {
    name: 'rapor:synced-signal',
    hooks: {
      // Astro runs this hook after its sync, before it bundles and renders.
      'astro:build:start': () => {
        if (file) writeFileSync(file, '');
      },
    },
  };
}
