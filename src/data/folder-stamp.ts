/** The folder stamp: a cheap identity of a folder's current content (every file's path, size and modification time). */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function folderStamp(dir: string): string {
  const parts: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else {
        // A link's own identity: never followed (the validator refuses links, see folder-files.ts).
        const stat = lstatSync(join(dir, path), { bigint: true });
        parts.push(`${path}:${stat.size}:${stat.mtimeNs}`);
      }
    }
  };
  try {
    walk('');
  } catch {
    // A folder that vanishes while being read: whatever it holds now is another content.
    parts.push(`unreadable:${Date.now()}`);
  }
  return parts.sort().join('\n');
}
