import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testChromium } from '../../scripts/chromium-path.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { projectCopy } from '../helpers/project-copy.ts';

/*
 * The live preview shows content mistakes: with a real `astro dev` on a copy
 * of the project, in Chromium, every page shows the report while a mistake
 * is there (file, line, field, what to do, in French by default) and the
 * page itself once it is fixed, without the editor reloading anything.
 */

const port = Number(process.env.E2E_PORT_BASE || 4400) + 10;
const origin = `http://localhost:${port}`;
const article = 'content/fr/actualites/article-francais.md';
// The first real page the preview renders compiles the whole site: allow it time on a busy machine.
const SLOW = 180_000;

let cwd = '';
let dev: ChildProcess | undefined;
let terminal = '';
let browser: Browser | undefined;

/** Puts the article's publication date as `date` (`2023-05-02` is the right one). */
function writeDate(date: string): void {
  const file = `${cwd}/${article}`;
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^published: .*$/m, `published: ${date}`));
}

/** Resolves once the dev server answers. */
async function serving(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      await fetch(`${origin}/`);
      return;
    } catch {
      await new Promise((wait) => setTimeout(wait, 500));
    }
  }
  throw new Error(`astro dev did not start:\n${terminal}`);
}

async function open(path: string): Promise<Page> {
  if (!browser) throw new Error('No browser.');
  const page = await browser.newPage();
  page.setDefaultTimeout(SLOW);
  // Not waiting for Vite's client script: the report is plain HTML, the script only reloads it.
  await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
  return page;
}

/** For each page opened with openWatching: how many documents it loaded, and how many of them Vite's client connected. */
const watching = new WeakMap<Page, { loads: number; connections: number }>();

/**
 * Opens `path` with Vite's client script listening for changes, which
 * reloads the page when a file is saved. A file saved before the script
 * connects reloads nothing: on a busy machine that takes seconds, and the
 * test waited for a reload in vain.
 */
async function openWatching(path: string): Promise<Page> {
  if (!browser) throw new Error('No browser.');
  const page = await browser.newPage();
  page.setDefaultTimeout(SLOW);
  const counts = { loads: 0, connections: 0 };
  watching.set(page, counts);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) counts.loads += 1;
  });
  page.on('console', (message) => {
    if (message.text().startsWith('[vite] connected')) counts.connections += 1;
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
  await untilWatching(page);
  return page;
}

/** Until the document a page shows now listens for changes (each reload connects anew). */
async function untilWatching(page: Page): Promise<void> {
  const counts = watching.get(page);
  if (counts) await expect.poll(() => counts.connections >= counts.loads, { timeout: SLOW }).toBe(true);
}

/** What a page shows about the mistake, once it shows it. */
async function expectReport(page: Page): Promise<void> {
  await expect.poll(() => page.locator('h1').textContent(), { timeout: SLOW }).toBe('Le contenu a un problème');
  await untilWatching(page);
  const text = await page.locator('main').innerText();
  expect(text).toContain(article);
  expect(text).toContain('ligne 6 (champ «\u00a0published\u00a0»)');
  expect(text).toContain('«\u00a02/05/2023\u00a0» n’est pas une date de la forme AAAA-MM-JJ');
}

/** The article itself, dated 2 May 2023. */
async function expectArticle(page: Page): Promise<void> {
  await expect.poll(() => page.locator('time').first().textContent(), { timeout: SLOW }).toBe('2 mai 2023');
  await untilWatching(page);
}

beforeAll(async () => {
  cwd = projectCopy('dev-preview', 'tests/fixtures/content');
  // The preview starts with the mistake already there: it must not stop the server.
  writeDate('2/05/2023');
  dev = spawn('npx', ['astro', 'dev', '--port', String(port)], {
    cwd,
    detached: true,
    env: { ...editorEnv, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const listen = (chunk: Buffer) => (terminal += chunk.toString());
  dev.stdout?.on('data', listen);
  dev.stderr?.on('data', listen);
  await serving();
  const executablePath = testChromium(process.env);
  browser = await chromium.launch(executablePath ? { executablePath } : {});
}, SLOW);

afterAll(async () => {
  if (dev?.pid) process.kill(-dev.pid);
  await browser?.close();
}, SLOW);

describe('npm run dev with a content mistake', () => {
  it(
    'shows the report on every page, and in the terminal',
    async () => {
      for (const path of ['/fr/actualites/article-francais/', '/en/']) {
        const page = await open(path);
        await expectReport(page);
        await page.close();
      }
      expect(terminal).toContain('Le contenu a un problème');
      expect(terminal).toContain(`${article}, ligne 6`);
    },
    2 * SLOW,
  );

  it(
    'shows the page again once the mistake is fixed, and the report as soon as one is made',
    async () => {
      const page = await openWatching('/fr/actualites/article-francais/');
      await expectReport(page);
      writeDate('2023-05-02');
      await expectArticle(page);
      writeDate('2/05/2023');
      await expectReport(page);
      writeDate('2023-05-02');
      await expectArticle(page);
      await page.close();
    },
    4 * SLOW,
  );

  it(
    'shows a data file’s mistake the same way, and Astro adds no report of its own',
    async () => {
      const partners = `${cwd}/content/partners.yaml`;
      const valid = readFileSync(partners, 'utf8');
      const before = terminal.length;
      // Saved as some editors save: the file is emptied, then written.
      writeFileSync(partners, '');
      await new Promise((wait) => setTimeout(wait, 20));
      writeFileSync(partners, valid.replace(/website: https:\/\//, 'website: '));
      const page = await open('/fr/');
      await expect.poll(() => page.locator('h1').textContent(), { timeout: SLOW }).toBe('Le contenu a un problème');
      expect(await page.locator('main').innerText()).toContain('n’est pas une adresse web complète');
      writeFileSync(partners, valid);
      await expect.poll(() => page.locator('h1').textContent(), { timeout: SLOW }).not.toBe('Le contenu a un problème');
      expect(terminal.slice(before)).not.toContain('does not match collection schema');
      await page.close();
    },
    4 * SLOW,
  );
});
