/**
 * Each page's sharing card (Open Graph image), next to the page, at the
 * address the resolver gives it (`route.sharingCardUrl`): `/fr/accord/sharing-card.png`.
 * During a build, every card is started as the paths are listed (card-batch.ts),
 * so each call only waits for its own.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPartners } from '../../lib/content/collections.ts';
import { drawCardNow, drawCardsAhead } from '../../lib/sharing-cards/card-batch.ts';
import { sharingCardOf } from '../../lib/sharing-cards/card-of-route.ts';
import { loadSite, type PageRoute } from '../../lib/routing/site.ts';

let drawnAhead: ReadonlyMap<string, Promise<Uint8Array<ArrayBuffer>>> = new Map();

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const partnerNames = (await loadPartners()).map((partner) => partner.name);
  drawnAhead = drawCardsAhead(new Map(site.routes.map((route) => [route.param, sharingCardOf(route, partnerNames)])));
  return site.routes.map((route) => ({ params: { path: route.param }, props: { route } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ route: PageRoute }> = async ({ props }) => {
  const partnerNames = (await loadPartners()).map((partner) => partner.name);
  const png = drawnAhead.get(props.route.param) ?? drawCardNow(sharingCardOf(props.route, partnerNames));
  return new Response(await png, { headers: { 'Content-Type': 'image/png' } });
};
