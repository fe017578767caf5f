import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ContentCheck } from '../lib/check/index.ts';
import { redirectPageFile } from '../lib/content/redirection-schema.ts';
import { redirectPage, redirectsFile } from '../lib/seo/redirects.ts';
import { plainFailures } from './plain-failure.ts';

/**
 * Writes the old addresses of content/redirections.yaml into the built
 * site, once the pages are written, in every host's form
 * (src/lib/seo/redirects.ts): `_redirects` for Netlify and Cloudflare
 * Pages, and a redirect page at each old address for GitHub Pages. The
 * content check has made sure each leads to a page and hides none.
 */
export function redirects(): { integration: AstroIntegration; useCheck: (check: ContentCheck) => void } {
  let check: ContentCheck | undefined;
  let base = '/';
  let site = new URL('http://localhost/');
  const integration: AstroIntegration = {
    name: 'redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        if (config.site) site = new URL(config.site);
      },
      'astro:build:done': ({ dir }) => {
        const redirections = check?.redirections ?? [];
        if (redirections.length === 0) return;
        const outDir = fileURLToPath(dir);
        writeFileSync(join(outDir, '_redirects'), redirectsFile(redirections, base));
        for (const redirection of redirections) {
          const file = redirectPageFile(redirection.from);
          if (!file) continue;
          const lang = check?.site?.routeAt(`${base}${redirection.to.slice(1)}`)?.lang;
          mkdirSync(dirname(join(outDir, file)), { recursive: true });
          writeFileSync(join(outDir, file), redirectPage(redirection, base, site, lang));
        }
      },
    },
  };
  return { integration: plainFailures(integration, '_redirects'), useCheck: (checked) => void (check = checked) };
}
