/** The pure side of `npm run verify`: a served site against its manifest, and what counts as a Rapor manifest. */
import { describe, expect, it } from 'vitest';
import { compareServed, manifestProblem } from '../../src/domain/hash-compare.ts';

const [a, b] = ['a'.repeat(64), 'b'.repeat(64)];
const manifest = { rapor: '1.0.0', fingerprint: a, input: { '2024/sakip.csv': a }, output: { 'index.html': a } };

describe('compareServed', () => {
  const listed = { 'index.html': a, 'laporan/2024/index.html': a, 'en/index.html': a };
  const served = { 'index.html': a, 'laporan/2024/index.html': b, 'tambahan.html': a };

  it('names each changed, missing and (from a folder) extra file', () => {
    expect(compareServed(listed, served, true)).toEqual([
      { path: 'en/index.html', status: 'missing' },
      { path: 'index.html', status: 'match' },
      { path: 'laporan/2024/index.html', status: 'differs' },
      { path: 'tambahan.html', status: 'extra' },
    ]);
  });

  it('calls nothing extra when extra files cannot be known (over a URL)', () => {
    expect(compareServed(listed, served, false).map(({ status }) => status)).toEqual(['missing', 'match', 'differs']);
  });

  it("leaves out, over a URL only, the host's files that a web server reads and does not send", () => {
    const withHtaccess = { ...listed, '.htaccess': a };
    expect(compareServed(withHtaccess, served, false, ['.htaccess']).map(({ path }) => path)).not.toContain('.htaccess');
    expect(compareServed(withHtaccess, served, true, ['.htaccess'])).toContainEqual({ path: '.htaccess', status: 'missing' });
  });
});

describe('manifestProblem', () => {
  it('accepts what a build writes', () => {
    expect(manifestProblem(manifest)).toBeUndefined();
  });

  it('refuses what is not a Rapor manifest, saying why', () => {
    expect(manifestProblem([])).toBe('not an object');
    expect(manifestProblem({ name: 'x', version: '1.0.0' })).toBe('no "rapor"');
    expect(manifestProblem({ ...manifest, output: undefined })).toBe('no "output" list');
    expect(manifestProblem({ ...manifest, output: { 'index.html': 'abc' } })).toBe('"output": "index.html" has no SHA-256');
  });

  it('refuses a listed path that would climb out of the site’s base URL', () => {
    expect(manifestProblem({ ...manifest, output: { '../admin/index.html': a } })).toBe('"output": "../admin/index.html" is not a path inside the site');
    expect(manifestProblem({ ...manifest, output: { '/etc/passwd': a } })).toBe('"output": "/etc/passwd" is not a path inside the site');
  });
});
