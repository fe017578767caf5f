import { describe, expect, it } from 'vitest';
import { parsePage, readYaml, YAML_LIMITS } from '../../src/lib/content/frontmatter.ts';

/*
 * The one YAML reader of frontmatter and data files refuses what could blow
 * a small file up or give a field a type nobody expects, at its line, and
 * before it builds any value: each of these returns at once.
 */

/** A "billion laughs": nine aliases of nine aliases…, a few lines that would expand to millions of values. */
const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
  .concat(
    ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(
      (name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[index]}`).join(', ')}]`,
    ),
  )
  .join('\n');

describe('readYaml', () => {
  it.each([
    ['an anchor and its alias', 'title: Essai\nsee: &x 1\nagain: *x', 2, 'ALIAS'],
    ['a billion laughs', `title: Essai\n${laughs}`, 2, 'ALIAS'],
    ['a merge key', 'base: { fr: a }\nlabel:\n  <<: { fr: b }', 3, 'ALIAS'],
    ['an explicit tag', 'title: Essai\ndata: !!binary aGk=', 2, 'TAG'],
    ['a custom tag', 'title: !custom Essai', 1, 'TAG'],
    ['a complex key', 'title: Essai\n? [a, b]\n: c', 2, 'COMPLEX_KEY'],
    [
      'nesting too deep',
      `title: Essai\ndeep: ${'['.repeat(YAML_LIMITS.maxDepth + 1)}${']'.repeat(YAML_LIMITS.maxDepth + 1)}`,
      2,
      'TOO_DEEP',
    ],
    ['a very deep nesting', `deep: ${'['.repeat(50_000)}${']'.repeat(50_000)}`, 1, 'TOO_DEEP'],
    ['a very deep nesting after an apostrophe', `title: l'accord\ndeep: ${'['.repeat(50_000)}${']'.repeat(50_000)}`, 2, 'TOO_DEEP'],
    ['a very deep nesting with quoted closing brackets', `deep: ${'[ "]", '.repeat(20_000)}${']'.repeat(20_000)}`, 1, 'TOO_DEEP'],
    ['too many characters', `title: "${'x'.repeat(YAML_LIMITS.maxCharacters)}"`, 1, 'TOO_LARGE'],
  ])('refuses %s at its line', (_name, text, line, yamlCode) => {
    expect(readYaml(text)).toEqual({ ok: false, line, yamlCode });
  });

  it('reads plain fields, lists and groups, nested as deep as the limit', () => {
    const nested = `${'['.repeat(YAML_LIMITS.maxDepth - 1)}1${']'.repeat(YAML_LIMITS.maxDepth - 1)}`;
    const read = readYaml(
      `title: "Essai [[[[[[[[[[[[[[[[[[ entre guillemets"\nquote: 'l''accord {{{{{{{{{{{{{{{{{{'\ntags:\n  - a\nname: { fr: Un, en: One }\nnested: ${nested}`,
    );
    expect(read.ok).toBe(true);
  });
});

describe('a page’s frontmatter', () => {
  it('reports an alias as a coded problem at its line in the file', () => {
    const read = parsePage({ id: 'fr/essai.mdx', path: 'content/fr/essai.mdx', source: `---\nkey: essai\n${laughs}\n---\n\nTexte.\n` });
    expect(read).toEqual({ ok: false, problem: { line: 3, code: 'yaml-alias' } });
  });

  it('states the limit it goes beyond', () => {
    const source = `---\nkey: essai\ndeep: ${'['.repeat(40)}${']'.repeat(40)}\n---\n`;
    expect(parsePage({ id: 'fr/essai.mdx', path: 'content/fr/essai.mdx', source })).toEqual({
      ok: false,
      problem: { line: 3, code: 'yaml-too-deep', params: { max: YAML_LIMITS.maxDepth } },
    });
  });
});
