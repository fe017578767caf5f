import { execFileSync } from 'node:child_process';

/**
 * The address of the `origin` remote of the git clone at `folder`, if it is
 * one: the repository it was cloned from, which the web editor then edits
 * (src/lib/cms/backend-settings.ts keeps it only when it is on GitHub).
 * None outside a clone, without git, or without an `origin`.
 */
export function gitRemoteOf(folder: string): string | undefined {
  try {
    return (
      execFileSync('git', ['remote', 'get-url', 'origin'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}
