import type { Locale } from '../../i18n/locales.ts';
import { newsIndexRoute, newsRoutes, publishedDate } from '../routing/navigation.ts';
import type { FeedAddress, Route, Site, SourceEntry } from '../routing/routes.ts';

/** A language's news feed: where the resolver publishes it, and the news page it follows. */
export interface Feed<E extends SourceEntry = SourceEntry> extends FeedAddress {
  newsIndex: Route<E>;
}

/** One article of a feed, in the feed reader's language (a fallback for untranslated news). */
export interface FeedItem {
  title: string;
  url: string;
  /** The language the article is written in; differs from the feed's for untranslated news. */
  contentLang: Locale;
  published: Date;
  description: string;
}

/** The news feed for readers of `lang`, if the site has a news page. */
export function feedOf<E extends SourceEntry>(site: Site<E>, lang: Locale): Feed<E> | undefined {
  const address = site.fixedPages.feeds.find((feed) => feed.lang === lang);
  const newsIndex = newsIndexRoute(site, lang);
  return address && newsIndex && { ...address, newsIndex };
}

/** The articles of `lang`'s feed, newest first. */
export function feedItems(site: Site, lang: Locale): FeedItem[] {
  return newsRoutes(site, lang).flatMap((route) => {
    const published = publishedDate(route);
    if (!published) return [];
    const { title, description } = route.entry.data;
    return [{ title, url: route.url, contentLang: route.contentLang, published, description }];
  });
}
