import { describe, expect, it } from 'vitest';
import { editorResources, editorTranslations } from '../../src/i18n/editor/index.ts';
import { editorLanguage } from '../../src/i18n/editor/language.ts';
import { locales } from '../../src/i18n/locales.ts';
import { describeProblems, type ContentProblem } from '../../src/lib/content/content-error.ts';
import { flatten } from './helpers/catalogue.ts';

/** `{{file}}`, `{{kinds, list}}` and `$t(languages.{{lang}})` all name a parameter. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)/g)].map((match) => match[1] ?? '').sort();
}

const flat = Object.fromEntries(locales.map((lang) => [lang, flatten(editorResources[lang].editor)]));

describe('editor message catalogues', () => {
  it('have exactly the same keys in every language', () => {
    const [first, ...others] = locales.map((lang) => [...(flat[lang]?.keys() ?? [])].sort());
    for (const keys of others) expect(keys).toEqual(first);
  });

  it('keep French typography: a no-break space inside « » and before : ; ? !', () => {
    const typed = [...(flat.fr ?? new Map<string, string>())].filter(([, text]) => /« | »| [:;?!]/.test(text));
    expect(typed.map(([key]) => key)).toEqual([]);
  });

  it('are never empty, and use the same parameters in every language', () => {
    for (const [key, text] of flat.fr ?? []) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(flat.en?.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('count in each language’s plural rule: 0 and 1 are singular in French only', () => {
    const fr = editorTranslations('fr');
    const en = editorTranslations('en');
    expect([0, 1, 2].map((count) => fr('translations.missingCount', { count }))).toEqual([
      '0 traduction manquante',
      '1 traduction manquante',
      '2 traductions manquantes',
    ]);
    expect([0, 1, 2].map((count) => en('translations.missingCount', { count }))).toEqual([
      '0 translations missing',
      '1 translation missing',
      '2 translations missing',
    ]);
  });
});

/** Three problems of different kinds, as the content check reports them. */
const problems: ContentProblem[] = [
  { file: 'content/fr/actualites/visite.mdx', line: 6, field: 'published', code: 'date-format', params: { value: '2/05/2023' } },
  { file: 'content/fr/index.mdx', line: 1, code: 'folder-not-language', params: { folder: 'de', folders: ['fr/', 'en/'] } },
  {
    file: 'content/en/agreement/x.mdx',
    code: 'same-url-fallback',
    params: { url: '/fr/accord/x/', other: 'content/fr/accord/x.mdx', lang: 'fr' },
  },
];

describe('the report of content problems', () => {
  it('reads in French', () => {
    expect(describeProblems(problems, editorTranslations('fr'))).toBe(
      'Le contenu a 3 problèmes\u202f; le site n’a pas été construit.\n\n' +
        '  content/fr/actualites/visite.mdx, ligne 6 (champ «\u00a0published\u00a0»)\n' +
        '    «\u00a02/05/2023\u00a0» n’est pas une date de la forme AAAA-MM-JJ\u00a0: écrivez par exemple 2023-05-02 pour le 2 mai 2023.\n\n' +
        '  content/fr/index.mdx, ligne 1\n' +
        '    «\u00a0de\u00a0» n’est pas un dossier de langue de ce site. Placez le fichier dans l’un de ces dossiers\u00a0: fr/ ou en/.\n\n' +
        '  content/en/agreement/x.mdx\n' +
        '    Cette page serait publiée à l’adresse /fr/accord/x/, celle de content/fr/accord/x.mdx ' +
        '(où la page non traduite serait présentée en français). Renommez l’un des deux fichiers.\n',
    );
  });

  it('reads in English', () => {
    expect(describeProblems(problems.slice(0, 1), editorTranslations('en'))).toBe(
      'The content has a problem; the site was not built.\n\n' +
        '  content/fr/actualites/visite.mdx, line 6 (field "published")\n' +
        '    "2/05/2023" is not a date in the form YYYY-MM-DD; write e.g. 2023-05-02 for 2 May 2023.\n',
    );
    expect(describeProblems(problems.slice(1), editorTranslations('en'), 'found')).toBe(
      'The content has 2 problems:\n\n' +
        '  content/fr/index.mdx, line 1\n' +
        '    "de" is not a language folder of this site. Put the file in one of: fr/ or en/.\n\n' +
        '  content/en/agreement/x.mdx\n' +
        '    This page would be published at /fr/accord/x/, the address of content/fr/accord/x.mdx ' +
        '(where the untranslated page would be shown in French). Rename one of the two files.\n',
    );
  });
});

describe('the report of a data file’s problem', () => {
  /** A partner's name without its English text: the message names the language from the field. */
  const problem: ContentProblem = {
    file: 'content/partners.yaml',
    line: 14,
    field: 'name.en',
    code: 'text-language-missing',
    params: { key: 'en' },
  };

  it('reads in French', () => {
    expect(describeProblems([problem], editorTranslations('fr'))).toBe(
      'Le contenu a un problème\u202f; le site n’a pas été construit.\n\n' +
        '  content/partners.yaml, ligne 14 (champ «\u00a0name.en\u00a0»)\n' +
        '    Écrivez aussi ce texte en anglais\u00a0: ajoutez en: … à côté de l’autre langue.\n',
    );
  });

  it('reads in English', () => {
    expect(describeProblems([problem], editorTranslations('en'))).toBe(
      'The content has a problem; the site was not built.\n\n' +
        '  content/partners.yaml, line 14 (field "name.en")\n' +
        '    Write this text in English too: add en: … beside the other language.\n',
    );
  });
});

describe('editorLanguage', () => {
  it('is French unless the editor chooses otherwise', () => {
    expect(editorLanguage({})).toBe('fr');
    expect(editorLanguage({ LANG: 'C.UTF-8' })).toBe('fr');
    expect(editorLanguage({ LANG: 'de_DE.UTF-8' })).toBe('fr');
  });

  it('follows the system locale, LC_ALL first, then LC_MESSAGES, then LANG', () => {
    expect(editorLanguage({ LANG: 'en_CA.UTF-8' })).toBe('en');
    expect(editorLanguage({ LC_MESSAGES: 'fr_CA.UTF-8', LANG: 'en_CA.UTF-8' })).toBe('fr');
    expect(editorLanguage({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' })).toBe('en');
  });

  it('prefers EDITOR_LANG to the system locale, and the --lang option to both', () => {
    expect(editorLanguage({ EDITOR_LANG: 'en', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(editorLanguage({ EDITOR_LANG: 'en' }, 'fr')).toBe('fr');
  });
});
