#!/usr/bin/env bash
# The content path: what a push to main that changes only content/ (pages,
# data files, media) passes before it is published, in a few minutes instead
# of every test. The content check; one build of the site for its public
# address (SITE_URL, BASE_PATH) into E2E_PUBLISHED_DIR (dist/ unless set);
# then the checks of that built site in Chromium: every page served, in its
# language, with working links (pages.spec.ts), its budgets (budgets.spec.ts),
# valid HTML (html-validity.spec.ts), and axe on the pages that changed
# (accessibility.spec.ts). That folder is what the deploy workflow publishes.
#
# Usage: npm run test:content [-- SINCE]. The pages that changed are those of
# the content files git sees changed since the commit SINCE (in CI, the
# commit the push started from; here, by default, the one before HEAD), and
# in the working tree; tests/e2e/sites.ts finds their addresses through the
# resolver. Prints how long each phase took at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
. scripts/lib/phases.sh

since=${1:-HEAD~1}
export E2E_CONTENT_PATH=1
export E2E_PUBLISHED_DIR=${E2E_PUBLISHED_DIR:-dist}
E2E_CHANGED_FILES=$(git diff --name-only --no-renames "$since" -- content/)
export E2E_CHANGED_FILES
echo "Content changed since ${since}:"
echo "${E2E_CHANGED_FILES:-(none)}" | sed 's/^/  /'

phase 'Set-up (Node.js, npm packages, Chromium)' eval 'ensure_node && ensure_dependencies && ensure_chromium'
phase 'Content check' node --experimental-strip-types --no-warnings=ExperimentalWarning scripts/content-check.ts
phase "Build the site into $E2E_PUBLISHED_DIR/" npm run build:e2e
phase 'Its pages, budgets, HTML, axe (Playwright)' npx playwright test \
  tests/e2e/pages.spec.ts tests/e2e/budgets.spec.ts tests/e2e/html-validity.spec.ts tests/e2e/accessibility.spec.ts
