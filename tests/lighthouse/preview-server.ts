import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** A running `astro preview`. */
export interface PreviewServer {
  /** Stops the server and the processes it started. */
  kill(): void;
}

const READY_TIMEOUT_MS = 60_000;

/**
 * Serves `outDir` with `astro preview` at http://localhost:`port`/, as the
 * end-to-end tests do, and resolves once it answers. Fails when something
 * already answers on the port: Vite would silently move to another one.
 */
export async function startPreview(outDir: string, port: number): Promise<PreviewServer> {
  const origin = `http://localhost:${port}/`;
  if (await answers(origin)) {
    throw new Error(`Port ${port} is already in use: free it, or choose another with LIGHTHOUSE_PORT.`);
  }
  // Its own process group, so that killing it also stops the server npx starts;
  // --ignore-lock keeps it in the foreground, beside any other preview server.
  const child = spawn('npx', ['astro', 'preview', '--port', String(port), '--ignore-lock'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir },
  });
  const kill = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  for (const deadline = Date.now() + READY_TIMEOUT_MS; Date.now() < deadline; await sleep(250)) {
    if (child.exitCode !== null) throw new Error(`astro preview stopped (exit code ${child.exitCode}).`);
    if (await answers(origin)) return { kill };
  }
  kill();
  throw new Error(`astro preview did not answer at ${origin} within ${READY_TIMEOUT_MS / 1000} s.`);
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}
