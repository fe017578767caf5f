/**
 * The sharing card of the pages that have none of their own, the language
 * chooser and the 404 page (`site.fixedPages.shareImage`): drawn at build
 * time like every page's, so it shows the same lockup and site name.
 */
import type { APIRoute } from 'astro';
import { loadPartners } from '../lib/content/collections.ts';
import { drawCardNow } from '../lib/sharing-cards/card-batch.ts';
import { bilingualSharingCard } from '../lib/sharing-cards/card-of-route.ts';

export const GET: APIRoute = async () => {
  const partnerNames = (await loadPartners()).map((partner) => partner.name);
  return new Response(await drawCardNow(bilingualSharingCard(partnerNames)), {
    headers: { 'Content-Type': 'image/png' },
  });
};
