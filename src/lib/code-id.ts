import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** npm's record of the exact packages installed, in a project's node_modules/. */
const INSTALLED_PACKAGES = join('node_modules', '.package-lock.json');

/** A relative path in a static or dynamic import, an export from, or a `new URL('./…', import.meta.url)`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew\s+URL\(\s*)(['"])(\.{1,2}\/[^'"?#]+)(?:[?#][^'"]*)?\1/g;

/** Files whose imports are followed; anything else imported (JSON, text) is hashed as it is. */
const SCRIPT = /\.[cm]?[jt]s$/;

/**
 * A hash of the code behind a cached result, derived rather than listed (a
 * list of files goes stale silently, issue 24): every file of the project
 * that `entries` reach through relative imports, followed from file to file
 * (type imports too: they can only make it change more often), npm's record
 * of the exact packages installed (node_modules/.package-lock.json, looked
 * for from the first entry up, as Node.js looks for packages), which covers
 * every package those files use, and the Node.js version. Any change of
 * either makes every result cached under the old hash a miss.
 *
 * @throws {Error} when no node_modules/.package-lock.json is found (no result is then cached).
 */
export function codeId(entries: readonly URL[]): string {
  const files = importedFiles(entries.map((entry) => fileURLToPath(entry)));
  const lockFile = installedPackagesFrom(dirname(files[0] ?? '.'));
  const root = dirname(dirname(lockFile));
  const hash = createHash('sha256').update(`node ${process.versions.node}\n`).update(readFileSync(lockFile));
  for (const file of files) hash.update(`\n${relative(root, file)}\n`).update(readFileSync(file));
  return hash.digest('hex');
}

/** `entries` and every existing file their relative imports lead to, each once, sorted. */
export function importedFiles(entries: readonly string[]): string[] {
  const found = new Set<string>();
  const queue = entries.map((entry) => resolve(entry));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (found.has(file) || !isFile(file)) continue;
    found.add(file);
    if (SCRIPT.test(file)) queue.push(...relativeImports(file));
  }
  return [...found].sort();
}

/** The files `file` names in its relative imports, resolved from its folder. */
function relativeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(RELATIVE_IMPORT)].map((match) => resolve(dirname(file), match[2]!));
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** node_modules/.package-lock.json in `folder` or the nearest folder above it that has one. */
function installedPackagesFrom(folder: string): string {
  for (let current = folder; ; current = dirname(current)) {
    const candidate = join(current, INSTALLED_PACKAGES);
    if (existsSync(candidate)) return candidate;
    if (dirname(current) === current) throw new Error(`No ${INSTALLED_PACKAGES} above ${folder}: run npm ci.`);
  }
}
