import { getCollection, type CollectionEntry } from 'astro:content';
import siteRecord from 'virtual:partnership/site';
import { siteOf } from './site-record.ts';
import type { Route } from '../routing/route.ts';
import type { Site } from '../routing/site-index.ts';
import type { WaitingPage } from '../content/legal-facts.ts';
import type { StatusRow } from '../translations/status.ts';

/** A content page as Astro loads it. */
export type PageEntry = CollectionEntry<'pages'>;

/** A route whose entry can be rendered by Astro. */
export type PageRoute = Route<PageEntry>;

/** The site as the pages render it. */
export type PageSite = Site<PageEntry>;

/**
 * The content route being rendered, from the request context: for the
 * layouts and components that only content pages use.
 *
 * @throws {Error} on a page that has no content route (chooser, 404…).
 */
export function contentRoute(locals: App.Locals): PageRoute {
  if (!locals.route) throw new Error('This layout is for content pages: the page being rendered has no content route.');
  return locals.route;
}

let site: Promise<PageSite> | undefined;

/**
 * The site's routes, as the content check resolved them before the build
 * (drafts left out), with each route's entry from the `pages` collection;
 * shared by every page and endpoint.
 */
export function loadSite(): Promise<PageSite> {
  // In the dev server, the check can see a page just saved a moment before
  // Astro's content layer does: until then, the page is not served yet (as
  // if the check had not seen it), and Astro reloads the browser once it is.
  site ??= getCollection('pages').then((entries) => siteOf(siteRecord, entries, { allowMissing: import.meta.env.DEV }));
  return site;
}

/**
 * The translation status of every page, for the team's status page: worked
 * out by the content check with the same reader as the editors'
 * `npm run translations`, so both say the same.
 */
export function loadTranslationStatus(): StatusRow[] {
  return siteRecord.translationStatus;
}

/** The legal pages not published yet, and the facts each waits for, for the team's status page. */
export function loadWaitingPages(): WaitingPage[] {
  return siteRecord.waitingPages;
}
