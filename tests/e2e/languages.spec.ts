import { expect, type Page } from '@playwright/test';
import { test } from './shared-pages.ts';
import { readFacts, type PageFacts } from './page-facts.ts';
import { contentPagesOf, rootSites, tagOf } from './sites.ts';

/*
 * Language toggles, fallback pages and the language of every part of a page,
 * checked on every content page of each built site. Each test reads other
 * pages too (toggle targets, originals, alternates, list targets); what a
 * page says is read once per worker and kept, since the built site is static.
 */

const untranslatedLabel: Record<string, string> = { fr: 'page non traduite', en: 'page not translated' };
const factsCache = new Map<string, Promise<PageFacts>>();

/** What `url` says, read in Chromium the first time it is asked for. */
function factsOf(page: Page, url: string): Promise<PageFacts> {
  const key = `${test.info().project.name} ${url}`;
  let facts = factsCache.get(key);
  if (!facts) {
    facts = (async () => {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      return readFacts(page);
    })();
    factsCache.set(key, facts);
  }
  return facts;
}

for (const site of rootSites) {
  const contentPages = contentPagesOf(site);

  test.describe(`${tagOf(site)} languages`, () => {
    for (const url of contentPages) {
      test(`${url}: toggle, notices, hreflang and language marks`, async ({ readerPage: page }) => {
        const facts = await factsOf(page, url);

        await test.step('the language toggle leads to the same page in the other language, and back', async () => {
          expect(facts.toggles).toHaveLength(1);
          const toggle = facts.toggles[0]!;
          expect(toggle.lang).not.toBe(facts.lang);
          expect(toggle.hreflang).toBe(toggle.lang);
          const target = await factsOf(page, toggle.href);
          expect(target.lang).toBe(toggle.lang);
          // A toggle to a fallback page says that page is not translated.
          expect(toggle.text.includes(untranslatedLabel[toggle.lang ?? ''] ?? '?')).toBe(target.notice !== null);
          expect(target.toggles.map((back) => back.href)).toEqual([url]);
        });

        await test.step('a notice appears exactly when the content is not in the reader’s language', async () => {
          expect(facts.contentLang).not.toBeNull();
          if (facts.contentLang === facts.lang) {
            expect(facts.notice).toBeNull();
            expect(facts.canonical).toBe(url);
            return;
          }
          // Fallback page: notice in the reader's language, outside the content.
          expect(facts.notice).not.toBeNull();
          expect(facts.notice?.insideContent).toBe(false);
          expect(facts.notice?.lang).toBe(facts.lang);
          expect(facts.alternates).toEqual([]);
          expect(facts.canonical).not.toBe(url);
          expect(facts.notice?.originalHref).toBe(facts.canonical);
          const original = await factsOf(page, facts.canonical);
          expect(original.notice).toBeNull();
          expect(original.lang).toBe(facts.contentLang);
          expect(original.h1).toBe(facts.h1);
        });

        await test.step('hreflang alternates name real translations, reciprocally', async () => {
          if (facts.alternates.length === 0) return;
          expect(facts.canonical).toBe(url);
          expect(facts.alternates).toContainEqual({ hreflang: facts.lang, href: url });
          expect(facts.alternates.filter((alternate) => alternate.hreflang === 'x-default')).toHaveLength(1);
          for (const alternate of facts.alternates.filter((candidate) => candidate.hreflang !== 'x-default')) {
            const other = await factsOf(page, alternate.href);
            expect(other.notice, `${alternate.href} is a real translation`).toBeNull();
            expect(other.lang).toBe(alternate.hreflang);
            expect(other.alternates).toEqual(facts.alternates);
          }
        });

        await test.step('links in menus and lists to content in another language say so', async () => {
          const marker = facts.lang === 'fr' ? / \(en (anglais|français)\)$/ : / \(in (English|French)\)$/;
          for (const link of facts.contentLinks) {
            const target = await factsOf(page, link.href);
            const foreign = target.contentLang !== facts.lang ? target.contentLang : null;
            expect(link.hreflang, `${link.href} on ${url}`).toBe(foreign);
            expect(link.labelLang, `${link.href} on ${url}`).toBe(foreign);
            if (foreign) expect(link.text).toMatch(marker);
            else expect(link.text).not.toMatch(marker);
          }
        });
      });
    }

    test('the sitemap lists exactly the pages that are not fallbacks, with their alternates', async ({ page, request }) => {
      const xml = await (await request.get('/sitemap.xml')).text();
      const entries = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((match) => {
        const block = match[1] ?? '';
        const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(block)?.[1] ?? '').pathname;
        const links = [...block.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((link) => ({
          hreflang: link[1] ?? '',
          href: new URL(link[2] ?? '').pathname,
        }));
        return [loc, links] as const;
      });
      const expected = new Map<string, PageFacts['alternates']>();
      for (const url of contentPages) {
        const facts = await factsOf(page, url);
        if (facts.notice === null) expected.set(url, facts.alternates);
      }
      expect(new Map(entries)).toEqual(expected);
    });
  });
}
