/**
 * `npm run failing-builds -- --builds N`: the stress test of failing builds
 * (tests/build/failing-builds.test.ts), which `npm test` runs with one build
 * of four kinds, run with N builds, every kind in turn, two at a time: each
 * must end by itself with its report, within 30 s of printing it. Vitest
 * runs the file: the test stays in the tests, which scripts never import.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { builds: { type: 'string', default: '50' } } });
const builds = Number(values.builds);
if (!Number.isInteger(builds) || builds < 1) throw new Error(`--builds takes a whole number of builds, not "${values.builds}".`);
console.log(`Failing builds: ${builds}, two at a time`);
const result = spawnSync('npx', ['vitest', 'run', 'tests/build/failing-builds.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FAILING_BUILDS: String(builds) },
});
process.exitCode = result.status ?? 1;
