/**
 * What the sharing-cards integration tells the card endpoints during a build,
 * and what they tell it back. Astro runs the integration from the config's
 * modules and the endpoints from the build's bundle: two copies of every
 * module in one process, which share only the global object, hence a
 * registered symbol rather than a module variable.
 */
export interface CardBuild {
  /** Folder of cached cards, in Astro's cache folder (`cacheDir`). */
  cacheDir: string;
  /** card-worker.ts, which the drawing processes run. */
  workerFile: string;
  /** What else decides a card's pixels besides its layout: the renderers' versions and drawing code. */
  rendererId: string;
  /** Cards drawn by this build, and cards taken from the cache. */
  drawn: number;
  reused: number;
}

const CHANNEL = Symbol.for('montreal-haropa.sharing-cards.build');
type WithChannel = typeof globalThis & { [CHANNEL]?: CardBuild };

/** Called by the integration as a build starts. */
export function openCardBuild(build: Omit<CardBuild, 'drawn' | 'reused'>): CardBuild {
  const opened = { ...build, drawn: 0, reused: 0 };
  (globalThis as WithChannel)[CHANNEL] = opened;
  return opened;
}

/** The build under way, or nothing in the preview and in unit tests (cards are then drawn one by one, uncached). */
export function cardBuild(): CardBuild | undefined {
  return (globalThis as WithChannel)[CHANNEL];
}

/** Called by the integration once the build is done. */
export function closeCardBuild(): void {
  delete (globalThis as WithChannel)[CHANNEL];
}
