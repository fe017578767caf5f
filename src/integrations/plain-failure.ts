import type { AstroIntegration } from 'astro';
import { internalError } from '../lib/content/content-error.ts';
import { stopWithReport } from '../lib/content/stop-with-report.ts';

type Hooks = AstroIntegration['hooks'];

/**
 * `integration`, except that an error one of its hooks did not expect
 * ends the command with one plain message in the editor's language
 * (`internal-error`, naming `file`, the folder or file the integration
 * works on), instead of Astro's English report and stack trace.
 */
export function plainFailures(integration: AstroIntegration, file: string): AstroIntegration {
  const hooks: Record<string, unknown> = {};
  for (const [name, hook] of Object.entries(integration.hooks) as [string, ((...args: unknown[]) => unknown) | undefined][]) {
    if (!hook) continue;
    hooks[name] = async (...args: unknown[]) => {
      try {
        return await hook(...args);
      } catch (error) {
        return stopWithReport([internalError(error, file)]);
      }
    };
  }
  return { ...integration, hooks: hooks as Hooks };
}
