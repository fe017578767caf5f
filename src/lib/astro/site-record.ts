import type { WaitingPage } from '../content/legal-facts.ts';
import type { StatusRow } from '../translations/status.ts';
import { siteOfRoutes, type Site } from '../routing/site-index.ts';
import type { Route, SourceEntry } from '../routing/route.ts';

/** A route as the content check hands it to the pages: its entry named by id. */
export type RouteRecord = Omit<Route, 'entry'> & { entryId: string };

/**
 * The site the content check resolved, as plain data: the build's pages
 * render this very result rather than resolving the content a second time
 * (see src/integrations/site-module.ts).
 */
export interface SiteRecord {
  /** The path the site is published under. */
  base: string;
  routes: RouteRecord[];
  /** The team's translation status, worked out from the same pages. */
  translationStatus: StatusRow[];
  /** The legal pages not published while facts they must give are missing, for the team's page. */
  waitingPages: WaitingPage[];
}

/** `site` as plain data (its news list pages too), with the translation status of its pages and the pages waiting for facts. */
export function recordOf(site: Site, translationStatus: StatusRow[], waitingPages: WaitingPage[]): SiteRecord {
  const routes = [...site.routes, ...site.listRoutes].map(({ entry, ...route }) => ({ ...route, entryId: entry.id }));
  return { base: site.fixedPages.chooser, routes, translationStatus, waitingPages };
}

/**
 * The recorded site with each route's entry taken from `entries` (Astro's
 * collection entries, which the pages can render). With `allowMissing`,
 * the routes of an entry the collection does not have are left out.
 *
 * @throws {Error} when an entry is missing otherwise: the record and the
 * collection were read from different states of the content folder.
 */
export function siteOf<E extends SourceEntry>(record: SiteRecord, entries: readonly E[], options: { allowMissing: boolean }): Site<E> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const routes = record.routes.flatMap(({ entryId, ...route }) => {
    const entry = byId.get(entryId);
    if (entry) return [{ ...route, entry }];
    if (options.allowMissing) return [];
    throw new Error(`The content changed while the site was built: "${entryId}" is gone. Build again.`);
  });
  return siteOfRoutes(routes, record.base);
}
