import { expect, test, type Page } from '@playwright/test';
import type { GitHubStandIn } from '../github-stand-in/stand-in.ts';
import { sites, tagOf } from './sites.ts';
import { contentFiles, editorPage, signInWithToken, standInFor, TOKEN, type GitHubEditorWatch } from './web-editor/github-session.ts';

/*
 * The web editor (/admin/, Sveltia CMS as built, with its GitHub backend,
 * its editorial workflow and its Content-Security-Policy) driven in
 * Chromium against the GitHub stand-in: every call it makes to GitHub is
 * answered from a real Git repository, held to GitHub's published REST and
 * GraphQL contracts. Each step reads the repository back with git.
 */
test.describe.configure({ mode: 'serial' });

const site = sites.find((candidate) => candidate.name === 'site')!;

let hub: GitHubStandIn;
let page: Page;
let watch: GitHubEditorWatch;

test.beforeAll(async ({ browser }) => {
  hub = standInFor(site, contentFiles(), 'workflow');
  ({ page, watch } = await editorPage(browser, site, hub));
});

test.afterAll(async () => {
  await page.context().close();
});

test.afterEach(() => {
  expect(hub.problems, 'calls the stand-in does not implement, or answers outside GitHub’s contract').toEqual([]);
  expect(watch.otherOrigins, 'requests to other origins').toEqual([]);
  expect(watch.errors, 'errors and policy violations').toEqual([]);
});

test(`${tagOf(site)} web editor on GitHub: a wrong token is refused in French, and nothing changes`, async () => {
  const main = hub.git.head('main');
  await page.goto('admin/');
  await signInWithToken(page, 'github_pat_not_the_right_one');
  await expect(page.getByText('Le jeton fourni n’est pas valide. Veuillez le vérifier et réessayer.')).toBeVisible();
  // GitHub refused the token when asked who it belongs to; nothing else was asked, nothing written.
  expect(hub.calls).toEqual([{ method: 'GET', path: '/user', status: 401 }]);
  expect(hub.git.branches()).toEqual(['main']);
  expect(hub.git.head('main')).toBe(main);
  // The browser reports the refusal and the editor its message: what an editor is shown above.
  expect(watch.errors).toEqual([
    'console: Failed to load resource: the server responded with a status of 401 (Unauthorized)',
    expect.stringMatching(/^console: Error Invalid token/),
  ]);
  watch.errors.length = 0;
});

test(`${tagOf(site)} web editor on GitHub: signing in with a token reads the repository and shows the collections`, async () => {
  await signInWithToken(page, TOKEN);
  // The first load reads every file of the repository (and the stand-in its contracts): a while on a busy machine.
  await expect(page.getByText('Collections', { exact: true })).toBeVisible({ timeout: 30_000 });
  const asked = hub.calls.slice(1).map((call) => `${call.method} ${call.path}`);
  // Who the token is, whether they may write to the repository, then its files.
  expect(asked).toEqual(
    expect.arrayContaining([
      'GET /user',
      'GET /repos/{owner}/{repo}/collaborators/{username}',
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      'POST /graphql',
    ]),
  );
  await page.goto('admin/#/collections/news/filter/actualites');
  await expect(
    page.getByRole('main').getByText('Le port de Montréal et HAROPA PORT renouvellent leur coopération', { exact: true }).first(),
  ).toBeVisible();
});
