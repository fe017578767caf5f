import { checkContentRules } from '../content/content-rules.ts';
import { resolveRoutes, type RouteOptions, type Site, type SourceEntry } from './routes.ts';

/**
 * The routes readers get: every page but the drafts (until a draft is
 * published, readers keep getting the fallback). The editors' commands work
 * from these, even while a rule across pages is broken: `translation-done`
 * is how an editor mends a translation that does not say it is one.
 *
 * @throws {ContentError} when the pages cannot be given addresses.
 */
export function publishedRoutes<E extends SourceEntry>(pages: readonly E[], options: RouteOptions = {}): Site<E> {
  return resolveRoutes(pages.filter((page) => !page.data.draft), options);
}

/**
 * The site the build publishes: the published routes, with the rules across
 * pages checked.
 *
 * @throws {ContentError} listing every problem found.
 */
export function publishedSite<E extends SourceEntry>(pages: readonly E[], options: RouteOptions = {}): Site<E> {
  const site = publishedRoutes(pages, options);
  checkContentRules(site);
  return site;
}
