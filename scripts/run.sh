#!/usr/bin/env bash
# Runs a command on Node.js 22+ (see ensure_node in setup.sh): every npm
# script goes through it, so each works on a machine whose Node.js is older.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
ensure_node >&2
exec "$@"
