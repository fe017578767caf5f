import type { Locale } from '../../i18n/locales.ts';
import type { ContentProblem, ProblemCode, ProblemParams } from '../content/content-error.ts';
import { closest } from '../content/similar.ts';
import { LINK_SCHEMES } from './allowed-html.ts';
import type { FoundLink } from './mdx.ts';

/** A page of the site a link can lead to, as the check needs to know it. */
export interface LinkTarget {
  /** The reader's language at that address. */
  lang: Locale;
  /** The address of the same page in `lang`, when it is a real translation there (not a fallback). */
  translationIn(lang: Locale): string | undefined;
  /** The `#fragment`s that lead somewhere on it. */
  anchors: ReadonlySet<string>;
}

/** Everything links are checked against, as editors write them: from the root, without base path. */
export interface SiteAddresses {
  /** Every address the site publishes: pages in every language (fallbacks too), fixed pages, feeds, public files. */
  urls: ReadonlySet<string>;
  /** The content page at each of its addresses. */
  pages: ReadonlyMap<string, LinkTarget>;
}

/** The page whose links are checked: its file, the language it is read in, its own anchors. */
export interface LinkingPage {
  file: string;
  lang: Locale;
  anchors: ReadonlySet<string>;
}

/** A problem of one link, before it is tied to its file and line. */
type LinkProblem = { code: ProblemCode; params?: ProblemParams };

/**
 * Checks the links and images of a page: schemes not on the allow-list
 * (links: `https:`, `http:`, `mailto:`, `tel:`; images: none, they are
 * files of the site), images from other sites (the security policy blocks
 * them), page links that lead nowhere, into the other language when the
 * page exists in the reader's, or to a `#fragment` the target lacks.
 */
export function checkLinks(page: LinkingPage, links: readonly FoundLink[], site: SiteAddresses): ContentProblem[] {
  return links.flatMap((link) => {
    const problem = problemOf(link, page, site);
    return problem ? [{ file: page.file, line: link.line, ...problem }] : [];
  });
}

/**
 * The links and images of a page that are unsafe, whatever the rest of the
 * site: a scheme off the allow-list, an image from another site. Checked
 * even while other mistakes keep the site from being resolved.
 */
export function checkUnsafeLinks(file: string, links: readonly FoundLink[]): ContentProblem[] {
  return links.flatMap((link) => {
    const problem = unsafety(link);
    return problem ? [{ file, line: link.line, ...problem }] : [];
  });
}

function unsafety(link: FoundLink): LinkProblem | undefined {
  const url = link.url.trim();
  const scheme = schemeOf(url);
  const web = scheme === 'http' || scheme === 'https';
  if (scheme && !(link.isImage ? web : LINK_SCHEMES.has(scheme))) return { code: 'url-scheme', params: { url: shortened(url), scheme } };
  if (link.isImage && (scheme || isOtherSite(url))) return { code: 'image-remote', params: { url } };
  return undefined;
}

function problemOf(link: FoundLink, page: LinkingPage, site: SiteAddresses): LinkProblem | undefined {
  const url = link.url.trim();
  if (url === '') return { code: 'link-empty' };
  if (schemeOf(url) || isOtherSite(url)) return unsafety(link);
  if (url.startsWith('#')) return anchorProblem(url.slice(1), page.anchors, undefined);
  if (!url.startsWith('/')) {
    // Images next to the page are fine; page links must not depend on where they are shown.
    return link.isImage ? undefined : { code: 'link-not-from-root', params: { url } };
  }
  return siteLinkProblem(url, page, site);
}

function siteLinkProblem(url: string, page: LinkingPage, site: SiteAddresses): LinkProblem | undefined {
  const path = url.replace(/[?#].*$/, '');
  if (!site.urls.has(path)) {
    if (site.urls.has(`${path}/`)) return { code: 'link-trailing-slash', params: { path } };
    const near = closest(path, site.urls, Math.max(3, path.length / 5));
    return near ? { code: 'link-unknown-near', params: { path, suggestion: near } } : { code: 'link-unknown', params: { path } };
  }
  const target = site.pages.get(path);
  if (!target) return undefined;
  const own = target.lang === page.lang ? undefined : target.translationIn(page.lang);
  if (own) return { code: 'link-other-language', params: { path, suggestion: own } };
  const fragment = /#(.*)$/.exec(url)?.[1];
  return fragment === undefined ? undefined : anchorProblem(fragment, target.anchors, path);
}

/** A `#fragment` must name a heading or an id of its page; `#` and `#top` lead to the top of any page. */
function anchorProblem(fragment: string, anchors: ReadonlySet<string>, path: string | undefined): LinkProblem | undefined {
  const name = decoded(fragment);
  if (name === '' || name.toLowerCase() === 'top' || anchors.has(name)) return undefined;
  return path === undefined
    ? { code: 'fragment-missing-here', params: { fragment: name } }
    : { code: 'fragment-missing', params: { path, fragment: name } };
}

/** The control characters and spaces a browser drops from an address: matching them is the point. */
// eslint-disable-next-line no-control-regex
const DROPPED_FROM_ADDRESSES = /[\u0000-\u0020]/g;

/** An address as a browser reads it: without the tabs and new lines it ignores, `\\` read as `/`. */
function compacted(url: string): string {
  return url.replace(DROPPED_FROM_ADDRESSES, '').replace(/\\/g, '/').toLowerCase();
}

/** `JavaScript:`, ` java\tscript:` → `javascript`: browsers ignore case, tabs and new lines in a scheme. */
function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/.exec(compacted(url))?.[1];
}

/** `//example.org/a.png`, `\\example.org/a.png`: another site, in the page's own scheme. */
function isOtherSite(url: string): boolean {
  return compacted(url).startsWith('//');
}

function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** A long address (a `data:` image) cut to what an editor needs to recognise it. */
function shortened(url: string): string {
  return url.length > 60 ? `${url.slice(0, 57)}…` : url;
}
