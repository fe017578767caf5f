import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { MAX_IMAGE_WIDTH } from '../../src/lib/astro/image-service.ts';
import { builtFileOf, builtSites, pagesOf, tagOf, type BuiltSite } from './sites.ts';

/*
 * What readers download of the content's images: every image file a built
 * page references (`src`, each `srcset` candidate, each `<source>` of a
 * `<picture>`) is at most MAX_IMAGE_WIDTH wide and in a modern format, read
 * from the file itself. The large fixture holds a 48-megapixel photo, as a
 * page's image and in its text (tests/e2e/large-fixture.ts).
 */

const MODERN_FORMATS = new Set(['webp', 'avif', 'svg']);

/** Every address of an image file a page's HTML references, under the site's base path, once. */
function imageAddresses(html: string, site: BuiltSite): string[] {
  const tags = html.match(/<(?:img|source)\b[^>]*>/gi) ?? [];
  const addresses = tags.flatMap((tag) => {
    const src = /\ssrc="([^"]*)"/i.exec(tag)?.[1];
    const srcset = /\ssrcset="([^"]*)"/i.exec(tag)?.[1] ?? '';
    return [src, ...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0])];
  });
  return [...new Set(addresses.filter((address): address is string => Boolean(address?.startsWith(site.basePath))))];
}

for (const site of builtSites) {
  test(`${tagOf(site)} every image file a page references is at most ${MAX_IMAGE_WIDTH} px wide, in WebP, AVIF or SVG`, async () => {
    const sizes = new Map<string, { width: number; format: string }>();
    const found: string[] = [];
    let largest = { width: 0, file: '', page: '' };
    for (const page of pagesOf(site)) {
      for (const address of imageAddresses(readFileSync(builtFileOf(site, page), 'utf8'), site)) {
        const file = join(site.outDir, decodeURI(address.slice(site.basePath.length)));
        if (!sizes.has(file)) {
          const { width = 0, format = '' } = await sharp(file, { limitInputPixels: false }).metadata();
          sizes.set(file, { width, format });
        }
        const { width, format } = sizes.get(file)!;
        if (width > MAX_IMAGE_WIDTH) found.push(`${page}: ${address} is ${width} px wide`);
        if (!MODERN_FORMATS.has(format)) found.push(`${page}: ${address} is ${format}`);
        if (width > largest.width) largest = { width, file: address, page };
      }
    }
    console.log(`${site.name}: largest image file ${largest.file} (${largest.width} px), on ${largest.page}`);
    expect(found).toEqual([]);
    // The camera photo of the large fixture is there, at the limit: the check cannot pass by finding nothing.
    if (site.name === 'large') expect(largest.width).toBe(MAX_IMAGE_WIDTH);
  });
}
