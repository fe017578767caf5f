#!/usr/bin/env bash
# Every test: types, unit tests, then the built sites in Chromium.
# Installs what is missing first, so it runs on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh

ensure_node
ensure_dependencies
ensure_chromium

echo '— Types (astro check)'
npx astro check
echo '— Unit tests (Vitest)'
npx vitest run
echo '— Build the sites under test'
npm run build:e2e
echo '— End-to-end tests (Playwright, Chromium)'
npx playwright test
