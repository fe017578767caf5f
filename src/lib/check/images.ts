import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { createRequire } from 'node:module';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import sharp from 'sharp';
import { internalError, type ContentProblem, type ProblemCode, type ProblemParams } from '../content/content-error.ts';
import { decodeUtf8 } from '../content/read-content.ts';

/*
 * Images are inert: what the site publishes from the content folder is
 * served from the site's own address, so an SVG that runs a script there
 * would run it as the site. Every image the content holds or names
 * (pages' images, partners' logos, files a web editor uploads) is checked
 * here, wherever it lives, before the build copies it as it is:
 *
 * - an SVG must be a drawing only. DOMPurify, the maintained sanitiser
 *   browsers' own security teams review, decides with its SVG profile: an
 *   SVG from which it would remove anything (a script, an event handler,
 *   an animation that sets attributes, foreign HTML, an unknown element or
 *   attribute; not the notes drawing programs leave, see isInert) is
 *   refused, naming the file and what it found, so what is published is
 *   exactly the file that was judged. On top of it, an SVG
 *   may load nothing (no address but `#…` in `href` or `url()`, no
 *   `@import`) and may declare no entities, which only an XML parser (a
 *   browser opening the file) would expand;
 * - a raster image must really be the format its name says (its first
 *   bytes), so no file is served with a type it does not have, and be no
 *   larger than MAX_IMAGE_PIXELS: its size is read from its header (sharp's
 *   metadata, which decodes nothing), so a file of a few kilobytes that
 *   declares 30,000 × 30,000 pixels is refused before anything decodes it.
 */

/**
 * The most pixels an image of the content may have: 50 megapixels, more
 * than the photos of today's cameras and phones (48 megapixels at most). The
 * build makes the sizes readers download from it; an image larger than that
 * is a mistake, or a file made to exhaust whoever decodes it.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** The images the build copies, by extension: the formats Astro's image service takes. */
