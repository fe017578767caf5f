/**
 * Builds every site the end-to-end tests run against (tests/e2e/sites.ts),
 * each from its content folder, for the origin it is served at (or, for
 * the published site, its public one).
 */
import { execFileSync } from 'node:child_process';
import { siteUrlOf, sites } from '../tests/e2e/sites.ts';

for (const site of sites) {
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
    },
  });
}
