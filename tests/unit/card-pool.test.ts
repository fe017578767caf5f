import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cardPool } from '../../src/lib/sharing-cards/card-pool.ts';
import type { CardElement } from '../../src/lib/sharing-cards/layout.ts';
import { pngSize } from '../helpers/png.ts';

/*
 * The build's pool of drawing threads (src/lib/sharing-cards/card-pool.ts),
 * with the real thread (card-worker.ts): a card drawn, a card the thread
 * cannot draw, a thread that cannot start, and a pool closed with cards
 * still to draw. None may leave a card waiting forever.
 */

const workerFile = fileURLToPath(new URL('../../src/lib/sharing-cards/card-worker.ts', import.meta.url));
const card: CardElement = { type: 'div', props: { style: { display: 'flex' }, children: 'Une carte' } };
/** satori refuses an image whose source is not an absolute address. */
const undrawable: CardElement = { type: 'img', props: { src: 'nowhere.png' } };

describe('cardPool', () => {
  it('draws a card on a thread of its own', async () => {
    const pool = cardPool(workerFile, 1);
    try {
      expect(pngSize(await pool.draw(card))).toEqual({ width: 1200, height: 630 });
    } finally {
      await pool.close();
    }
  });

  it('fails a card its thread cannot draw, with the reason, and goes on drawing the next', async () => {
    const pool = cardPool(workerFile, 1);
    try {
      const [failed, drawn] = await Promise.allSettled([pool.draw(undrawable), pool.draw(card)]);
      expect(failed).toMatchObject({ status: 'rejected', reason: { message: expect.stringContaining('absolute URL') } });
      expect(drawn.status).toBe('fulfilled');
    } finally {
      await pool.close();
    }
  });

  it('fails the card and every card waiting when its thread dies, and starts another thread for the next', async () => {
    const pool = cardPool(fileURLToPath(new URL('./no-such-worker.ts', import.meta.url)), 1);
    try {
      const results = await Promise.allSettled([pool.draw(card), pool.draw(card)]);
      expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
      // The thread in its place cannot start either: the card fails, rather than wait for a thread that is gone.
      await expect(pool.draw(card)).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });

  it('fails the cards being drawn and those waiting when it is closed, and ends its threads', async () => {
    const pool = cardPool(workerFile, 1);
    const settled = Promise.allSettled([pool.draw(card), pool.draw(card), pool.draw(card)]);
    await pool.close();
    const results = await settled;
    expect(results).toEqual(results.map(() => ({ status: 'rejected', reason: new Error('The card pool was closed.') })));
  });
});
