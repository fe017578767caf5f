import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRestResponse } from '../github-stand-in/rest-contract.ts';
import { pullRequestResource, type PullRequestRecord } from '../github-stand-in/resources.ts';
import { GitHubStandIn } from '../github-stand-in/stand-in.ts';

/*
 * The GitHub stand-in the web editor's browser tests run against
 * (tests/github-stand-in/): its contract checks must be able to fail, or
 * its answers would prove nothing about GitHub.
 */

const TOKEN = 'github_pat_unit';
const user = { id: 1, login: 'redaction', name: 'Rédaction', email: 'redaction@example.org' };

function standIn(): GitHubStandIn {
  return new GitHubStandIn({
    dir: join(tmpdir(), `github-stand-in-unit-${process.pid}`),
    repository: 'stand-in/site',
    files: { 'content/fr/index.mdx': '---\ntitle: Accueil\n---\n' },
    token: TOKEN,
    user,
  });
}

const call = (hub: GitHubStandIn, method: string, path: string, body?: unknown) =>
  hub.handle(method, new URL(`https://api.github.com${path}`), `token ${TOKEN}`, body === undefined ? null : JSON.stringify(body));

describe('the GitHub REST contract', () => {
  it('accepts a response of the shape GitHub documents', () => {
    const tree = { sha: 'a1', truncated: false, tree: [{ path: 'a.md', mode: '100644', type: 'blob', sha: 'b2', size: 3 }] };
    expect(() => checkRestResponse('GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}', 200, tree)).not.toThrow();
  });

  it('refuses a response of the wrong shape, naming the operation and what is wrong', () => {
    const wrong = { sha: 1, tree: [{ path: 'a.md' }] };
    expect(() => checkRestResponse('GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}', 200, wrong)).toThrow(
      /^GET \/repos\/\{owner\}\/\{repo\}\/git\/trees\/\{tree_sha\} 200: the response does not match GitHub's schema: .*truncated.*\/sha must be string/,
    );
  });

  it('refuses a pull request missing a field GitHub always sends, and a status GitHub does not document', () => {
    const record: PullRequestRecord = {
      number: 1,
      title: 'Brouillon',
      body: '',
      head: 'cms/news/a',
      base: 'main',
      state: 'open',
      draft: true,
      labels: [],
      createdAt: '2026-01-05T09:00:00Z',
      updatedAt: '2026-01-05T09:00:00Z',
      mergedAt: null,
      mergeCommitSha: null,
      headSha: 'c3',
    };
    const pull = pullRequestResource(
      'stand-in/site',
      record,
      user,
      { head: 'c3', base: 'd4' },
      { commits: 1, additions: 1, deletions: 0, changedFiles: 1 },
    );
    expect(() => checkRestResponse('POST', '/repos/{owner}/{repo}/pulls', 201, pull)).not.toThrow();
    const { head: _head, ...headless } = pull;
    expect(() => checkRestResponse('POST', '/repos/{owner}/{repo}/pulls', 201, headless)).toThrow(/must have required property 'head'/);
    expect(() => checkRestResponse('POST', '/repos/{owner}/{repo}/pulls', 200, pull)).toThrow(/GitHub documents no 200 response/);
  });
});

describe('the GitHub stand-in', () => {
  it('answers the signed-in user, and refuses any other token as GitHub does', async () => {
    const hub = standIn();
    expect((await call(hub, 'GET', '/user')).status).toBe(200);
    const refused = await hub.handle('GET', new URL('https://api.github.com/user'), 'token wrong', null);
    expect(refused).toMatchObject({ status: 401, body: { message: 'Bad credentials' } });
    expect(hub.problems).toEqual([]);
  });

  it('records a REST call it does not implement, naming its method and path', async () => {
    const hub = standIn();
    expect((await call(hub, 'GET', '/repos/stand-in/site/branches')).status).toBe(501);
    expect(hub.problems).toEqual(['the GitHub stand-in does not implement GET /repos/stand-in/site/branches']);
  });

  it("runs GraphQL queries against GitHub's schema, from its Git repository", async () => {
    const hub = standIn();
    const query = 'query($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { defaultBranchRef { name } } }';
    const answer = await call(hub, 'POST', '/graphql', { query, variables: { owner: 'stand-in', repo: 'site' } });
    expect(answer.body).toEqual({ data: { repository: { defaultBranchRef: { name: 'main' } } } });
    expect(hub.problems).toEqual([]);
  });

  it("refuses a GraphQL query GitHub's schema refuses, and names a field it does not implement", async () => {
    const hub = standIn();
    await call(hub, 'POST', '/graphql', { query: '{ repository(owner: "stand-in", name: "site") { noSuchField } }' });
    expect(hub.problems[0]).toMatch(/^a GraphQL query GitHub's schema refuses: Cannot query field "noSuchField" on type "Repository"/);
    await call(hub, 'POST', '/graphql', { query: '{ repository(owner: "stand-in", name: "site") { description } }' });
    expect(hub.problems[1]).toBe('the GitHub stand-in does not implement the GraphQL field Repository.description');
  });

  it('commits through createCommitOnBranch on a branch made by createRef, as GitHub does', async () => {
    const hub = standIn();
    const main = hub.git.head('main')!;
    const ask = (query: string, variables: Record<string, unknown>) => call(hub, 'POST', '/graphql', { query, variables });
    const repositoryId = (
      (await ask('{ repository(owner: "stand-in", name: "site") { id } }', {})).body as { data: { repository: { id: string } } }
    ).data.repository.id;
    await ask('mutation($input: CreateRefInput!) { createRef(input: $input) { ref { name } } }', {
      input: { repositoryId, name: 'refs/heads/cms/news/a', oid: main },
    });
    const commit = {
      branch: { repositoryNameWithOwner: 'stand-in/site', branchName: 'cms/news/a' },
      expectedHeadOid: main,
      fileChanges: { additions: [{ path: 'content/fr/a.mdx', contents: Buffer.from('---\ntitle: A\n---\n').toString('base64') }] },
      message: { headline: 'Contenu : création de content/fr/a.mdx' },
    };
    const mutation =
      'mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid file_0: file(path: "content/fr/a.mdx") { oid } } } }';
    await ask(mutation, { input: commit });
    expect(hub.git.files('cms/news/a')['content/fr/a.mdx']).toBe('---\ntitle: A\n---\n');
    expect(hub.git.files('main')).toEqual({ 'content/fr/index.mdx': '---\ntitle: Accueil\n---\n' });
    // The same commit again: the branch moved since, so GitHub refuses it.
    const stale = await ask(mutation, { input: commit });
    expect(stale.body).toMatchObject({ errors: [{ type: 'STALE_DATA' }] });
    expect(hub.problems).toEqual([]);
  });
});
