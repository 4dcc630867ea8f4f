/** A cheap identity of a folder's current content (every file's path, size and modification time). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function folderFingerprint(dir: string): string {
  const parts: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(join(dir, path), { bigint: true });
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
