import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { editorPane, fillFields, uploadPageImage, writeEnglishVersion, writeSource } from '../../scripts/lib/web-editor-session.ts';
import type { GitHubStandIn } from '../github-stand-in/stand-in.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { projectCopy } from '../helpers/project-copy.ts';
import { sites, tagOf } from './sites.ts';
import { serveBuilt } from './web-editor/edited-site.ts';
import {
  contentFiles,
  editorPage,
  GITHUB_WAIT,
  openEntry,
  publishEntry,
  saveDraft,
  setStatus,
  signInWithToken,
  standInFor,
  TOKEN,
  type GitHubEditorWatch,
} from './web-editor/github-session.ts';
import { fingerprintOf, frontmatterOf } from './web-editor/page-files.ts';

/*
 * The web editor (/admin/, Sveltia CMS as built, with its GitHub backend,
 * its editorial workflow and its Content-Security-Policy) driven in
 * Chromium against the GitHub stand-in: every call it makes to GitHub is
 * answered from a real Git repository, held to GitHub's published REST and
 * GraphQL contracts. Each step reads the repository back with git.
 */
// Each step commits, branches or merges through the stand-in: several seconds on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const site = sites.find((candidate) => candidate.name === 'site')!;

const NEWS_TITLE = 'Visite d’une délégation de HAROPA PORT à Montréal';
const NEWS_FR = 'content/fr/actualites/visite-d-une-delegation-de-haropa-port-a-montreal.mdx';
const NEWS_EN = 'content/en/news/a-haropa-port-delegation-visits-montreal.mdx';
const NEWS_BRANCH = 'cms/news/visite-d-une-delegation-de-haropa-port-a-montreal';
const IMAGE_PATH = 'content/media/quai.png';
/** A 64 × 40 picture, as an editor would upload. */
const IMAGE = readFileSync('tests/fixtures/content/media/rectangle.png');
const AXIS_TITLE = 'Efficience énergétique et développement durable';
const AXIS_FR = 'content/fr/accord/efficience-energetique.mdx';
/** The labels Sveltia CMS puts on its pull requests, one per status. */
const LABEL = { draft: 'sveltia-cms/draft', ready: 'sveltia-cms/pending_publish' };

let hub: GitHubStandIn;
/** `main` before any publish. */
let seedMain: string;
let page: Page;
let watch: GitHubEditorWatch;

