#!/usr/bin/env bash
# Every test: the layers, types, lint and format, unit tests, then the built sites in Chromium.
# Installs what is missing first, so it runs on a fresh machine, and prints
# how long each phase took at the end, whether it passed or not.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
. scripts/lib/phases.sh

# astro check and ESLint each keep about one core busy: they run side by side,
# each one's output printed once it ends. Both read the types `astro sync`
# writes into .astro/, so it runs first, and astro check does not write them again.
types_and_lint() {
  npx astro sync >/dev/null
  local types lint status=0
  types=$(mktemp)
  lint=$(mktemp)
  npx astro check --noSync >"$types" 2>&1 &
  local checking=$!
  { npx eslint . && npx prettier --check .; } >"$lint" 2>&1 &
  local linting=$!
  wait "$checking" || status=1
  cat "$types"
  wait "$linting" || status=1
  cat "$lint"
  rm -f "$types" "$lint"
  return "$status"
}

phase 'Set-up (Node.js, npm packages, Chromium)' eval 'ensure_node && ensure_dependencies && ensure_chromium'
phase 'Layers, one way (dependency-cruiser)' npx depcruise --output-type err-long src scripts bench astro.config.mjs
phase 'Types, lint and format (astro check; ESLint, Prettier)' types_and_lint
phase 'Unit and build tests (Vitest)' npx vitest run
phase 'Build the sites under test' npm run build:e2e
phase 'End-to-end tests (Playwright, Chromium)' npx playwright test
