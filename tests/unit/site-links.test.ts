import { describe, expect, it } from 'vitest';
import { siteLink } from '../../src/lib/markdown/site-links.ts';

const root = { basePath: '/', siteUrl: 'https://example.org' };
const based = { basePath: '/partenariat/', siteUrl: 'https://example.org' };

describe('siteLink', () => {
  it('keeps a root-relative link at the root, with its absolute address for print', () => {
    expect(siteLink('/fr/accord/', root)).toEqual({ url: '/fr/accord/', absoluteUrl: 'https://example.org/fr/accord/' });
  });

  it('puts a root-relative link under the base path', () => {
    expect(siteLink('/fr/accord/#axes', based)).toEqual({
      url: '/partenariat/fr/accord/#axes',
      absoluteUrl: 'https://example.org/partenariat/fr/accord/#axes',
    });
  });

  it('leaves other links alone', () => {
    for (const url of ['https://example.org/', '//cdn.example/a.png', 'tel:+33279180500', '#main', './quai.png', 42]) {
      expect(siteLink(url, based)).toBeUndefined();
    }
  });
});
