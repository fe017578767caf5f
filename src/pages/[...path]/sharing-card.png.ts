/**
 * Each page's sharing card (Open Graph image), next to the page:
 * `/fr/accord/sharing-card.png`. `sharingCardUrl` gives the address.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sharingCardOf } from '../../lib/sharing-cards/card-of-route.ts';
import { renderSharingCard } from '../../lib/sharing-cards/render-card.ts';
import { loadSite, pathParamOf, type PageRoute } from '../../lib/site.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.routes.map((route) => ({ params: { path: pathParamOf(route.url) }, props: { route } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ route: PageRoute }> = async ({ props }) =>
  new Response(await renderSharingCard(sharingCardOf(props.route)), { headers: { 'Content-Type': 'image/png' } });
