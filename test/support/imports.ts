/**
 * The relative imports between the modules of src, read from their text: what runs at build time (a
 * module, or an Astro file's frontmatter; a `<script>` of an Astro file is browser code). Paths are
 * relative to src.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../../src');

const buildTimeCode = (path: string, text: string): string => (path.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text);

/** The modules (TypeScript and Astro files) under a folder of src. */
export const modulesIn = (folder: string): string[] =>
  readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro)$/.test(file))
    .map((file) => join(folder, file));

/** What one module of src imports, as written: `../domain/dataset.ts`, `astro:content`. */
export function specifiersOf(module: string): string[] {
  const path = join(SRC, module);
  return [...buildTimeCode(path, readFileSync(path, 'utf8')).matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'([^']+)'/g)].map(([, specifier]) => specifier!);
}

/** The modules and other files one module of src imports relatively. */
export const importsOfModule = (module: string): string[] =>
  specifiersOf(module)
    .filter((specifier) => /^\.{1,2}\//.test(specifier))
    .map((specifier) => relative(SRC, resolve(dirname(join(SRC, module)), specifier)));

/** Every relative import of the modules in a folder of src, as `file → imported file`. */
export const importsOf = (folder: string): string[] => modulesIn(folder).flatMap((module) => importsOfModule(module).map((imported) => `${module} → ${imported}`));

/** Whether an `a → b` line imports from a folder of src. */
export const into = (folder: string) => (line: string) => line.split(' → ')[1]!.startsWith(`${folder}/`);

/** The chain of imports by which a module reaches a target module, directly or through others, or undefined. */
export function importChain(from: string, target: string): string[] | undefined {
  const cameFrom = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const module = queue.shift()!;
    if (module === target) {
      const chain = [module];
      while (chain[0] !== from) chain.unshift(cameFrom.get(chain[0]!)!);
      return chain;
    }
    for (const imported of importsOfModule(module).filter((file) => /\.(ts|astro)$/.test(file))) {
      if (cameFrom.has(imported)) continue;
      cameFrom.set(imported, module);
      queue.push(imported);
    }
  }
  return undefined;
}
