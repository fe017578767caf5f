import { describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/lib/content/content-error.ts';
import { originalVersion, versionsByKey } from '../../src/lib/routing/versions.ts';
import { resolveRoutes } from '../../src/lib/routing/resolver.ts';
import type { Site } from '../../src/lib/routing/site-index.ts';
import { bilingualBase, entry, STALE_VERSION, translation } from './helpers/entries.ts';

function problemsOf(run: () => unknown): ContentProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  throw new Error('Expected a ContentError, but the content was accepted.');
}

function urls(site: Site): string[] {
  return site.routes.map((route) => route.url);
}

describe('resolveRoutes: a page translated into both languages', () => {
  const site = resolveRoutes([
    ...bilingualBase(),
    entry('fr/accord/efficience-energetique.mdx', 'axis-2'),
    entry('en/agreement/energy-efficiency.mdx', 'axis-2'),
  ]);

  it('publishes each version at its own translated URL, in its own language', () => {
    const fr = site.route('axis-2', 'fr');
    const en = site.route('axis-2', 'en');
    expect(fr).toMatchObject({ url: '/fr/accord/efficience-energetique/', lang: 'fr', contentLang: 'fr', isFallback: false });
    expect(en).toMatchObject({ url: '/en/agreement/energy-efficiency/', lang: 'en', contentLang: 'en', isFallback: false });
    expect(en.entry.id).toBe('en/agreement/energy-efficiency.mdx');
  });

  it('makes each version its own canonical', () => {
    expect(site.route('axis-2', 'fr').canonicalUrl).toBe('/fr/accord/efficience-energetique/');
    expect(site.route('axis-2', 'en').canonicalUrl).toBe('/en/agreement/energy-efficiency/');
  });

  it('lists the same reciprocal hreflang set on both, with x-default on the French original', () => {
    const expected = [
      { hreflang: 'fr', url: '/fr/accord/efficience-energetique/' },
      { hreflang: 'en', url: '/en/agreement/energy-efficiency/' },
      { hreflang: 'x-default', url: '/fr/accord/efficience-energetique/' },
    ];
    expect(site.route('axis-2', 'fr').alternates).toEqual(expected);
    expect(site.route('axis-2', 'en').alternates).toEqual(expected);
  });

  it('points each language toggle at the other version', () => {
    expect(site.route('axis-2', 'fr').languageLinks).toEqual([{ lang: 'en', url: '/en/agreement/energy-efficiency/', isFallback: false }]);
    expect(site.route('axis-2', 'en').languageLinks).toEqual([
      { lang: 'fr', url: '/fr/accord/efficience-energetique/', isFallback: false },
    ]);
  });

  it('uses the language chooser as x-default of the home pages', () => {
    expect(site.route('home', 'en').alternates.at(-1)).toEqual({ hreflang: 'x-default', url: '/' });
  });

  it('records each page’s parent', () => {
    expect(site.route('axis-2', 'en').parentKey).toBe('agreement');
    expect(site.route('home', 'en').parentKey).toBeUndefined();
  });
});

describe('resolveRoutes: a French page without English translation', () => {
  const site = resolveRoutes([...bilingualBase(), entry('fr/actualites/renouvellement.mdx', 'renewal')]);
  const fallback = site.route('renewal', 'en');

  it('is published for English readers under the English parent, with the French slug', () => {
    expect(fallback).toMatchObject({
      url: '/en/news/renouvellement/',
      lang: 'en',
      contentLang: 'fr',
      isFallback: true,
    });
    expect(fallback.entry.id).toBe('fr/actualites/renouvellement.mdx');
  });

  it('names the original as canonical and has no hreflang set', () => {
    expect(fallback.canonicalUrl).toBe('/fr/actualites/renouvellement/');
    expect(fallback.alternates).toEqual([]);
    expect(site.route('renewal', 'fr').alternates).toEqual([]);
  });

  it('links the original’s toggle to the fallback, flagged, and back', () => {
    expect(site.route('renewal', 'fr').languageLinks).toEqual([{ lang: 'en', url: '/en/news/renouvellement/', isFallback: true }]);
    expect(fallback.languageLinks).toEqual([{ lang: 'fr', url: '/fr/actualites/renouvellement/', isFallback: false }]);
  });
});

describe('resolveRoutes: an English page without French translation (the reverse direction)', () => {
  const site = resolveRoutes([...bilingualBase(), entry('en/agreement/port-visit.mdx', 'visit')]);

  it('is published for French readers under the French parent, shown in English', () => {
    expect(site.route('visit', 'fr')).toMatchObject({
      url: '/fr/accord/port-visit/',
      lang: 'fr',
      contentLang: 'en',
      isFallback: true,
      canonicalUrl: '/en/agreement/port-visit/',
      alternates: [],
    });
  });

  it('links both ways', () => {
    expect(site.route('visit', 'en').languageLinks).toEqual([{ lang: 'fr', url: '/fr/accord/port-visit/', isFallback: true }]);
    expect(site.route('visit', 'fr').languageLinks).toEqual([{ lang: 'en', url: '/en/agreement/port-visit/', isFallback: false }]);
  });
});

