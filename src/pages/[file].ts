/**
 * Host configuration files at the site root (`_headers`, `.htaccess`: src/site/host-config.ts);
 * Astro skips page files named with a leading underscore or dot.
 */
import type { APIRoute } from 'astro';
import { headersFile, htaccess } from '../site/host-config.ts';

const FILES: Record<string, (base: string) => string> = { _headers: headersFile, '.htaccess': htaccess };

export const getStaticPaths = () => Object.keys(FILES).map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) =>
  new Response(FILES[params.file!]!(import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
