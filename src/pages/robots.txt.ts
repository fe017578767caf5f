/** `/robots.txt`: everything but the web editor may be crawled; the sitemap lists what should be. */
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/astro/site.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { fixedPages } = await loadSite();
  const sitemap = new URL(fixedPages.sitemap, siteUrl ?? 'http://localhost/');
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${fixedPages.webEditor}\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
