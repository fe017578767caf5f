import type { Locale } from '../../i18n/locales.ts';
import { axisNewsRoute, axisNumber, axisRoutes, navigationLabel, newsAboutAxis, newsListsBy } from './navigation.ts';
import type { NewsListKind } from './news-lists.ts';
import type { Route, SourceEntry } from './route.ts';
import type { Site } from './site-index.ts';

/** One line of a page listing the news lists of a kind: where it leads, what it is called, how many articles. */
export interface ListIndexEntry<E extends SourceEntry = SourceEntry> {
  route: Route<E>;
  label: string;
  count: number;
}

/**
 * The lines of the page listing every list of `of` for readers of `lang`
 * (`/fr/actualites/sujets/`…): each topic by label, each year newest first,
 * each axis with articles by number — its list when it has one, else its
 * own page, which then shows all of its articles.
 */
export function listIndexEntries<E extends SourceEntry>(site: Site<E>, lang: Locale, of: NewsListKind): ListIndexEntry<E>[] {
  if (of === 'axis') {
    return axisRoutes(site, lang).flatMap((axis) => {
      const count = newsAboutAxis(site, lang, axisNumber(axis)).length;
      return count > 0 ? [{ route: axisNewsRoute(site, lang, axisNumber(axis)) ?? axis, label: navigationLabel(axis), count }] : [];
    });
  }
  return newsListsBy(site, lang, of).map((route) => ({ route, label: listLabel(route), count: route.newsList?.articleCount ?? 0 }));
}

/** The page listing every list of `of` for readers of `lang`, if the site has lists of that kind. */
export function listIndexRoute<E extends SourceEntry>(site: Site<E>, lang: Locale, of: NewsListKind): Route<E> | undefined {
  return site.newsList({ by: 'index', of }, lang);
}

/** A topic's or a year's list as its link says it: the topic's label, the year. */
function listLabel(route: Route): string {
  const filter = route.newsList?.filter;
  if (filter?.by === 'topic') return filter.label;
  return filter?.by === 'year' ? String(filter.year) : '';
}
