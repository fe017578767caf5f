import { describe, expect, it } from 'vitest';
import { resources, useTranslations } from '../../src/i18n';
import { languageMarker } from '../../src/i18n/language-marker.ts';
import { locales } from '../../src/i18n/locales.ts';
import { flatten } from './helpers/catalogue.ts';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

const flat = Object.fromEntries(locales.map((lang) => [lang, flatten(resources[lang].translation)]));

describe('UI strings', () => {
  it('have exactly the same keys in every language', () => {
    const [first, ...others] = locales.map((lang) => [...(flat[lang]?.keys() ?? [])].sort());
    for (const keys of others) expect(keys).toEqual(first);
  });

  it('are never empty', () => {
    for (const lang of locales) {
      for (const [key, text] of flat[lang] ?? []) expect(text.trim(), `${lang}: ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in every language', () => {
    for (const [key, text] of flat.fr ?? []) {
      expect(placeholders(flat.en?.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('are served in the language asked for, with interpolation', () => {
    expect(useTranslations('fr')('axes.position', { number: 2, total: 5 })).toBe('Axe 2 sur 5');
    expect(useTranslations('en')('axes.position', { number: 2, total: 5 })).toBe('Axis 2 of 5');
  });

  it('name each language in its own language for the toggle', () => {
    expect(useTranslations('fr')('language.autonym')).toBe('Français');
    expect(useTranslations('en')('language.autonym')).toBe('English');
  });
});

describe('languageMarker', () => {
  it('flags a page in another language, in the reader’s language', () => {
    expect(languageMarker('en', 'fr')).toBe('(in French)');
    expect(languageMarker('fr', 'en')).toBe('(en anglais)');
  });

  it('says nothing about a page in the reader’s own language', () => {
    expect(languageMarker('fr', 'fr')).toBeUndefined();
  });
});
