/**
 * A built site served on 127.0.0.1 (a free port) at the root, as a host would serve dist/: by the
 * product's own server (`npm run preview`, src/commands/site-server.ts), with the site's `_headers`.
 */
import { serveSite } from '../../src/commands/site-server.ts';

export interface Served {
  /** The origin, without a final slash: pages are at `url + '/laporan/2024/'`. */
  url: string;
  close(): Promise<void>;
}

export async function serve(root: string): Promise<Served> {
  const { origin, close } = await serveSite(root);
  return { url: origin, close };
}
