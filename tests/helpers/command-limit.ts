import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process';

/**
 * How long a command a test waits for synchronously may run: one still
 * running after this long is killed, so its test fails with what it printed
 * instead of holding the whole run. Vitest's own timeout cannot interrupt a
 * synchronous wait. Under Vitest's 120 s test timeout (vitest.config.ts).
 */
export const COMMAND_LIMIT_MS = 100_000;

/** Node.js's spawnSync takes `detached` (a process group of its own), which its types do not list. */
const inOwnGroup = { detached: true } as Pick<SpawnSyncOptionsWithStringEncoding, 'cwd'>;

type Options = Omit<SpawnSyncOptionsWithStringEncoding, 'encoding'> & { encoding?: BufferEncoding };

/**
 * `spawnSync`, limited to COMMAND_LIMIT_MS (or its own `timeout`, for a
 * command that runs several builds), in a process group of its own,
 * and the whole group killed once it returns: the command and everything it
 * started (`npx` and the `astro build` under it, a dev server, a drawing
 * process). Killing `npx` alone once left its build alive, orphaned, 26
 * minutes later; and a build that prints its report and never exits must
 * not outlive its test either.
 */
export function spawnLimited(command: string, args: readonly string[], options?: Options): SpawnSyncReturns<string>;
export function spawnLimited(command: string, options: Options): SpawnSyncReturns<string>;
export function spawnLimited(
  command: string,
  argsOrOptions: readonly string[] | Options,
  maybeOptions: Options = {},
): SpawnSyncReturns<string> {
  const [args, options] = Array.isArray(argsOrOptions)
    ? [argsOrOptions as readonly string[], maybeOptions]
    : [[], argsOrOptions as Options];
  const result = spawnSync(command, [...args], {
    encoding: 'utf8',
    ...options,
    ...inOwnGroup,
    timeout: options.timeout ?? COMMAND_LIMIT_MS,
    killSignal: 'SIGKILL',
  });
  killGroup(result.pid);
  return result;
}

/** Kills every process of the group `leader` leads, if any is left. */
export function killGroup(leader: number | undefined): void {
  if (!leader) return;
  try {
    process.kill(-leader, 'SIGKILL');
  } catch {
    // None left: the group ended with its command.
  }
}
