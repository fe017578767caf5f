import { describe, expect, it } from 'vitest';
import { ALL_NEWS, NEWS_PAGE_SIZE } from '../../src/lib/routing/news-lists.ts';
import { menuMark } from '../../src/lib/routing/navigation.ts';
import { pageCountOf, paginationOf } from '../../src/lib/routing/pagination.ts';
import { resolveRoutes } from '../../src/lib/routing/resolver.ts';
import { translationStatusUrl } from '../../src/lib/routing/fixed-pages.ts';
import type { SourceEntry } from '../../src/lib/routing/route.ts';
import { bilingualBase, entry, translation } from './helpers/entries.ts';

const topics = [
  { id: 'partenariats', label: { fr: 'Partenariats', en: 'Partnerships' } },
  { id: 'energie', label: { fr: 'Énergie propre', en: 'Clean energy' } },
];

/** `count` articles, one a day from 2022-12-20 on, the first three French only; every second one about topic partenariats and axis 1. */
function articles(count: number): SourceEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const id = String(index).padStart(3, '0');
    const published = new Date(Date.UTC(2022, 11, 20 + index));
    const extra = { kind: 'news' as const, published, tags: index % 2 === 0 ? ['partenariats'] : [], axes: index % 2 === 0 ? [1] : [] };
    const fr = entry(`fr/actualites/article-${id}.mdx`, `news-${id}`, extra);
    return index < 3 ? [fr] : [fr, translation(`en/news/article-${id}.mdx`, `news-${id}`, extra)];
  }).flat();
}

const axis = [
  entry('fr/accord/efficacite-energetique.mdx', 'axis-1', { kind: 'axis', axis: 1 }),
  translation('en/agreement/energy-efficiency.mdx', 'axis-1', { kind: 'axis', axis: 1 }),
];

const COUNT = 2 * NEWS_PAGE_SIZE + 5;
const site = resolveRoutes([...bilingualBase(), ...axis, ...articles(COUNT)], { topics });

describe('news lists: the whole list, cut into pages', () => {
  it('keeps page 1 at the news page and puts later pages at translated addresses', () => {
    expect(site.newsList(ALL_NEWS, 'fr')?.url).toBe('/fr/actualites/');
    expect(site.newsList(ALL_NEWS, 'fr', 2)?.url).toBe('/fr/actualites/page/2/');
    expect(site.newsList(ALL_NEWS, 'en', 3)?.url).toBe('/en/news/page/3/');
    expect(site.newsList(ALL_NEWS, 'en', 4)).toBeUndefined();
  });

  it('lists every article once across the pages, newest first, the same in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      const keys = [1, 2, 3].flatMap((page) => site.newsList(ALL_NEWS, lang, page)?.newsList?.articleKeys ?? []);
      expect(keys).toHaveLength(COUNT);
      expect(new Set(keys).size).toBe(COUNT);
      expect(keys[0]).toBe(`news-${String(COUNT - 1).padStart(3, '0')}`);
    }
    expect(site.newsList(ALL_NEWS, 'en', 3)?.newsList?.articleKeys).toEqual(site.newsList(ALL_NEWS, 'fr', 3)?.newsList?.articleKeys);
  });

  it('links each page to the first, previous, next and last pages', () => {
    const list = site.newsList(ALL_NEWS, 'fr', 2)?.newsList;
    expect(list).toMatchObject({
      page: 2,
      pageCount: 3,
      first: '/fr/actualites/',
      previous: '/fr/actualites/',
      next: '/fr/actualites/page/3/',
      last: '/fr/actualites/page/3/',
    });
    expect(site.newsList(ALL_NEWS, 'fr')?.newsList?.previous).toBeUndefined();
    expect(site.newsList(ALL_NEWS, 'fr', 3)?.newsList?.next).toBeUndefined();
  });

  it('points the toggle, hreflang and canonical of page N at page N', () => {
    const page = site.newsList(ALL_NEWS, 'en', 2);
    expect(page?.languageLinks).toEqual([{ lang: 'fr', url: '/fr/actualites/page/2/', isFallback: false }]);
    expect(page?.canonicalUrl).toBe('/en/news/page/2/');
    expect(page?.alternates).toEqual([
      { hreflang: 'fr', url: '/fr/actualites/page/2/' },
      { hreflang: 'en', url: '/en/news/page/2/' },
      { hreflang: 'x-default', url: '/fr/actualites/page/2/' },
    ]);
  });

  it('files list pages under the news page, apart from the content pages', () => {
    const page = site.newsList(ALL_NEWS, 'fr', 2);
    expect(page?.parentKey).toBe('news');
    expect(site.routeAt('/fr/actualites/page/2/')).toBe(page);
    expect(site.routes).not.toContain(page);
    expect(site.listRoutes).toContain(page);
    expect(site.routesOfKind('news-index', 'fr')).toHaveLength(1);
  });

  it("gives list pages the news page's key, and leads from one to the same list page in the other language", () => {
    const page = site.newsList({ by: 'topic', topic: 'partenariats' }, 'fr', 2);
    expect(page?.key).toBe('news');
    expect(site.route('news', 'fr').url).toBe('/fr/actualites/');
    expect(page && site.versionIn(page, 'en').url).toBe('/en/news/topics/partnerships/page/2/');
    expect(site.versionIn(site.route('news', 'fr'), 'en').url).toBe('/en/news/');
  });

  it('marks the news menu item as the section of a list page, not as the page itself', () => {
    const news = site.route('news', 'fr');
    expect(menuMark(site, news, news)).toBe('page');
    expect(menuMark(site, news, site.newsList(ALL_NEWS, 'fr', 2)!)).toBe('true');
  });
});

