import { describe, expect, it } from 'vitest';
import { cardPalette } from '../../src/lib/astro/palettes.ts';
import { cardPool } from '../../src/lib/sharing-cards/card-pool.ts';
import { cardLayout, type CardElement } from '../../src/lib/sharing-cards/layout.ts';
import { pngSize } from '../helpers/png.ts';

/*
 * The build's card pool, with its real drawing processes (card-worker.ts): a
 * card drawn, a card satori refuses, a card whose drawing crashes natively, a
 * process that cannot start, and a pool closed with cards still to draw. Each
 * failing card fails alone, with why; none may leave a card waiting forever.
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
const simple: CardElement = { type: 'div', props: { style: { display: 'flex' }, children: 'Une carte' } };
/** satori refuses an image whose source is not an absolute address. */
const undrawable: CardElement = { type: 'img', props: { src: 'nowhere.png' } };

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
  it('draws a card in a process of its own', async () => {
    const pool = cardPool(WORKER, 1);
    try {
      expect(pngSize(await pool.draw(simple))).toEqual({ width: 1200, height: 630 });
    } finally {
      await pool.close();
    }
  });

  it('fails a card its process cannot draw, with the reason, and goes on drawing the next', async () => {
    const pool = cardPool(WORKER, 1);
    try {
      const [failed, drawn] = await Promise.allSettled([pool.draw(undrawable), pool.draw(simple)]);
      expect(failed).toMatchObject({ status: 'rejected', reason: { message: expect.stringContaining('absolute URL') } });
      expect(drawn.status).toBe('fulfilled');
    } finally {
      await pool.close();
    }
  });

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

  it('fails each card when its process cannot start, rather than wait for one', async () => {
    const pool = cardPool('tests/unit/no-such-worker.ts', 1);
    try {
      const results = await Promise.allSettled([pool.draw(simple), pool.draw(simple)]);
      expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
      await expect(pool.draw(simple)).rejects.toThrow(/drawing process stopped \(exit code 1\)/);
    } finally {
      await pool.close();
    }
  });

  it('fails the cards being drawn and those waiting when it is closed, and ends its processes', async () => {
    const pool = cardPool(WORKER, 1);
    const settled = Promise.allSettled([pool.draw(simple), pool.draw(simple), pool.draw(simple)]);
    await pool.close();
    const results = await settled;
    expect(results).toEqual(results.map(() => ({ status: 'rejected', reason: new Error('The card pool was closed.') })));
  });
});
