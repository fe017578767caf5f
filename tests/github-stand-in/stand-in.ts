import type { BrowserContext, Route } from '@playwright/test';
import { GitRepository } from './git-repository.ts';
import { GitHubGraphQLError, runGraphQL, type GraphQLRequest } from './graphql-api.ts';
import { graphqlRoot } from './graphql-root.ts';
import { restRoutes, type RestResponse } from './rest-api.ts';
import { checkRestResponse } from './rest-contract.ts';
import type { PullRequestRecord, StandInUser } from './resources.ts';

/** What the stand-in is started with. */
export interface StandInOptions {
  /** Where its Git repository lives on disk (emptied first). */
  dir: string;
  /** `owner/name`, as the built /admin/ is configured with (CMS_REPOSITORY). */
  repository: string;
  /** The files `main` starts with, by path from the repository's root. */
  files: Record<string, string | Buffer>;
  /** The personal access token that signs in; any other is refused as GitHub refuses it. */
  token: string;
  user: StandInUser;
}

/** A call the stand-in received: `GET /user`, `POST /graphql createCommitOnBranch`… */
export interface StandInCall {
  method: string;
  path: string;
  status: number;
  /** For GraphQL: the root fields asked for. */
  fields?: string[];
}

const API = 'https://api.github.com';
const AVATARS = 'https://avatars.githubusercontent.com';
/** A 1 × 1 transparent PNG: the user's avatar. */
const AVATAR = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/**
 * GitHub, as far as the web editor uses it, for tests: the REST and GraphQL
 * calls Sveltia CMS makes to sign in with a token, read the tree and the
 * files, commit, branch, open, label, update and merge pull requests,
 * answered from a real Git repository on disk. Every REST response is
 * checked against GitHub's OpenAPI description and every GraphQL query run
 * against GitHub's schema; a call it does not implement, or an answer
 * that breaks the contract, is recorded in `problems`, which a test must
 * find empty.
 */
export class GitHubStandIn {
  readonly git: GitRepository;
  readonly owner: string;
  readonly name: string;
  readonly user: StandInUser;
  readonly pulls: PullRequestRecord[] = [];
  readonly calls: StandInCall[] = [];
  readonly problems: string[] = [];
  private readonly token: string;

  constructor(options: StandInOptions) {
    [this.owner, this.name] = options.repository.split('/') as [string, string];
    this.user = options.user;
    this.token = options.token;
    this.git = new GitRepository(options.dir, options.files, this.author);
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /** The signed-in editor, as a commit's author. */
  get author(): { name: string; email: string } {
    return { name: this.user.name, email: this.user.email };
  }

  /** The open pull requests. */
  openPulls(): PullRequestRecord[] {
    return this.pulls.filter((pull) => pull.state === 'open');
  }

  /**
   * Answers the browser's calls to GitHub in `context` (they never leave
   * the machine): its API, and the avatar the editor shows for the user.
   */
  async route(context: BrowserContext): Promise<void> {
    await context.route(`${API}/**`, (route) => this.answer(route));
    await context.route(`${AVATARS}/**`, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: AVATAR }));
  }

  private async answer(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    const response = await this.handle(request.method(), url, request.headers().authorization, request.postData());
    await route.fulfill({
      status: response.status,
      headers: {
        'access-control-allow-origin': '*',
        'content-type': response.contentType ?? 'application/json; charset=utf-8',
      },
      body: response.body === undefined ? '' : Buffer.isBuffer(response.body) ? response.body : JSON.stringify(response.body),
    });
  }

  /** Answers one call; public for the unit tests, which call it without a browser. */
  async handle(method: string, url: URL, authorization: string | undefined, body: string | null): Promise<RestResponse> {
    if (authorization !== `token ${this.token}` && authorization !== `Bearer ${this.token}`) {
      // Signing in asks for the user first; nothing else may be asked without the token.
      if (url.pathname !== '/user') this.problems.push(`${method} ${url.pathname} asked without the signed-in token`);
      return this.record('GET', '/user', 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    if (url.pathname === '/graphql' && method === 'POST') return this.graphql(JSON.parse(body ?? '{}') as GraphQLRequest);
    for (const route of restRoutes(this)) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      // GitHub decodes the path: a branch named `cms/a%2Fb` is asked for as `cms/a%252Fb`.
      const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]));
      const response = await route.answer(params, url.searchParams, body ? (JSON.parse(body) as Record<string, unknown>) : {});
      return this.record(method, route.path, response.status, response.body, response);
    }
    this.problems.push(`the GitHub stand-in does not implement ${method} ${url.pathname}${url.search}`);
    return { status: 501, body: { message: `Not implemented by the stand-in: ${method} ${url.pathname}`, documentation_url: '' } };
  }

  /** Logs a REST answer and checks it against GitHub's description of the operation. */
  private record(method: string, path: string, status: number, body: unknown, response?: RestResponse): RestResponse {
    this.calls.push({ method, path, status });
    try {
      checkRestResponse(method, path, status, body, !response?.contentType);
    } catch (error) {
      this.problems.push((error as Error).message);
    }
    return response ?? { status, body };
  }

  private async graphql(request: GraphQLRequest): Promise<RestResponse> {
    try {
      const { body, notImplemented } = await runGraphQL(request, graphqlRoot(this));
      this.problems.push(...notImplemented);
      const fields = Object.keys((body.data as Record<string, unknown> | undefined) ?? {});
      this.calls.push({ method: 'POST', path: '/graphql', status: 200, fields });
      return { status: 200, body };
    } catch (error) {
      this.problems.push((error as Error).message);
      return { status: 400, body: { message: (error as Error).message, documentation_url: '' } };
    }
  }
}

export { GitHubGraphQLError };
