import { describe, expect, it } from 'vitest';
import { feedItems, feedOf } from '../../src/lib/seo/feeds.ts';
import { resolveRoutes } from '../../src/lib/routing/resolver.ts';
import { socialMeta, structuredData } from '../../src/lib/seo/page-metadata.ts';
import { bilingualBase, entry } from './helpers/entries.ts';
import { testContact, testPartner } from './helpers/partners.ts';

const site = resolveRoutes([
  ...bilingualBase(),
  entry('fr/actualites/renouvellement.mdx', 'renewal', {
    kind: 'news',
    title: 'Renouvellement',
    description: 'Le renouvellement de la coopération.',
    published: new Date('2023-05-02'),
    updated: new Date('2023-11-24'),
    tags: ['international'],
  }),
]);
const topicLabels = new Map([['international', 'International']]);
const partners = [testPartner('a'), testPartner('b', { order: 2, contact: testContact })];
const context = {
  siteUrl: new URL('https://example.org/'),
  homeLabel: 'Home',
  imageUrl: '/share.png',
  topicLabels,
  partners,
  pageTitle: 'The page',
};

describe('socialMeta', () => {
  it('shares a translated page in its language, naming its translations', () => {
    expect(socialMeta(site.route('news', 'en'), topicLabels)).toEqual({ type: 'website', locale: 'en', localeAlternates: ['fr'] });
  });

  it('shares a fallback page in the language of its text, without alternates', () => {
    expect(socialMeta(site.route('renewal', 'en'), topicLabels)).toEqual({
      type: 'article',
      locale: 'fr',
      localeAlternates: [],
      article: { published: '2023-05-02', modified: '2023-11-24', tags: ['International'] },
    });
  });
});

describe('structuredData', () => {
  it('describes the partners on home pages, in the page’s language, with the contact details they have', () => {
    const data = structuredData(site.route('home', 'en'), site, context);
    expect(data).toEqual([
      { '@context': 'https://schema.org', '@type': 'Organization', name: 'Partner A', url: 'https://a.example.org' },
      {
        '@context': 'https://schema.org',
        '@type': 'Organization',
        name: 'Partner B',
        url: 'https://b.example.org',
        address: { '@type': 'PostalAddress', streetAddress: '1, quai Test', postalCode: '76600', addressLocality: 'Le Havre' },
        telephone: '+33 2 00 00 00 00',
      },
    ]);
  });

  it('gives a news article its breadcrumbs, dates and language', () => {
    const [breadcrumbs, article] = structuredData(site.route('renewal', 'en'), site, context);
    expect(breadcrumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Home', item: 'https://example.org/en/' },
        { position: 2, name: 'Title of en/news/index.mdx', item: 'https://example.org/en/news/' },
        { position: 3, name: 'Renouvellement', item: 'https://example.org/en/news/renouvellement/' },
      ],
    });
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Renouvellement',
      inLanguage: 'fr',
      datePublished: '2023-05-02',
      dateModified: '2023-11-24',
      mainEntityOfPage: 'https://example.org/fr/actualites/renouvellement/',
      image: 'https://example.org/share.png',
    });
  });
});

describe('feeds', () => {
  it('publishes each language’s feed next to its news page', () => {
    expect(feedOf(site, 'fr')?.url).toBe('/fr/actualites/rss.xml');
    expect(feedOf(site, 'en')?.url).toBe('/en/news/rss.xml');
  });

  it('lists untranslated news in the other language’s feed, at its fallback URL, with its language', () => {
    expect(feedItems(site, 'en')).toEqual([
      {
        title: 'Renouvellement',
        url: '/en/news/renouvellement/',
        contentLang: 'fr',
        published: new Date('2023-05-02'),
        description: 'Le renouvellement de la coopération.',
      },
    ]);
  });
});
