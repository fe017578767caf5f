import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import { frenchSpacing, NARROW_NBSP as N, NBSP as S } from '../../src/lib/markdown/french-spacing.ts';
import { contentLanguageOf, frenchTypography } from '../../src/lib/markdown/french-typography.ts';

/*
 * The plugin wired into Sätteri as astro.config.mjs wires it: the language
 * comes from the file's folder, code and English parts are left alone.
 */

const contentRoot = new URL('file:///project/content/');
const hastPlugins = [frenchTypography(contentRoot)];
// As astro.config.mjs sets it: inline HTML in Markdown becomes elements.
const features = { rawHtml: true };

async function markdown(source: string, file: string): Promise<string> {
  return (await markdownToHtml(source, { hastPlugins, features, fileURL: new URL(file, contentRoot) })).html;
}

async function mdx(source: string, file: string): Promise<string> {
  return (await mdxToJs(source, { hastPlugins, features, fileURL: new URL(file, contentRoot) })).code;
}

describe('contentLanguageOf', () => {
  it('reads the language from the first folder under the content root', () => {
    expect(contentLanguageOf(new URL('fr/accord/index.mdx', contentRoot), contentRoot)).toBe('fr');
    expect(contentLanguageOf(new URL('en/agreement/index.mdx', contentRoot), contentRoot)).toBe('en');
  });

  it('knows no language for files outside a language folder', () => {
    expect(contentLanguageOf(new URL('de/index.mdx', contentRoot), contentRoot)).toBeUndefined();
    expect(contentLanguageOf(new URL('file:///project/src/pages/fr/a.md'), contentRoot)).toBeUndefined();
  });
});

describe('the French typography plugin', () => {
  it('spaces French Markdown, across inline elements', async () => {
    expect(await markdown('**Objectif**: agir. Vraiment ? «*oui*»', 'fr/a.md')).toBe(
      `<p><strong>Objectif</strong>${S}: agir. Vraiment${N}? «${S}<em>oui</em>${S}»</p>\n`,
    );
  });

  it('spaces French MDX, inside JSX elements too', async () => {
    const code = await mdx('Objectif : agir.\n\n<address>\n  Téléphone : <a href="tel:+1">1</a>\n</address>\n', 'fr/a.mdx');
    // The compiled JavaScript writes U+00A0 as the escape \xA0.
    expect(code).toContain('"Objectif\\xA0: agir."');
    expect(code).toContain('"Téléphone\\xA0: "');
  });

  it('leaves the line break between blocks alone', async () => {
    expect(await markdown('Un\n\n» deux', 'fr/a.md')).toBe('<p>Un</p>\n<p>» deux</p>\n');
  });

  it('leaves code, keyboard input and sample output as written', async () => {
    expect(await markdown('Tapez `a:b` puis <kbd>Ctrl:C</kbd>, <samp>Erreur:1</samp>.\n\n```\nx = y ? 1 : 2\n```', 'fr/a.md')).toBe(
      '<p>Tapez <code>a:b</code> puis <kbd>Ctrl:C</kbd>, <samp>Erreur:1</samp>.</p>\n<pre><code>x = y ? 1 : 2\n</code></pre>\n',
    );
  });

  it('leaves link targets and addresses written out alone', async () => {
    expect(await markdown('Voir [le site](https://example.org/?q=a:b) ou https://example.org/x?y=1 !', 'fr/a.md')).toBe(
      `<p>Voir <a href="https://example.org/?q=a:b">le site</a> ou <a href="https://example.org/x?y=1">https://example.org/x?y=1</a>${N}!</p>\n`,
    );
  });

  it('leaves parts marked as English alone, in Markdown and MDX', async () => {
    expect(await markdown('Titre : <span lang="en">Note: really?</span>', 'fr/a.md')).toBe(
      `<p>Titre${S}: <span lang="en">Note: really?</span></p>\n`,
    );
    expect(await mdx('Titre : <span lang="en">Note: really?</span>', 'fr/a.mdx')).toContain('"Note: really?"');
  });

  it('leaves English content alone, but spaces a part marked as French in it', async () => {
    expect(await markdown('Note: really? <span lang="fr">Vraiment ?</span>', 'en/a.md')).toBe(
      `<p>Note: really? <span lang="fr">Vraiment${N}?</span></p>\n`,
    );
  });

  it('leaves files of no known language alone', async () => {
    expect(await markdown('Objectif : agir', '../src/a.md')).toBe('<p>Objectif : agir</p>\n');
  });
});

describe('French interface strings', () => {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(strings);

  it('are already written with French spacing', () => {
    for (const text of strings(fr)) expect(text).toBe(frenchSpacing(text));
  });
});
