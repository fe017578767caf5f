/*
 * Loaded with `node --import` by tests/build/internal-error.test.ts: makes
 * reading one file fail the way a fault of the machine or of the site's
 * code would, so the test can see what editors are told when something
 * unexpected breaks. INJECT_FAULT_IN: any synchronous read of a path ending
 * so (the content check's); INJECT_LOADER_FAULT_IN: any read through
 * fs.promises (Astro's loaders'); INJECT_CARD_CRASH: the cards' drawing processes.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const fault = () => new TypeError('Fault injected by the test');

const target = process.env.INJECT_FAULT_IN;
if (target) {
  const readFileSync = fs.readFileSync;
  fs.readFileSync = function faulty(path, ...rest) {
    if (String(path).endsWith(target)) throw fault();
    return readFileSync.call(this, path, ...rest);
  };
  // `import { readFileSync } from 'node:fs'` sees the faulty one too.
  syncBuiltinESMExports();
}

const loaderTarget = process.env.INJECT_LOADER_FAULT_IN;
if (loaderTarget) {
  const readFile = fs.promises.readFile;
  fs.promises.readFile = function faulty(path, ...rest) {
    if (String(path).endsWith(loaderTarget)) return Promise.reject(fault());
    return readFile.call(this, path, ...rest);
  };
}

// INJECT_CARD_CRASH: every sharing card's drawing process aborts, as native code that panics makes it (SIGABRT).
if (process.env.INJECT_CARD_CRASH && process.argv[1]?.endsWith('card-worker.ts')) {
  process.prependListener('message', () => process.abort());
}
