#!/usr/bin/env bash
# Lighthouse CI (configured in lighthouserc.cjs) on the real content, built
# into dist-lighthouse/, or on LIGHTHOUSE_SITE, a build of it made already
# (.ci/run gives the one the end-to-end tests checked): writes every run's
# report and reports/lighthouse/summary.md, and fails when a score or a
# budget falls short. Installs what is missing first, like scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh

ensure_node
ensure_dependencies
ensure_chromium

if [ -z "${LIGHTHOUSE_SITE:-}" ]; then
  echo '— Build the site for Lighthouse (dist-lighthouse/)'
  OUT_DIR=dist-lighthouse SITE_URL=http://localhost npx astro build >/dev/null
fi
rm -rf .lighthouseci reports/lighthouse

# lighthouserc.cjs reads the page list and the Chromium path from .ts files.
export NODE_OPTIONS="--experimental-strip-types --no-warnings=ExperimentalWarning ${NODE_OPTIONS:-}"
npx lhci collect
npx lhci upload
status=0
npx lhci assert || status=$?
node scripts/lighthouse-summary.ts
exit "$status"
