import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContentRules } from './content-rules.ts';
import { resolveRoutes, type Route, type Site } from './routes.ts';

/** A content page as Astro loads it. */
export type PageEntry = CollectionEntry<'pages'>;

/** A route whose entry can be rendered by Astro. */
export type PageRoute = Route<PageEntry>;

let site: Promise<Site<PageEntry>> | undefined;

/**
 * The site's routes, resolved once per build from the `pages` collection and
 * shared by every page and endpoint.
 */
export function loadSite(): Promise<Site<PageEntry>> {
  site ??= getCollection('pages').then((entries) => {
    const resolved = resolveRoutes(entries, { base: import.meta.env.BASE_URL });
    checkContentRules(resolved);
    return resolved;
  });
  return site;
}
