import { expect, test } from '@playwright/test';
import { allCorridorMapUrls } from '../../src/lib/routing/map-urls.ts';
import { criticalBytes, FIRST_ROUND_TRIP_BYTES, weighPages, type PageWeight } from './page-weight.ts';
import { checkedSites, originOf, pagesOf, tagOf, type BuiltSite } from './sites.ts';

/*
 * Page budgets, measured on what Chromium really loads for every built page:
 * - the HTML, its render-blocking CSS and any font fit in 14 KB gzipped, the
 *   data a server sends in its first round trip (TCP initial window of 10
 *   segments), so the page can render without waiting for a second one;
 * - the home pages' whole first load (HTML, CSS, the map, icons: every
 *   file Chromium loads) fits in FIRST_LOAD_LIMITS;
 * - no JavaScript, except on the pages of JAVASCRIPT_ALLOWED;
 * - no request to another origin (privacy, and no third party to wait for);
 * - fonts only as self-hosted woff2 with `font-display: swap`;
 * - images only from astro:assets (`/_astro/`), in a modern format, or the
 *   corridor map's SVG files the build draws itself (src/lib/routing/map-urls.ts),
 *   always with their width and height (no layout shift).
 */

/**
 * Pages allowed to run JavaScript, by address after the base path, with the
 * most each may load before anyone searches (gzipped bytes): the search pages
 * load their own small module; Pagefind itself only comes with the first
 * search. Every other page must keep to zero.
 */
const JAVASCRIPT_ALLOWED: ReadonlyMap<string, number> = new Map([
  ['fr/recherche/', 3 * 1024],
  ['en/search/', 3 * 1024],
]);

/**
 * The most a page's whole first load may weigh, gzipped, by address after the
 * base path: the home pages, which carry the map and the pictograms.
 */
const FIRST_LOAD_LIMITS: ReadonlyMap<string, number> = new Map([
  ['fr/', 40 * 1024],
  ['en/', 40 * 1024],
]);

const MODERN_IMAGE = /^\/_astro\/[^?#]+\.(?:avif|webp|svg)(?:[?#]|$)/;

/** A page's address after the base path, as the lists above name it. */
function addressOf(url: string, site: BuiltSite): string {
  return url.slice(site.basePath.length);
}

/** Every way `weight` breaks a budget, in words that name the page. */
function breaches(weight: PageWeight, site: BuiltSite): string[] {
  const { url } = weight;
  const origin = originOf(site);
  const found: string[] = [];
  if (criticalBytes(weight) > FIRST_ROUND_TRIP_BYTES) {
    found.push(`${url}: HTML + CSS + fonts are ${criticalBytes(weight)} B gzipped, over ${FIRST_ROUND_TRIP_BYTES} B`);
  }
  const firstLoadLimit = FIRST_LOAD_LIMITS.get(addressOf(url, site));
  if (firstLoadLimit !== undefined && weight.firstLoadGzip > firstLoadLimit) {
    found.push(`${url}: the whole first load is ${weight.firstLoadGzip} B gzipped, over ${firstLoadLimit} B`);
  }
  const allowedJs = JAVASCRIPT_ALLOWED.get(addressOf(url, site)) ?? 0;
  if (weight.jsGzip > allowedJs) found.push(`${url}: ${weight.jsGzip} B of JavaScript, ${allowedJs} B allowed`);
  for (const request of weight.requests) {
    if (new URL(request).origin !== origin) found.push(`${url}: request to another origin: ${request}`);
  }
  for (const font of weight.fonts) {
    if (!/woff2/.test(font.contentType) && !/\.woff2(?:[?#]|$)/.test(font.url)) {
      found.push(`${url}: font not in woff2: ${font.url}`);
    }
  }
  for (const display of weight.fontDisplays) {
    if (display !== 'swap') found.push(`${url}: @font-face with font-display "${display}", not "swap"`);
  }
  const drawnByBuild = new Set(allCorridorMapUrls(site.basePath));
  for (const image of weight.images) {
    const srcsets = [image.srcset, ...image.sources].flatMap((srcset) => srcset.split(','));
    const sources = [image.src, ...srcsets.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')];
    const outside = sources.filter((source) => source !== '' && !MODERN_IMAGE.test(source) && !drawnByBuild.has(source));
    if (outside.length > 0) found.push(`${url}: image not from astro:assets in avif/webp/svg: ${outside.join(', ')}`);
    if (!image.width || !image.height) found.push(`${url}: image without width and height: ${image.src}`);
  }
  return found;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The whole first load, with its limit where the page has one. */
function firstLoad(weight: PageWeight, site: BuiltSite): string {
  const limit = FIRST_LOAD_LIMITS.get(addressOf(weight.url, site));
  return limit === undefined ? kilobytes(weight.firstLoadGzip) : `${kilobytes(weight.firstLoadGzip)} / ${kilobytes(limit)}`;
}

/** The per-page table, as Markdown, with the largest page under it. */
function table(weights: PageWeight[], site: BuiltSite): string {
  const rows = weights.map((weight) =>
    [
      weight.url,
      kilobytes(weight.htmlGzip),
      kilobytes(weight.inlineCssGzip),
      kilobytes(weight.cssFilesGzip),
      kilobytes(weight.fontsGzip),
      `${kilobytes(criticalBytes(weight))} / ${kilobytes(FIRST_ROUND_TRIP_BYTES)}`,
      firstLoad(weight, site),
      `${weight.jsGzip} B`,
      String(weight.requests.length),
    ].join(' | '),
  );
  const largest = weights.reduce((max, weight) => (criticalBytes(weight) > criticalBytes(max) ? weight : max));
  return [
    'path | HTML gz | (of which inline CSS gz) | CSS files gz | fonts gz | critical gz / budget | first load gz | JS gz | requests',
    '--- | --: | --: | --: | --: | --: | --: | --: | --:',
    ...rows,
    '',
    `Largest: ${largest.url}, ${criticalBytes(largest)} B (${kilobytes(criticalBytes(largest))}) of ${FIRST_ROUND_TRIP_BYTES} B.`,
  ].join('\n');
}

// The site under a base path has the same pages: base-path.spec.ts covers what differs.
for (const site of checkedSites) {
  test(`${tagOf(site)} every page keeps to its budgets`, async ({ browser }, testInfo) => {
    const pages = pagesOf(site);
    // One test loads every page (to print one table): give it a page's time per page.
    test.setTimeout(pages.length * 15_000);
    for (const allowed of JAVASCRIPT_ALLOWED.keys()) {
      expect(pages, 'JAVASCRIPT_ALLOWED names a page that is not built').toContain(`${site.basePath}${allowed}`);
    }
    for (const limited of FIRST_LOAD_LIMITS.keys()) {
      expect(pages, 'FIRST_LOAD_LIMITS names a page that is not built').toContain(`${site.basePath}${limited}`);
    }
    const weights: PageWeight[] = await weighPages(browser, originOf(site), pages);

    const report = table(weights, site);
    console.log(`\nPage budgets, ${site.name}:\n${report}\n`);
    await testInfo.attach(`budgets-${site.name}.md`, { body: report, contentType: 'text/markdown' });
    expect(weights.flatMap((weight) => breaches(weight, site))).toEqual([]);
  });
}
