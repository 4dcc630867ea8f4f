/**
 * The site's Content-Security-Policy: everything from its own origin, no inline script or style, no
 * plugins, no framing. The host is unknown, so pages carry it in a <meta> (where `frame-ancestors`
 * is ignored and so left out) and the hosts' configuration files repeat it, complete.
 */
const POLICY: Record<string, string> = {
  'default-src': "'self'",
  // Site search (Pagefind) compiles its WebAssembly; this allows that and no other eval.
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

const serialize = (policy: Record<string, string>) =>
  Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ');

export const CSP_META = serialize(POLICY);

/**
 * What a host should send with every response, error pages included: the complete policy (with
 * `frame-ancestors`, which a <meta> cannot carry) and a few safe defaults. Every host's file
 * (`_headers`, `.htaccess`, the nginx block: src/site/host-config.ts) is written from this list.
 */
export const SECURITY_HEADERS: ReadonlyArray<readonly [name: string, value: string]> = [
  ['Content-Security-Policy', serialize({ ...POLICY, 'frame-ancestors': "'none'" })],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

/**
 * The policy of `npm run dev`: the same, except that Vite's dev server puts every page's styles and
 * its own client code inline (the build writes them as files), which the site's policy would block,
 * leaving the preview unstyled and without its scripts.
 */
export const DEV_CSP_META = serialize({
  ...POLICY,
  'script-src': `${POLICY['script-src']} 'unsafe-inline'`,
  'style-src': `${POLICY['style-src']} 'unsafe-inline'`,
});