describe('resolveRoutes: untranslated pages inside an untranslated section', () => {
  const site = resolveRoutes([...bilingualBase(), entry('fr/dossiers/index.mdx', 'files'), entry('fr/dossiers/escales.mdx', 'stopovers')]);

  it('nests the fallback URLs the same way as the originals', () => {
    expect(site.route('files', 'en').url).toBe('/en/dossiers/');
    expect(site.route('stopovers', 'en').url).toBe('/en/dossiers/escales/');
  });

  it('gives every key a route in every language, each URL once', () => {
    expect(site.routes).toHaveLength(2 * 5);
    expect(new Set(urls(site)).size).toBe(site.routes.length);
  });

  it('indexes the routes by reader language, in URL order with the home page first', () => {
    expect(site.routesIn('en').map((route) => route.url)).toEqual([
      '/en/',
      '/en/agreement/',
      '/en/dossiers/',
      '/en/dossiers/escales/',
      '/en/news/',
    ]);
    expect(site.routesIn('fr')).toHaveLength(5);
  });
});

describe('resolveRoutes: a language without any home page of its own', () => {
  it('falls back to the other language’s home at /<lang>/', () => {
    const site = resolveRoutes([entry('fr/index.mdx', 'home')]);
    expect(site.route('home', 'en')).toMatchObject({ url: '/en/', isFallback: true, canonicalUrl: '/fr/' });
  });
});

describe('resolveRoutes: content it refuses', () => {
  it('rejects a key used twice in one language, naming both files', () => {
    const problems = problemsOf(() =>
      resolveRoutes([...bilingualBase(), entry('fr/accord/a.mdx', 'same'), entry('fr/accord/b.mdx', 'same')]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('content/fr/accord/b.mdx');
    expect(problems[0]).toMatchObject({ code: 'key-taken', params: { key: 'same', other: 'content/fr/accord/a.mdx' } });
  });

  it('rejects two files that would be published at the same URL', () => {
    const problems = problemsOf(() =>
      resolveRoutes([...bilingualBase(), entry('fr/accord/escales.mdx', 'one'), entry('fr/accord/escales/index.mdx', 'two')]),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'same-url', params: expect.objectContaining({ url: '/fr/accord/escales/' }) }),
      ]),
    );
  });

  it('rejects a fallback that would land on a real page’s URL', () => {
    // Each page's fallback would take the other's address, in both directions.
    const problems = problemsOf(() =>
      resolveRoutes([...bilingualBase(), entry('fr/accord/escales.mdx', 'stopovers'), entry('en/agreement/escales.mdx', 'other-page')]),
    );
    expect(problems).toEqual([
      {
        file: 'content/en/agreement/escales.mdx',
        code: 'same-url-fallback',
        params: { url: '/fr/accord/escales/', other: 'content/fr/accord/escales.mdx', lang: 'fr' },
      },
      {
        file: 'content/fr/accord/escales.mdx',
        code: 'same-url-fallback',
        params: { url: '/en/agreement/escales/', other: 'content/en/agreement/escales.mdx', lang: 'en' },
      },
    ]);
  });

  it('rejects a page whose folder has no index page', () => {
    const problems = problemsOf(() => resolveRoutes([...bilingualBase(), entry('fr/dossiers/escales.mdx', 'x')]));
    expect(problems[0]).toMatchObject({ code: 'parent-missing', params: { parent: 'content/fr/dossiers/index.mdx' } });
  });

  it('rejects an unknown language folder', () => {
    const problems = problemsOf(() => resolveRoutes([...bilingualBase(), entry('de/index.mdx', 'home-de')]));
    expect(problems[0]).toMatchObject({ file: 'content/de/index.mdx' });
    expect(problems[0]).toMatchObject({ code: 'folder-not-language', params: { folder: 'de', folders: ['fr/', 'en/'] } });
  });

  it('rejects a file name that cannot be a URL, suggesting one that can', () => {
    const problems = problemsOf(() => resolveRoutes([...bilingualBase(), entry('fr/accord/Énergie Verte.mdx', 'green')]));
    expect(problems[0]).toMatchObject({ code: 'segment-invalid', params: { suggestion: 'energie-verte' } });
  });

  it('rejects translations placed under different parents', () => {
    const problems = problemsOf(() =>
      resolveRoutes([...bilingualBase(), entry('fr/accord/escales.mdx', 'x'), entry('en/news/stopovers.mdx', 'x')]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'versions-apart' });
  });

  it('reports every problem at once', () => {
    const problems = problemsOf(() =>
      resolveRoutes([...bilingualBase(), entry('xx/index.mdx', 'a'), entry('fr/accord/a.mdx', 'same'), entry('fr/accord/b.mdx', 'same')]),
    );
    expect(problems).toHaveLength(2);
  });
});

