/**
 * Each language's news feed, next to its news page (`/fr/actualites/rss.xml`,
 * `/en/news/rss.xml`). An English feed lists French-only articles too,
 * linked to their English fallback pages and marked as French.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageMarker } from '../../i18n/language-marker.ts';
import { intlTag, locales } from '../../i18n/locales.ts';
import { siteName } from '../../lib/content/site-name.ts';
import { feedItems, feedOf, type Feed } from '../../lib/seo/feeds.ts';
import { loadSite } from '../../lib/astro/site.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return locales.flatMap((lang) => {
    const feed = feedOf(site, lang);
    return feed ? [{ params: { section: feed.param }, props: { feed } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: Feed }> = ({ props, locals }) => {
  const { feed } = props;
  const { t, partners, site, siteUrl: origin } = locals;
  return rss({
    title: t('site.pageTitle', { title: feed.newsIndex.entry.data.title, site: siteName(partners, feed.lang) }),
    description: feed.newsIndex.entry.data.description,
    site: new URL(feed.newsIndex.url, origin).href,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${intlTag(feed.lang).toLowerCase()}</language>`,
    items: feedItems(site, feed.lang).map((item) => {
      const marker = languageMarker(feed.lang, item.contentLang);
      return {
        title: marker ? `${item.title} ${marker}` : item.title,
        link: new URL(item.url, origin).href,
        pubDate: item.published,
        description: item.description,
        customData: `<dc:language>${item.contentLang}</dc:language>`,
      };
    }),
  });
};
