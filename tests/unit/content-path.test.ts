import { describe, expect, it } from 'vitest';
import {
  addressOf,
  contentLanguageOf,
  filesAt,
  parseContentPath,
  suggestSegment,
  withoutExtension,
} from '../../src/lib/content/content-path.ts';

/*
 * Where a content file sits decides its language and its address: the one
 * parser of a page's path (src/lib/content/content-path.ts), on written-out
 * paths.
 */

describe('parseContentPath', () => {
  it('reads the language from the first folder, and the address from the rest', () => {
    expect(parseContentPath('fr/accord/efficience-energetique.mdx')).toEqual({
      ok: true,
      path: { lang: 'fr', segments: ['accord', 'efficience-energetique'], parentId: 'fr/accord/index' },
    });
    expect(parseContentPath('en/news/visit.md')).toEqual({
      ok: true,
      path: { lang: 'en', segments: ['news', 'visit'], parentId: 'en/news/index' },
    });
  });

  it('publishes a folder’s index at the folder’s address, and a language’s index as its home page', () => {
    expect(parseContentPath('fr/accord/index.mdx')).toEqual({ ok: true, path: { lang: 'fr', segments: ['accord'], parentId: 'fr/index' } });
    expect(parseContentPath('en/index.mdx')).toEqual({ ok: true, path: { lang: 'en', segments: [], parentId: undefined } });
  });

  it('follows nested folders, each page’s parent being the index of the folder above', () => {
    expect(parseContentPath('fr/accord/axes/premier-axe/index.mdx')).toEqual({
      ok: true,
      path: { lang: 'fr', segments: ['accord', 'axes', 'premier-axe'], parentId: 'fr/accord/axes/index' },
    });
  });

  it('refuses a first folder that is no language of the site, naming those that are', () => {
    expect(parseContentPath('de/aktuelles/besuch.mdx')).toEqual({
      ok: false,
      code: 'folder-not-language',
      params: { folder: 'de', folders: ['fr/', 'en/'] },
    });
    expect(parseContentPath('media/quai.mdx')).toMatchObject({ ok: false, code: 'folder-not-language', params: { folder: 'media' } });
  });

  it('refuses a folder or file name that is not lowercase words joined by dashes, suggesting one', () => {
    expect(parseContentPath('fr/actualités/Énergie verte.mdx')).toEqual({
      ok: false,
      code: 'segment-invalid',
      params: { segment: 'actualités', suggestion: 'actualites' },
    });
    expect(parseContentPath('fr/accord/Énergie verte.mdx')).toMatchObject({
      params: { segment: 'Énergie verte', suggestion: 'energie-verte' },
    });
    expect(parseContentPath('fr/accord/deux--tirets.mdx')).toMatchObject({ ok: false, code: 'segment-invalid' });
    expect(parseContentPath('fr/accord/-tiret.mdx')).toMatchObject({ ok: false, code: 'segment-invalid' });
  });

  it('asks for words, not an empty suggestion, when a name has no letter or digit (found by the long property run)', () => {
    expect(parseContentPath('fr/{{.mdx')).toEqual({ ok: false, code: 'segment-no-letter', params: { segment: '{{' } });
    expect(parseContentPath('fr/???/index.mdx')).toEqual({ ok: false, code: 'segment-no-letter', params: { segment: '???' } });
  });
});

describe('the other readings of a path', () => {
  it('give the language of a file, or none', () => {
    expect(contentLanguageOf('en/news/visit.mdx')).toBe('en');
    expect(contentLanguageOf('partners.yaml')).toBeUndefined();
  });

  it('suggest a segment for any name', () => {
    expect(suggestSegment('  Coopération : 2023 ! ')).toBe('cooperation-2023');
  });

  it('drop the extension only', () => {
    expect(withoutExtension('fr/accord/index.mdx')).toBe('fr/accord/index');
    expect(withoutExtension('en/news/visit.md')).toBe('en/news/visit');
    expect(withoutExtension('fr/mdx-et-md/index.mdx')).toBe('fr/mdx-et-md/index');
  });

  it('turn a path into its address under the base path, and an address back into the two files that can publish it', () => {
    expect(addressOf({ lang: 'fr', segments: ['accord', 'premier-axe'] })).toBe('/fr/accord/premier-axe/');
    expect(addressOf({ lang: 'en', segments: [] }, '/partenariat/')).toBe('/partenariat/en/');
    expect(filesAt('/en/agreement/')).toEqual({ page: 'en/agreement.mdx', folderPage: 'en/agreement/index.mdx' });
    expect(filesAt('fr/accord')).toEqual({ page: 'fr/accord.mdx', folderPage: 'fr/accord/index.mdx' });
  });
});
