import type { AstroIntegration } from 'astro';
import { ContentError, internalError } from '../lib/content/content-error.ts';
import { EditorError, reportOf } from '../lib/content/editor-error.ts';

/**
 * `integration`, with its hooks' failures reported to editors: the boundary
 * of the build. An `EditorError` (a content mistake the check found, say)
 * is printed as it is; any other error, one the hooks did not expect, as
 * one plain `internal-error` naming `file` (the folder or file the
 * integration works on). Either way the command ends with a failure status,
 * without Astro's English report and stack trace around the message.
 */
export function plainFailures(integration: AstroIntegration, file: string): AstroIntegration {
  const hooks: Record<string, unknown> = {};
  for (const [name, hook] of Object.entries(integration.hooks) as [string, ((...args: unknown[]) => unknown) | undefined][]) {
    if (!hook) continue;
    hooks[name] = async (...args: unknown[]) => {
      try {
        return await hook(...args);
      } catch (error) {
        return stopWith(failureOf(error, file));
      }
    };
  }
  return { ...integration, hooks };
}

/** What editors are told of `error`, thrown by a hook working on `file`. */
export function failureOf(error: unknown, file: string): EditorError {
  return error instanceof EditorError ? error : new ContentError([internalError(error, file)]);
}

/** Prints `failure` and ends the command with a failure status. */
export async function stopWith(failure: EditorError): Promise<never> {
  // Written, and flushed even to a pipe, before the process ends.
  await new Promise<void>((written) => process.stderr.write(reportOf(failure), () => written()));
  process.exit(1);
}
