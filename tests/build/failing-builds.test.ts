import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorTranslations } from '../../src/i18n/editor/index.ts';
import { killGroup } from '../helpers/command-limit.ts';
import { editorEnv } from '../helpers/editor-env.ts';
import { projectCopy } from '../helpers/project-copy.ts';

/*
 * Every build ends (issue 26): real `astro build`s of every kind of failure
 * (an editor's mistake, the worst inputs the content model's properties
 * generate, a fault of the check, of a loader, a sharing card's drawing
 * process crashing natively), each in a project copy of its own, two at a
 * time. Each must end by itself with the plain report and status 1 (or, for
 * the worst input the content accepts, build and end with 0): never a stack
 * trace, a signal, a silent exit, nor a process still there 30 s after its
 * report. `npm test` runs one build of four kinds; `npm run failing-builds --
 * --builds 50` runs this file with FAILING_BUILDS=50, every kind in turn.
 */

const BUILDS = Number(process.env.FAILING_BUILDS || 0);
/** How long a build may go on once it has printed its report. */
const ENDS_WITHIN_MS = 30_000;
/** How long any build may take at all, on a loaded machine. */
const BUILD_LIMIT_MS = 110_000;
const INJECT = resolve('tests/helpers/inject-fault.mjs');
const fr = editorTranslations('fr');
const HEADING = /^Le contenu a (un|\d+) problèmes?\s; le site n’a pas été construit\.$/m;

/** A kind of build: what it does to the fixture content, the environment it adds, and whether it must fail. */
interface Kind {
  name: string;
  change?: (contentDir: string) => void;
  env?: Record<string, string>;
  succeeds?: boolean;
}

const withMistake = (name: string) => (contentDir: string) => cpSync(`tests/fixtures/mistakes/${name}`, contentDir, { recursive: true });

function withTitle(title: string) {
  return (contentDir: string) => {
    const file = join(contentDir, 'fr/actualites/article-francais.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^title: .*$/m, () => `title: ${JSON.stringify(title)}`),
    );
  };
}

/** The worst title the content accepts: 150 characters of right-to-left text, emoji, combining marks and markup, on a page also shown in English. */
const WORST_ACCEPTED_TITLE = 'שלום <b>&amp;</b> 👩🏽‍🚀🇫🇷 e\u0301\u0301 مرحبا « ? » {x} '.repeat(10).slice(0, 150).trim();

const kinds: Kind[] = [
  { name: 'a title of 100,000 characters', change: withTitle('Coopération portuaire '.repeat(5000).slice(0, 100_000)) },
  { name: 'a fault of the content check', env: { INJECT_FAULT_IN: 'fr/accord/premier-axe.mdx' } },
  { name: 'a fault of a loader', env: { INJECT_LOADER_FAULT_IN: 'partners.yaml' } },
  { name: 'a sharing card’s drawing process crashing', env: { INJECT_CARD_CRASH: '1' } },
  { name: 'a control character in a title', change: withMistake('title-control-character') },
  { name: 'a topic label with no letter', change: withMistake('topic-label-without-letters') },
  { name: 'a page image outside media/', change: withMistake('page-image-outside-media') },
  { name: 'an image of 900 megapixels', change: withMistake('image-too-many-pixels') },
  { name: 'the worst title the content accepts', change: withTitle(WORST_ACCEPTED_TITLE), succeeds: true },
];

interface Ended {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  /** Milliseconds from its report's first line to its exit; undefined without a report. */
  afterReport: number | undefined;
  /** Whether the test had to kill it. */
  killed: boolean;
}

/** `astro build` in `folder`, in a process group of its own, killed as a whole if it outlives its limits. */
function build(folder: string, env: Record<string, string>): Promise<Ended> {
  const child = spawn('npx', ['astro', 'build'], {
    cwd: folder,
    detached: true,
    env: {
      ...editorEnv,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      CACHE_DIR: join(folder, 'astro-cache'),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${INJECT}`,
      ...env,
    },
  });
  let output = '';
  let reportAt: number | undefined;
  let killed = false;
  const kill = () => {
    killed = true;
    killGroup(child.pid);
  };
  const limit = setTimeout(kill, BUILD_LIMIT_MS);
  let afterReportLimit: NodeJS.Timeout | undefined;
  const read = (chunk: Buffer) => {
    output += chunk.toString();
    if (reportAt === undefined && HEADING.test(output)) {
      reportAt = Date.now();
      afterReportLimit = setTimeout(kill, ENDS_WITHIN_MS);
    }
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  return new Promise((done) => {
    child.on('exit', (status, signal) => {
      clearTimeout(limit);
      clearTimeout(afterReportLimit);
      const afterReport = reportAt === undefined ? undefined : Date.now() - reportAt;
      // What the build started and left behind (its card drawers, say) goes with it.
      killGroup(child.pid);
      done({ status, signal, output, afterReport, killed });
    });
  });
}

/** Runs the builds of `plan` two at a time, each slot in its own project copy; their results in order. */
async function runAll(plan: readonly Kind[]): Promise<Ended[]> {
  const results: Ended[] = [];
  let next = 0;
  const slot = async (index: number) => {
    const folder = projectCopy(`failing-builds-${index}`, 'tests/fixtures/content');
    while (next < plan.length) {
      const position = next++;
      const kind = plan[position]!;
      rmSync(join(folder, 'content'), { recursive: true, force: true });
      cpSync('tests/fixtures/content', join(folder, 'content'), { recursive: true });
      rmSync(join(folder, 'astro-cache'), { recursive: true, force: true });
      kind.change?.(join(folder, 'content'));
      results[position] = await build(folder, kind.env ?? {});
    }
  };
  await Promise.all([slot(0), slot(1)]);
  return results;
}

function expectEnded(kind: Kind, ended: Ended): void {
  const context = `${kind.name}\n${ended.output.slice(-3000)}`;
  expect(ended.killed, `still running: ${context}`).toBe(false);
  expect(ended.signal, context).toBeNull();
  if (kind.succeeds) {
    expect(ended.status, context).toBe(0);
    return;
  }
  expect(ended.status, context).toBe(1);
  expect(ended.output, context).toMatch(HEADING);
  expect(ended.output, context).toContain(fr('report.hint'));
  expect(ended.afterReport, context).toBeLessThan(ENDS_WITHIN_MS);
  expect(ended.output, context).not.toMatch(/unhandled|Stack trace/i);
  expect(ended.output, context).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('failing builds', () => {
  const plan = BUILDS > 0 ? Array.from({ length: BUILDS }, (_, index) => kinds[index % kinds.length]!) : kinds.slice(0, 4);

  it(
    `end by themselves, each with its report (${plan.length} builds, two at a time)`,
    async () => {
      const results = await runAll(plan);
      const summary = results.map(
        (ended, index) => `${plan[index]!.name}: status ${ended.status}, ${ended.afterReport ?? '–'} ms after its report`,
      );
      console.log(summary.join('\n'));
      plan.forEach((kind, index) => expectEnded(kind, results[index]!));
    },
    Math.ceil(plan.length / 2) * BUILD_LIMIT_MS,
  );
});
