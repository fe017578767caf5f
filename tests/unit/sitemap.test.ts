import { describe, expect, it } from 'vitest';
import { resolveRoutes } from '../../src/lib/routing/resolver.ts';
import { sitemapXml } from '../../src/lib/seo/sitemap.ts';
import { bilingualBase, entry } from './helpers/entries.ts';

describe('sitemapXml', () => {
  const site = resolveRoutes([...bilingualBase(), entry('fr/actualites/renouvellement.mdx', 'renewal')]);
  const xml = sitemapXml(site.routes, new URL('https://example.org/'));

  it('lists real pages with absolute URLs', () => {
    expect(xml).toContain('<loc>https://example.org/fr/actualites/renouvellement/</loc>');
    expect(xml).toContain('<loc>https://example.org/en/news/</loc>');
  });

  it('leaves fallback pages out', () => {
    expect(xml).not.toContain('https://example.org/en/news/renouvellement/');
  });

  it('pairs translations with hreflang links', () => {
    expect(xml).toContain(
      '<url><loc>https://example.org/en/news/</loc>' +
        '<xhtml:link rel="alternate" hreflang="fr" href="https://example.org/fr/actualites/"/>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/news/"/>' +
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/fr/actualites/"/></url>',
    );
  });
});
