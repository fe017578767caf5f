/**
 * Each page's sharing card (Open Graph image), next to the page, at the
 * address the resolver gives it (`route.sharingCardUrl`): `/fr/accord/sharing-card.png`.
 * During a build, every card is started as the paths are listed (card-batch.ts),
 * so each call only waits for its own.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../lib/astro/collections.ts';
import { cardPalette } from '../../lib/astro/palettes.ts';
import { loadSite, type PageRoute } from '../../lib/astro/site.ts';
import { drawCardNow, drawCardsAhead } from '../../lib/sharing-cards/card-batch.ts';
import { sharingCardOf } from '../../lib/sharing-cards/card-of-route.ts';

export const getStaticPaths = (async () => {
  // No request yet, so no Astro.locals: the same once-per-build data the middleware hands on.
  const [site, data] = await Promise.all([loadSite(), loadSiteData()]);
  const partnerNames = data.partners.map((partner) => partner.name);
  const drawnAhead = drawCardsAhead(new Map(site.routes.map((route) => [route.param, sharingCardOf(route, partnerNames)])), cardPalette);
  // Each path's props carry its card being drawn: Astro hands them to GET as they are, in the same process.
  return site.routes.map((route) => ({ params: { path: route.param }, props: { route, drawing: drawnAhead.get(route.param) } }));
}) satisfies GetStaticPaths;

interface Props {
  route: PageRoute;
  /** The card, started with every other one during a build; none in the preview. */
  drawing: Promise<Uint8Array<ArrayBuffer>> | undefined;
}

export const GET: APIRoute<Props> = async ({ props, locals }) => {
  const partnerNames = locals.partners.map((partner) => partner.name);
  const png = props.drawing ?? drawCardNow(sharingCardOf(props.route, partnerNames), cardPalette);
  return new Response(await png, { headers: { 'Content-Type': 'image/png' } });
};
