import { describe, expect, it } from 'vitest';
import { siteSettings } from '../../src/lib/settings.ts';

describe('siteSettings', () => {
  it('has defaults for a local build', () => {
    expect(siteSettings({})).toEqual({
      siteUrl: 'http://localhost:4321',
      basePath: '/',
      contentDir: 'content',
      outDir: 'dist',
      cacheDir: './node_modules/.astro/',
      publishedAddresses: undefined,
    });
  });

  it('accepts a base path written with or without slashes', () => {
    for (const basePath of ['partenariat', '/partenariat', '/partenariat/', 'partenariat/']) {
      expect(siteSettings({ BASE_PATH: basePath }).basePath).toBe('/partenariat/');
    }
  });

  it('gives each other content folder a cache of its own', () => {
    expect(siteSettings({ CONTENT_DIR: 'tests/fixtures/content/' })).toMatchObject({
      contentDir: 'tests/fixtures/content',
      cacheDir: './node_modules/.astro/tests-fixtures-content',
    });
  });

  it('takes the cache folder from CACHE_DIR when it is set', () => {
    expect(siteSettings({ CACHE_DIR: '.cache/cold' }).cacheDir).toBe('.cache/cold');
  });

  it('takes the file of the addresses the site published last from PUBLISHED_ADDRESSES, if set', () => {
    expect(siteSettings({ PUBLISHED_ADDRESSES: 'published/sitemap.xml' }).publishedAddresses).toBe('published/sitemap.xml');
    expect(siteSettings({ PUBLISHED_ADDRESSES: '' }).publishedAddresses).toBeUndefined();
  });
});