test.beforeAll(async ({ browser }) => {
  hub = standInFor(site, contentFiles(), 'workflow');
  seedMain = hub.git.head('main')!;
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

/** The open pull request of a branch. */
function pullOf(branch: string) {
  return hub.openPulls().find((pull) => pull.head === branch);
}

/** The files a branch changes from where it left `main`: `A path`, `M path`, `D path`. */
function changesOf(branch: string, base = 'main'): string[] {
  const head = hub.git.head(branch)!;
  return hub.git
    .changes(hub.git.mergeBase(hub.git.head(base)!, head), head)
    .map((change) => `${change.status} ${change.path}`)
    .sort();
}

/** The files of a branch, written into a folder of their own (dist-e2e/github-stand-in/<name>); its path. */
function exportBranch(branch: string, name: string): string {
  const folder = `dist-e2e/github-stand-in/${name}`;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  hub.git.exportTo(branch, folder);
  return folder;
}

/** The commits of a branch since it left `main`. */
function commitsOf(branch: string): number {
  return Number(hub.git.git(['rev-list', '--count', `main..${branch}`]).trim());
}

test(`${tagOf(site)} web editor on GitHub: a new French article saved as a draft is a branch and a labelled pull request`, async () => {
  await page.goto('admin/#/collections/news/filter/actualites');
  await page.getByRole('button', { name: 'Créer une entrée', exact: true }).click();
  const french = editorPane(page, 'fr');
  // The form is ready once it has made the page's key: a title typed before is lost.
  await expect(french.getByRole('textbox', { name: 'Identifiant de la page' })).toHaveValue(/^news-/);
  const body = 'Une délégation a visité le port.\n\n<ContactBlock partner="haropa-port" />';
  await writeSource(french, body);
  await fillFields(french, {
    Titre: NEWS_TITLE,
    Résumé: 'Une délégation de HAROPA PORT a visité le Port de Montréal.',
    'Date de publication': '2026-12-01',
    Texte: body,
  });
  await saveDraft(page, hub);
  expect(hub.git.head('main')).toBe(seedMain);
  expect(changesOf(NEWS_BRANCH)).toEqual([`A ${NEWS_FR}`]);
  expect(pullOf(NEWS_BRANCH)).toMatchObject({ base: 'main', draft: true, labels: [LABEL.draft] });
  const text = hub.git.files(NEWS_BRANCH)[NEWS_FR]!;
  expect(text).toMatch(/^---\nkey: news-[0-9a-f-]{36}\nkind: news\ntitle: Visite d’une délégation de HAROPA PORT à Montréal\n/);
  expect(text).toMatch(/\n---\n\nUne délégation a visité le port\.\n\n<ContactBlock partner="haropa-port" \/>\n$/);
});

test(`${tagOf(site)} web editor on GitHub: the draft edited again is a second commit on its branch`, async () => {
  await openEntry(page, 'news', 'actualites', NEWS_TITLE);
  const summary = 'Une délégation de HAROPA PORT a rencontré les équipes du Port de Montréal.';
  await fillFields(editorPane(page, 'fr'), { Résumé: summary });
  await saveDraft(page, hub);
  expect(commitsOf(NEWS_BRANCH)).toBe(2);
  expect(hub.openPulls()).toHaveLength(1);
  expect(frontmatterOf(hub.git.files(NEWS_BRANCH)[NEWS_FR]!).description).toBe(summary);
});

test(`${tagOf(site)} web editor on GitHub: the English version joins the same draft, marked as translated`, async () => {
  await openEntry(page, 'news', 'actualites', NEWS_TITLE);
  await writeEnglishVersion(page, {
    title: 'A HAROPA PORT delegation visits Montréal',
    summary: 'A delegation from HAROPA PORT visited the Port of Montréal.',
    body: 'A delegation visited the port.\n\n<ContactBlock partner="haropa-port" />',
  });
  await saveDraft(page, hub);
  expect(changesOf(NEWS_BRANCH)).toEqual([`A ${NEWS_EN}`, `A ${NEWS_FR}`]);
  expect(hub.openPulls()).toHaveLength(1);
  const files = hub.git.files(NEWS_BRANCH);
  const translation = frontmatterOf(files[NEWS_EN]!);
  expect(translation.key).toBe(frontmatterOf(files[NEWS_FR]!).key);
  expect(translation.translated).toBe(`\n  from: fr\n  version: ${fingerprintOf(files[NEWS_FR]!)}`);
});

test(`${tagOf(site)} web editor on GitHub: an image uploaded to the draft is committed to its branch, byte for byte`, async () => {
  await openEntry(page, 'news', 'actualites', NEWS_TITLE);
  await uploadPageImage(
    page,
    { name: 'quai.png', buffer: IMAGE },
    { fr: 'Un porte-conteneurs à quai', en: 'A container ship at the quay' },
  );
  await saveDraft(page, hub);
  expect(changesOf(NEWS_BRANCH)).toEqual([`A ${NEWS_EN}`, `A ${NEWS_FR}`, `A ${IMAGE_PATH}`]);
  expect(hub.git.blob(hub.git.fileOid(NEWS_BRANCH, IMAGE_PATH)!).equals(IMAGE)).toBe(true);
  const files = hub.git.files(NEWS_BRANCH);
  expect(files[NEWS_FR]).toContain('\nimage: ../../media/quai.png\nimageAlt: Un porte-conteneurs à quai\n');
  expect(files[NEWS_EN]).toContain('\nimage: ../../media/quai.png\nimageAlt: A container ship at the quay\n');
});

test(`${tagOf(site)} web editor on GitHub: « Prêt », then « Publier » merges the draft: main holds exactly its files`, async () => {
  await openEntry(page, 'news', 'actualites', NEWS_TITLE);
  await setStatus(page, 'Prêt');
  expect(pullOf(NEWS_BRANCH)).toMatchObject({ draft: false, labels: [LABEL.ready] });
  const drafted = hub.git.files(NEWS_BRANCH);
  await publishEntry(page);
  await expect.poll(() => hub.git.branches(), GITHUB_WAIT).toEqual(['main']);
  expect(hub.pulls.find((pull) => pull.head === NEWS_BRANCH)).toMatchObject({ state: 'closed', mergedAt: expect.any(String) });
  // Exactly the article's two files and its image, as the draft had them; nothing else of main changed.
  expect(hub.git.changes(seedMain, 'main').map((change) => `${change.status} ${change.path}`)).toEqual([
    `A ${NEWS_EN}`,
    `A ${NEWS_FR}`,
    `A ${IMAGE_PATH}`,
  ]);
  const published = hub.git.files('main');
  for (const path of [NEWS_FR, NEWS_EN]) expect(published[path]).toBe(drafted[path]);
});

test(`${tagOf(site)} web editor on GitHub: the site built from main after the publish shows the article in both languages`, async ({
  browser,
}) => {
  // Built in a copy of the project, as a host builds a checkout of main: beside the other
  // suites' builds, which Astro's module map in .astro/ would not allow in this checkout.
  const checkout = exportBranch('main', 'main');
  const project = projectCopy('github-main', `${checkout}/content`);
  const env = { ...editorEnv, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'http://localhost', BASE_PATH: '/' };
  execFileSync('npx', ['astro', 'build'], { cwd: project, env, stdio: 'pipe' });
  const built = { contentDir: `${project}/content`, outDir: `${project}/dist` };
  await using served = await serveBuilt(built, 2);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const reader = await context.newPage();
  await reader.goto(`${served.origin}/fr/actualites/visite-d-une-delegation-de-haropa-port-a-montreal/`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(NEWS_TITLE);
  await expect(reader.locator('[data-page-image] img')).toHaveAttribute('alt', 'Un porte-conteneurs à quai');
  await expect(reader.locator('[data-language-toggle]').first()).toHaveAttribute(
    'href',
    '/en/news/a-haropa-port-delegation-visits-montreal/',
  );
  await reader.goto(`${served.origin}/en/news/a-haropa-port-delegation-visits-montreal/`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('A HAROPA PORT delegation visits Montréal');
  // Up to date: the build agrees with the version the editor wrote.
  await expect(reader.locator('[data-language-notice]')).toHaveCount(0);
  await context.close();
});

/** Starts a French article from the news list, its form filled, its body written in Markdown; not saved yet. */
async function newArticle(title: string, body: string): Promise<void> {
  await page.goto('admin/#/collections/news/filter/actualites');
  await page.getByRole('button', { name: 'Créer une entrée', exact: true }).click();
  const french = editorPane(page, 'fr');
  await expect(french.getByRole('textbox', { name: 'Identifiant de la page' })).toHaveValue(/^news-/);
  await writeSource(french, body);
  await fillFields(french, {
    Titre: title,
    Résumé: `${title} : un article d’essai du flux éditorial.`,
    'Date de publication': '2026-12-02',
    Texte: body,
  });
}

/** Publishes the draft of `title` (status « Prêt », then « Publier »), and waits until its branch is gone. */
async function publishDraft(collection: string, folder: string, title: string, branch: string): Promise<void> {
  await openEntry(page, collection, folder, title);
  await setStatus(page, 'Prêt');
  await publishEntry(page);
  await expect.poll(() => hub.git.branches(), GITHUB_WAIT).not.toContain(branch);
}

/** The lines a commit range changed in `path`: `-old` and `+new`, without context. */
function changedLines(from: string, to: string, path: string): string[] {
  return hub.git
    .git(['diff', '-U0', from, to, '--', path])
    .split('\n')
    .filter((line) => /^[-+](?![-+]{2} )/.test(line));
}

test(`${tagOf(site)} web editor on GitHub: an existing page changed and published differs only by its changed line`, async () => {
  const before = hub.git.head('main')!;
  await openEntry(page, 'axis', 'accord', AXIS_TITLE);
  await fillFields(editorPane(page, 'fr'), { Titre: 'Efficience énergétique et transition écologique' });
  await saveDraft(page, hub);
  const [branch] = hub.git.branches().filter((name) => name !== 'main');
  expect(branch).toMatch(/^cms\/axis\//);
  expect(changesOf(branch!)).toEqual([`M ${AXIS_FR}`]);
  await publishDraft('axis', 'accord', 'Efficience énergétique et transition écologique', branch!);
  expect(hub.git.changes(before, 'main').map((change) => change.path)).toEqual([AXIS_FR]);
  expect(changedLines(before, 'main', AXIS_FR)).toEqual([
    '-title: Efficience énergétique et développement durable',
    '+title: Efficience énergétique et transition écologique',
  ]);
});

test(`${tagOf(site)} web editor on GitHub: a title edited after the pull request exists stays on its branch (sveltia-cms#990)`, async () => {
  await newArticle('Escale d’un navire école', 'Un navire école a fait escale.');
  await saveDraft(page, hub);
  const [branch] = hub.git.branches().filter((name) => name !== 'main');
  const [file] = changesOf(branch!);
  expect(pullOf(branch!)).toBeDefined();
  await openEntry(page, 'news', 'actualites', 'Escale d’un navire école');
  await fillFields(editorPane(page, 'fr'), { Titre: 'Escale d’un navire école à Montréal' });
  await saveDraft(page, hub);
  // Still one branch and one pull request for the entry, two commits on it, its file where it was.
  expect(hub.git.branches()).toEqual([branch, 'main'].sort());
  expect(hub.openPulls().map((pull) => pull.head)).toEqual([branch]);
  expect(commitsOf(branch!)).toBe(2);
  expect(changesOf(branch!)).toEqual([file]);
  expect(frontmatterOf(hub.git.files(branch!)[file!.slice(2)]!).title).toBe('Escale d’un navire école à Montréal');
});

test(`${tagOf(site)} web editor on GitHub: a draft deleted loses its branch and pull request, main untouched`, async () => {
  const main = hub.git.head('main');
  const [branch] = hub.git.branches().filter((name) => name !== 'main');
  await openEntry(page, 'news', 'actualites', 'Escale d’un navire école à Montréal');
  await page.getByRole('button', { name: 'Afficher les options de l’éditeur' }).click();
  await page.getByRole('menuitem', { name: /Supprimer|Abandonner/ }).click();
  const confirmation = page.getByRole('alertdialog');
  await expect(confirmation).toContainText('Cette entrée n’a pas encore été publiée');
  await confirmation.getByRole('button', { name: /Supprimer|Abandonner/ }).click();
  await expect.poll(() => hub.git.branches(), GITHUB_WAIT).toEqual(['main']);
  // The editor then goes back to the list, after the branch is gone: the next test, started sooner,
  // was sent back to the deleted entry (« Entrée introuvable »), once in a clean-clone run.
  await page.getByRole('group', { name: 'Éditeur de contenu' }).waitFor({ state: 'detached', ...GITHUB_WAIT });
  expect(hub.pulls.find((pull) => pull.head === branch)).toMatchObject({ state: 'closed', mergedAt: null });
  expect(hub.git.head('main')).toBe(main);
});

test(`${tagOf(site)} web editor on GitHub: two drafts at once, published in the other order, both reach main`, async () => {
  const before = hub.git.head('main')!;
  await newArticle('Atelier sur les métiers portuaires', 'Un atelier a réuni les équipes.');
  await saveDraft(page, hub);
  await newArticle('Rencontre sur l’énergie à quai', 'Une rencontre a eu lieu.');
  await saveDraft(page, hub);
  const branches = hub.git.branches().filter((name) => name !== 'main');
  expect(branches).toHaveLength(2);
  expect(hub.openPulls()).toHaveLength(2);
  const [first, second] = ['atelier-sur-les-metiers-portuaires', 'rencontre-sur-l-energie-a-quai'].map((slug) => `cms/news/${slug}`);
  await publishDraft('news', 'actualites', 'Rencontre sur l’énergie à quai', second!);
  expect(pullOf(first!)).toBeDefined();
  await publishDraft('news', 'actualites', 'Atelier sur les métiers portuaires', first!);
  expect(hub.git.changes(before, 'main').map((change) => `${change.status} ${change.path}`)).toEqual([
    'A content/fr/actualites/atelier-sur-les-metiers-portuaires.mdx',
    'A content/fr/actualites/rencontre-sur-l-energie-a-quai.mdx',
  ]);
  expect(hub.openPulls()).toEqual([]);
});

test(`${tagOf(site)} web editor on GitHub: the pull request's content check, on the draft's files, names the broken block in French`, async () => {
  await newArticle('Coordonnées à compléter', 'Pour nous écrire :\n\n<ContactBlock partner="" />');
  await saveDraft(page, hub);
  const [branch] = hub.git.branches().filter((name) => name !== 'main');
  const file = 'content/fr/actualites/coordonnees-a-completer.mdx';
  expect(changesOf(branch!)).toEqual([`A ${file}`]);
  // The pull request's checkout: the branch's files, where the deploy workflow runs `npm run content-check`.
  const checkout = exportBranch(branch!, 'pull-request');
  const project = projectCopy('github-pull-request', `${checkout}/content`);
  // In French, as the workflow sets it; not as an annotation of this test run's own workflow.
  const env = { ...editorEnv, EDITOR_LANG: 'fr', GITHUB_ACTIONS: '' };
  const check = spawnSync('npm', ['run', '--silent', 'content-check'], { cwd: project, env, encoding: 'utf8' });
  expect(check.status).toBe(1);
  const line = hub.git.files(branch!)[file]!.split('\n').indexOf('<ContactBlock partner="" />') + 1;
  // French typography: a no-break space before « : ».
  const output = check.stdout.replace(/[\u00a0\u202f]/g, ' ');
  expect(output).toContain(`Le contenu a un problème :\n\n  ${file}, ligne ${line}\n`);
  expect(output).toContain('<ContactBlock> a besoin de partner="…" : ajoutez-le, par exemple <ContactBlock partner="…">.');
});
