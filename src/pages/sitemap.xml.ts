/**
 * `/sitemap.xml`, written from the route resolver rather than by
 * @astrojs/sitemap: that integration only sees built URLs, so it can neither
 * tell fallback pages from translations nor pair translated slugs as
 * `xhtml:link` alternates. Here fallbacks are left out by construction and
 * every translation lists the same reciprocal set. The news list pages are
 * in it too: they are how crawlers reach every article.
 */
import type { APIRoute } from 'astro';
import { sitemapXml } from '../lib/seo/sitemap.ts';

export const GET: APIRoute = ({ locals }) => {
  return new Response(sitemapXml([...locals.site.routes, ...locals.site.listRoutes], locals.siteUrl), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
