import { fork, type ChildProcess } from 'node:child_process';
import type { CardElement } from './layout.ts';

/** A card sent to a drawing process. */
export interface CardJob {
  id: number;
  layout: CardElement;
}

/** What the process sends back: the PNG, or why it could not draw it. */
export type CardJobResult = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

/** Draws cards in several processes at once. */
export interface CardPool {
  draw(layout: CardElement): Promise<Uint8Array<ArrayBuffer>>;
  /** Ends the processes; cards still waiting or being drawn fail. */
  close(): Promise<void>;
}

interface Pending {
  resolve(png: Uint8Array<ArrayBuffer>): void;
  reject(error: Error): void;
}

/**
 * `size` processes running `workerFile` (card-worker.ts), each sent one card
 * at a time, the next as soon as it answers. Satori lays out in JavaScript and
 * resvg rasterizes synchronously: only drawers of their own put both on
 * every core. Processes, not threads: resvg is native code, and when it
 * panics it aborts its whole process (a title of 3,000 characters once did);
 * a thread's abort would take the build with it, a process's only fails its
 * card, and the page that card belongs to says so. Processes start with the
 * first card, so a build whose cards all come from the cache starts none.
 */
export function cardPool(workerFile: string, size: number): CardPool {
  const waiting: { job: CardJob; pending: Pending }[] = [];
  const busy = new Map<ChildProcess, Pending>();
  const idle: ChildProcess[] = [];
  const running = new Set<ChildProcess>();
  let closed = false;
  let nextId = 0;

  const dispatch = () => {
    while (waiting.length > 0 && !closed) {
      const drawer = idle.pop() ?? (running.size < size ? startDrawer() : undefined);
      if (!drawer) return;
      const { job, pending } = waiting.shift()!;
      busy.set(drawer, pending);
      drawer.send(job);
    }
  };

  const startDrawer = (): ChildProcess => {
    // card-worker.ts is TypeScript: Node.js 22.12, the oldest package.json allows, strips types only when asked.
    const drawer = fork(workerFile, [], {
      execArgv: [...process.execArgv, '--experimental-strip-types', '--no-warnings=ExperimentalWarning'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    running.add(drawer);
    let lastWords = '';
    drawer.stderr?.on('data', (chunk: Buffer) => (lastWords = `${lastWords}${chunk.toString()}`.slice(-2000)));
    drawer.on('message', (result: CardJobResult) => {
      const pending = busy.get(drawer)!;
      busy.delete(drawer);
      idle.push(drawer);
      if ('png' in result) pending.resolve(result.png);
      else pending.reject(new Error(result.error));
      dispatch();
    });
    // A process that dies fails the card it was drawing; the cards still waiting go to the others, or to a new one.
    drawer.on('exit', (code, signal) => {
      running.delete(drawer);
      const index = idle.indexOf(drawer);
      if (index >= 0) idle.splice(index, 1);
      const pending = busy.get(drawer);
      busy.delete(drawer);
      if (pending)
        pending.reject(new Error(`The card's drawing process stopped (${signal ?? `exit code ${code}`}): ${lastLine(lastWords)}`));
      dispatch();
    });
    return drawer;
  };

  return {
    draw(layout) {
      return new Promise((resolve, reject) => {
        waiting.push({ job: { id: nextId++, layout }, pending: { resolve, reject } });
        dispatch();
      });
    },
    async close() {
      closed = true;
      const error = new Error('The card pool was closed.');
      for (const { pending } of waiting.splice(0)) pending.reject(error);
      // A killed process never answers: the cards it was drawing fail too, with the same reason.
      for (const pending of busy.values()) pending.reject(error);
      busy.clear();
      const ended = [...running].map((drawer) => new Promise((done) => drawer.once('exit', done)));
      for (const drawer of running) drawer.kill();
      await Promise.all(ended);
    },
  };
}

/** What a process wrote last that says something: a panic's message, usually, without its backtrace. */
function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^(stack backtrace|note:|\d+:|at |#\d+|-----|fatal runtime error|Aborted)/.test(line));
  const panic = lines.findIndex((line) => / panicked at /.test(line));
  return (panic >= 0 ? lines[panic + 1] : lines.at(-1)) ?? 'nothing written';
}
