/**
 * Each page's sharing card (Open Graph image), next to the page, at the
 * address the resolver gives it (`route.sharingCardUrl`): `/fr/accord/sharing-card.png`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPalette } from '../../lib/astro/palettes.ts';
import { sharingCardOf } from '../../lib/sharing-cards/card-of-route.ts';
import { renderSharingCard } from '../../lib/sharing-cards/render-card.ts';
import { loadSite, type PageRoute } from '../../lib/astro/site.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.routes.map((route) => ({ params: { path: route.param }, props: { route } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ route: PageRoute }> = async ({ props, locals }) => {
  const partnerNames = locals.partners.map((partner) => partner.name);
  return new Response(await renderSharingCard(sharingCardOf(props.route, partnerNames), cardPalette), {
    headers: { 'Content-Type': 'image/png' },
  });
};
