import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** What this run created, so that it can take it all back: pages, and the folders made for them. */
export class CreatedFiles {
  readonly pages: string[] = [];
  private readonly folders: string[] = [];

  /** Makes the folders `file` needs, remembering those that did not exist. */
  makeFolderFor(file: string): void {
    const made = mkdirSync(dirname(file), { recursive: true });
    if (made === undefined) return;
    // mkdirSync names the first folder it made; the others are below it, down to the file's.
    const first = resolve(made);
    for (let folder = resolve(dirname(file)); folder.startsWith(first); folder = dirname(folder)) this.folders.push(folder);
  }

  /** Removes the pages, then the folders made for them, deepest first, if nothing else is in them. */
  remove(): void {
    for (const page of this.pages) rmSync(page, { force: true });
    for (const folder of this.folders) {
      if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder);
    }
  }
}
