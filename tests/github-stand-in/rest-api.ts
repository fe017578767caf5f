import type { GitHubStandIn } from './stand-in.ts';
import {
  errorBody,
  gitRefResource,
  issueResource,
  labelResource,
  privateUser,
  pullRequestResource,
  type PullRequestRecord,
} from './resources.ts';

/** A REST answer: a status, a body (JSON unless `contentType` says otherwise). */
export interface RestResponse {
  status: number;
  body?: unknown;
  contentType?: string;
}

type Body = Record<string, unknown>;

/** A REST operation the stand-in answers; `path` is its template in GitHub's OpenAPI description. */
interface RestRoute {
  method: string;
  path: string;
  pattern: RegExp;
  answer: (params: Record<string, string>, query: URLSearchParams, body: Body) => RestResponse | Promise<RestResponse>;
}

/** `/repos/{owner}/{repo}/git/refs/{ref}` → a pattern whose groups are the parameters; `{ref}` may hold slashes. */
function patternOf(path: string): RegExp {
  const source = path.replace(/\{(\w+)\}/g, (_match, name: string) => (name === 'ref' ? `(?<${name}>.+)` : `(?<${name}>[^/]+)`));
  return new RegExp(`^${source}$`);
}

function route(method: string, path: string, answer: RestRoute['answer']): RestRoute {
  return { method, path, pattern: patternOf(path), answer };
}

const notFound: RestResponse = { status: 404, body: errorBody('Not Found') };

