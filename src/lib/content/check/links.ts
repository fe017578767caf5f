import type { ContentProblem, ProblemCode, ProblemParams } from '../content-error.ts';
import type { FoundLink } from './mdx.ts';
import { closest } from '../similar.ts';

/**
 * Checks the site links of a page against the addresses the site publishes
 * (`knownUrls`: every page in every language, fallbacks included, and the
 * files of `public/`), as editors write them: from the root, without base path.
 */
export function checkLinks(file: string, links: readonly FoundLink[], knownUrls: ReadonlySet<string>): ContentProblem[] {
  return links.flatMap((link) => {
    const problem = problemOf(link, knownUrls);
    return problem ? [{ file, line: link.line, ...problem }] : [];
  });
}

function problemOf(link: FoundLink, knownUrls: ReadonlySet<string>): { code: ProblemCode; params?: ProblemParams } | undefined {
  const { url } = link;
  if (url === '') return { code: 'link-empty' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('//')) return undefined;
  if (!url.startsWith('/')) {
    // Images next to the page are fine; page links must not depend on where they are shown.
    if (link.isImage) return undefined;
    return { code: 'link-not-from-root', params: { url } };
  }
  const path = url.replace(/[?#].*$/, '');
  if (knownUrls.has(path)) return undefined;
  if (knownUrls.has(`${path}/`)) return { code: 'link-trailing-slash', params: { path } };
  const near = closest(path, knownUrls, Math.max(3, path.length / 5));
  return near ? { code: 'link-unknown-near', params: { path, suggestion: near } } : { code: 'link-unknown', params: { path } };
}