describe('news lists: topics, years and axes', () => {
  it('gives each topic a page per language at an address made from its label', () => {
    expect(site.newsList({ by: 'topic', topic: 'partenariats' }, 'fr')?.url).toBe('/fr/actualites/sujets/partenariats/');
    expect(site.newsList({ by: 'topic', topic: 'partenariats' }, 'en')?.url).toBe('/en/news/topics/partnerships/');
    expect(site.newsList({ by: 'topic', topic: 'energie' }, 'fr')?.url).toBe('/fr/actualites/sujets/energie-propre/');
    expect(site.newsList({ by: 'topic', topic: 'partenariats' }, 'en')?.languageLinks[0]?.url).toBe('/fr/actualites/sujets/partenariats/');
  });

  it('lists only the articles of the topic, and gives a topic without any an empty page', () => {
    const keys = [1, 2].flatMap((page) => site.newsList({ by: 'topic', topic: 'partenariats' }, 'fr', page)?.newsList?.articleKeys ?? []);
    expect(keys).toHaveLength(Math.ceil(COUNT / 2));
    expect(site.newsList({ by: 'topic', topic: 'energie' }, 'en')?.newsList).toMatchObject({ articleKeys: [], pageCount: 1 });
  });

  it('publishes a feed per topic next to its list', () => {
    expect(site.fixedPages.feeds).toContainEqual({
      lang: 'en',
      url: '/en/news/topics/partnerships/rss.xml',
      param: 'en/news/topics/partnerships',
      topic: 'partenariats',
    });
  });

  it('gives each year with articles a list, at the same year in both languages', () => {
    expect(site.newsList({ by: 'year', year: 2022 }, 'fr')?.url).toBe('/fr/actualites/2022/');
    expect(site.newsList({ by: 'year', year: 2023 }, 'en')?.url).toBe('/en/news/2023/');
    expect(site.newsList({ by: 'year', year: 2022 }, 'en')?.newsList?.articleKeys).toHaveLength(12);
    expect(site.newsList({ by: 'year', year: 2021 }, 'fr')).toBeUndefined();
  });

  it('gives each axis its full list, at the axis page’s own slug', () => {
    expect(site.newsList({ by: 'axis', axis: 1 }, 'fr')?.url).toBe('/fr/actualites/axes/efficacite-energetique/');
    expect(site.newsList({ by: 'axis', axis: 1 }, 'en')?.url).toBe('/en/news/axes/energy-efficiency/');
  });

  it('reports a list address that a content page already takes', () => {
    expect(() =>
      resolveRoutes([
        ...bilingualBase(),
        entry('fr/actualites/2022.mdx', 'x', { kind: 'news', published: new Date('2022-01-01'), tags: [], axes: [] }),
      ]),
    ).toThrow();
  });
});

describe('pagination', () => {
  it('names the first, the last and two pages each side of the current one', () => {
    const pages = paginationOf(7, 20, (n) => `/p/${n}/`);
    expect(pages.numbered.map((link) => link.page)).toEqual([1, 5, 6, 7, 8, 9, 20]);
    expect(pages).toMatchObject({ first: '/p/1/', previous: '/p/6/', next: '/p/8/', last: '/p/20/' });
    expect(paginationOf(1, 1, (n) => `/p/${n}/`)).toMatchObject({
      previous: undefined,
      next: undefined,
      numbered: [{ page: 1, url: '/p/1/' }],
    });
  });

  it('gives an empty list one page', () => {
    expect(pageCountOf(0, 12)).toBe(1);
    expect(pageCountOf(25, 12)).toBe(3);
  });

  it('puts the team’s translation status pages below its address', () => {
    expect(translationStatusUrl(site.fixedPages, 1)).toBe('/translations/');
    expect(translationStatusUrl(site.fixedPages, 3)).toBe('/translations/3/');
  });
});
