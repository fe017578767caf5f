/** The pages the visual tests screenshot: one of each kind, the fallback page and the 404 page. */
export const VISUAL_PAGES = [
  { name: 'home-fr', url: '/fr/' },
  { name: 'home-en', url: '/en/' },
  { name: 'agreement-fr', url: '/fr/accord/' },
  { name: 'axis-fr', url: '/fr/accord/efficience-energetique/' },
  { name: 'news-article-fr', url: '/fr/actualites/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/' },
  { name: 'fallback-en', url: '/en/news/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/' },
  { name: 'contact-fr', url: '/fr/contact/' },
  { name: 'not-found', url: '/cette-page-n-existe-pas/' },
] as const;

export type VisualPage = (typeof VISUAL_PAGES)[number];
