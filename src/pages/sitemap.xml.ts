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
import { loadSite } from '../lib/routing/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const built = await loadSite();
  const routes = [...built.routes, ...built.listRoutes];
  return new Response(sitemapXml(routes, site ?? new URL('http://localhost/')), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
