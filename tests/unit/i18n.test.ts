import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { resources, useTranslations } from '../../src/i18n';
import { languageMarker } from '../../src/i18n/language-marker.ts';
import { locales } from '../../src/i18n/locales.ts';
import { filesBelow } from '../../src/lib/files-below.ts';
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

/*
 * A catalogue that gives one key twice keeps the last silently (JSON.parse
 * does), so a text written once is lost without a word: two merged branches
 * did this once. Read as YAML (JSON is YAML), a repeated key is an error.
 */
describe('every catalogue (site, editors’ commands, web editor)', () => {
  const catalogues = filesBelow('src/i18n').filter((file) => file.endsWith('.json'));

  it('are all found', () => {
    expect(catalogues).toEqual(expect.arrayContaining(['fr.json', 'en.json', 'editor/fr.json', 'editor/en.json', 'cms/fr.json']));
  });

  it.each(catalogues)('%s gives each key once', (file) => {
    const document = parseDocument(readFileSync(`src/i18n/${file}`, 'utf8'), { uniqueKeys: true });
    expect(document.errors.map((error) => error.message)).toEqual([]);
  });

  it('a repeated key is caught', () => {
    expect(parseDocument('{"build": {"a": "x"}, "build": {"b": "y"}}', { uniqueKeys: true }).errors).not.toEqual([]);
  });
});
