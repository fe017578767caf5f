/**
 * The sharing card of the pages that have none of their own, the language
 * chooser and the 404 page (`site.fixedPages.shareImage`): drawn at build
 * time like every page's, so it shows the same lockup and site name.
 */
import type { APIRoute } from 'astro';
import { cardPalette } from '../lib/astro/palettes.ts';
import { bilingualSharingCard } from '../lib/sharing-cards/card-of-route.ts';
import { renderSharingCard } from '../lib/sharing-cards/render-card.ts';

export const GET: APIRoute = async ({ locals }) => {
  const partnerNames = locals.partners.map((partner) => partner.name);
  return new Response(await renderSharingCard(bilingualSharingCard(partnerNames), cardPalette), {
    headers: { 'Content-Type': 'image/png' },
  });
};
