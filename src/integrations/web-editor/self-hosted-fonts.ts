import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type { Plugin } from 'vite';

/** Where Sveltia CMS loads its fonts from by default: another origin, which the admin page's policy refuses. */
const FONT_CDN = 'https://cdn.jsdelivr.net/fontsource/fonts/';

/**
 * The fonts Sveltia CMS 0.221 asks for, by their address on the CDN, and the
 * same file in the Fontsource package installed with the project (pinned to
 * the same version in package.json).
 */
const FONT_FILES: Record<string, string> = {
  'source-sans-3:vf@5.3.0/latin-wght-normal.woff2': '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  'noto-mono@5.3.0/latin-400-normal.woff2': '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  'material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2':
    '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
};

const require = createRequire(import.meta.url);

/**
 * Serves Sveltia CMS's fonts from the admin page's own folder (`fonts/`)
 * instead of a CDN, so the editor asks nothing of other origins but GitHub's
 * API. A font address this list does not know (after an upgrade of the CMS)
 * stops the build, for a developer to add its package.
 */
export function selfHostedFonts(): Plugin {
  const used = new Set<string>();
  return {
    name: 'self-hosted-fonts',
    transform(code, id) {
      if (!id.includes('@sveltia') || !code.includes(FONT_CDN)) return null;
      return code.replace(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([^'"`)\s]+)/g, (_url, file: string) => {
        const local = FONT_FILES[file];
        if (!local)
          throw new Error(
            `Sveltia CMS loads the font ${FONT_CDN}${file}, which src/integrations/web-editor/self-hosted-fonts.ts does not serve: add its Fontsource package.`,
          );
        used.add(local);
        return `fonts/${basename(local)}`;
      });
    },
    generateBundle() {
      for (const font of used)
        this.emitFile({ type: 'asset', fileName: `fonts/${basename(font)}`, source: readFileSync(require.resolve(font)) });
    },
  };
}
