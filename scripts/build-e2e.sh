#!/usr/bin/env bash
# Builds the two sites the end-to-end tests run against (see playwright.config.ts):
# the real content and the fixture content, each with the URL it is served at.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
SITE_URL=http://localhost:4400 OUT_DIR=dist-e2e/site npx astro build
SITE_URL=http://localhost:4401 OUT_DIR=dist-e2e/fixture CONTENT_DIR=tests/fixtures/content npx astro build
