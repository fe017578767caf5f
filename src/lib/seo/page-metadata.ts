import type { Locale } from '../../i18n/locales.ts';
import { isoDay } from '../../i18n/dates.ts';
import type { PartnerFacts } from '../content/partner-schema.ts';
import type { TagLabels } from '../content/tag-schema.ts';
import { breadcrumbTrail, dataOf, navigationLabel } from '../routing/navigation.ts';
import { isListPage } from '../routing/news-lists.ts';
import type { Route } from '../routing/route.ts';
import type { Site } from '../routing/site-index.ts';

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
  /** The partners of the agreement, from content/partners.yaml. */
  partners: readonly PartnerFacts[];
  /** The page's own title (see routing/page-title.ts): a news list page's last crumb, as the visible breadcrumbs name it. */
  pageTitle: string;
}

/**
 * The page's structured data (schema.org JSON-LD): the partners on home
 * pages, the breadcrumb trail below them, and a NewsArticle for news.
 */
export function structuredData(route: Route, site: Site, context: StructuredDataContext): object[] {
  const { siteUrl, homeLabel, imageUrl, topicLabels } = context;
  const absolute = (url: string) => new URL(url, siteUrl).href;
  if (route.parentKey === undefined) return context.partners.map((partner) => organizationData(partner, route.lang));
  const trail = breadcrumbTrail(site, route);
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.parentKey === undefined ? homeLabel : crumb === route && isListPage(route) ? context.pageTitle : navigationLabel(crumb),
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

/** A partner as an Organization, named as the page names it, with the contact details partners.yaml gives. */
function organizationData(partner: PartnerFacts, lang: Locale): object {
  const contact = partner.contact;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: partner.name[lang],
    url: partner.website,
    ...(contact && {
      address: {
        '@type': 'PostalAddress',
        streetAddress: contact.street,
        postalCode: contact.postalCode,
        addressLocality: contact.locality,
      },
    }),
    // Written for readers as "+33 (2) 79 …"; search engines take it without the brackets.
    ...(contact?.phone && { telephone: contact.phone.replace(/[()]/g, '') }),
  };
}
