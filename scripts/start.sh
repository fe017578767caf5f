#!/usr/bin/env bash
# Installs what is missing, builds the site and serves it at http://localhost:4321/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh

ensure_node
ensure_dependencies
npx astro build
echo "Serving the built site at http://localhost:4321/ (Ctrl+C to stop)"
npx astro preview --port 4321
