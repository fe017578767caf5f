/**
 * The web editor (/admin/): Sveltia CMS, from its npm package, with the
 * site's configuration (generated at build time from the content's schemas,
 * in cms.json beside this page) and the save hook.
 */
import CMS from '@sveltia/cms';
import type { AdminData } from '../lib/cms/cms-config.ts';
import { registerSaveHook } from './save-hook.ts';

const { config } = (await (await fetch(new URL('cms.json', document.baseURI))).json()) as AdminData;
registerSaveHook(CMS);
await CMS.init({ config: config as Parameters<typeof CMS.init>[0] extends { config?: infer C } ? C : never });