describe('resolveRoutes: a site published under a base path', () => {
  const site = resolveRoutes([...bilingualBase(), entry('fr/actualites/renouvellement.mdx', 'renewal')], {
    base: '/partenariat/',
  });

  it('puts the base path in front of every URL, fallbacks included', () => {
    expect(site.route('news', 'en').url).toBe('/partenariat/en/news/');
    expect(site.route('renewal', 'en')).toMatchObject({
      url: '/partenariat/en/news/renouvellement/',
      canonicalUrl: '/partenariat/fr/actualites/renouvellement/',
    });
    expect(site.route('renewal', 'fr').languageLinks[0]?.url).toBe('/partenariat/en/news/renouvellement/');
  });

  it('makes the chooser under the base path the x-default of home pages', () => {
    expect(site.route('home', 'fr').alternates.at(-1)).toEqual({ hreflang: 'x-default', url: '/partenariat/' });
  });

  it('gives each route its page parameter: the URL after the base path, without slashes', () => {
    expect(site.route('renewal', 'en').param).toBe('en/news/renouvellement');
    expect(site.route('home', 'fr').param).toBe('fr');
  });

  it('finds the route served at a URL, and none at an address of no content page', () => {
    expect(site.routeAt('/partenariat/en/news/renouvellement/')).toBe(site.route('renewal', 'en'));
    expect(site.routeAt('/en/news/renouvellement/')).toBeUndefined();
    expect(site.routeAt('/partenariat/')).toBeUndefined();
  });

  it('decides the fixed pages’ addresses too, under the base path, with a feed beside each news page', () => {
    expect(site.fixedPages).toEqual({
      chooser: '/partenariat/',
      translationStatus: '/partenariat/translations/',
      webEditor: '/partenariat/admin/',
      notFound: '/partenariat/404.html',
      sitemap: '/partenariat/sitemap.xml',
      robots: '/partenariat/robots.txt',
      favicon: '/partenariat/favicon.svg',
      shareImage: '/partenariat/share.png',
      feeds: [
        { lang: 'fr', url: '/partenariat/fr/actualites/rss.xml', param: 'fr/actualites' },
        { lang: 'en', url: '/partenariat/en/news/rss.xml', param: 'en/news' },
      ],
      corridorMaps: {
        fr: { wide: '/partenariat/fr/carte-du-corridor-paysage.svg', narrow: '/partenariat/fr/carte-du-corridor-portrait.svg' },
        en: { wide: '/partenariat/en/corridor-map-landscape.svg', narrow: '/partenariat/en/corridor-map-portrait.svg' },
      },
    });
  });
});

describe('resolveRoutes: translation status', () => {
  const original = { ...entry('fr/accord/a.mdx', 'a'), fingerprint: 'aaaaaaaaaaaa' };

  it('links a translation to its original, up to date when the fingerprints match', () => {
    const site = resolveRoutes([
      ...bilingualBase(),
      original,
      translation('en/agreement/a.mdx', 'a', { translated: { from: 'fr', version: 'aaaaaaaaaaaa' } }),
    ]);
    expect(site.route('a', 'en').translationOf).toEqual({ lang: 'fr', url: '/fr/accord/a/', isOutdated: false });
    expect(site.route('a', 'fr').translationOf).toBeUndefined();
  });

  it('marks a translation outdated when its original changed since', () => {
    const site = resolveRoutes([...bilingualBase(), original, translation('en/agreement/a.mdx', 'a')]);
    expect(site.route('a', 'en').translationOf).toEqual({ lang: 'fr', url: '/fr/accord/a/', isOutdated: true });
    expect(STALE_VERSION).not.toBe(original.fingerprint);
  });

  it('falls back to the page that is not a translation', () => {
    const site = resolveRoutes([...bilingualBase(), entry('en/agreement/b.mdx', 'b')]);
    expect(site.route('b', 'fr')).toMatchObject({ isFallback: true, contentLang: 'en', canonicalUrl: '/en/agreement/b/' });
  });
});

describe('versionsByKey and originalVersion: the versions of a key, as the resolver reads them', () => {
  const fr = entry('fr/accord/efficience-energetique.mdx', 'axis-2');
  const en = translation('en/agreement/energy-efficiency.mdx', 'axis-2');
  const versions = versionsByKey([...bilingualBase(), en, fr]).get('axis-2');

  it('gives each version by the language its folder names', () => {
    expect(versions).toEqual(
      new Map([
        ['en', en],
        ['fr', fr],
      ]),
    );
  });

  it('names the original and its language', () => {
    expect(originalVersion(versions!)).toEqual({ lang: 'fr', entry: fr });
  });

  it('refuses what the resolver refuses: a file outside the language folders', () => {
    expect(problemsOf(() => versionsByKey([entry('de/seite.mdx', 'seite')])).map((problem) => problem.code)).toEqual([
      'folder-not-language',
    ]);
  });
});
