import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { editorMessages } from '../i18n/editor/index.ts';
import { plainFailures } from './plain-failure.ts';

/**
 * Builds the search index once the site is written: Pagefind reads every
 * built page, indexes the content marked `data-pagefind-body` (see
 * src/lib/search/indexing.ts), one index per `<html lang>`, and writes it
 * with its browser script to `pagefind/` in the output. Running inside the
 * build means every build (`npm run build`, the test sites, deploys) has
 * an index that matches its pages. The line it logs is in the editor's
 * language, like the content check's.
 */
export function searchIndex(): AstroIntegration {
  return plainFailures(searchIndexHooks(), 'pagefind/');
}

function searchIndexHooks(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: outDir });
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          const problems = [...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(problems.join('\n'));
          logger.info(editorMessages()('build.searchIndexWritten', { folder: join(outDir, 'pagefind') }));
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
