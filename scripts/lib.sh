# Shared by scripts/serve and scripts/test: install what is missing, quickly when all is there.
# Every tool comes from crates.io, npm or Debian; nothing is downloaded from anywhere else.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
# One build cache per machine, shared by every checkout: a fresh clone on a machine that
# has built Eigenplay before compiles only what changed. Set CARGO_TARGET_DIR to override.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/eigenplay/target}"

TRUNK_SERIES="0.21"
# The wasm-bindgen CLI must be the very version the crate is pinned to with `=`.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

need_cmd() { command -v "$1" >/dev/null 2>&1; }

ensure_rust_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown Rust target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q "trunk ${TRUNK_SERIES}\."; then
    say "Installing trunk ~${TRUNK_SERIES} (Trunk 0.22 needs a newer rustc)"
    cargo install trunk --version "~${TRUNK_SERIES}" --locked
  fi
}

ensure_wasm_bindgen() {
  if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}\b"; then
    say "Installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION}, equal to the pinned crate"
    # --locked may name a crate the registry no longer has; without it the install works.
    cargo install wasm-bindgen-cli --version "=${WASM_BINDGEN_VERSION}" --force
  fi
}

# npm packages: a current wasm-opt (binaryen), terser, csso and html-minifier-terser for the release build; Playwright and axe-core for the tests.
ensure_npm_packages() {
  local stamp="node_modules/.eigenplay-lock"
  if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
    say "Installing npm packages (binaryen's wasm-opt, terser, csso, html-minifier-terser, Playwright, axe-core)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json "$stamp"
  fi
}

# Debian packages the tests need: Chromium and its driver, and lavapipe for native wgpu.
ensure_debian_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  ls /usr/share/vulkan/icd.d/lvp_icd.*.json >/dev/null 2>&1 || missing+=(mesa-vulkan-drivers)
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
  fi
}

ensure_build_tools() {
  ensure_rust_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_npm_packages
}

build_release_site() {
  say "Building the release site into dist/"
  trunk build --release
}
