import { readFileSync } from 'node:fs';
import { expect, type Browser, type Page } from '@playwright/test';
import { editorContext } from '../../../scripts/lib/web-editor-session.ts';
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
  const context = await editorContext(browser, origin);
  const watch: GitHubEditorWatch = { otherOrigins: [], errors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || /^(blob|data):/.test(url)) return route.fallback();
    watch.otherOrigins.push(url);
    return route.abort();
  });
  // Added last, so asked first: GitHub's hosts go to the stand-in.
  await hub.route(context);
  // Sveltia CMS keeps a backup of the entry being edited, written a moment after each change; a
  // backup written just after a save is offered back (« Restaurer le brouillon ») the next time the
  // entry opens, now and then (1 run in 8 here). Its preference (« Sauvegarde automatique des
  // brouillons d’entrée ») is off: the tests save everything they type.
  await context.addInitScript(() => {
    if (!localStorage.getItem('sveltia-cms.prefs')) localStorage.setItem('sveltia-cms.prefs', JSON.stringify({ useDraftBackup: false }));
  });
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

/** Where the stand-in's branches point: what changes when the editor commits, branches or publishes. */
export function branchHeads(hub: GitHubStandIn): string {
  return hub.git
    .branches()
    .map((branch) => `${branch} ${hub.git.head(branch)}`)
    .join('\n');
}

/** How long a save or a publish may take through the stand-in on a busy machine. */
export const GITHUB_WAIT = { timeout: 30_000 };

/**
 * Saves the entry shown as a draft (« Enregistrer »), and waits until the
 * repository changed. The editor then offers to send the draft for review
 * (first save of an entry): « Plus tard » keeps it a draft. Either way
 * the editor then goes back to the collection's list.
 */
export async function saveDraft(page: Page, hub: GitHubStandIn): Promise<void> {
  const before = branchHeads(hub);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect.poll(() => branchHeads(hub), GITHUB_WAIT).not.toBe(before);
  // The first save of an entry then asks about the review, over the entry still open;
  // a later save closes the entry. Until one or the other, only the entry shows.
  const later = page.getByRole('button', { name: 'Plus tard' });
  const editor = page.getByRole('group', { name: 'Éditeur de contenu' });
  await expect.poll(() => later.or(editor).count(), GITHUB_WAIT).not.toBe(1);
  if ((await later.count()) > 0) await later.click();
  await editor.waitFor({ state: 'detached' });
}

/** Opens the entry titled `title` of a collection folder; a draft shows among « Entrées non publiées ». */
export async function openEntry(page: Page, collection: string, folder: string, title: string): Promise<void> {
  await page.goto(`admin/#/collections/${collection}/filter/${folder}`);
  await page.getByRole('main').getByText(title, { exact: true }).first().click();
  await page
    .getByRole('group', { name: /^Modifier le contenu en .?Français/ })
    .getByRole('textbox', { name: 'Titre' })
    .waitFor();
}

/** Sets the open draft's status (« Brouillon », « En révision », « Prêt ») from the editor's status menu. */
export async function setStatus(page: Page, status: string): Promise<void> {
  const button = page.getByRole('button', { name: /^Statut/ });
  // An entry just opened may be drawn again once the editor has read its pull request, closing a
  // menu opened before: the choice is made again until the status shows it.
  await expect(async () => {
    await button.click();
    await page.getByRole('menuitemradio', { name: status }).click({ timeout: 2_000 });
    await expect(button).toContainText(status, { timeout: 5_000 });
  }).toPass(GITHUB_WAIT);
}

/** Publishes the open entry, its status « Prêt »: « Publier », confirmed; waits until the editor closed it. */
export async function publishEntry(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publier l’entrée' }).click();
  const confirmation = page.getByRole('alertdialog', { name: 'Publier l’entrée' });
  await expect(confirmation).toContainText('Voulez-vous vraiment publier cette entrée ?');
  await confirmation.getByRole('button', { name: 'Publier', exact: true }).click();
  // Once merged, the editor goes back to the collection's list.
  await page.getByRole('group', { name: 'Éditeur de contenu' }).waitFor({ state: 'detached', ...GITHUB_WAIT });
}