const RASTER_SIGNATURES: Readonly<Record<string, (bytes: Buffer) => boolean>> = {
  png: (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (bytes) => bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  jpeg: (bytes) => bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  gif: (bytes) => /^GIF8[79]a/.test(bytes.subarray(0, 6).toString('latin1')),
  webp: (bytes) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  avif: (bytes) => /^ftypavi[fs]$/.test(bytes.subarray(4, 12).toString('latin1')),
  tif: isTiff,
  tiff: isTiff,
};

function isTiff(bytes: Buffer): boolean {
  const start = bytes.subarray(0, 4).toString('latin1');
  return start === 'II*\0' || start === 'MM\0*';
}

/** Whether a file name is an image's (any case): an SVG or a raster format the build takes. */
export function isImageFile(name: string): boolean {
  const extension = extensionOf(name);
  return extension === 'svg' || Object.hasOwn(RASTER_SIGNATURES, extension);
}

/** A problem of an image file, before it is tied to the file. */
export interface ImageProblem {
  code: ProblemCode;
  params?: ProblemParams;
}

/**
 * Whether the image at `path` may be published, and if not why: the one
 * decision every image of the content goes through (checkImages).
 */
export async function imageProblem(path: string): Promise<ImageProblem | undefined> {
  if (!existsSync(path) || !statSync(path).isFile()) return undefined;
  const bytes = readFileSync(path);
  const extension = extensionOf(path);
  if (extension === 'svg') return svgProblem(bytes);
  const signature = RASTER_SIGNATURES[extension];
  if (!signature) return undefined;
  if (!signature(bytes)) return { code: 'image-format', params: { extension } };
  return sizeProblem(bytes);
}

/** An image whose header cannot be read, or which declares more pixels than MAX_IMAGE_PIXELS. */
async function sizeProblem(bytes: Buffer): Promise<ImageProblem | undefined> {
  // Sharp's own limit would refuse to read the header of the images this check is for.
  const size = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .then(
      ({ width, height }) => ({ width, height }),
      () => undefined,
    );
  if (!size) return { code: 'image-unreadable' };
  const { width, height } = size;
  if (width * height <= MAX_IMAGE_PIXELS) return undefined;
  const megapixels = (pixels: number) => Math.round(pixels / 1_000_000);
  return {
    code: 'image-too-large',
    params: { width, height, megapixels: megapixels(width * height), limit: megapixels(MAX_IMAGE_PIXELS) },
  };
}

/** Every image that `files` name, checked once each; the problems name the image's file. */
export async function checkImages(files: Iterable<string>): Promise<ContentProblem[]> {
  const checked = [...new Set(files)].filter(isImageFile).map(async (file): Promise<ContentProblem[]> => {
    try {
      const problem = await imageProblem(file);
      return problem ? [{ file, ...problem }] : [];
    } catch (error) {
      return [internalError(error, file)];
    }
  });
  return (await Promise.all(checked)).flat();
}

/** What makes an SVG more than a drawing, if anything does. */
export function svgProblem(bytes: Buffer): ImageProblem | undefined {
  const text = decodeUtf8(bytes);
  if (!text.ok) return { code: 'image-svg-unreadable' };
  const source = text.source;
  if (!/<svg[\s>]/i.test(source) || !/<\/svg\s*>|\/>\s*$/i.test(source.trim())) return { code: 'image-svg-unreadable' };
  if (/<!ENTITY|<!DOCTYPE[^>]*\[/i.test(source)) return { code: 'image-svg-active', params: { what: '<!ENTITY>' } };
  const purify = purifier();
  const clean = purify.sanitize(source, { USE_PROFILES: { svg: true, svgFilters: true }, RETURN_DOM: true });
  // DOMPurify parses into a <body>, which it always reports as removed.
  const removed = purify.removed.find((item) => !('element' in item && item.element?.nodeName === 'BODY') && !isInert(item, source));
  if (removed) return { code: 'image-svg-active', params: { what: removedName(removed) } };
  const load = loadIn(clean);
  return load ? { code: 'image-svg-remote', params: { url: load.length > 60 ? `${load.slice(0, 57)}…` : load } } : undefined;
}

/**
 * The notes drawing programs leave in an SVG, which DOMPurify removes
 * but browsers ignore: namespace declarations (`xmlns:svg`), and Inkscape's
 * own elements and attributes (`inkscape:label`, `<sodipodi:namedview>`)
 * when their prefix means Inkscape's namespace everywhere in the file (the
 * same prefix bound to SVG's would make `<inkscape:script>` a script).
 */
const EDITOR_NAMESPACES: Readonly<Record<string, string>> = {
  inkscape: 'http://www.inkscape.org/namespaces/inkscape',
  sodipodi: 'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
};

function isInert(item: DOMPurify['removed'][number], source: string): boolean {
  const name = removedName(item).replace(/^<|>$|=…$/g, '');
  if (/^xmlns:[a-z_][\w.-]*$/i.test(name)) return true;
  const prefix = /^([a-z]+):/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const namespace = EDITOR_NAMESPACES[prefix];
  if (!namespace) return false;
  const bindings = [...source.matchAll(new RegExp(`xmlns:${prefix}\\s*=\\s*(["'])(.*?)\\1`, 'gi'))];
  return bindings.length > 0 && bindings.every((binding) => binding[2] === namespace);
}

/** `<script>`, `onload=…`: what DOMPurify removed, as an editor can look for it. */
function removedName(item: DOMPurify['removed'][number]): string {
  if ('attribute' in item && item.attribute) return `${item.attribute.name}=…`;
  if ('element' in item && item.element) return `<${item.element.nodeName.toLowerCase()}>`;
  return '?';
}

/**
 * The first address the drawing would load: an `href` that is not a
 * `#fragment` of the drawing itself (a link, `<a href>`, loads nothing
 * until followed), a `url(…)` that is not one, an `@import`.
 */
function loadIn(root: Node): string | undefined {
  const elements = [...(root as Element).querySelectorAll('*')];
  for (const element of elements) {
    for (const attribute of [...element.attributes]) {
      const value = attribute.value.trim();
      const isHref = /^(xlink:)?href$|^src$/i.test(attribute.name);
      if (isHref && element.localName !== 'a' && !value.startsWith('#')) return value;
      const url = externalUrl(value);
      if (url) return url;
    }
    if (element.localName === 'style') {
      const css = element.textContent ?? '';
      if (/@import/i.test(css)) return '@import';
      const url = externalUrl(css);
      if (url) return url;
    }
  }
  return undefined;
}

/** The first `url(…)` of a style that does not point into the drawing (`url(#gradient)`). */
function externalUrl(style: string): string | undefined {
  for (const match of style.matchAll(/url\(\s*(['"]?)([^'")]*)/gi)) {
    const target = (match[2] ?? '').trim();
    if (!target.startsWith('#')) return target;
  }
  return undefined;
}

let shared: DOMPurify | undefined;

/**
 * One DOMPurify for the whole check, on a DOM of its own (jsdom, as
 * DOMPurify documents for Node), loaded with the first SVG: most builds
 * have none, and jsdom takes a moment to load.
 */
function purifier(): DOMPurify {
  if (!shared) {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
    shared = createDOMPurify(new JSDOM('').window);
  }
  return shared;
}

function extensionOf(name: string): string {
  return extname(name).slice(1).toLowerCase();
}
