/**
 * Which sharing card each Starlight page gets. Our site draws a card for every
 * page it builds, fallback pages included, so Starlight-with-cards does too:
 * one card per page id (`en/actualites/…`), showing what that page shows (a
 * French page, or the French original on an English page with no translation,
 * its title marked as French as ours marks it).
 */
import { getCollection } from 'astro:content';

/** The site's languages, French first: Starlight falls back to it. */
const languages = ['fr', 'en'] as const;
const defaultLanguage = languages[0];

/** What a card shows. */
export interface CardText {
  title: string;
  description: string | undefined;
}

/** Every page's card, by the page's id, which is also the card's path under `/og/`. */
export async function cardPages(): Promise<Record<string, CardText>> {
  const entries = await getCollection('docs');
  const byId = new Map(entries.map((entry) => [entry.id, entry.data]));
  const pages: Record<string, CardText> = {};
  // A language's home page has the language alone as its id (`fr`), the others `fr/…`.
  const isOriginal = (id: string) => id === defaultLanguage || id.startsWith(`${defaultLanguage}/`);
  for (const original of entries.filter((entry) => isOriginal(entry.id))) {
    const path = original.id.slice(defaultLanguage.length);
    for (const language of languages) {
      const translation = byId.get(`${language}${path}`);
      const { title, description } = translation ?? original.data;
      // Ours marks a title shown in another language than the page's, so its fallback cards differ from the originals'.
      pages[`${language}${path}`] = { title: translation ? title : `${title} (${defaultLanguage})`, description };
    }
  }
  return pages;
}

/** The address of the card of the page `id`. */
export function cardPath(id: string): string {
  return `/og/${id}.png`;
}
