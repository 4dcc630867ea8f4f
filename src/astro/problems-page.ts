/**
 * The page the dev server shows instead of the site while the data folder has problems: each problem
 * (the first MAX_LISTED_PROBLEMS, then how many more) with its file, line and column, what is wrong
 * and how to fix it, in Indonesian and English.
 */
import type { Problem } from '../domain/problem.ts';
import type { Lang } from '../domain/text.ts';
import { MAX_LISTED_PROBLEMS } from '../data/problem-lines.ts';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const say = (problem: Problem, lang: Lang): string => `${escape(problem.message[lang])}. <strong>${escape(problem.fix[lang])}.</strong>`;

/** `clientScript`: the dev server's own client, which reloads the page when a file changes. */
export function problemsPage(problems: readonly Problem[], folder: string, clientScript: string): string {
  const rest = Math.max(0, problems.length - MAX_LISTED_PROBLEMS);
  const items = problems
    .slice(0, MAX_LISTED_PROBLEMS)
    .map(
      (p) => `<li><code>${escape(`${p.file}:${p.line}:${p.column}`)}</code>
<p lang="id">${say(p, 'id')}</p>
<p lang="en">${say(p, 'en')}</p></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Data belum valid · Invalid data — Rapor</title>
<script type="module" src="${escape(clientScript)}"></script>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { color: #a4000f; font-size: 1.6rem; }
li { margin: 0 0 1rem; padding: .5rem .75rem; border-left: 4px solid #a4000f; background: #fff4f4; list-style: none; }
ol { padding: 0; }
code { font-weight: 700; }
p { margin: .25rem 0; }
p[lang="en"] { color: #555; }
</style>
</head>
<body>
<h1>Data belum valid <span lang="en">· The data is not valid</span></h1>
<p>${problems.length} masalah di <code>${escape(folder)}</code>. Perbaiki berkasnya dan simpan: halaman ini dimuat ulang sendiri.</p>
<p lang="en">${problems.length} problem${problems.length === 1 ? '' : 's'} in <code>${escape(folder)}</code>. Fix the files and save: this page reloads by itself.</p>
<ol>
${items}
</ol>
${rest === 0 ? '' : `<p>… dan ${rest} masalah lain (tidak ditampilkan). <span lang="en">… and ${rest} more problem${rest === 1 ? '' : 's'} (not listed).</span></p>\n`}</body>
</html>
`;
}
