/** Host configuration files at the site root (`_headers`); Astro skips page files named with a leading underscore. */
import type { APIRoute } from 'astro';
import { HEADERS_FILE } from '../site/security.ts';

export const getStaticPaths = () => [{ params: { file: '_headers' } }];

export const GET: APIRoute = () => new Response(HEADERS_FILE, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
