/**
 * The pages Lighthouse audits: one of each kind, in both languages. The news
 * article exists only in French; its English page is the fallback page (the
 * French original under an English notice), so the two cover both.
 */
export interface AuditedPage {
  /** Short name for the summary and the report files: `axis-fr`. */
  name: string;
  url: string;
}

/** The audited pages, in the order of the summary. */
export const auditedPages: readonly AuditedPage[] = [
  { name: 'home-fr', url: '/fr/' },
  { name: 'home-en', url: '/en/' },
  { name: 'agreement-fr', url: '/fr/accord/' },
  { name: 'agreement-en', url: '/en/agreement/' },
  { name: 'axis-fr', url: '/fr/accord/efficience-energetique/' },
  { name: 'axis-en', url: '/en/agreement/energy-efficiency/' },
  { name: 'news-article-fr', url: '/fr/actualites/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/' },
  { name: 'fallback-en', url: '/en/news/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/' },
];
