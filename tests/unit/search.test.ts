import { describe, expect, it } from 'vitest';
import { resolveRoutes } from '../../src/lib/routing/resolver.ts';
import { searchIndexAttributes } from '../../src/lib/search/indexing.ts';
import { searchMessages } from '../../src/lib/search/messages.ts';
import { countMessage, excerptParts, resultLink } from '../../src/lib/search/results.ts';
import { bilingualBase, entry, translation } from './helpers/entries.ts';

const site = resolveRoutes([
  ...bilingualBase(),
  entry('fr/actualites/renouvellement.mdx', 'renewal', { kind: 'news', published: new Date('2023-05-02'), tags: [], axes: [] }),
  entry('fr/recherche.mdx', 'search', { kind: 'search' }),
  translation('en/search.mdx', 'search', { kind: 'search' }),
]);

describe('searchIndexAttributes', () => {
  it('indexes a page’s content and records the language it is written in', () => {
    expect(searchIndexAttributes(site.route('renewal', 'fr'))).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-meta': 'contentLang:fr',
    });
    // The English fallback page goes to the English index, as French content.
    expect(searchIndexAttributes(site.route('renewal', 'en'))).toMatchObject({ 'data-pagefind-meta': 'contentLang:fr' });
  });

  it('leaves the search page itself out of the index', () => {
    expect(searchIndexAttributes(site.route('search', 'en'))).toEqual({});
  });
});

describe('resultLink', () => {
  const en = searchMessages('en');

  it('marks a result written in another language, as lists do', () => {
    const data = {
      url: '/en/news/renouvellement/',
      excerpt: 'HAROPA PORT <mark>renouvellent</mark> leur',
      meta: { title: 'Renouvellement', contentLang: 'fr' },
    };
    expect(resultLink(data, 'en', en)).toEqual({
      url: '/en/news/renouvellement/',
      title: 'Renouvellement',
      lang: 'fr',
      marker: '(in French)',
      excerpt: [
        { text: 'HAROPA PORT ', marked: false },
        { text: 'renouvellent', marked: true },
        { text: ' leur', marked: false },
      ],
    });
  });

  it('adds nothing to a result in the reader’s language, or of unknown language', () => {
    for (const contentLang of ['en', undefined, 'de']) {
      const data = { url: '/en/agreement/', excerpt: 'The agreement', meta: { title: 'Agreement', contentLang } };
      expect(resultLink(data, 'en', en)).toMatchObject({ lang: undefined, marker: undefined });
    }
  });

  it('falls back on the URL for a page without a title', () => {
    expect(resultLink({ url: '/en/x/', excerpt: '', meta: {} }, 'en', en).title).toBe('/en/x/');
  });
});

describe('excerptParts', () => {
  it('keeps the page’s text as text, even where it looks like HTML', () => {
    expect(excerptParts('R&D <b>bold</b> <mark>port</mark><mark>s</mark>')).toEqual([
      { text: 'R&D <b>bold</b> ', marked: false },
      { text: 'port', marked: true },
      { text: 's', marked: true },
    ]);
  });
});

describe('countMessage', () => {
  it('says how many results there are, in the reader’s language and number format', () => {
    const [fr, en] = [searchMessages('fr'), searchMessages('en')];
    expect([0, 1, 2].map((count) => countMessage(count, 'fr', fr))).toEqual(['Aucun résultat.', '1 résultat.', '2 résultats.']);
    expect([0, 1, 1200].map((count) => countMessage(count, 'en', en))).toEqual(['No results.', '1 result.', '1,200 results.']);
  });
});
