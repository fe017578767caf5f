import type { Locale } from '../../i18n/locales.ts';
import { isoDay } from '../../i18n/dates.ts';
import type { TagLabels } from '../content/collections.ts';
import { breadcrumbTrail, dataOf, navigationLabel } from '../routing/navigation.ts';
import { organizations } from './organizations.ts';
import type { Route, Site } from '../routing/routes.ts';

/** What a page tells social networks when it is shared (Open Graph, Twitter cards). */
export interface SocialMeta {
  type: 'website' | 'article';
  /** The language of the shared title and description: the content's. */
  locale: Locale;
  /** The languages the page is also translated into (real translations only). */
  localeAlternates: Locale[];
  article?: { published: string; modified: string | undefined; tags: string[] };
}

/** The topics of a news article, as labels in its own language. */
function topicsOf(tags: readonly string[], labels: TagLabels): string[] {
  return tags.map((tag) => labels.get(tag) ?? tag);
}

/** The social metadata of a content page; `topicLabels` are in the content's language. */
export function socialMeta(route: Route, topicLabels: TagLabels): SocialMeta {
  const localeAlternates = route.alternates.flatMap((alternate) =>
    alternate.hreflang !== 'x-default' && alternate.hreflang !== route.lang ? [alternate.hreflang] : [],
  );
  const base = { locale: route.contentLang, localeAlternates };
  if (route.entry.data.kind !== 'news') return { ...base, type: 'website' };
  const news = dataOf(route, 'news');
  return {
    ...base,
    type: 'article',
    article: {
      published: isoDay(news.published),
      modified: news.updated && isoDay(news.updated),
      tags: topicsOf(news.tags, topicLabels),
    },
  };
}

/** What structured data needs beyond the route. */
export interface StructuredDataContext {
  /** The site's origin, to make URLs absolute. */
  siteUrl: URL;
  /** The home page's name in the trail, as the visible breadcrumbs name it. */
  homeLabel: string;
  /** Root-relative URL of the image shown when a page is shared. */
  imageUrl: string;
  /** Labels of news topics, in the language of the page's content. */
  topicLabels: TagLabels;
}

/**
 * The page's structured data (schema.org JSON-LD): the two ports on home
 * pages, the breadcrumb trail below them, and a NewsArticle for news.
 */
export function structuredData(route: Route, site: Site, context: StructuredDataContext): object[] {
  const { siteUrl, homeLabel, imageUrl, topicLabels } = context;
  const absolute = (url: string) => new URL(url, siteUrl).href;
  if (route.parentKey === undefined) return organizations.map(organizationData);
  const trail = breadcrumbTrail(site, route);
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.parentKey === undefined ? homeLabel : navigationLabel(crumb),
      item: absolute(crumb.url),
    })),
  };
  if (route.entry.data.kind !== 'news') return [breadcrumbs];
  const news = dataOf(route, 'news');
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: news.title,
    description: news.description,
    inLanguage: route.contentLang,
    datePublished: isoDay(news.published),
    dateModified: isoDay(news.updated ?? news.published),
    keywords: topicsOf(news.tags, topicLabels),
    mainEntityOfPage: absolute(route.canonicalUrl),
    image: absolute(imageUrl),
  };
  return [breadcrumbs, article];
}

function organizationData(organization: (typeof organizations)[number]): object {
  const { address, ...rest } = organization;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    ...rest,
    ...(address && { address: { '@type': 'PostalAddress', ...address } }),
  };
}
