/** `/laporan/<tahun>/cetak/halaman.css`: the print version's page boxes, in the page's language. */
import { editionTitle } from '../../../../../domain/edition-title.ts';
import type { APIRoute } from 'astro';
import type { Edition } from '../../../../../domain/dataset.ts';
import { pageBoxCss } from '../../../../../domain/page-box.ts';
import type { Lang } from '../../../../../domain/text.ts';
import { editionPaths } from '../../../../../astro/routes.ts';
import { ui } from '../../../../../i18n/ui.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ props }) => {
  const { lang, edition } = props as { lang: Lang; edition: Edition };
  const css = pageBoxCss({ title: editionTitle(edition.edisi, lang), page: ui.pageOf[lang], of: ui.pageOfSeparator[lang] });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
