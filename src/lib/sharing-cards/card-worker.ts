/**
 * One drawing process of the build's card pool (card-pool.ts): draws each
 * laid-out card it is sent and sends the PNG back. Node.js loads this file
 * itself, not Vite: it imports only what drawCard needs. It ends with the
 * build: when the build's process goes, so does the channel to it, the one
 * thing that keeps this process alive (so nothing here calls process.exit).
 */
import { drawCard } from './draw-card.ts';
import type { CardJob, CardJobResult } from './card-pool.ts';

process.on('message', (job: CardJob) => {
  drawCard(job.layout).then(
    (png) => process.send?.({ id: job.id, png } satisfies CardJobResult),
    (error: unknown) => process.send?.({ id: job.id, error: String(error) } satisfies CardJobResult),
  );
});
