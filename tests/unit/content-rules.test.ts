import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { checkContentRules } from '../../src/lib/routing/content-rules.ts';
import { resolveRoutes } from '../../src/lib/routing/resolver.ts';
import { bilingualBase, entry, translation } from './helpers/entries.ts';

/** Each problem as `file: code`, with the params it names. */
function problemsFor(entries: ReturnType<typeof bilingualBase>): { at: string; params?: object | undefined }[] {
  try {
    checkContentRules(resolveRoutes(entries));
    return [];
  } catch (error) {
    if (error instanceof ContentError)
      return error.problems.map((problem) => ({ at: `${problem.file}: ${problem.code}`, params: problem.params }));
    throw error;
  }
}

describe('checkContentRules', () => {
  it('accepts a consistent site', () => {
    expect(
      problemsFor([
        ...bilingualBase(),
        entry('fr/accord/a.mdx', 'axis-a', { kind: 'axis', axis: 1 }),
        translation('en/agreement/a.mdx', 'axis-a', { kind: 'axis', axis: 1 }),
      ]),
    ).toEqual([]);
  });

  it('refuses an axis number used twice in one language', () => {
    const problems = problemsFor([
      ...bilingualBase(),
      entry('fr/accord/a.mdx', 'axis-a', { kind: 'axis', axis: 2 }),
      entry('fr/accord/b.mdx', 'axis-b', { kind: 'axis', axis: 2 }),
    ]);
    expect(problems).toEqual([{ at: 'content/fr/accord/b.mdx: axis-taken', params: { axis: 2, other: 'content/fr/accord/a.mdx' } }]);
  });

  it('refuses a second search page in one language', () => {
    const problems = problemsFor([
      ...bilingualBase(),
      entry('fr/recherche.mdx', 'search', { kind: 'search' }),
      entry('fr/chercher.mdx', 'search-again', { kind: 'search' }),
    ]);
    expect(problems).toEqual([{ at: 'content/fr/recherche.mdx: search-page-twice', params: { other: 'content/fr/chercher.mdx' } }]);
  });

  it('refuses a second legal page of one kind in one language: the footer links to one', () => {
    const problems = problemsFor([
      ...bilingualBase(),
      entry('fr/accessibilite.mdx', 'accessibility', { kind: 'accessibility' }),
      entry('fr/declaration.mdx', 'statement', { kind: 'accessibility' }),
    ]);
    expect(problems).toEqual([
      { at: 'content/fr/declaration.mdx: legal-page-twice', params: { kind: 'accessibility', other: 'content/fr/accessibilite.mdx' } },
    ]);
  });

  it('refuses a translation with another axis number', () => {
    const problems = problemsFor([
      ...bilingualBase(),
      entry('fr/accord/a.mdx', 'axis-a', { kind: 'axis', axis: 1 }),
      translation('en/agreement/a.mdx', 'axis-a', { kind: 'axis', axis: 3 }),
    ]);
    expect(problems).toEqual([
      { at: 'content/en/agreement/a.mdx: versions-axis-differ', params: { axis: 3, other: 'content/fr/accord/a.mdx', otherAxis: 1 } },
    ]);
  });

  it('refuses a translation of another kind', () => {
    const problems = problemsFor([
      ...bilingualBase(),
      entry('fr/accord/a.mdx', 'x', { kind: 'page' }),
      translation('en/agreement/a.mdx', 'x', { kind: 'agreement' }),
    ]);
    expect(problems).toEqual([expect.objectContaining({ at: 'content/en/agreement/a.mdx: versions-kind-differ' })]);
  });

  it('refuses a translation whose original does not exist', () => {
    const problems = problemsFor([...bilingualBase(), translation('en/agreement/orphan.mdx', 'orphan')]);
    expect(problems).toEqual([{ at: 'content/en/agreement/orphan.mdx: original-missing', params: { lang: 'fr', key: 'orphan' } }]);
  });

  it('refuses a translation from its own language, and a translation of a translation', () => {
    expect(problemsFor([...bilingualBase(), translation('fr/accord/x.mdx', 'x')])).toEqual([
      expect.objectContaining({ at: 'content/fr/accord/x.mdx: translated-from-own-language' }),
    ]);
    expect(
      problemsFor([
        ...bilingualBase(),
        entry('fr/accord/x.mdx', 'x', { translated: { from: 'en', version: 'abcdefabcdef' } }),
        translation('en/agreement/x.mdx', 'x'),
      ]),
    ).toEqual([
      { at: 'content/en/agreement/x.mdx: original-is-translation', params: { other: 'content/fr/accord/x.mdx' } },
      { at: 'content/fr/accord/x.mdx: original-is-translation', params: { other: 'content/en/agreement/x.mdx' } },
    ]);
  });

  it('asks a translation to say so', () => {
    const problems = problemsFor([...bilingualBase(), entry('fr/accord/x.mdx', 'x'), entry('en/agreement/x.mdx', 'x')]);
    expect(problems).toEqual([
      {
        at: 'content/en/agreement/x.mdx: translation-unrecorded',
        params: { key: 'x', other: 'content/fr/accord/x.mdx', file: 'content/en/agreement/x.mdx' },
      },
    ]);
  });

  it('requires home pages at the top of a language folder, and only there', () => {
    const problems = problemsFor([
      entry('fr/index.mdx', 'home', { kind: 'page' }),
      entry('fr/accord/index.mdx', 'agreement', { kind: 'home' }),
    ]);
    expect(problems).toEqual([
      { at: 'content/fr/index.mdx: home-kind-missing', params: {} },
      { at: 'content/fr/accord/index.mdx: home-kind-misplaced', params: { home: 'fr/index.mdx' } },
    ]);
  });
});
