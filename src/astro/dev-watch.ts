/**
 * The live preview of `npm run dev`: the data folder (DATA_DIR included, even outside the project) is
 * watched; on every change it is validated again. Valid data reloads the content collections and the
 * browser; invalid data makes every page answer with the list of problems, until a fix is saved.
 */
import { sep } from 'node:path';
import type { IncomingMessage } from 'node:http';
import type { AstroIntegration } from 'astro';
import type { Problem } from '../domain/problem.ts';
import { loadDataFolder } from '../data/load.ts';
import { problemsPage } from './problems-page.ts';

/** Saving from Excel touches a file several times in a row; validate once it has settled. */
const SETTLE_MS = 150;

const problemsOf = (dir: string): Problem[] => {
  const result = loadDataFolder(dir);
  return result.ok ? [] : result.problems;
};

/** A request for a page (not a script, style or image): the only kind the problem list replaces. */
function isPage(req: IncomingMessage): boolean {
  const path = (req.url ?? '/').split('?')[0]!;
  if ((req.method !== 'GET' && req.method !== 'HEAD') || path.includes('/@') || path.includes('/node_modules/')) return false;
  return !/\.[A-Za-z0-9]+$/.test(path) || path.endsWith('.html');
}

/** `dataDir`: the folder watched. */
export function devWatch(dataDir: string): AstroIntegration {
  return {
    name: 'rapor-dev-watch',
    hooks: {
      // An endpoint whose file name is a parameter (`/logo/<file>`, `/_headers`) is a file once built; the
      // dev server answers it only with a slash added, so there the slash is not required. Pages are the same.
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ trailingSlash: 'ignore' });
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        const dir = dataDir;
        const inside = (path: string) => path === dir || path.startsWith(dir + sep);
        const clientScript = `${server.config.base.replace(/\/?$/, '/')}@vite/client`;
        // The problems of the folder as last validated; page requests wait for a validation under way.
        let current: Promise<Problem[]> = Promise.resolve(problemsOf(dir));
        let timer: ReturnType<typeof setTimeout> | undefined;

        const revalidate = async (): Promise<Problem[]> => {
          const problems = problemsOf(dir);
          if (problems.length === 0) {
            try {
              await refreshContent?.({});
            } catch (error) {
              logger.error(`Memuat ulang data gagal [reloading the data failed]: ${(error as Error).message}`);
            }
          } else {
            logger.warn(`${problems.length} masalah di folder data [problems in the data folder]: lihat peramban [see the browser]`);
          }
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
          return problems;
        };

        server.watcher.add(dir);
        server.watcher.on('all', (_event, path) => {
          if (!inside(path)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            current = current.then(revalidate);
          }, SETTLE_MS);
        });

        server.middlewares.use((req, res, next) => {
          if (!isPage(req)) return next();
          current.then(
            (problems) => {
              if (problems.length === 0) return next();
              res.statusCode = 500;
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.setHeader('Cache-Control', 'no-store');
              res.end(problemsPage(problems, dir, clientScript));
            },
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}
