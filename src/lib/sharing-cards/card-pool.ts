import { Worker } from 'node:worker_threads';
import type { CardElement } from './layout.ts';

/** A card sent to a drawing thread. */
export interface CardJob {
  id: number;
  layout: CardElement;
}

/** What the thread sends back: the PNG, or why it could not draw it. */
export type CardJobResult = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

/** Draws cards on several threads at once. */
export interface CardPool {
  draw(layout: CardElement): Promise<Uint8Array<ArrayBuffer>>;
  /** Ends the threads; cards still waiting fail. */
  close(): Promise<void>;
}

interface Pending {
  resolve(png: Uint8Array<ArrayBuffer>): void;
  reject(error: Error): void;
}

/**
 * `size` threads running `workerFile` (card-worker.ts), each sent one card
 * at a time, the next as soon as it answers. Satori lays out in JavaScript and
 * resvg rasterizes synchronously: only threads of their own put both on
 * every core. Threads start with the first card, so a build whose cards
 * all come from the cache starts none.
 */
export function cardPool(workerFile: string, size: number): CardPool {
  const waiting: { job: CardJob; pending: Pending }[] = [];
  const busy = new Map<Worker, Pending>();
  const idle: Worker[] = [];
  let started = 0;
  let nextId = 0;

  const dispatch = () => {
    while (waiting.length > 0) {
      const worker = idle.pop() ?? (started < size ? startWorker() : undefined);
      if (!worker) return;
      const { job, pending } = waiting.shift()!;
      busy.set(worker, pending);
      worker.postMessage(job);
    }
  };

  const startWorker = (): Worker => {
    started += 1;
    // card-worker.ts is TypeScript: Node.js 22.12, the oldest package.json allows, strips types only when asked.
    const worker = new Worker(workerFile, { execArgv: [...process.execArgv, '--experimental-strip-types'] });
    worker.on('message', (result: CardJobResult) => {
      const pending = busy.get(worker)!;
      busy.delete(worker);
      idle.push(worker);
      if ('png' in result) pending.resolve(result.png);
      else pending.reject(new Error(result.error));
      dispatch();
    });
    // A thread that dies fails its card and every card still waiting, rather than leave them waiting forever.
    worker.on('error', (error: Error) => {
      busy.get(worker)?.reject(error);
      busy.delete(worker);
      for (const { pending } of waiting.splice(0)) pending.reject(error);
    });
    return worker;
  };

  return {
    draw(layout) {
      return new Promise((resolve, reject) => {
        waiting.push({ job: { id: nextId++, layout }, pending: { resolve, reject } });
        dispatch();
      });
    },
    async close() {
      for (const { pending } of waiting.splice(0)) pending.reject(new Error('The card pool was closed.'));
      await Promise.all([...idle, ...busy.keys()].map((worker) => worker.terminate()));
    },
  };
}
