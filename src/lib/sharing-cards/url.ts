import type { Route } from '../routes.ts';

/**
 * Where a page's sharing card is published: next to the page, as
 * `src/pages/[...path]/sharing-card.png.ts` writes it
 * (`/en/agreement/` → `/en/agreement/sharing-card.png`).
 */
export function sharingCardUrl(route: Pick<Route, 'url'>): string {
  return `${route.url}sharing-card.png`;
}
