import { GitHubGraphQLError } from './graphql-api.ts';
import type { GitCommit } from './git-repository.ts';
import { nodeId, type PullRequestRecord } from './resources.ts';
import type { GitHubStandIn } from './stand-in.ts';

/**
 * The objects GitHub's GraphQL schema is resolved from, backed by the
 * stand-in's Git repository: each field a property or a method taking the
 * field's arguments (graphql-api.ts reads them). Only the fields Sveltia CMS
 * was seen to ask for exist; any other fails the test, named.
 */

type Args = Record<string, unknown>;

const REPOSITORY_ID = 'R_standin';

const commitMessageOf = (message: { headline: string; body?: string }) =>
  message.body ? `${message.headline}\n\n${message.body}` : message.headline;

export function graphqlRoot(hub: GitHubStandIn): Record<string, unknown> {
  const { git } = hub;

  const blob = (oid: string) => ({ __typename: 'Blob', oid, text: git.blob(oid).toString('utf8'), isTruncated: false });

  const commitObject = (commit: GitCommit) => ({
    __typename: 'Commit',
    oid: commit.oid,
    message: commit.message,
    committedDate: commit.committedDate,
    author: {
      name: commit.authorName,
      email: commit.authorEmail,
      avatarUrl: `https://avatars.githubusercontent.com/u/${hub.user.id}?v=4`,
      user: commit.authorEmail === hub.user.email ? { login: hub.user.login, databaseId: hub.user.id } : null,
    },
    history: ({ first, path }: Args) => ({
      nodes: git
        .history(commit.oid, { first: Number(first ?? 100), ...(typeof path === 'string' && path ? { path } : {}) })
        .map(commitObject),
    }),
    // No checks, statuses or deployments: the editor shows none.
    status: null,
    deployments: () => ({ nodes: [] }),
    checkSuites: () => ({ nodes: [] }),
    file: ({ path }: Args) => {
      const oid = git.fileOid(commit.oid, String(path));
      return oid ? { oid } : null;
    },
  });

  const commitByOid = (oid: string) => commitObject(git.history(oid, { first: 1 })[0]!);

  const refObject = (branch: string) => {
    const oid = git.head(branch);
    return oid ? { name: branch, target: commitByOid(oid) } : null;
  };

  const pullRequestObject = (pull: PullRequestRecord) => {
    const head = git.head(pull.head) ?? pull.headSha;
    const base = git.mergeBase(git.head(pull.base)!, head);
    const changeTypes = { A: 'ADDED', M: 'MODIFIED', D: 'DELETED' } as const;
    return {
      id: nodeId('PullRequest', pull.number),
      number: pull.number,
      title: pull.title,
      url: `https://github.com/${hub.fullName}/pull/${pull.number}`,
      isDraft: pull.draft,
      isCrossRepository: false,
      createdAt: pull.createdAt,
      updatedAt: pull.updatedAt,
      headRefName: pull.head,
      headRefOid: head,
      author: {
        __typename: 'User',
        login: hub.user.login,
        avatarUrl: `https://avatars.githubusercontent.com/u/${hub.user.id}?v=4`,
        name: hub.user.name,
        email: hub.user.email,
        databaseId: hub.user.id,
      },
      labels: ({ first }: Args) => ({ nodes: pull.labels.slice(0, Number(first)).map((name) => ({ name })) }),
      files: ({ first }: Args) => ({
        nodes: git
          .changes(base, head)
          .slice(0, Number(first))
          .map((change) => ({ path: change.path, changeType: changeTypes[change.status] })),
      }),
    };
  };

  const repositoryObject = {
    id: REPOSITORY_ID,
    defaultBranchRef: { name: 'main' },
    ref: ({ qualifiedName }: Args) => refObject(String(qualifiedName).replace(/^refs\/heads\//, '')),
    object: ({ oid }: Args) => {
      const kind = git.kindOf(String(oid));
      if (kind === 'blob') return blob(String(oid));
      if (kind === 'commit') return commitByOid(String(oid));
      return null;
    },
    pullRequests: ({ states, labels, headRefName, first }: Args) => {
      const matching = hub.pulls
        .filter((pull) => !states || (states as string[]).includes(pull.state.toUpperCase()))
        .filter((pull) => !labels || pull.labels.some((label) => (labels as string[]).includes(label)))
        .filter((pull) => !headRefName || pull.head === headRefName)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { totalCount: matching.length, nodes: matching.slice(0, Number(first ?? 100)).map(pullRequestObject) };
    },
  };

  const pullByNodeId = (id: unknown) => {
    const pull = hub.pulls.find((candidate) => nodeId('PullRequest', candidate.number) === id);
    if (!pull) throw new GitHubGraphQLError(`Could not resolve to a node with the global id of '${String(id)}'`, 'NOT_FOUND');
    return pull;
  };

  return {
    repository: ({ owner, name }: Args) => {
      if (owner !== hub.owner || name !== hub.name)
        throw new GitHubGraphQLError(`Could not resolve to a Repository with the name '${String(owner)}/${String(name)}'.`, 'NOT_FOUND');
      return repositoryObject;
    },

    createCommitOnBranch: ({ input }: Args) => {
      const { branch, expectedHeadOid, fileChanges, message } = input as {
        branch: { repositoryNameWithOwner: string; branchName: string };
        expectedHeadOid: string;
        fileChanges?: { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] };
        message: { headline: string; body?: string };
      };
      if (branch.repositoryNameWithOwner !== hub.fullName)
        throw new GitHubGraphQLError(`Could not resolve to a Repository with the name '${branch.repositoryNameWithOwner}'.`, 'NOT_FOUND');
      const head = git.head(branch.branchName);
      if (!head) throw new GitHubGraphQLError(`A ref named "refs/heads/${branch.branchName}" does not exist.`, 'NOT_FOUND');
      if (head !== expectedHeadOid)
        throw new GitHubGraphQLError(`Expected branch to point to "${expectedHeadOid}" but it did not. Pull and try again.`, 'STALE_DATA');
      const oid = git.commit({
        branch: branch.branchName,
        parent: head,
        additions: (fileChanges?.additions ?? []).map(({ path, contents }) => ({ path, data: Buffer.from(contents, 'base64') })),
        deletions: (fileChanges?.deletions ?? []).map(({ path }) => path),
        message: commitMessageOf(message),
        author: hub.author,
      });
      return { commit: commitByOid(oid) };
    },

    createRef: ({ input }: Args) => {
      const { repositoryId, name, oid } = input as { repositoryId: string; name: string; oid: string };
      if (repositoryId !== REPOSITORY_ID)
        throw new GitHubGraphQLError(`Could not resolve to a node with the global id of '${repositoryId}'`, 'NOT_FOUND');
      const branch = name.replace(/^refs\/heads\//, '');
      if (git.head(branch)) throw new GitHubGraphQLError(`A ref named "${name}" already exists in the repository.`, 'UNPROCESSABLE');
      git.setBranch(branch, oid);
      return { ref: { name: branch } };
    },

    convertPullRequestToDraft: ({ input }: Args) => {
      const pull = pullByNodeId((input as Args).pullRequestId);
      pull.draft = true;
      return { pullRequest: { isDraft: true } };
    },

    markPullRequestReadyForReview: ({ input }: Args) => {
      const pull = pullByNodeId((input as Args).pullRequestId);
      pull.draft = false;
      return { pullRequest: { isDraft: false } };
    },
  };
}
