import { availableParallelism } from 'node:os';
import { cachedCard, cacheCard, cardKey } from './card-cache.ts';
import type { CardBuild } from './card-build.ts';
import { cardPool, type CardPool } from './card-pool.ts';
import { drawCard } from './draw-card.ts';
import { cardLayout, type CardElement, type SharingCard } from './layout.ts';
import type { CardPalette } from './palette.ts';

/**
 * Starts drawing every card of a build at once, each by its page's
 * parameter, so that the endpoint only waits for its own: cards found in the
 * cache are read from it, the others drawn on every core and kept there.
 * Empty outside a build, when `build` is undefined (the preview draws each
 * card as it is asked for).
 *
 * Astro renders static endpoints one after the other, so a card drawn when
 * its endpoint is called would keep every core but one idle; started all at
 * once from `getStaticPaths`, which Astro calls before rendering the route's
 * pages, the cards keep every drawing process busy while each call waits for its own.
 */
export function drawCardsAhead<K>(
  cards: ReadonlyMap<K, SharingCard>,
  palette: CardPalette,
  build: CardBuild | undefined,
): ReadonlyMap<K, Promise<Uint8Array<ArrayBuffer>>> {
  if (!build) return new Map();
  let pool: CardPool | undefined;
  const poolOf = () => (pool ??= cardPool(build.workerFile, availableParallelism()));
  const drawings = new Map(
    [...cards].map(([param, card]) => [param, cachedOrDrawn(cardLayout(card, palette), build, (layout) => poolOf().draw(layout))] as const),
  );
  // The drawing processes end with the last card; a failed card fails its page, which the middleware
  // reports. Once every card is settled, a process that fails to end can fail no page: left unreported.
  Promise.allSettled(drawings.values())
    .then(() => pool?.close())
    .catch(() => undefined);
  // Marked as handled: the endpoint that awaits a failed card reports it, whenever Astro calls it.
  for (const drawing of drawings.values()) drawing.catch(() => undefined);
  return drawings;
}

/**
 * One card, from the cache during a build (`build`), else drawn here (the
 * preview, unit tests): the site's own card, share.png. `palette`: the
 * site's is src/lib/astro/palettes.ts's `cardPalette`.
 */
export function drawCardNow(card: SharingCard, palette: CardPalette, build?: CardBuild): Promise<Uint8Array<ArrayBuffer>> {
  const layout = cardLayout(card, palette);
  return build ? cachedOrDrawn(layout, build, drawCard) : drawCard(layout);
}

async function cachedOrDrawn(
  layout: CardElement,
  build: CardBuild,
  draw: (layout: CardElement) => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = cardKey(layout, build.rendererId);
  const cached = await cachedCard(build.cacheDir, key);
  if (cached) return cached;
  const png = await draw(layout);
  await cacheCard(build.cacheDir, key, png);
  return png;
}
