/*
 * Loaded with `node --import` by tests/build/internal-error.test.ts: makes
 * reading one file (any whose path ends with INJECT_FAULT_IN) fail the way
 * a fault of the machine or of the site's code would, so the test can see
 * what editors are told when something unexpected breaks inside the check.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const target = process.env.INJECT_FAULT_IN;
if (target) {
  const readFileSync = fs.readFileSync;
  fs.readFileSync = function faulty(path, ...rest) {
    if (String(path).endsWith(target)) throw new TypeError('Fault injected by the test');
    return readFileSync.call(this, path, ...rest);
  };
  // `import { readFileSync } from 'node:fs'` sees the faulty one too.
  syncBuiltinESMExports();
}
