import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { checkContentRules } from '../../src/lib/content/content-rules.ts';
import { resolveRoutes } from '../../src/lib/routing/routes.ts';
import { bilingualBase, entry, translation } from './helpers/entries.ts';

function messagesFor(entries: ReturnType<typeof bilingualBase>): string[] {
  try {
    checkContentRules(resolveRoutes(entries));
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((problem) => `${problem.file}: ${problem.message}`);
    throw error;
  }
}

describe('checkContentRules', () => {
  it('accepts a consistent site', () => {
    expect(
      messagesFor([
        ...bilingualBase(),
        entry('fr/accord/a.mdx', 'axis-a', { kind: 'axis', axis: 1 }),
        translation('en/agreement/a.mdx', 'axis-a', { kind: 'axis', axis: 1 }),
      ]),
    ).toEqual([]);
  });

  it('refuses an axis number used twice in one language', () => {
    const messages = messagesFor([
      ...bilingualBase(),
      entry('fr/accord/a.mdx', 'axis-a', { kind: 'axis', axis: 2 }),
      entry('fr/accord/b.mdx', 'axis-b', { kind: 'axis', axis: 2 }),
    ]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/Axis 2 is already the number of content\/fr\/accord\/a\.mdx/);
  });

  it('refuses a second search page in one language', () => {
    const messages = messagesFor([
      ...bilingualBase(),
      entry('fr/recherche.mdx', 'search', { kind: 'search' }),
      entry('fr/chercher.mdx', 'search-again', { kind: 'search' }),
    ]);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/fr\/recherche\.mdx: content\/fr\/chercher\.mdx is already the search page/),
    ]);
  });

  it('refuses a translation with another axis number', () => {
    const messages = messagesFor([
      ...bilingualBase(),
      entry('fr/accord/a.mdx', 'axis-a', { kind: 'axis', axis: 1 }),
      translation('en/agreement/a.mdx', 'axis-a', { kind: 'axis', axis: 3 }),
    ]);
    expect(messages).toEqual([expect.stringMatching(/^content\/en\/agreement\/a\.mdx: This page is axis 3/)]);
  });

  it('refuses a translation of another kind', () => {
    const messages = messagesFor([
      ...bilingualBase(),
      entry('fr/accord/a.mdx', 'x', { kind: 'page' }),
      translation('en/agreement/a.mdx', 'x', { kind: 'agreement' }),
    ]);
    expect(messages).toEqual([expect.stringContaining('same kind')]);
  });

  it('refuses a translation whose original does not exist', () => {
    const messages = messagesFor([...bilingualBase(), translation('en/agreement/orphan.mdx', 'orphan')]);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/en\/agreement\/orphan\.mdx: This page says it is translated from fr, but no page in fr\/ has the key "orphan"/),
    ]);
  });

  it('refuses a translation from its own language, and a translation of a translation', () => {
    expect(
      messagesFor([...bilingualBase(), translation('fr/accord/x.mdx', 'x')]),
    ).toEqual([expect.stringContaining('cannot be translated from its own language')]);
    expect(
      messagesFor([
        ...bilingualBase(),
        entry('fr/accord/x.mdx', 'x', { translated: { from: 'en', version: 'abcdefabcdef' } }),
        translation('en/agreement/x.mdx', 'x'),
      ]),
    ).toEqual([
      expect.stringMatching(/^content\/en\/agreement\/x\.mdx: .*which is itself a translation/),
      expect.stringMatching(/^content\/fr\/accord\/x\.mdx: .*which is itself a translation/),
    ]);
  });

  it('asks a translation to say so', () => {
    const messages = messagesFor([
      ...bilingualBase(),
      entry('fr/accord/x.mdx', 'x'),
      entry('en/agreement/x.mdx', 'x'),
    ]);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/en\/agreement\/x\.mdx: .*run npm run translation-done -- content\/en\/agreement\/x\.mdx/),
    ]);
  });

  it('requires home pages at the top of a language folder, and only there', () => {
    const messages = messagesFor([
      entry('fr/index.mdx', 'home', { kind: 'page' }),
      entry('fr/accord/index.mdx', 'agreement', { kind: 'home' }),
    ]);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/fr\/index\.mdx: .*set kind: home/),
      expect.stringMatching(/^content\/fr\/accord\/index\.mdx: Only fr\/index\.mdx can be a home page/),
    ]);
  });
});
