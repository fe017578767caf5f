import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../content/content-error.ts';
import { checkContentRules } from '../content/content-rules.ts';
import { readContent } from '../content/read-content.ts';
import { resolveRoutes, type Route, type Site } from './routes.ts';
import { siteSettings } from '../settings.ts';
import { fingerprint } from '../translations/fingerprint.ts';
import { translationStatus, type StatusRow } from '../translations/status.ts';

/** A content page as Astro loads it, with the fingerprint of its text. */
export type PageEntry = CollectionEntry<'pages'> & { fingerprint: string };

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
 * The site's routes, resolved once per build from the `pages` collection and
 * shared by every page and endpoint. Drafts are left out: until a draft is
 * published, readers keep getting the fallback.
 */
export function loadSite(): Promise<PageSite> {
  site ??= loadEntries().then((entries) => {
    const resolved = resolveRoutes(
      entries.filter((entry) => !entry.data.draft),
      { base: import.meta.env.BASE_URL },
    );
    checkContentRules(resolved);
    return resolved;
  });
  return site;
}

let entries: Promise<PageEntry[]> | undefined;

/**
 * Every page entry, drafts included, each with the fingerprint of its text;
 * read and hashed once per build for the site and the status page alike.
 */
export function loadEntries(): Promise<PageEntry[]> {
  entries ??= getCollection('pages').then((collection) =>
    collection.map((entry) => ({
      ...entry,
      fingerprint: fingerprint({ title: entry.data.title, description: entry.data.description, body: entry.body ?? '' }),
    })),
  );
  return entries;
}

/**
 * The translation status of every page, for the team's status page, read
 * with the same reader as the editors' `npm run translations`, so both say
 * the same. Missing translations are located as that command does: without
 * base path.
 */
export async function loadTranslationStatus(): Promise<StatusRow[]> {
  const { contentDir } = siteSettings(process.env);
  const { pages, problems } = readContent(contentDir);
  if (problems.length > 0) throw new ContentError(problems);
  const published = resolveRoutes(pages.filter((page) => !page.data.draft));
  return translationStatus(pages, published, contentDir);
}
