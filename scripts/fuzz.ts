/**
 * `npm run fuzz -- --runs N [--seed S]`: the property-based tests of the
 * content model (tests/unit/content-model.property.test.ts), which `npm test`
 * runs with a fixed seed and a few dozen inputs, run long: N inputs, from a
 * random seed (printed, so a failure can be replayed with --seed). Prints how
 * many inputs were accepted and refused, by problem code. Vitest runs the
 * file: the properties stay in the tests, which scripts never import.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of inputs, not "${values.runs}".`);
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`Content model properties: ${runs} inputs, seed ${seed}`);
const result = spawnSync('npx', ['vitest', 'run', 'tests/unit/content-model.property.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: seed },
});
process.exitCode = result.status ?? 1;
