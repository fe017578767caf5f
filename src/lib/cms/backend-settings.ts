/** Where the web editor reads and writes the content: a GitHub repository and its branch. */
export interface CmsBackendSettings {
  /** `owner/name`, when known. */
  repository?: string;
  branch: string;
  /** The OAuth helper's address (a sveltia-cms-auth worker), for the "Se connecter avec GitHub" button. */
  authUrl?: string;
}

/**
 * Reads `CMS_REPOSITORY`, `CMS_BRANCH` and `CMS_AUTH_URL`; the repository
 * defaults to the one the host builds (GitHub Actions' `GITHUB_REPOSITORY`,
 * Netlify's `REPOSITORY_URL`), then to the one the build's clone was made
 * from (`gitRemote`, the address of its `origin`), when it is on GitHub.
 */
export function cmsBackendSettings(env: Record<string, string | undefined>, gitRemote?: string): CmsBackendSettings {
  const repository = env.CMS_REPOSITORY || env.GITHUB_REPOSITORY || githubRepositoryOf(env.REPOSITORY_URL) || githubRepositoryOf(gitRemote);
  return {
    ...(repository ? { repository } : {}),
    branch: env.CMS_BRANCH || 'main',
    ...(env.CMS_AUTH_URL ? { authUrl: env.CMS_AUTH_URL } : {}),
  };
}

/**
 * `owner/name` of a GitHub repository address (`https://github.com/owner/name`,
 * `git@github.com:owner/name.git`, `ssh://git@github.com/owner/name`); none
 * for an address elsewhere.
 */
function githubRepositoryOf(url: string | undefined): string | undefined {
  return url ? /(?:^|[@/])github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url.trim())?.[1] : undefined;
}
