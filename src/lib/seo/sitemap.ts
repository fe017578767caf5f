import type { Route } from '../routing/route.ts';

/**
 * The sitemap of `routes`: real pages only (a fallback page's canonical is
 * its original), each with its `hreflang` alternates. The language chooser
 * at `/` is left out: it has no content of its own to index.
 */
export function sitemapXml(routes: readonly Route[], site: URL): string {
  const absolute = (url: string) => escapeXml(new URL(url, site).href);
  const urls = routes
    .filter((route) => !route.isFallback)
    .map((route) => {
      const links = route.alternates.map(
        (alternate) => `<xhtml:link rel="alternate" hreflang="${alternate.hreflang}" href="${absolute(alternate.url)}"/>`,
      );
      return `<url><loc>${absolute(route.url)}</loc>${links.join('')}</url>`;
    });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
