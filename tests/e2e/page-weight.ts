import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';

/** What a page makes the browser load, measured from the requests Chromium really makes. */
export interface PageWeight {
  url: string;
  /** The HTML document, gzipped; inline CSS and scripts are part of it. */
  htmlGzip: number;
  /** The inline `<style>` of the document, gzipped on its own (already counted in `htmlGzip`). */
  inlineCssGzip: number;
  /** Stylesheet files, each gzipped; all counted as render-blocking. */
  cssFilesGzip: number;
  /** Font files, each gzipped. */
  fontsGzip: number;
  /** JavaScript: script files and inline scripts, each gzipped. */
  jsGzip: number;
  /** Everything the browser loaded for the page (document, CSS, images, fonts, scripts…), each gzipped. */
  firstLoadGzip: number;
  /** Every URL the browser requested, in order. */
  requests: string[];
  /** Font files loaded, with their type. */
  fonts: { url: string; contentType: string }[];
  /** `font-display` of every `@font-face` rule of the page. */
  fontDisplays: string[];
  /** Every `<img>`, as written in the HTML; `sources`, the `srcset` of the `<source>`s of its `<picture>`. */
  images: { src: string; srcset: string; sources: string[]; width: string | null; height: string | null }[];
}

/** Script types a browser executes; JSON-LD and other data blocks are not JavaScript. */
const EXECUTABLE_SCRIPT = 'script:not([src]):is(:not([type]), [type=""], [type="module"], [type*="javascript" i])';

/** Size of `body` as a server would send it gzipped (zlib's default level); nothing sent is 0. */
export function gzipSize(body: string | Buffer): number {
  return body.length === 0 ? 0 : gzipSync(body).length;
}

/**
 * Weighs `urls` as weighPage does, a few at a time: each page waits about
 * half a second for its network to fall idle, time the others can use.
 * The weights come back in the order of `urls`.
 */
export async function weighPages(browser: Browser, baseURL: string, urls: readonly string[], atOnce = 6): Promise<PageWeight[]> {
  const weights: PageWeight[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < urls.length; index = next++) weights[index] = await weighPage(browser, baseURL, urls[index]!);
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, urls.length) }, worker));
  return weights;
}

/**
 * Loads `url` in a fresh browser context (empty cache: every request is
 * seen), with JavaScript on so that anything a script would load is loaded,
 * and waits until the network is idle.
 */
export async function weighPage(browser: Browser, baseURL: string, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const responses: Response[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => responses.push(response));
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const sizes = async (type: string) => {
      const ofType = responses.filter((response) => response.request().resourceType() === type);
      return Promise.all(ofType.map(async (response) => gzipSize(await response.body())));
    };
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    const documentResponse = responses.find((response) => response.request().resourceType() === 'document');
    const inDocument = await page.evaluate((executableScript) => {
      const fontDisplays = [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((rule) => rule instanceof CSSFontFaceRule).map((rule) => rule.style.getPropertyValue('font-display')),
      );
      return {
        inlineCss: [...document.querySelectorAll('style')].map((style) => style.textContent ?? ''),
        inlineJs: [...document.querySelectorAll(executableScript)].map((script) => script.textContent ?? ''),
        fontDisplays,
        images: [...document.querySelectorAll('img')].map((img) => ({
          src: img.getAttribute('src') ?? '',
          srcset: img.getAttribute('srcset') ?? '',
          sources: [...(img.closest('picture')?.querySelectorAll('source') ?? [])].map((source) => source.getAttribute('srcset') ?? ''),
          width: img.getAttribute('width'),
          height: img.getAttribute('height'),
        })),
      };
    }, EXECUTABLE_SCRIPT);
    // A redirect has no body of its own: what it leads to is counted.
    const loaded = responses.filter((response) => response.status() < 300 || response.status() >= 400);
    const fontResponses = responses.filter((response) => response.request().resourceType() === 'font');
    return {
      url,
      htmlGzip: documentResponse ? gzipSize(await documentResponse.body()) : 0,
      inlineCssGzip: gzipSize(inDocument.inlineCss.join('')),
      cssFilesGzip: sum(await sizes('stylesheet')),
      fontsGzip: sum(await sizes('font')),
      jsGzip: sum(await sizes('script')) + sum(inDocument.inlineJs.map(gzipSize)),
      firstLoadGzip: sum(await Promise.all(loaded.map(async (response) => gzipSize(await response.body())))),
      requests,
      fonts: fontResponses.map((response) => ({
        url: response.url(),
        contentType: response.headers()['content-type'] ?? '',
      })),
      fontDisplays: inDocument.fontDisplays,
      images: inDocument.images,
    };
  } finally {
    await context.close();
  }
}

/** 14 KB: the first round trip's worth of data, rounded down (see budgets.spec.ts). */
export const FIRST_ROUND_TRIP_BYTES = 14 * 1024;

/** Data the browser needs before it can render: the document, blocking CSS, fonts. */
export function criticalBytes(weight: PageWeight): number {
  return weight.htmlGzip + weight.cssFilesGzip + weight.fontsGzip;
}
