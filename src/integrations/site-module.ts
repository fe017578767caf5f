import type { DevEnvironment, Plugin, RunnableDevEnvironment, ViteDevServer } from 'vite';
import type { SiteRecord } from '../lib/astro/site-record.ts';
import { resolvedIdOf, virtualModule } from './virtual-module.ts';

/** The module through which the pages get the site the content check resolved. */
const MODULE_ID = 'virtual:partnership/site';
const RESOLVED_ID = resolvedIdOf(MODULE_ID);

/**
 * Serves `virtual:partnership/site`: the site the content check resolved
 * (src/lib/astro/site-record.ts), so that a build resolves its routes
 * once, in the check, and its pages render that very result.
 * `record` gives the latest one; in the dev server, it waits for the
 * check of the last change.
 */
export function siteModule(record: () => Promise<SiteRecord>): Plugin {
  return virtualModule(MODULE_ID, record);
}

/**
 * Makes the dev server load the module again, as Astro does for its own
 * content modules: in Vite's module graph of each server environment, and
 * in the module runner that renders the pages, whose importers then follow.
 */
export function reloadSiteModule(server: ViteDevServer): void {
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
    if (module) environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
    if (!isRunnable(environment)) continue;
    const evaluated = environment.runner.evaluatedModules.getModuleById(RESOLVED_ID);
    if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
  }
}

/** An environment whose modules run in this process (Astro's server ones). */
function isRunnable(environment: DevEnvironment): environment is RunnableDevEnvironment {
  return 'runner' in environment;
}
