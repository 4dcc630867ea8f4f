/**
 * templat/github-pages.yml, the GitHub Pages workflow of docs/deploy.md: it builds with the project's
 * own commands, publishes dist/, and its check of situs.json's url against the address Pages serves
 * the site at (run here as the workflow runs it) stops a wrong base path with the right one.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/build.ts';
import { folderWith } from '../support/files.ts';

const workflow = readFileSync(join(root, 'templat', 'github-pages.yml'), 'utf8');
const check = /node -e '([\s\S]*?)'\n/.exec(workflow)![1]!;

/** The check's exit code and message for a data folder with this url, under Pages' base_path. */
function checked(url: string, basePath: string) {
  const data = folderWith({ 'situs.json': JSON.stringify({ url }) });
  const run = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8', env: { ...process.env, DATA_DIR: data, PAGES_BASE_PATH: basePath } });
  return { status: run.status, stderr: run.stderr };
}

describe('the GitHub Pages workflow', () => {
  it("builds with the project's commands and publishes dist/ with GitHub's Pages actions", () => {
    for (const line of ['run: npm ci --no-audit --no-fund', 'run: npm run build', 'uses: actions/configure-pages@', 'uses: actions/upload-pages-artifact@', 'uses: actions/deploy-pages@', 'path: dist']) {
      expect(workflow).toContain(line);
    }
    expect(workflow).toMatch(/pages: write\n\s+id-token: write/);
  });

  it("accepts situs.json's url when its path is the one Pages serves the site at", () => {
    expect(checked('https://pemda-terbuka.github.io/rapor/', '/rapor').status).toBe(0);
    expect(checked('https://rapor.contoh.go.id/', '').status).toBe(0);
  });

  it('stops a url with another path, naming the right one', () => {
    const wrong = checked('https://rapor.example.org/', '/rapor');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('GitHub Pages serves this site at /rapor/');
    expect(checked('https://pemda-terbuka.github.io/rapor/', '').status).toBe(1);
  });
});
