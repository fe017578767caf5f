import { describe, expect, it } from 'vitest';
import {
  axesOfArticle,
  axisRoutes,
  breadcrumbTrail,
  homeRoute,
  homeRoutes,
  mainNavigation,
  menuMark,
  newsRoutes,
  searchRoute,
} from '../../src/lib/routing/navigation.ts';
import { resolveRoutes } from '../../src/lib/routing/resolver.ts';
import { bilingualBase, entry, translation } from './helpers/entries.ts';

const site = resolveRoutes([
  ...bilingualBase().map((base) => (base.data.key === 'news' ? { ...base, data: { ...base.data, nav: { order: 2 } } } : base)),
  entry('fr/accord/b.mdx', 'axis-b', { kind: 'axis', axis: 2 }),
  entry('fr/accord/a.mdx', 'axis-a', { kind: 'axis', axis: 1 }),
  translation('en/agreement/a.mdx', 'axis-a', { kind: 'axis', axis: 1 }),
  entry('fr/contact.mdx', 'contact', { nav: { order: 1 } }),
  entry('fr/actualites/ancienne.mdx', 'old', { kind: 'news', published: new Date('2020-01-01'), tags: [], axes: [] }),
  entry('fr/actualites/recente.mdx', 'recent', { kind: 'news', published: new Date('2023-05-02'), tags: [], axes: [] }),
]);

describe('navigation lists', () => {
  it('orders the axes by number and includes untranslated ones', () => {
    expect(axisRoutes(site, 'en').map((route) => [route.url, route.isFallback])).toEqual([
      ['/en/agreement/a/', false],
      ['/en/agreement/b/', true],
    ]);
  });

  it('lists the axes a news article is about, by number', () => {
    const about = resolveRoutes([
      ...bilingualBase(),
      entry('fr/accord/b.mdx', 'axis-b', { kind: 'axis', axis: 2 }),
      entry('fr/accord/a.mdx', 'axis-a', { kind: 'axis', axis: 1 }),
      entry('fr/accord/c.mdx', 'axis-c', { kind: 'axis', axis: 3 }),
      entry('fr/actualites/n.mdx', 'n', { kind: 'news', published: new Date('2023-05-02'), tags: [], axes: [3, 1] }),
    ]);
    expect(axesOfArticle(about, 'en', about.route('n', 'en')).map((route) => route.key)).toEqual(['axis-a', 'axis-c']);
    expect(axesOfArticle(about, 'en', about.route('axis-a', 'en'))).toEqual([]);
  });

  it('lists news newest first, in the reader’s language', () => {
    expect(newsRoutes(site, 'en').map((route) => route.url)).toEqual(['/en/news/recente/', '/en/news/ancienne/']);
  });

  it('builds the main menu from nav.order', () => {
    expect(mainNavigation(site, 'en').map((route) => route.key)).toEqual(['contact', 'news']);
  });

  it('makes each language’s menu once per site, as every page asks for it', () => {
    expect(mainNavigation(site, 'en')).toBe(mainNavigation(site, 'en'));
    expect(mainNavigation(site, 'fr').map((route) => route.lang)).toEqual(['fr', 'fr']);
  });

  it('traces breadcrumbs from the home page in the reader’s language', () => {
    const trail = breadcrumbTrail(site, site.route('axis-b', 'en'));
    expect(trail.map((route) => route.url)).toEqual(['/en/', '/en/agreement/', '/en/agreement/b/']);
  });

  it('marks a menu item as the page itself, or as the section of the pages below it', () => {
    const news = site.route('news', 'en');
    expect(menuMark(site, news, news)).toBe('page');
    expect(menuMark(site, news, site.route('recent', 'en'))).toBe('true');
    expect(menuMark(site, news, site.route('axis-b', 'en'))).toBeUndefined();
    expect(menuMark(site, site.route('contact', 'en'), news)).toBeUndefined();
  });

  it('finds the search page in each language, if there is one', () => {
    const withSearch = resolveRoutes([...bilingualBase(), entry('fr/recherche.mdx', 'search', { kind: 'search' })]);
    expect(searchRoute(withSearch, 'fr')?.url).toBe('/fr/recherche/');
    expect(searchRoute(withSearch, 'en')).toMatchObject({ url: '/en/recherche/', isFallback: true });
    expect(searchRoute(site, 'fr')).toBeUndefined();
  });

  it('finds the home pages', () => {
    expect(homeRoute(site, 'en').url).toBe('/en/');
    expect(homeRoutes(site).map((route) => route.url)).toEqual(['/fr/', '/en/']);
  });
});
