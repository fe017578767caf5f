import { describe, expect, it } from 'vitest';
import { resolveRoutes } from '../../src/lib/routing/resolver.ts';
import { sharingCardOf } from '../../src/lib/sharing-cards/card-of-route.ts';
import { shownTitle, type SharingCard } from '../../src/lib/sharing-cards/layout.ts';
import { cardPalette } from '../../src/lib/astro/palettes.ts';
import { drawCardNow } from '../../src/lib/sharing-cards/card-batch.ts';
import { readPalette } from '../../src/lib/sharing-cards/palette.ts';
import { pngSize } from '../helpers/png.ts';
import { bilingualBase, entry } from './helpers/entries.ts';

const agreement: SharingCard = {
  lang: 'en',
  titleLang: 'en',
  title: 'The cooperation agreement',
  lockup: 'Port of Montréal · HAROPA PORT',
  tagline: 'International cooperation agreement between the Port of Montréal and HAROPA PORT',
};

describe('drawCardNow', () => {
  it('draws a 1200×630 PNG', async () => {
    expect(pngSize(await drawCardNow(agreement, cardPalette))).toEqual({ width: 1200, height: 630 });
  });

  it('gives the same bytes for the same card, and other bytes for another title', async () => {
    const [first, second, other] = await Promise.all([
      drawCardNow(agreement, cardPalette),
      drawCardNow({ ...agreement }, cardPalette),
      drawCardNow({ ...agreement, title: 'Contact' }, cardPalette),
    ]);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });

  // A page's card weighs on every deploy and on the 1 GB a GitHub Pages site may hold: 20 KB at most.
  it('draws an indexed (palette) PNG of 20 KB at most, even for a long title with a language marker', async () => {
    const title = 'Renouvellement de l’entente de coopération entre le Port de Montréal et HAROPA PORT pour la décennie';
    const png = Buffer.from(await drawCardNow({ ...agreement, title, titleLang: 'fr', marker: '(in French)' }, cardPalette));
    // The IHDR chunk's colour type, byte 25 of the file: 3 is "indexed colour".
    expect(png[25]).toBe(3);
    expect(png.length).toBeLessThanOrEqual(20 * 1024);
  });

  it('still draws a card for a title far too long for it, and for letters beyond Latin-1', async () => {
    const title = 'Łódź, Ålesund and the ports of the North Atlantic corridor '.repeat(8);
    expect(pngSize(await drawCardNow({ ...agreement, title }, cardPalette))).toEqual({ width: 1200, height: 630 });
  });

  // 3,000 characters and the marker made resvg panic, which aborted the whole build (exit 134).
  it('draws a title of thousands of characters with its language marker, cut after a whole word', async () => {
    const title = 'Coopération portuaire '.repeat(140);
    const card = { ...agreement, title, titleLang: 'fr', marker: '(in French)' };
    expect(pngSize(await drawCardNow(card, cardPalette))).toEqual({ width: 1200, height: 630 });
    expect(shownTitle(title)).toMatch(/^(Coopération portuaire )+Coopération…$/);
    expect(shownTitle(title).length).toBeLessThan(160);
    expect(shownTitle('Contact')).toBe('Contact');
  });
});

describe('readPalette', () => {
  const theme = '@theme {\n  --color-band: #0b3a5b;\n  --color-on-band: #fff;\n  --color-accent-on-band: #d9480f;\n}';

  it('reads the card’s colours by role from the @theme block', () => {
    expect(readPalette(theme)).toEqual({ background: '#0b3a5b', text: '#fff', accent: '#d9480f' });
  });

  it('ignores the dark scheme, which comes after the @theme block', () => {
    const css = `${theme}\n@media (prefers-color-scheme: dark) { :root { --color-band: #000; } }`;
    expect(readPalette(css).background).toBe('#0b3a5b');
  });

  it('names the role the stylesheet lacks', () => {
    expect(() => readPalette(theme.replace(/.*accent.*\n/, ''))).toThrow(/--color-accent-on-band/);
    expect(() => readPalette(':root { --color-band: #000; }')).toThrow(/@theme/);
  });

  it('reads the site’s own stylesheet', () => {
    for (const colour of Object.values(cardPalette)) expect(colour).toMatch(/^#[0-9a-f]{3,8}$/i);
  });
});

describe('sharingCardOf', () => {
  const partners = [
    { fr: 'Port de Montréal', en: 'Port of Montréal' },
    { fr: 'HAROPA PORT', en: 'HAROPA PORT' },
  ];
  const site = resolveRoutes([
    ...bilingualBase(),
    entry('fr/actualites/renouvellement.mdx', 'renewal', {
      kind: 'news',
      title: 'Le renouvellement',
      published: new Date('2023-05-02'),
      tags: [],
    }),
  ]);

  it('sets a translated page’s title in the reader’s language, under the lockup and over the tagline', () => {
    expect(sharingCardOf(site.route('agreement', 'en'), partners)).toEqual({
      lang: 'en',
      title: 'Title of en/agreement/index.mdx',
      titleLang: 'en',
      marker: undefined,
      lockup: 'Port of Montréal · HAROPA PORT',
      tagline: 'International cooperation agreement between the Port of Montréal and HAROPA PORT',
    });
  });

  it('gives a fallback page the original’s title, marked as being in French', () => {
    expect(sharingCardOf(site.route('renewal', 'en'), partners)).toMatchObject({
      lang: 'en',
      title: 'Le renouvellement',
      titleLang: 'fr',
      marker: '(in French)',
      lockup: 'Port of Montréal · HAROPA PORT',
    });
    expect(sharingCardOf(site.route('renewal', 'fr'), partners)).toMatchObject({ lang: 'fr', marker: undefined });
  });

  it('publishes each card next to its page', () => {
    expect(site.route('agreement', 'en').sharingCardUrl).toBe('/en/agreement/sharing-card.png');
    const based = resolveRoutes(bilingualBase(), { base: '/partenariat/' });
    expect(based.route('home', 'fr').sharingCardUrl).toBe('/partenariat/fr/sharing-card.png');
  });
});
