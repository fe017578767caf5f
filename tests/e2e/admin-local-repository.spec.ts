import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { filesBelow } from '../../src/lib/files-below.ts';
import { editorContext, editorPane, save, watchPage, type EditorWatch } from '../../scripts/lib/web-editor-session.ts';
import { originOf, sites, tagOf } from './sites.ts';

/*
 * Sveltia CMS's local mode (« Travailler avec un dépôt local »), which it
 * offers on localhost once it knows the repository: the editor reads and
 * writes a checkout the editor picks on disk, through Chromium's File System
 * Access API, without GitHub. Headless Chromium shows no folder picker (its
 * showDirectoryPicker gives up at once, AbortError) and Playwright cannot
 * answer one, so the picker here hands over a folder of the browser's private
 * file system holding the checkout's content and a `.git` folder (what the
 * CMS checks for); the CMS then works on it as on a folder of the disk.
 */
const site = sites.find((candidate) => candidate.name === 'site')!;
/**
 * With the GitHub backend, Sveltia CMS 0.221.1 asks GitHub's status page
 * (www.githubstatus.com) whether GitHub is up, which the admin page's policy
 * refuses (src/integrations/web-editor/index.ts lets it talk to GitHub's API
 * only): the console says so, and the editor works on.
 */
const REFUSED_STATUS_CHECK = /githubstatus\.com/;
const CHECKOUT = 'local-checkout';
const CONTACT_FR = 'content/fr/contact.mdx';
const files: Record<string, string> = Object.fromEntries(
  filesBelow('content')
    .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
    .map((file) => [`content/${file}`, readFileSync(`content/${file}`, 'utf8')]),
);

test(`${tagOf(site)} web editor on localhost: local mode edits the checkout's files, changing only the line edited`, async ({
  browser,
}) => {
  const origin = originOf(site);
  const context = await editorContext(browser, origin);
  const watch: EditorWatch = { otherOrigins: [], errors: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(origin)) {
      watch.otherOrigins.push(url);
      return route.abort();
    }
    if (!url.endsWith('/admin/cms.json')) return route.continue();
    // The repository a clone's remote gives (src/integrations/web-editor/git-remote.ts), whatever this build knew: local mode needs one.
    const response = await route.fetch();
    const data = (await response.json()) as { config: { backend: Record<string, unknown> } };
    data.config.backend.repo ??= 'owner/site';
    return route.fulfill({ response, json: data });
  });
  await context.addInitScript((folder) => {
    Object.assign(window, {
      showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true }),
    });
  }, CHECKOUT);
  const page = await context.newPage();
  watchPage(page, watch);
  await page.goto('admin/');
  await page.evaluate(
    async ({ folder, entries }) => {
      const storage = await navigator.storage.getDirectory();
      await storage.removeEntry(folder, { recursive: true }).catch(() => undefined);
      const root = await storage.getDirectoryHandle(folder, { create: true });
      await root.getDirectoryHandle('.git', { create: true });
      for (const [path, text] of Object.entries(entries)) {
        const parts = path.split('/');
        let parent = root;
        for (const part of parts.slice(0, -1)) parent = await parent.getDirectoryHandle(part, { create: true });
        const writable = await (await parent.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { folder: CHECKOUT, entries: files },
  );

  await page.getByRole('button', { name: 'Travailler avec un dépôt local' }).click();
  await page.getByText('Collections', { exact: true }).waitFor();
  await page.goto('admin/#/collections/page');
  await page.getByRole('main').getByText('Contact', { exact: true }).first().click();
  const title = editorPane(page, 'fr').getByRole('textbox', { name: 'Titre' });
  const before = await title.inputValue();
  await title.fill(`${before} et nous écrire`);
  await save(page);

  const written = await page.evaluate(
    async ({ folder, path }) => {
      let handle = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
      const parts = path.split('/');
      for (const part of parts.slice(0, -1)) handle = await handle.getDirectoryHandle(part);
      return (await (await handle.getFileHandle(parts.at(-1)!)).getFile()).text();
    },
    { folder: CHECKOUT, path: CONTACT_FR },
  );
  expect(written).toBe(files[CONTACT_FR]!.replace(`title: ${before}\n`, `title: ${before} et nous écrire\n`));
  expect(watch.otherOrigins).toEqual([]);
  expect(watch.errors.filter((error) => !REFUSED_STATUS_CHECK.test(error))).toEqual([]);
  await context.close();
});
