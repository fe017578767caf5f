import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ContentLink from '../../src/components/ContentLink.astro';
import LanguageNotice from '../../src/components/LanguageNotice.astro';
import LanguageToggle from '../../src/components/LanguageToggle.astro';
import Callout from '../../src/components/mdx/Callout.astro';
import ContactBlock from '../../src/components/mdx/ContactBlock.astro';
import Figure from '../../src/components/mdx/Figure.astro';
import { useTranslations } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { resolveRoutes } from '../../src/lib/routing/resolver.ts';
import type { Route } from '../../src/lib/routing/route.ts';
import { bilingualBase, entry } from './helpers/entries.ts';
import { testContact, testPartner } from './helpers/partners.ts';

const site = resolveRoutes([...bilingualBase(), entry('fr/actualites/renouvellement.mdx', 'renewal', { title: 'Renouvellement' })]);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The request context src/middleware.ts sets, for a reader of `lang` on `route`. */
function localsFor(lang: Locale, route?: Route): App.Locals {
  return {
    site: site as App.Locals['site'],
    route: route as App.Locals['route'],
    lang,
    contentLang: route?.contentLang ?? lang,
    t: useTranslations(lang),
    partners: [],
    legal: {},
    tagLabels: { fr: new Map(), en: new Map() },
    corridor: undefined,
    siteUrl: new URL('https://example.test/'),
  };
}

/** Renders `component` for a reader of `lang`, without the source annotations Astro adds in development. */
async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>, locals: App.Locals) {
  const html = await container.renderToString(component, { props, locals });
  return html.replace(/\s+data-astro-source-(?:file|loc)="[^"]*"/g, '');
}

describe('ContentLink', () => {
  it('marks a French title in an English list and says it is in French', async () => {
    const html = await render(ContentLink, { route: site.route('renewal', 'en'), label: 'Renouvellement' }, localsFor('en'));
    expect(html).toContain('href="/en/news/renouvellement/"');
    expect(html).toContain('hreflang="fr"');
    expect(html).toContain('<span lang="fr">Renouvellement</span>');
    expect(html).toContain('(in French)');
  });

  it('adds nothing to a link in the reader’s own language', async () => {
    const html = await render(ContentLink, { route: site.route('renewal', 'fr'), label: 'Renouvellement' }, localsFor('fr'));
    expect(html).not.toContain('lang=');
    expect(html).not.toContain('(en ');
  });
});

describe('LanguageNotice', () => {
  it('speaks the reader’s language and links to the original', async () => {
    const html = await render(
      LanguageNotice,
      { kind: 'fallback', originalLang: 'en', originalUrl: '/en/agreement/port-visit/' },
      localsFor('fr'),
    );
    expect(html).toContain('pas encore traduite en français');
    expect(html).toContain('en anglais');
    expect(html).toMatch(/<a href="\/en\/agreement\/port-visit\/" hreflang="en">Consulter la page originale en anglais<\/a>/);
  });

  it('says when the original changed since the translation', async () => {
    const html = await render(LanguageNotice, { kind: 'outdated', originalLang: 'fr', originalUrl: '/fr/' }, localsFor('en'));
    expect(html).toContain('data-language-notice="outdated"');
    expect(html).toContain('The original version of this page, in French, has changed since it was translated.');
  });
});

describe('LanguageToggle', () => {
  it('writes each link in its target language and flags an untranslated target', async () => {
    const html = await render(LanguageToggle, {}, localsFor('fr', site.route('renewal', 'fr')));
    expect(html).toMatch(/href="\/en\/news\/renouvellement\/" lang="en" hreflang="en"[^>]*>\s*English \(page not translated\)/);
  });
});

describe('MDX components for editors', () => {
  it('Callout: a note with its title', async () => {
    const html = await container.renderToString(Callout, {
      props: { title: 'À retenir' },
      slots: { default: 'Le texte de la note.' },
    });
    expect(html).toMatch(/role="note"/);
    expect(html).toContain('À retenir');
    expect(html).toContain('Le texte de la note.');
  });

  it('Figure: the image and its caption', async () => {
    const html = await container.renderToString(Figure, {
      props: { caption: 'Le port du Havre.' },
      slots: { default: '<img src="/quai.webp" alt="Porte-conteneurs à quai" width="2" height="2">' },
    });
    expect(html).toMatch(
      /<figure[^>]*>.*<img src="\/quai\.webp" alt="Porte-conteneurs à quai".*<figcaption[^>]*>Le port du Havre\.<\/figcaption><\/figure>/s,
    );
  });

  it('ContactBlock: the partner’s address lines and phone link, labelled in the content’s language', async () => {
    const props = { partner: 'partner-b' };
    const locals = { ...localsFor('fr'), partners: [testPartner('a'), testPartner('b', { contact: testContact })] };
    const french = await container.renderToString(ContactBlock, { props, locals: { ...locals, contentLang: 'fr' } });
    expect(french).toMatch(/<address[^>]*>/);
    expect(french).toMatch(/<p[^>]*>Partenaire B<\/p><p[^>]*>1, quai Test<\/p><p[^>]*>76600 Le Havre<\/p>/);
    expect(french).toContain('Téléphone\u00a0:');
    expect(french).toMatch(/<a href="tel:\+33200000000"[^>]*>\+33\u00a0\(2\)\u00a000\u00a000\u00a000\u00a000<\/a>/);
    const english = await container.renderToString(ContactBlock, { props, locals: { ...locals, contentLang: 'en' } });
    expect(english).toContain('Telephone:');
  });
});
