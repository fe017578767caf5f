#!/usr/bin/env bash
# Every test: the layers, types, lint and format, unit tests, then the built sites in Chromium.
# Installs what is missing first, so it runs on a fresh machine, and prints
# how long each phase took at the end, whether it passed or not.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
. scripts/lib/phases.sh

phase 'Set-up (Node.js, npm packages, Chromium)' eval 'ensure_node && ensure_dependencies && ensure_chromium'
phase 'Layers, one way (dependency-cruiser)' npx depcruise --output-type err-long src scripts bench astro.config.mjs
phase 'Types (astro check)' npx astro check
phase 'Lint and format (ESLint, Prettier)' eval 'npx eslint . && npx prettier --check .'
phase 'Unit and build tests (Vitest)' npx vitest run
phase 'Build the sites under test' npm run build:e2e
phase 'End-to-end tests (Playwright, Chromium)' npx playwright test
