import type { Translate } from '../../i18n/index.ts';
import type { Route } from './route.ts';

/**
 * The title of the page `route` renders, in the reader's words: a content
 * page's own title, or, on a news list page, what the list holds (a topic,
 * a year, an axis) and which of its pages this is, so that every list page
 * has a title of its own in tabs, search results and the breadcrumbs.
 */
export function pageTitle(route: Route, t: Translate): string {
  const list = route.newsList;
  const title = route.entry.data.title;
  if (!list) return title;
  const { filter } = list;
  const listTitle =
    filter.by === 'topic'
      ? t('newsLists.topicTitle', { topic: filter.label })
      : filter.by === 'year'
        ? t('newsLists.yearTitle', { year: filter.year })
        : filter.by === 'axis'
          ? t('newsLists.axisTitle', { number: filter.axis })
          : title;
  return list.page === 1 ? listTitle : t('pagination.pageTitle', { title: listTitle, page: list.page, count: list.pageCount });
}
