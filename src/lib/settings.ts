/**
 * Build settings read from the environment, in one place so that the Astro
 * config, the content config and the scripts agree on them.
 */
export interface SiteSettings {
  /** Absolute origin the site is published at; canonical and hreflang URLs use it. */
  siteUrl: string;
  /** Path the site is published under, `/` or e.g. `/partenariat/` (always with both slashes). */
  basePath: string;
  /** Folder holding the MDX content, relative to the project root. */
  contentDir: string;
  /** Where the built site is written (and served from by `astro preview`). */
  outDir: string;
  /**
   * Astro cache folder; one per content folder so fixture builds never share a
   * cache, unless `CACHE_DIR` names one (a cold build: the determinism test).
   */
  cacheDir: string;
  /**
   * A file of the addresses the site published last (its sitemap, or a list),
   * which the build must keep: `PUBLISHED_ADDRESSES`; none, nothing to keep.
   */
  publishedAddresses: string | undefined;
}

const DEFAULT_CONTENT_DIR = 'content';
const DEFAULT_SITE_URL = 'http://localhost:4321';

/** Reads `SITE_URL`, `BASE_PATH`, `CONTENT_DIR`, `OUT_DIR`, `CACHE_DIR` and `PUBLISHED_ADDRESSES` (all optional) from `env`. */
export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  const contentDir = (env.CONTENT_DIR || DEFAULT_CONTENT_DIR).replace(/\/+$/, '');
  const cacheName = contentDir === DEFAULT_CONTENT_DIR ? '' : contentDir.replace(/[^a-z0-9]+/gi, '-');
  return {
    siteUrl: env.SITE_URL || DEFAULT_SITE_URL,
    basePath: normalizeBasePath(env.BASE_PATH),
    contentDir,
    outDir: env.OUT_DIR || 'dist',
    cacheDir: env.CACHE_DIR || `./node_modules/.astro/${cacheName}`,
    publishedAddresses: env.PUBLISHED_ADDRESSES || undefined,
  };
}

/** `partenariat`, `/partenariat` and `/partenariat/` all mean `/partenariat/`. */
function normalizeBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
