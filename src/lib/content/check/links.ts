import type { ContentProblem } from '../content-error.ts';
import type { FoundLink } from './mdx.ts';
import { closest } from '../similar.ts';

/**
 * Checks the site links of a page against the addresses the site publishes
 * (`knownUrls`: every page in every language, fallbacks included, and the
 * files of `public/`), as editors write them: from the root, without base path.
 */
export function checkLinks(file: string, links: readonly FoundLink[], knownUrls: ReadonlySet<string>): ContentProblem[] {
  return links.flatMap((link) => {
    const message = problemOf(link, knownUrls);
    return message ? [{ file, line: link.line, message }] : [];
  });
}

function problemOf(link: FoundLink, knownUrls: ReadonlySet<string>): string | undefined {
  const { url } = link;
  if (url === '') return 'This link has no address: add one between the parentheses.';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('//')) return undefined;
  if (!url.startsWith('/')) {
    // Images next to the page are fine; page links must not depend on where they are shown.
    if (link.isImage) return undefined;
    return `Write links to pages from the site's root, e.g. [text](/fr/accord/): "${url}" would break where the page is shown in the other language.`;
  }
  const path = url.replace(/[?#].*$/, '');
  if (knownUrls.has(path)) return undefined;
  if (knownUrls.has(`${path}/`)) return `Add the final "/" to ${path}: the page's address is ${path}/.`;
  const near = closest(path, knownUrls, Math.max(3, path.length / 5));
  return `No page is published at ${path}: check the address${near ? ` (did you mean ${near}?)` : ''}.`;
}
