import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/lib/content/page-schema.ts';

const news = {
  key: 'news-cooperation-renewed',
  kind: 'news',
  title: 'Le port de Montréal et HAROPA PORT renouvellent leur coopération',
  description: 'Renouvellement de l’accord.',
  published: new Date('2023-05-02'),
  updated: new Date('2023-11-24'),
  tags: ['international', 'Partenariats'],
};

const axis = { key: 'axis-2', kind: 'axis', axis: 2, title: 'Efficience énergétique', description: 'Résumé de l’axe, en une phrase.' };

/** The problem codes the schema gives for `data`, each prefixed with its field. */
function errorsFor(data: unknown): string[] {
  const result = pageSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('pageSchema accepts good frontmatter', () => {
  it('a news article with YAML dates', () => {
    const parsed = pageSchema.parse(news);
    expect(parsed.kind === 'news' && parsed.published.toISOString()).toBe('2023-05-02T00:00:00.000Z');
  });

  it('a date written as an ISO string', () => {
    const parsed = pageSchema.parse({ ...news, published: '2023-05-02', updated: undefined });
    expect(parsed.kind === 'news' && parsed.published.toISOString()).toBe('2023-05-02T00:00:00.000Z');
  });

  it('an axis, and a page with a navigation entry', () => {
    expect(errorsFor(axis)).toEqual([]);
    expect(
      errorsFor({ key: 'contact', kind: 'page', title: 'Contact', description: 'Les coordonnées de HAROPA PORT.', nav: { order: 3 } }),
    ).toEqual([]);
  });

  it('the search page', () => {
    expect(errorsFor({ key: 'search', kind: 'search', title: 'Recherche', description: 'Chercher sur le site.' })).toEqual([]);
  });

  it('tags default to none', () => {
    const { tags: _tags, ...untagged } = news;
    const parsed = pageSchema.parse(untagged);
    expect(parsed.kind === 'news' && parsed.tags).toEqual([]);
  });
});

describe('pageSchema refuses bad frontmatter with the code of a message an editor can act on', () => {
  it('a missing title', () => {
    const { title: _title, ...untitled } = axis;
    expect(errorsFor(untitled)).toEqual(['title: title-missing']);
  });

  it('a day/month date such as 2/05/2023', () => {
    expect(errorsFor({ ...news, published: '2/05/2023' })).toEqual(['published: date-format']);
  });

  it('a date that does not exist', () => {
    expect(errorsFor({ ...news, published: '2023-02-30' })).toEqual(['published: date-format']);
  });

  it('an update before publication', () => {
    expect(errorsFor({ ...news, updated: new Date('2023-01-01') })).toEqual(['updated: updated-before-published']);
  });

  it('an axis number outside 1–5', () => {
    expect(errorsFor({ ...axis, axis: 6 })).toEqual(['axis: axis-range']);
    expect(errorsFor({ ...axis, axis: 0 })).toEqual(['axis: axis-range']);
  });

  it('an unknown kind', () => {
    expect(errorsFor({ ...axis, kind: 'blog' })).toEqual(['kind: kind-invalid']);
  });

  it('a misspelt field', () => {
    expect(errorsFor({ ...axis, titel: 'x' })).not.toEqual([]);
  });

  it('a description too short to say anything, or too long for search results', () => {
    expect(errorsFor({ ...axis, description: 'Résumé.' })).toEqual(['description: description-short']);
    expect(errorsFor({ ...axis, description: 'x'.repeat(161) })).toEqual(['description: description-long']);
  });

  it('a key that is not lowercase with hyphens', () => {
    expect(errorsFor({ ...axis, key: 'Axe 2' })).toEqual(['key: key-format']);
  });
});
