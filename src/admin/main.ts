/**
 * The web editor (/admin/): Sveltia CMS, from its npm package, with the
 * site's configuration (generated at build time from the content's schemas,
 * in cms.json beside this page), the MDX inserts and the save hook.
 */
import CMS from '@sveltia/cms';
import type { AdminData } from '../lib/cms/cms-config.ts';
import { registerEditorComponents } from './editor-components.ts';
import { registerSaveHook } from './save-hook.ts';

const { config, partners } = (await (await fetch(new URL('cms.json', document.baseURI))).json()) as AdminData;
registerEditorComponents(CMS, partners);
registerSaveHook(CMS);
await CMS.init({ config: config as Parameters<typeof CMS.init>[0] extends { config?: infer C } ? C : never });
