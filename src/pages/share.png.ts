/**
 * The sharing card of the pages that have none of their own, the language
 * chooser and the 404 page (`site.fixedPages.shareImage`): drawn at build
 * time like every page's, so it shows the same lockup and site name.
 */
import type { APIRoute } from 'astro';
import { cardBuild } from '../lib/astro/card-build.ts';
import { cardPalette } from '../lib/astro/palettes.ts';
import { drawCardNow } from '../lib/sharing-cards/card-batch.ts';
import { bilingualSharingCard } from '../lib/sharing-cards/card-of-route.ts';

export const GET: APIRoute = async ({ locals }) => {
  const partnerNames = locals.partners.map((partner) => partner.name);
  return new Response(await drawCardNow(bilingualSharingCard(partnerNames), cardPalette, cardBuild), {
    headers: { 'Content-Type': 'image/png' },
  });
};
