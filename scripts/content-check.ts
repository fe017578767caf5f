/**
 * `npm run content-check`: the check `npm run build` runs first
 * (src/integrations/content-check.ts), on its own, without building: every
 * problem in the content, in the editor's language, and a failure status
 * while there is one. On GitHub Actions, each problem is also an annotation
 * on its line of the pull request, and the run's summary lists them all.
 *
 *   npm run content-check
 *   npm run content-check -- --lang en
 */
import { describeProblems } from '../src/lib/content/content-error.ts';
import { checkContent } from '../src/lib/check/index.ts';
import { readPublishedAddresses } from '../src/lib/check/published-addresses.ts';
import { siteSettings } from '../src/lib/settings.ts';
import { runCommand } from './lib/cli.ts';
import { onGitHubActions, reportToGitHub } from './lib/github-actions.ts';

await runCommand({ name: 'content-check', help: 'contentCheck.help', options: {}, langOption: true }, async ({ t }) => {
  const { contentDir, basePath, publishedAddresses, cacheDir } = siteSettings(process.env);
  // The folder and base path astro.config.mjs gives the build's check; `public/` is Astro's folder of files served as they are.
  // The addresses to keep too, when PUBLISHED_ADDRESSES names them, as for the build.
  const published = publishedAddresses ? readPublishedAddresses(publishedAddresses, basePath) : undefined;
  // The build's cache of readings too, so that a check before a build spares the build reading the pages again, and the other way round.
  const { problems } = await checkContent({
    contentDir,
    publicDir: 'public',
    base: basePath,
    published,
    cacheDir,
  });
  process.stdout.write(problems.length > 0 ? describeProblems(problems, t, 'found') : `${t('contentCheck.ok')}\n`);
  if (onGitHubActions(process.env)) reportToGitHub(problems, t, process.env);
  if (problems.length > 0) process.exitCode = 1;
});