/** The REST operations Sveltia CMS 0.221.1 was seen to call, answered from the stand-in's repository. */
export function restRoutes(hub: GitHubStandIn): RestRoute[] {
  const { git } = hub;
  const pullOf = (params: Record<string, string>) =>
    hub.pulls.find((pull) => pull.number === Number(params.pull_number ?? params.issue_number));
  const isOurs = (params: Record<string, string>) => params.owner === hub.owner && params.repo === hub.name;
  const pullBody = (pull: PullRequestRecord) => {
    const head = git.head(pull.head) ?? pull.headSha;
    const base = git.head(pull.base)!;
    const since = git.mergeBase(base, head);
    const changes = git.changes(since, head);
    const lines = changes.map((change) => git.lineCounts(since, head, change.path));
    return pullRequestResource(
      hub.fullName,
      pull,
      hub.user,
      { head, base },
      {
        commits: Number(git.git(['rev-list', '--count', `${since}..${head}`]).trim()),
        additions: lines.reduce((sum, line) => sum + line.additions, 0),
        deletions: lines.reduce((sum, line) => sum + line.deletions, 0),
        changedFiles: changes.length,
      },
    );
  };
  const touch = (pull: PullRequestRecord) => {
    pull.updatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  };

  return [
    route('GET', '/user', () => ({ status: 200, body: privateUser(hub.user) })),

    route('GET', '/repos/{owner}/{repo}/collaborators/{username}', (params) =>
      isOurs(params) && params.username === hub.user.login ? { status: 204 } : notFound,
    ),

    route('GET', '/repos/{owner}/{repo}/git/trees/{tree_sha}', (params, query) => {
      const commit = git.head(params.tree_sha!) ?? params.tree_sha!;
      if (!isOurs(params) || !git.kindOf(commit)) return notFound;
      if (query.get('recursive') === null) return { status: 422, body: errorBody('The stand-in lists trees recursively only') };
      const tree = git.treeOf(commit);
      const files = git.tree(commit).map((file) => ({
        path: file.path,
        mode: file.mode,
        type: 'blob',
        sha: file.sha,
        size: file.size,
        url: `https://api.github.com/repos/${hub.fullName}/git/blobs/${file.sha}`,
      }));
      return {
        status: 200,
        body: { sha: tree, url: `https://api.github.com/repos/${hub.fullName}/git/trees/${tree}`, tree: files, truncated: false },
      };
    }),

    route('GET', '/repos/{owner}/{repo}/git/blobs/{file_sha}', (params) => {
      if (!isOurs(params) || git.kindOf(params.file_sha!) !== 'blob') return notFound;
      // Asked for with `Accept: application/vnd.github.raw`: the bytes themselves.
      return { status: 200, body: git.blob(params.file_sha!), contentType: 'application/octet-stream' };
    }),

    route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', (params) => {
      const pull = pullOf(params);
      if (!isOurs(params) || !pull) return notFound;
      const head = git.head(pull.head) ?? pull.headSha;
      const since = git.mergeBase(git.head(pull.base)!, head);
      const statusNames = { A: 'added', M: 'modified', D: 'removed' } as const;
      const files = git.changes(since, head).map((change) => {
        const { additions, deletions } = git.lineCounts(since, head, change.path);
        const sha = git.fileOid(change.status === 'D' ? since : head, change.path)!;
        return {
          sha,
          filename: change.path,
          status: statusNames[change.status],
          additions,
          deletions,
          changes: additions + deletions,
          blob_url: `https://github.com/${hub.fullName}/blob/${head}/${change.path}`,
          raw_url: `https://github.com/${hub.fullName}/raw/${head}/${change.path}`,
          contents_url: `https://api.github.com/repos/${hub.fullName}/contents/${change.path}?ref=${head}`,
        };
      });
      return { status: 200, body: files };
    }),

    route('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', (params, _query, body) => {
      const branch = params.ref!.replace(/^heads\//, '');
      if (!isOurs(params) || !git.head(branch) || git.kindOf(String(body.sha)) !== 'commit')
        return { status: 422, body: errorBody('Reference does not exist') };
      git.setBranch(branch, String(body.sha));
      return { status: 200, body: gitRefResource(hub.fullName, branch, String(body.sha)) };
    }),

    route('DELETE', '/repos/{owner}/{repo}/git/refs/{ref}', (params) => {
      const branch = params.ref!.replace(/^heads\//, '');
      // GitHub documents this refusal without a body.
      if (!isOurs(params) || !git.head(branch)) return { status: 422 };
      git.deleteBranch(branch);
      return { status: 204 };
    }),

    route('GET', '/repos/{owner}/{repo}/issues/{issue_number}', (params) => {
      const pull = pullOf(params);
      return isOurs(params) && pull ? { status: 200, body: issueResource(hub.fullName, pull, hub.user) } : notFound;
    }),

    route('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', (params, _query, body) => {
      const pull = pullOf(params);
      if (!isOurs(params) || !pull) return notFound;
      if (Array.isArray(body.labels)) pull.labels = (body.labels as string[]).map(String);
      touch(pull);
      return { status: 200, body: issueResource(hub.fullName, pull, hub.user) };
    }),

    route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', (params, _query, body) => {
      const pull = pullOf(params);
      if (!isOurs(params) || !pull) return notFound;
      pull.labels = [...new Set([...pull.labels, ...(body.labels as string[])])];
      touch(pull);
      return { status: 200, body: pull.labels.map((name) => labelResource(hub.fullName, name)) };
    }),

    route('POST', '/repos/{owner}/{repo}/pulls', (params, _query, body) => {
      const head = String(body.head);
      const base = String(body.base);
      if (!isOurs(params) || !git.head(head) || !git.head(base)) return { status: 422, body: errorBody('Validation Failed') };
      if (hub.openPulls().some((pull) => pull.head === head))
        return { status: 422, body: errorBody(`A pull request already exists for ${hub.owner}:${head}.`) };
      const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      const pull: PullRequestRecord = {
        number: hub.pulls.length + 1,
        title: String(body.title),
        body: typeof body.body === 'string' ? body.body : '',
        head,
        base,
        state: 'open',
        draft: body.draft === true,
        labels: [],
        createdAt: now,
        updatedAt: now,
        mergedAt: null,
        mergeCommitSha: null,
        headSha: git.head(head)!,
      };
      hub.pulls.push(pull);
      return { status: 201, body: pullBody(pull) };
    }),

    route('PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}', (params, _query, body) => {
      const pull = pullOf(params);
      if (!isOurs(params) || !pull) return notFound;
      if (body.state === 'closed' || body.state === 'open') pull.state = body.state;
      if (typeof body.title === 'string') pull.title = body.title;
      pull.headSha = git.head(pull.head) ?? pull.headSha;
      touch(pull);
      return { status: 200, body: pullBody(pull) };
    }),

    route('PUT', '/repos/{owner}/{repo}/pulls/{pull_number}/merge', (params, _query, body) => {
      const pull = pullOf(params);
      if (!isOurs(params) || !pull || pull.state !== 'open') return notFound;
      if (body.merge_method !== 'merge')
        return { status: 405, body: errorBody(`The stand-in merges with merge commits only, not ${String(body.merge_method)}`) };
      const title = typeof body.commit_title === 'string' ? body.commit_title : `Merge pull request #${pull.number}`;
      pull.headSha = git.head(pull.head)!;
      const sha = git.merge(pull.base, pull.head, title, hub.author);
      if (!sha) return { status: 405, body: errorBody('Pull Request is not mergeable') };
      pull.state = 'closed';
      pull.mergedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      pull.mergeCommitSha = sha;
      touch(pull);
      return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
    }),
  ];
}
