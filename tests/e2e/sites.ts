import { existsSync, readdirSync } from 'node:fs';
import { sep } from 'node:path';

/** A built site the end-to-end tests run against; `scripts/build-e2e.sh` builds both. */
export interface BuiltSite {
  /** Project name in playwright.config.ts; tests are tagged `@<name>` so each project runs its own. */
  name: 'site' | 'fixture';
  port: number;
  outDir: string;
}

export const sites: readonly BuiltSite[] = [
  { name: 'site', port: 4400, outDir: 'dist-e2e/site' },
  { name: 'fixture', port: 4401, outDir: 'dist-e2e/fixture' },
];

/** The tag in a test title that the site's project selects. */
export function tagOf(site: BuiltSite): string {
  return `@${site.name}`;
}

/**
 * Every HTML page of a built site, as the root-relative URL it is served at
 * (`/fr/accord/`), read from the build output itself.
 */
export function pagesOf(site: BuiltSite): string[] {
  if (!existsSync(site.outDir)) {
    throw new Error(`${site.outDir} does not exist: run "bash scripts/build-e2e.sh" (npm test does) first.`);
  }
  return (readdirSync(site.outDir, { recursive: true }) as string[])
    .filter((file) => file === 'index.html' || file.endsWith(`${sep}index.html`))
    .map((file) => {
      const folders = file.split(sep).slice(0, -1);
      return folders.length === 0 ? '/' : `/${folders.join('/')}/`;
    })
    .sort();
}

/** The language a page is for, read from its URL; the chooser at `/` is French first. */
export function languageOfUrl(url: string): string {
  return /^\/(fr|en)\//.exec(url)?.[1] ?? 'fr';
}
