import { describe, expect, it } from 'vitest';
import { changedPagesOf, sites } from '../e2e/sites.ts';

/*
 * The pages the content path checks with axe (scripts/test-content.sh): the
 * addresses the resolver gives the content files a push changed.
 */
const site = sites.find((candidate) => candidate.name === 'site')!;
const based = sites.find((candidate) => candidate.name === 'based')!;

describe('the pages a change of content shows on', () => {
  it('are the addresses of the page changed, under the base path', () => {
    expect(changedPagesOf(site, ['content/fr/contact.mdx'])).toEqual(['/fr/contact/']);
    expect(changedPagesOf(based, ['content/fr/contact.mdx'])).toEqual(['/partenariat/fr/contact/']);
  });

  it('include the other language’s page showing it while it has no translation', () => {
    const article = 'content/fr/actualites/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation.mdx';
    expect(changedPagesOf(site, [article]).sort()).toEqual([
      '/en/news/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/',
      '/fr/actualites/le-port-de-montreal-et-haropa-port-renouvellent-leur-cooperation/',
    ]);
  });

  it('are none for a page deleted', () => {
    expect(changedPagesOf(site, ['content/fr/une-page-supprimee.mdx'])).toEqual([]);
  });
});
