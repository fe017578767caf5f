import { checkContentRules } from './content-rules.ts';
import type { PageKind } from '../content/page-schema.ts';
import { resolveRoutes, type RouteOptions } from './resolver.ts';
import type { Site } from './site-index.ts';
import type { SourceEntry } from './route.ts';

/** How the published site is chosen among the pages. */
export interface PublishOptions extends RouteOptions {
  /** Kinds of page not published yet: the legal pages whose facts are missing (see legal-facts.ts). */
  withheld?: ReadonlySet<PageKind> | undefined;
}

/** Whether readers get `page`: not a draft, nor a page waiting for its facts. */
export function isPublished(page: SourceEntry, withheld: ReadonlySet<PageKind> = new Set()): boolean {
  return !page.data.draft && !withheld.has(page.data.kind);
}

/**
 * The routes readers get: every page but the drafts (until a draft is
 * published, readers keep getting the fallback) and the pages waiting for
 * their facts. The editors' commands work
 * from these, even while a rule across pages is broken: `translation-done`
 * is how an editor mends a translation that does not say it is one.
 *
 * @throws {ContentError} when the pages cannot be given addresses.
 */
export function publishedRoutes<E extends SourceEntry>(pages: readonly E[], options: PublishOptions = {}): Site<E> {
  return resolveRoutes(
    pages.filter((page) => isPublished(page, options.withheld)),
    options,
  );
}

/**
 * The site the build publishes: the published routes, with the rules across
 * pages checked.
 *
 * @throws {ContentError} listing every problem found.
 */
export function publishedSite<E extends SourceEntry>(pages: readonly E[], options: PublishOptions = {}): Site<E> {
  const site = publishedRoutes(pages, options);
  checkContentRules(site);
  return site;
}
