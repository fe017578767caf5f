/**
 * For every command a test waits for synchronously (spawnSync): one still
 * running after this long is killed, so its test fails with what it printed
 * instead of holding the whole run. Vitest's own timeout cannot interrupt a
 * synchronous wait, and a Node.js process can, rarely, hang as it exits
 * (nodejs/node#54918, seen here once on `astro build` ending with an editor's
 * report). Under Vitest's 120 s test timeout (vitest.config.ts).
 */
export const commandLimit = { timeout: 100_000, killSignal: 'SIGKILL' } as const;
