/**
 * One drawing thread of the build's card pool (card-pool.ts): draws each
 * laid-out card it is sent and sends the PNG back. Node.js loads this file
 * itself, not Vite: it imports only what drawCard needs.
 */
import { parentPort } from 'node:worker_threads';
import { drawCard } from './draw-card.ts';
import type { CardJob, CardJobResult } from './card-pool.ts';

parentPort?.on('message', (job: CardJob) => {
  drawCard(job.layout).then(
    (png) => parentPort?.postMessage({ id: job.id, png } satisfies CardJobResult, [png.buffer]),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: String(error) } satisfies CardJobResult),
  );
});
