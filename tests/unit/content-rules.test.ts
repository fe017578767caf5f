import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error.ts';
import { checkContentRules } from '../../src/lib/content-rules.ts';
import { resolveRoutes } from '../../src/lib/routes.ts';
import { bilingualBase, entry } from './helpers/entries.ts';

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
        entry('en/agreement/a.mdx', 'axis-a', { kind: 'axis', axis: 1 }),
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

  it('refuses a translation with another axis number', () => {
    const messages = messagesFor([
      ...bilingualBase(),
      entry('fr/accord/a.mdx', 'axis-a', { kind: 'axis', axis: 1 }),
      entry('en/agreement/a.mdx', 'axis-a', { kind: 'axis', axis: 3 }),
    ]);
    expect(messages).toEqual([expect.stringMatching(/^content\/en\/agreement\/a\.mdx: This page is axis 3/)]);
  });

  it('refuses a translation of another kind', () => {
    const messages = messagesFor([
      ...bilingualBase(),
      entry('fr/accord/a.mdx', 'x', { kind: 'page' }),
      entry('en/agreement/a.mdx', 'x', { kind: 'agreement' }),
    ]);
    expect(messages).toEqual([expect.stringContaining('same kind')]);
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
