import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { layoutSpecs } from '../../src/lib/map/layouts.ts';
import type { MapLayout } from '../../src/lib/routing/map-urls.ts';
import { readMapPalette } from '../../src/lib/map/palette.ts';
import { corridorMapUrls } from '../../src/lib/routing/map-urls.ts';

/*
 * The corridor map on the home pages, as a reader gets it: the drawing for
 * the screen's width, loaded, named, sized, in the reader's colour scheme,
 * and the same places and route in words beside it.
 */

const homes = [
  { lang: 'fr', url: '/fr/', partner: 'Port de Montréal\u00a0: Montréal', route: 'Trajet, dans l’ordre\u00a0:' },
  { lang: 'en', url: '/en/', partner: 'Port of Montréal: Montréal', route: 'Route, in order:' },
] as const;

const screens: { width: number; layout: MapLayout }[] = [
  { width: 320, layout: 'narrow' },
  { width: 768, layout: 'wide' },
  { width: 1280, layout: 'wide' },
];

const palette = readMapPalette(readFileSync('src/styles/global.css', 'utf8'));

/** `#d6e7f3` as the `[r, g, b, a]` a canvas reads. */
function rgba(hex: string): number[] {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)).concat(255);
}

/** The colour of the map at a point of open ocean (north of the route's middle), as the browser draws it. */
function oceanPixel(page: Page): Promise<number[]> {
  return page.locator('[data-corridor-map] img').evaluate((img: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    return [...context.getImageData(Math.round(img.naturalWidth / 2), Math.round(img.naturalHeight * 0.25), 1, 1).data];
  });
}

test.describe('@site corridor map', () => {
  for (const home of homes) {
    for (const screen of screens) {
      test(`${home.url} at ${screen.width} px: the ${screen.layout} drawing loads, named and sized, without scrolling sideways`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: screen.width, height: 800 });
        await page.goto(home.url);
        const img = page.locator('[data-corridor-map] img');
        await img.scrollIntoViewIfNeeded();
        await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
        const shown = await img.evaluate((element: HTMLImageElement) => ({
          src: new URL(element.currentSrc).pathname,
          width: element.getBoundingClientRect().width,
          height: element.getBoundingClientRect().height,
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        const spec = layoutSpecs[screen.layout];
        expect(shown.src).toBe(corridorMapUrls(home.lang, '/')[screen.layout]);
        // Its text is sized for this narrowest width: any narrower and labels would show under 12 px.
        expect(shown.width).toBeGreaterThanOrEqual(spec.minDisplayWidth);
        // The box has the drawing's proportions before it loads: nothing moves when it arrives.
        expect(shown.height / shown.width).toBeCloseTo(spec.height / spec.width, 2);
        expect(shown.scrollWidth).toBeLessThanOrEqual(shown.clientWidth);
        await expect(img).toHaveAttribute('alt', /Montréal – Le Havre – Rouen – Paris/);
        await expect(img).toHaveAttribute('width', String(layoutSpecs.narrow.width));
        await expect(img).toHaveAttribute('height', String(layoutSpecs.narrow.height));
        await expect(page.locator('[data-corridor-map] source')).toHaveAttribute('width', String(layoutSpecs.wide.width));
        await expect(page.locator('[data-corridor-map] source')).toHaveAttribute('height', String(layoutSpecs.wide.height));
      });
    }

    test(`${home.url}: the places and the route follow in words, in the page’s language`, async ({ page }) => {
      await page.goto(home.url);
      const caption = page.locator('[data-corridor-map] figcaption');
      expect(await caption.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe(home.lang);
      await expect(caption).toContainText(home.route);
      await expect(caption.locator('ol > li')).toHaveText(['Montréal', 'Le Havre', 'Rouen', 'Paris']);
      await expect(caption.locator('ul > li')).toHaveText([home.partner, /^HAROPA PORT\u00a0?: Le Havre, Rouen (et|and) Paris$/]);
    });
  }

  test('the drawing follows the reader’s colour scheme on screen, and prints light', async ({ page }) => {
    await page.goto('/en/');
    for (const [media, colorScheme, expected] of [
      ['screen', 'light', palette.light.sea],
      ['screen', 'dark', palette.dark.sea],
      ['print', 'dark', palette.light.sea],
    ] as const) {
      await page.emulateMedia({ media, colorScheme });
      expect(await oceanPixel(page), `${media}, ${colorScheme}`).toEqual(rgba(expected));
    }
  });

  test('each drawing is an SVG file of at most 15 KB gzipped', async ({ request }) => {
    for (const lang of ['fr', 'en'] as const) {
      for (const [layout, url] of Object.entries(corridorMapUrls(lang, '/'))) {
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
        const body = await response.body();
        expect(body.toString('utf8')).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" lang="${lang}"`));
        const gzipped = gzipSync(body).length;
        console.log(`${url} (${layout}): ${body.length} B, ${gzipped} B gzipped`);
        expect(gzipped, url).toBeLessThanOrEqual(15 * 1024);
      }
    }
  });
});
