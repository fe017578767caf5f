import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * .github/workflows/deploy.yml cannot run here: its structure is checked
 * instead, and that it tests exactly as CI does (.ci/run, npm test).
 */

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  id?: string;
}
interface Job {
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { push: { branches: string[] }; pull_request: unknown };
  permissions: Record<string, string>;
  jobs: { test: Job; deploy: Job };
}

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
const uses = (job: Job) => job.steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));

describe('the deploy workflow', () => {
  it('runs on pull requests and on pushes to main', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('tests with .ci/run, which runs the README’s test command', () => {
    expect(workflow.jobs.test.steps.map((step) => step.run).filter(Boolean)).toEqual(['bash .ci/run']);
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m);
    expect(readFileSync('README.md', 'utf8')).toContain('npm test');
  });

  it('uses the Node.js version of .nvmrc', () => {
    for (const job of Object.values(workflow.jobs)) {
      const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
      expect(setup?.with?.['node-version-file']).toBe('.nvmrc');
    }
  });

  it('deploys to GitHub Pages only after the tests pass, on pushes to main', () => {
    const { deploy } = workflow.jobs;
    expect(deploy.needs).toBe('test');
    expect(deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(uses(deploy)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
      'actions/deploy-pages',
    ]);
  });

  it('builds for the URL and base path Pages gives, and uploads dist/', () => {
    const steps = workflow.jobs.deploy.steps;
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    expect(steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))?.id).toBe('pages');
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe('dist');
  });
});
