import { describe, expect, it } from 'vitest';
import { cardPalette } from '../../src/lib/astro/palettes.ts';
import { cardPool } from '../../src/lib/sharing-cards/card-pool.ts';
import { cardLayout, type CardElement } from '../../src/lib/sharing-cards/layout.ts';
import { pngSize } from '../helpers/png.ts';

/*
 * The build's card pool, with its real drawing processes (card-worker.ts):
 * a card whose drawing crashes natively fails alone, with why, and the
 * pool goes on drawing the others.
 */

const WORKER = 'src/lib/sharing-cards/card-worker.ts';
const card = {
  lang: 'en',
  title: 'The agreement',
  titleLang: 'fr',
  marker: '(in French)',
  lockup: 'Port of Montréal · HAROPA PORT',
  tagline: 'Cooperation',
};

/**
 * A layout resvg cannot draw: 3,000 characters of title, clamped, before the
 * "(in French)" marker. The layout never gives this any more (it cuts the
 * title to what the card shows); set here by hand, it makes resvg panic,
 * which aborts the process it runs in.
 */
function panickingLayout(): CardElement {
  const layout = structuredClone(cardLayout(card, cardPalette));
  const titleBox = (layout.props.children as CardElement[])[1]!.props.children as CardElement;
  const [, space, marker] = titleBox.props.children as [string, string, CardElement];
  titleBox.props.children = ['Coopération portuaire '.repeat(140), space, marker];
  titleBox.props.style = { ...titleBox.props.style, lineClamp: 4 };
  delete titleBox.props.style.textWrap;
  return layout;
}

describe('cardPool', () => {
  it('fails a card whose drawing process crashes, saying why, and goes on drawing the others', async () => {
    const pool = cardPool(WORKER, 1);
    try {
      const crashed = pool.draw(panickingLayout());
      const after = pool.draw(cardLayout(card, cardPalette));
      await expect(crashed).rejects.toThrow(/drawing process stopped \(SIGABRT\): called `Option::unwrap\(\)` on a `None` value/);
      expect(pngSize(await after)).toEqual({ width: 1200, height: 630 });
    } finally {
      await pool.close();
    }
  });
});
