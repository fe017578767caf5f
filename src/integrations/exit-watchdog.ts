import { spawn } from 'node:child_process';
import type { AstroIntegration } from 'astro';

/**
 * How long a failing build may take to end once it has begun to: far more
 * than a healthy exit takes (a few milliseconds), far less than a CI job's
 * time limit.
 */
export const EXIT_GRACE_MS = 10_000;

/**
 * Makes a failing `astro build` end on its own. A build that stopped with
 * its report once never exited: its main thread was inside Node.js's exit,
 * waiting on threads that were waiting too (V8's worker, rolldown's and
 * tokio's, all asleep on futexes), the shutdown deadlock of
 * nodejs/node#54918, rare but left for the job's time limit. No code of
 * ours runs once the exit has begun; a process started as it begins does: a
 * watchdog, which kills the build if it is still there EXIT_GRACE_MS later.
 * Every way a build fails goes through the process's `exit` event (our
 * boundary's report, Astro's own, an uncaught error), which Node.js emits
 * before its teardown, once the report is written. A build that succeeds
 * is left alone.
 */
export function exitWatchdog(): AstroIntegration {
  return {
    name: 'exit-watchdog',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') process.once('exit', (code) => code !== 0 && startWatchdog(process.pid));
      },
    },
  };
}

/**
 * A detached process, not waited for, that kills `pid` with SIGKILL if it
 * still runs after EXIT_GRACE_MS. It knows the build has ended when its
 * input, a pipe from the build, closes (the system closes it as the build
 * ends), so it never kills another process given the same number later.
 */
function startWatchdog(pid: number): void {
  const watch = [
    `const kill = setTimeout(() => { try { process.kill(${pid}, 'SIGKILL'); } catch {} }, ${EXIT_GRACE_MS});`,
    `process.stdin.on('end', () => clearTimeout(kill)).resume();`,
  ].join('\n');
  // Spawning is synchronous: the watchdog exists before the exit goes on, though no event loop turns again.
  spawn(process.execPath, ['--eval', watch], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] }).unref();
}
