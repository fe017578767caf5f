import type { Locale } from '../../i18n/locales.ts';
import { newsIndexRoute, newsRoutes, publishedDate, topicRoute } from '../routing/navigation.ts';
import type { FeedAddress } from '../routing/fixed-pages.ts';
import type { Route, SourceEntry } from '../routing/route.ts';
import type { Site } from '../routing/site-index.ts';

/** A news feed: where the resolver publishes it, the news page, and the list it follows (the news page or a topic's). */
export interface Feed<E extends SourceEntry = SourceEntry> extends FeedAddress {
  newsIndex: Route<E>;
  list: Route<E>;
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

/** The news feed for readers of `lang`, or of its topic `topic`, if the site has a news page (and that topic). */
export function feedOf<E extends SourceEntry>(site: Site<E>, lang: Locale, topic?: string): Feed<E> | undefined {
  const address = site.fixedPages.feeds.find((feed) => feed.lang === lang && feed.topic === topic);
  return address && withPages(site, address);
}

/** Every feed of the site: each language's, then each topic's. */
export function allFeeds<E extends SourceEntry>(site: Site<E>): Feed<E>[] {
  return site.fixedPages.feeds.flatMap((address) => withPages(site, address) ?? []);
}

function withPages<E extends SourceEntry>(site: Site<E>, address: FeedAddress): Feed<E> | undefined {
  const newsIndex = newsIndexRoute(site, address.lang);
  const list = address.topic === undefined ? newsIndex : topicRoute(site, address.lang, address.topic);
  return newsIndex && list && { ...address, newsIndex, list };
}

/** The articles of `lang`'s feed (of topic `topic`'s, if given), newest first. */
export function feedItems(site: Site, lang: Locale, topic?: string): FeedItem[] {
  return newsRoutes(site, lang).flatMap((route) => {
    const published = publishedDate(route);
    if (!published) return [];
    const { title, description } = route.entry.data;
    if (topic !== undefined && !(route.entry.data.kind === 'news' && route.entry.data.tags.includes(topic))) return [];
    return [{ title, url: route.url, contentLang: route.contentLang, published, description }];
  });
}
