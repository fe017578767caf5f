import { isLocale, locales, type Locale } from '../../i18n/locales.ts';
import type { ProblemCode, ProblemParams } from './content-error.ts';
import { SLUG_PATTERN } from './slug-pattern.ts';

/**
 * Where a content file sits decides its language and its address:
 * `fr/accord/efficience-energetique.mdx` is French and is published at
 * `/fr/accord/efficience-energetique/`; a folder's page is its `index.mdx`.
 */
export interface ContentPath {
  lang: Locale;
  /** URL segments after the language; empty for the language's home page. */
  segments: string[];
  /** The file of the page one level up, or `undefined` for a home page. */
  parentId: string | undefined;
}

/** The result of reading a path: the parsed path, or the problem that makes it unusable. */
export type ContentPathResult =
  | { ok: true; path: ContentPath }
  | { ok: false; code: ProblemCode; params: ProblemParams };

const EXTENSION = /\.mdx?$/;

/** Reads `id`, a file path relative to the content folder such as `fr/accord/index.mdx`. */
export function parseContentPath(id: string): ContentPathResult {
  const [first = '', ...rest] = id.replace(EXTENSION, '').split('/');
  const lang = contentLanguageOf(id);
  if (lang === undefined) {
    return { ok: false, code: 'folder-not-language', params: { folder: first, folders: locales.map((l) => `${l}/`) } };
  }
  const isIndex = rest.at(-1) === 'index';
  const segments = isIndex ? rest.slice(0, -1) : rest;
  const badSegment = segments.find((segment) => !SLUG_PATTERN.test(segment));
  if (badSegment !== undefined) {
    const suggestion = suggestSegment(badSegment);
    // A name with no letter or digit has no address to suggest: the editor is asked for words instead.
    if (suggestion === '') return { ok: false, code: 'segment-no-letter', params: { segment: badSegment } };
    return { ok: false, code: 'segment-invalid', params: { segment: badSegment, suggestion } };
  }
  return { ok: true, path: { lang, segments, parentId: parentIdOf(lang, segments) } };
}

/**
 * The language a content file is written in: its first folder, when that
 * names a language of the site (`fr/accord/index.mdx` is French). The one
 * place that reads it; `parseContentPath` reads the rest of the path.
 */
export function contentLanguageOf(id: string): Locale | undefined {
  const first = id.split('/')[0] ?? '';
  return isLocale(first) ? first : undefined;
}

/** A page's parent is the `index` page of the folder above its own URL segment. */
function parentIdOf(lang: Locale, segments: string[]): string | undefined {
  if (segments.length === 0) return undefined;
  return [lang, ...segments.slice(0, -1), 'index'].join('/');
}

/** A file name turned into a usable URL segment: "Énergie verte" → "energie-verte". */
export function suggestSegment(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `id` without its `.md`/`.mdx` extension, the form parent ids are compared in. */
export function withoutExtension(id: string): string {
  return id.replace(EXTENSION, '');
}

/** The address a page is published at, after `base`: `/fr/accord/efficience-energetique/` with the base `/`. */
export function addressOf(path: Pick<ContentPath, 'lang' | 'segments'>, base = '/'): string {
  return `${base}${[path.lang, ...path.segments].join('/')}/`;
}

/** The two files that can publish a page. */
export interface PageFiles {
  /** `fr/accord/nouvel-axe.mdx` */
  page: string;
  /** `fr/accord/nouvel-axe/index.mdx`: the page of a folder, with pages below it. */
  folderPage: string;
}

/**
 * The files, inside the content folder, that would publish the page at
 * `address`: a route's `param` (`en/agreement`), or a URL without base path
 * (`/en/agreement/`). The one place an address is turned back into a file.
 */
export function filesAt(address: string): PageFiles {
  const path = address.replace(/^\/+|\/+$/g, '');
  return { page: `${path}.mdx`, folderPage: `${path}/index.mdx` };
}
