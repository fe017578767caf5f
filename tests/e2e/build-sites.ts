/**
 * Builds every site the end-to-end tests run against (tests/e2e/sites.ts),
 * each from its content folder, for the origin it is served at (or, for the
 * published site, its public one).
 *
 * One after another: Astro writes the module map of the content folder it
 * builds into the project's `.astro/` folder, which no option moves, so two
 * builds at once of different content folders break each other (tried: the
 * fixture build failed with UnknownContentCollectionError).
 */
import { execFileSync } from 'node:child_process';
import { writeLargeFixture } from './large-fixture.ts';
import { builtSites, largeSite, siteUrlOf } from './sites.ts';

/**
 * What a build sees outside any clone, where no host names the repository
 * (src/lib/cms/backend-settings.ts): GIT_DIR leads git to no repository.
 */
const NO_REPOSITORY = { CMS_REPOSITORY: '', GITHUB_REPOSITORY: '', REPOSITORY_URL: '', GIT_DIR: '/nonexistent' };

for (const site of builtSites) {
  if (site === largeSite) await writeLargeFixture(site.contentDir);
  const started = performance.now();
  console.log(`Building ${site.name} (${site.contentDir}) into ${site.outDir}`);
  execFileSync('npx', ['astro', 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: site.contentDir,
      OUT_DIR: site.outDir,
      SITE_URL: siteUrlOf(site),
      BASE_PATH: site.basePath,
      ...(site.withoutRepository ? NO_REPOSITORY : {}),
      // The addresses the live site published last (the deploy workflow fetches its sitemap) are
      // those of the site published from this build; the test sites have addresses of their own.
      PUBLISHED_ADDRESSES: site.name === 'published' ? (process.env.PUBLISHED_ADDRESSES ?? '') : '',
      ...(site.cmsRepository ? { CMS_REPOSITORY: site.cmsRepository } : {}),
    },
  });
  console.log(`Built ${site.name} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
