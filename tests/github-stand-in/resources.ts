/**
 * The REST resources the stand-in answers with, in GitHub's shapes: every
 * field its OpenAPI description requires, URLs built as GitHub builds them.
 * rest-contract.ts checks each response against that description.
 */

const API = 'https://api.github.com';
const WEB = 'https://github.com';
const CREATED = '2026-01-05T09:00:00Z';

/** A user of the stand-in: the signed-in editor. */
export interface StandInUser {
  id: number;
  login: string;
  name: string;
  email: string;
}

/** A pull request the stand-in keeps. */
export interface PullRequestRecord {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
  draft: boolean;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  /** The head commit when it was merged or closed, after which its branch may go. */
  headSha: string;
}

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64');
}

export function simpleUser(user: StandInUser) {
  const url = `${API}/users/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId('User', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${WEB}/${user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: 'User',
    site_admin: false,
  };
}

/** `GET /user` for the token's owner: GitHub's private profile. */
export function privateUser(user: StandInUser) {
  return {
    ...simpleUser(user),
    user_view_type: 'private',
    name: user.name,
    company: null,
    blog: '',
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: CREATED,
    updated_at: CREATED,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

export function repositoryResource(fullName: string, owner: StandInUser, defaultBranch: string) {
  const url = `${API}/repos/${fullName}`;
  const html = `${WEB}/${fullName}`;
  const urls = Object.fromEntries(
    (
      [
        ['archive_url', '/{archive_format}{/ref}'],
        ['assignees_url', '/assignees{/user}'],
        ['blobs_url', '/git/blobs{/sha}'],
        ['branches_url', '/branches{/branch}'],
        ['collaborators_url', '/collaborators{/collaborator}'],
        ['comments_url', '/comments{/number}'],
        ['commits_url', '/commits{/sha}'],
        ['compare_url', '/compare/{base}...{head}'],
        ['contents_url', '/contents/{+path}'],
        ['contributors_url', '/contributors'],
        ['deployments_url', '/deployments'],
        ['downloads_url', '/downloads'],
        ['events_url', '/events'],
        ['forks_url', '/forks'],
        ['git_commits_url', '/git/commits{/sha}'],
        ['git_refs_url', '/git/refs{/sha}'],
        ['git_tags_url', '/git/tags{/sha}'],
        ['hooks_url', '/hooks'],
        ['issue_comment_url', '/issues/comments{/number}'],
        ['issue_events_url', '/issues/events{/number}'],
        ['issues_url', '/issues{/number}'],
        ['keys_url', '/keys{/key_id}'],
        ['labels_url', '/labels{/name}'],
        ['languages_url', '/languages'],
        ['merges_url', '/merges'],
        ['milestones_url', '/milestones{/number}'],
        ['notifications_url', '/notifications{?since,all,participating}'],
        ['pulls_url', '/pulls{/number}'],
        ['releases_url', '/releases{/id}'],
        ['stargazers_url', '/stargazers'],
        ['statuses_url', '/statuses/{sha}'],
        ['subscribers_url', '/subscribers'],
        ['subscription_url', '/subscription'],
        ['tags_url', '/tags'],
        ['teams_url', '/teams'],
        ['trees_url', '/git/trees{/sha}'],
      ] as const
    ).map(([name, suffix]) => [name, `${url}${suffix}`]),
  );
  return {
    id: 1,
    node_id: nodeId('Repository', fullName),
    name: fullName.split('/')[1]!,
    full_name: fullName,
    owner: simpleUser(owner),
    private: true,
    html_url: html,
    description: null,
    fork: false,
    url,
    ...urls,
    clone_url: `${html}.git`,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: 'MDX',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    default_branch: defaultBranch,
    open_issues: 0,
    open_issues_count: 0,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: CREATED,
    created_at: CREATED,
    updated_at: CREATED,
  };
}

export function labelResource(fullName: string, name: string) {
  return {
    id: [...name].reduce((sum, character) => sum * 31 + character.charCodeAt(0), 7) % 1_000_000,
    node_id: nodeId('Label', name),
    url: `${API}/repos/${fullName}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

export function issueResource(fullName: string, pull: PullRequestRecord, author: StandInUser) {
  const url = `${API}/repos/${fullName}/issues/${pull.number}`;
  return {
    id: pull.number,
    node_id: nodeId('PullRequest', pull.number),
    url,
    repository_url: `${API}/repos/${fullName}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${WEB}/${fullName}/pull/${pull.number}`,
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    user: simpleUser(author),
    labels: pull.labels.map((name) => labelResource(fullName, name)),
    assignee: null,
    milestone: null,
    locked: false,
    comments: 0,
    pull_request: {
      url: `${API}/repos/${fullName}/pulls/${pull.number}`,
      html_url: `${WEB}/${fullName}/pull/${pull.number}`,
      diff_url: `${WEB}/${fullName}/pull/${pull.number}.diff`,
      patch_url: `${WEB}/${fullName}/pull/${pull.number}.patch`,
      merged_at: pull.mergedAt,
    },
    closed_at: pull.state === 'closed' ? pull.updatedAt : null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    author_association: 'OWNER',
  };
}

export function pullRequestResource(
  fullName: string,
  pull: PullRequestRecord,
  author: StandInUser,
  shas: { head: string; base: string },
  counts: { commits: number; additions: number; deletions: number; changedFiles: number },
) {
  const url = `${API}/repos/${fullName}/pulls/${pull.number}`;
  const html = `${WEB}/${fullName}/pull/${pull.number}`;
  const issue = `${API}/repos/${fullName}/issues/${pull.number}`;
  const repository = repositoryResource(fullName, author, pull.base);
  const owner = fullName.split('/')[0]!;
  return {
    url,
    id: pull.number,
    node_id: nodeId('PullRequest', pull.number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${API}/repos/${fullName}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${API}/repos/${fullName}/statuses/${shas.head}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: simpleUser(author),
    body: pull.body,
    labels: pull.labels.map((name) => labelResource(fullName, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.state === 'closed' ? pull.updatedAt : null,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${owner}:${pull.head}`, ref: pull.head, sha: shas.head, user: simpleUser(author), repo: repository },
    base: { label: `${owner}:${pull.base}`, ref: pull.base, sha: shas.base, user: simpleUser(author), repo: repository },
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${API}/repos/${fullName}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${API}/repos/${fullName}/statuses/${shas.head}` },
    },
    author_association: 'OWNER',
    auto_merge: null,
    draft: pull.draft,
    merged: pull.mergedAt !== null,
    mergeable: pull.state === 'open' ? true : null,
    rebaseable: null,
    mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
    merged_by: pull.mergedAt ? simpleUser(author) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: counts.commits,
    additions: counts.additions,
    deletions: counts.deletions,
    changed_files: counts.changedFiles,
  };
}

export function gitRefResource(fullName: string, branch: string, sha: string) {
  return {
    ref: `refs/heads/${branch}`,
    node_id: nodeId('Ref', branch),
    url: `${API}/repos/${fullName}/git/refs/heads/${branch}`,
    object: { type: 'commit', sha, url: `${API}/repos/${fullName}/git/commits/${sha}` },
  };
}

/** GitHub's error body: `{ message, documentation_url }`. */
export function errorBody(message: string) {
  return { message, documentation_url: 'https://docs.github.com/rest' };
}
