import { test as base, devices, type Browser, type Page, type WorkerInfo } from '@playwright/test';

/*
 * Pages shared by the tests of a worker. A new browser context per test
 * costs about as much as reading the page itself, and the suites that go
 * through every page do little else; each test starts with its own
 * navigation, so sharing the page changes nothing they see.
 */

const desktop = devices['Desktop Chrome'];

async function sharedPage(browser: Browser, workerInfo: WorkerInfo, javaScriptEnabled: boolean, use: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ ...desktop, baseURL: workerInfo.project.use.baseURL ?? '', javaScriptEnabled });
  await use(await context.newPage());
  await context.close();
}

export const test = base.extend<{ readerPage: Page }, { workerReaderPage: Page; axePage: Page }>({
  workerReaderPage: [async ({ browser }, use, workerInfo) => sharedPage(browser, workerInfo, false, use), { scope: 'worker' }],
  /** As readers without JavaScript get it (playwright.config.ts), at the desktop size whatever the last test left. */
  readerPage: async ({ workerReaderPage }, use) => {
    await workerReaderPage.setViewportSize(desktop.viewport);
    await use(workerReaderPage);
  },
  /** With JavaScript on, for axe, which runs as a script; each test sets the colour scheme it checks. */
  axePage: [async ({ browser }, use, workerInfo) => sharedPage(browser, workerInfo, true, use), { scope: 'worker' }],
});
