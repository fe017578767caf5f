/** `/robots.txt`: everything but the web editor may be crawled; the sitemap lists what should be. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ locals }) => {
  const { fixedPages } = locals.site;
  const sitemap = new URL(fixedPages.sitemap, locals.siteUrl);
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${fixedPages.webEditor}\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
