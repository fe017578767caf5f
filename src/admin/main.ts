/**
 * The web editor (/admin/): Sveltia CMS, from its npm package, with the
 * site's configuration (generated at build time from the content's schemas,
 * in cms.json beside this page), the MDX inserts and the save hook; or, when
 * the build knew no repository to edit, a page in French saying how to give
 * it one, instead of the CMS's own error in English.
 */
import type { AdminData } from '../lib/cms/cms-config.ts';
import { showUnconfigured } from './unconfigured.ts';

const { config, partners } = (await (await fetch(new URL('cms.json', document.baseURI))).json()) as AdminData;
const backend = config.backend as { name: string; repo?: string };
if (backend.name === 'github' && !backend.repo) {
  showUnconfigured();
} else {
  // Loaded only when it can start: the page above needs none of it.
  const [{ default: CMS }, { registerEditorComponents }, { registerSaveHook }] = await Promise.all([
    import('@sveltia/cms'),
    import('./editor-components.ts'),
    import('./save-hook.ts'),
  ]);
  registerEditorComponents(CMS, partners);
  registerSaveHook(CMS);
  await CMS.init({ config: config as Parameters<typeof CMS.init>[0] extends { config?: infer C } ? C : never });
}
