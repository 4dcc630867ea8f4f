/**
 * The address of an edition's PDF, or undefined when this build printed none: only published
 * editions get one, and only a build that had Chromium (src/build/pipeline.ts) made them — a page never
 * links a file its site lacks.
 */
import { siteBuildInfo } from './site-context.ts';
import type { Edition } from '../domain/dataset.ts';
import type { Lang } from '../domain/text.ts';
import { paths } from '../i18n/paths.ts';
import { pdfPath } from '../build/pdf/file-name.ts';

export function pdfHref(edition: Edition, lang: Lang): string | undefined {
  const printed = edition.edisi.status === 'terbit' && siteBuildInfo().chromium !== undefined;
  return printed ? `${paths.home('id')}${pdfPath(edition.tahun, lang)}` : undefined;
}
