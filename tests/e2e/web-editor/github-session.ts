import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { filesBelow } from '../../../src/lib/files-below.ts';
import { GitHubStandIn } from '../../github-stand-in/stand-in.ts';
import { originOf, type BuiltSite } from '../sites.ts';

/**
 * The built web editor (/admin/) with its real GitHub backend and its real
 * Content-Security-Policy, in Chromium, talking to the GitHub stand-in
 * (tests/github-stand-in/) instead of GitHub.
 */

/** The personal access token the stand-in accepts. */
export const TOKEN = 'github_pat_stand_in_for_tests';

/** What the page did that a test must find empty. */
export interface GitHubEditorWatch {
  /** Requests to any origin but the site's and GitHub's, refused. */
  otherOrigins: string[];
  errors: string[];
}

/**
 * Sveltia CMS 0.221.1 asks githubstatus.com whether GitHub is up; the
 * editor's policy lets it talk to api.github.com only, so the browser
 * refuses, the editor carries on without the status, and the console says
 * so. Only that address's refusal is let through.
 */
const GITHUB_STATUS = 'https://www.githubstatus.com/api/v2/status.json';

/**
 * An error of Sveltia CMS 0.221.1 itself, on every save of a new entry
 * whose English version is not enabled yet (see web-editor-session.ts): the
 * entry is saved all the same, as the tests check.
 */
const KNOWN_CMS_ERROR = 'Cannot convert undefined or null to object';

/** The files of the project's content, by path in the repository: what `main` starts with. */
export function contentFiles(contentDir = 'content'): Record<string, Buffer> {
  return Object.fromEntries(filesBelow(contentDir).map((file) => [`content/${file}`, readFileSync(`${contentDir}/${file}`)]));
}

/** The repository the site's web editor was built for (`backend.repo` of its cms.json). */
export function builtRepository(site: BuiltSite): string {
  const { config } = JSON.parse(readFileSync(`${site.outDir}/admin/cms.json`, 'utf8')) as { config: { backend: { repo: string } } };
  return config.backend.repo;
}

/** A stand-in for the repository `site`'s editor is built for, its `main` holding `files`. */
export function standInFor(site: BuiltSite, files: Record<string, string | Buffer>, name: string): GitHubStandIn {
  return new GitHubStandIn({
    dir: `dist-e2e/github-stand-in/${name}`,
    repository: builtRepository(site),
    files,
    token: TOKEN,
    user: { id: 4_242, login: 'equipe-communication', name: 'Équipe communication', email: 'communication@example.org' },
  });
}

/** A French browser page on `site`'s editor, GitHub answered by `hub`, nothing else reachable. */
export async function editorPage(browser: Browser, site: BuiltSite, hub: GitHubStandIn): Promise<{ page: Page; watch: GitHubEditorWatch }> {
  const origin = originOf(site);
  const context = await browser.newContext({
    baseURL: `${origin}/`,
    javaScriptEnabled: true,
    locale: 'fr-FR',
    viewport: { width: 1400, height: 1000 },
  });
  const watch: GitHubEditorWatch = { otherOrigins: [], errors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || /^(blob|data):/.test(url)) return route.fallback();
    watch.otherOrigins.push(url);
    return route.abort();
  });
  // Added last, so asked first: GitHub's hosts go to the stand-in.
  await hub.route(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    if (error.message !== KNOWN_CMS_ERROR) watch.errors.push(`page error: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes(GITHUB_STATUS)) watch.errors.push(`console: ${message.text()}`);
  });
  return { page, watch };
}

/** Types `token` into the editor's sign-in form (« Se connecter avec un jeton d’accès »). */
export async function signInWithToken(page: Page, token: string): Promise<void> {
  await page.getByRole('button', { name: 'Se connecter avec un jeton d’accès' }).click();
  await page.getByRole('textbox').first().fill(token);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}
