/**
 * What a build tells the card endpoints: where the cache of cards is, and
 * what else decides a card's pixels. The sharing-cards integration
 * (src/integrations/sharing-cards.ts) serves it as a virtual module, which
 * src/lib/astro/card-build.ts reads and the endpoints hand on; outside a
 * build (the preview, unit tests) there is none, and cards are drawn one by
 * one, uncached.
 */
export interface CardBuild {
  /** Folder of cached cards, in Astro's cache folder (`cacheDir`). */
  cacheDir: string;
  /** card-worker.ts, which the drawing threads load. */
  workerFile: string;
  /** What else decides a card's pixels besides its layout: the packages installed and the card code. */
  rendererId: string;
}
