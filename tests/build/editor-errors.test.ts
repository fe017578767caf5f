import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { editorEnv } from '../helpers/editor-env.ts';
import { contentWithMistake, mistakes } from '../helpers/mistakes.ts';

/*
 * Each mistake of tests/helpers/mistakes.ts, run through the real commands
 * editors use: `astro build` stops with the plain report and no stack
 * trace before it, and `astro dev` shows the report in the terminal.
 */

const env = (contentDir: string) => ({
  ...editorEnv,
  ASTRO_TELEMETRY_DISABLED: '1',
  CONTENT_DIR: contentDir,
  OUT_DIR: `${contentDir}-dist`,
  FORCE_COLOR: '0',
  NO_COLOR: '1',
});

describe('npm run build on content with a mistake', () => {
  for (const mistake of mistakes) {
    it(`fails on ${mistake.name} with the report first`, () => {
      const contentDir = contentWithMistake(mistake, 'build');
      const result = spawnSync('npx', ['astro', 'build'], { env: env(contentDir), encoding: 'utf8' });
      const output = result.stdout + result.stderr;
      expect(result.status).not.toBe(0);
      const report = output.indexOf('The content has a problem; the site was not built.');
      expect(report, output).toBeGreaterThanOrEqual(0);
      const where = `${contentDir}/${mistake.file}${mistake.line ? `, line ${mistake.line}` : ''}`;
      expect(output).toContain(where);
      expect(output).toMatch(mistake.message);
      // Nothing that looks like a stack trace comes before (or after) the report.
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    });
  }
});

describe('npm run dev on content with a mistake', () => {
  it('prints the report in the terminal', async () => {
    const [mistake] = mistakes;
    if (!mistake) throw new Error('No mistake fixture.');
    const contentDir = contentWithMistake(mistake, 'build');
    const dev = spawn('npx', ['astro', 'dev', '--port', '4490'], { env: env(contentDir), detached: true });
    let output = '';
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No report within 60 s:\n${output}`)), 60_000);
        const listen = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes(`${contentDir}/${mistake.file}`) && mistake.message.test(output)) {
            clearTimeout(timer);
            resolve();
          }
        };
        dev.stdout.on('data', listen);
        dev.stderr.on('data', listen);
      });
    } finally {
      if (dev.pid) process.kill(-dev.pid);
    }
    expect(output).toContain('The content has a problem; the site was not built.');
  });
});
