/**
 * Preloaded into a measured build (`node --import`): when the process ends,
 * writes its peak resident set size and the CPU time it used, as JSON, to the
 * file named by BENCH_USAGE_FILE. The kernel keeps these for the process
 * itself; a parent cannot read them once the child has exited.
 */
import { writeFileSync } from 'node:fs';

/** What the hook writes. */
export interface ResourceUsage {
  peakRssBytes: number;
  /** User and system CPU time of all the process's threads. */
  cpuMs: number;
}

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    // maxRSS is in kibibytes, CPU times in microseconds.
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    const usage: ResourceUsage = { peakRssBytes: maxRSS * 1024, cpuMs: (userCPUTime + systemCPUTime) / 1000 };
    writeFileSync(file, JSON.stringify(usage));
  });
}
