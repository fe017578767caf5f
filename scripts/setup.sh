# Shared set-up steps for scripts/start.sh, scripts/test.sh and .ci/run.
# Source it (". scripts/setup.sh"); each function installs only what is missing.

NODE_MAJOR_MIN=22
NODE_MAJOR=24

# Astro asks to collect usage data; builds here and in CI send nothing.
export ASTRO_TELEMETRY_DISABLED=1

# Node.js 22.12+ (the project targets 24 LTS). An older or missing Node.js is
# replaced, for this shell only, by Node.js 24 from the npm registry package
# that ships its binary, installed once under ~/.node24.
ensure_node() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if [ "$major" -ge "$NODE_MAJOR_MIN" ]; then return; fi
  local os arch package prefix="${NODE24_PREFIX:-$HOME/.node24}"
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) os=unsupported ;; esac
  case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) arch=unsupported ;; esac
  package="node-$os-$arch"
  if [ ! -x "$prefix/node_modules/$package/bin/node" ]; then
    command -v npm >/dev/null || { echo "Node.js $NODE_MAJOR_MIN+ is needed: install Node.js $NODE_MAJOR (see .nvmrc)." >&2; exit 1; }
    echo "Node.js ${major} is too old; installing Node.js $NODE_MAJOR into $prefix…"
    npm install --no-save --prefix "$prefix" "$package@$NODE_MAJOR" >/dev/null
  fi
  export PATH="$prefix/node_modules/$package/bin:$PATH"
}

# The project's npm dependencies, exactly as locked. Once done, the scripts
# this shell starts (npm test, npm run lighthouse in .ci/run) skip it.
ensure_dependencies() {
  if [ -n "${DEPENDENCIES_READY:-}" ]; then return; fi
  if [ -n "${CI:-}" ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
  export DEPENDENCIES_READY=1
}

# A Chromium for Playwright. Playwright cannot download its own browser on
# every machine (ours reach only the npm registry and Debian's packages), so
# the system one is preferred: CHROMIUM_PATH, else /usr/bin/chromium, which is
# installed from Debian's packages on Debian. Elsewhere (Ubuntu's chromium is
# a snap wrapper, macOS has none) Playwright downloads its own.
ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return; fi
  if [ -x /usr/bin/chromium ]; then return; fi
  local sudo=''
  [ "$(id -u)" -eq 0 ] || sudo='sudo'
  if grep -qs '^ID=debian' /etc/os-release && command -v apt-get >/dev/null && { [ -z "$sudo" ] || command -v sudo >/dev/null; }; then
    echo "Installing Chromium from Debian's packages…"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  else
    echo "No system Chromium: installing Playwright's own."
    npx playwright install --with-deps chromium
  fi
}
