/**
 * The web server's part of the site, for each kind of host (docs/deploy.md): `_headers` (Netlify,
 * Cloudflare Pages, and `npm run preview`), `.htaccess` (Apache, shared hosting) and an nginx server
 * block. All three say the same from one source: the security headers of src/site/security.ts, long
 * caching of Astro's hashed files only, the site's 404 page at its base path, the media types of
 * the files a build writes, and compression of the text ones. `base` is the site's base path (`/` or `/rapor/`, from situs.json's url).
 */
import { SECURITY_HEADERS } from './security.ts';

/**
 * The site's files that configure its host: a web server reads them and does not send them (Apache
 * refuses `.ht*`, Netlify and Cloudflare Pages consume `_headers`; the nginx block and `npm run
 * preview` refuse both).
 */
export const HOST_ONLY: readonly string[] = ['.htaccess', '_headers'];

/** Astro's assets: their names carry a hash of their content, so they never change under a name. */
export const HASHED_FOLDER = '_astro/';
export const HASHED_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (pages, downloads, the search index) changes under its name: revalidate each time. */
export const OTHER_CACHE = 'no-cache';

/** The media type of every kind of file a build writes (and of a logo), by extension. */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  json: 'application/json',
  csv: 'text/csv',
  txt: 'text/plain',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
  // Pagefind's index and its compressed WebAssembly: binary that its script fetches and unpacks.
  pagefind: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Text files are all UTF-8. */
const UTF8 = ['html', 'css', 'js', 'json', 'csv', 'txt', 'xml', 'svg'];

/**
 * The media types a host compresses (gzip): text, which compresses well; fonts, images, PDFs and
 * Pagefind's index are compressed already.
 */
export const COMPRESSED_TYPES: readonly string[] = [...new Set(UTF8.map((extension) => MEDIA_TYPES[extension]!))];

/** The Content-Type header of a file, from its name (binary when the extension is not one of ours). */
export function contentType(path: string): string {
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  const type = MEDIA_TYPES[extension] ?? 'application/octet-stream';
  return UTF8.includes(extension) ? `${type}; charset=utf-8` : type;
}

/** The rules of `_headers`: every path gets the security headers, the hashed assets long caching. */
export function headersFile(base: string): string {
  const rule = (path: string, headers: ReadonlyArray<readonly [string, string]>) => `${path}\n${headers.map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;
  return rule('/*', SECURITY_HEADERS) + rule(`${base}${HASHED_FOLDER}*`, [['Cache-Control', HASHED_CACHE]]);
}

/** A string as a regular expression that matches it literally. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A double-quoted argument, as Apache and nginx both read one. */
const quoted = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * `.htaccess` at the root of the site's folder (Apache reads it there when the host allows
 * overrides, as shared hosting does). Headers need mod_headers: without it the site still works,
 * with the policy of each page's <meta> only, rather than failing whole with a server error.
 */
export function htaccess(base: string): string {
  const types = Object.entries(MEDIA_TYPES).map(([extension, type]) => `AddType ${type} .${extension}\n`);
  return `# Rapor: the web server's part of the site for Apache, written by \`npm run build\` (docs/deploy.md).
# Upload it with the site's other files into the folder served at ${base}

# No listing of folders without an index page (_astro/, pagefind/, unduh/).
Options -Indexes
DirectoryIndex index.html
ErrorDocument 404 ${base}404.html

${types.join('')}AddCharset utf-8 ${UTF8.map((extension) => `.${extension}`).join(' ')}

<IfModule mod_deflate.c>
  AddOutputFilterByType DEFLATE ${COMPRESSED_TYPES.join(' ')}
</IfModule>

<IfModule mod_headers.c>
${SECURITY_HEADERS.map(([name, value]) => `  Header always set ${name} ${quoted(value)}\n`).join('')}  <If "%{REQUEST_URI} =~ m#^${literal(base + HASHED_FOLDER)}#">
    Header set Cache-Control ${quoted(HASHED_CACHE)}
  </If>
  <Else>
    Header set Cache-Control ${quoted(OTHER_CACHE)}
  </Else>
</IfModule>
`;
}

/**
 * An nginx configuration file (for /etc/nginx/conf.d/, read inside `http {}`): the site's folder is
 * `<root><base>` (dist/ copied to /var/www/rapor/ for root /var/www and base /rapor/). The cache
 * header comes from a map, not a nested location, because a location with an `add_header` of its
 * own drops every header of the one around it.
 */
export function nginxConf(base: string, { root, serverName, listen = '80' }: { root: string; serverName: string; listen?: string }): string {
  const text = UTF8.filter((extension) => extension !== 'html').map((extension) => MEDIA_TYPES[extension]);
  return `# Rapor: the web server's part of the site for nginx (docs/deploy.md).
# The site's folder (dist/) is ${root}${base}

map $uri $rapor_cache_control {
    ${quoted(`~^${literal(base + HASHED_FOLDER)}`)} ${quoted(HASHED_CACHE)};
    default ${quoted(OTHER_CACHE)};
}

server {
    listen ${listen};
    server_name ${serverName};
    root ${root};

    location ^~ ${base} {
        index index.html;
        autoindex off;
        error_page 404 ${base}404.html;
        # Every kind of file a build writes (nginx's own list lacks Pagefind's index and CSV).
        types {
${Object.entries(MEDIA_TYPES)
  .map(([extension, type]) => `            ${type} ${extension};\n`)
  .join('')}        }
        charset utf-8;
        charset_types ${[...new Set(text)].join(' ')};
        gzip on;
        gzip_vary on;
        gzip_types ${COMPRESSED_TYPES.filter((type) => type !== 'text/html').join(' ')};
${SECURITY_HEADERS.map(([name, value]) => `        add_header ${name} ${quoted(value)} always;\n`).join('')}        add_header Cache-Control $rapor_cache_control always;
        location ~ ^${literal(base)}(${HOST_ONLY.map(literal).join('|')})$ {
            return 404;
        }
    }
}
`;
}

export interface HeaderRule {
  /** A URL path, `*` standing for any run of characters (`/*`, `/rapor/_astro/*`). */
  path: string;
  headers: [name: string, value: string][];
}

/** The rules of a `_headers` file: a path on a line of its own, its headers indented below it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const header = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (header === null) rules.push({ path: line.trim(), headers: [] });
    else rules.at(-1)?.headers.push([header[1]!, header[2]!.trim()]);
  }
  return rules;
}

/** The headers the rules give a URL path, in their order: a later rule's header replaces an earlier one's. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!new RegExp(`^${rule.path.split('*').map(literal).join('.*')}$`).test(path)) continue;
    for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  return headers;
}
