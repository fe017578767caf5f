/**
 * Each language's news feed, next to its news page (`/fr/actualites/rss.xml`,
 * `/en/news/rss.xml`), and each topic's, next to its list
 * (`/en/news/topics/partnerships/rss.xml`). An English feed lists
 * French-only articles too, linked to their English fallback pages and
 * marked as French.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { languageMarker } from '../../i18n/language-marker.ts';
import { intlTag } from '../../i18n/locales.ts';
import { loadSite } from '../../lib/astro/site.ts';
import { siteName } from '../../lib/content/site-name.ts';
import { pageTitle } from '../../lib/routing/page-title.ts';
import { allFeeds, feedItems, type Feed } from '../../lib/seo/feeds.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return allFeeds(site).map((feed) => ({ params: { section: feed.param }, props: { feed } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: Feed }> = ({ props, locals }) => {
  const { feed } = props;
  const { t, partners, site, siteUrl: origin } = locals;
  return rss({
    title: t('site.pageTitle', { title: pageTitle(feed.list, t), site: siteName(partners, feed.lang) }),
    description: feed.newsIndex.entry.data.description,
    site: new URL(feed.list.url, origin).href,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${intlTag(feed.lang).toLowerCase()}</language>`,
    items: feedItems(site, feed.lang, feed.topic).map((item) => {
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
