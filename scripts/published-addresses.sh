#!/usr/bin/env bash
# The addresses the live site published last, for the build to keep: the deploy
# workflow runs this on main before the build, which then stops, naming the
# address and the line to add to content/redirections.yaml, if one would vanish
# (src/lib/check/redirections.ts). It fetches the live site's sitemap
# (SITE_URL and BASE_PATH, as the build gets them) and names it in
# PUBLISHED_ADDRESSES for the next steps. A site not published yet has no
# sitemap: then there is nothing to keep, and the run says so.
set -euo pipefail

url="${SITE_URL%/}${BASE_PATH%/}/sitemap.xml"
file="${RUNNER_TEMP:-/tmp}/published-sitemap.xml"
if curl --fail --silent --show-error --location --max-time 60 --output "$file" "$url"; then
  echo "PUBLISHED_ADDRESSES=$file" >>"${GITHUB_ENV:-/dev/null}"
  echo "The addresses published last: $url"
else
  echo "::warning::No sitemap at $url (is the site published yet?): this build cannot check that the published addresses are kept."
fi
