# Sourced by the other scripts: puts the project's tools on PATH.
# shellcheck shell=bash
WAYMARK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export WAYMARK_ROOT
export PATH="$HOME/.cargo/bin:$WAYMARK_ROOT/.tools/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
# Versions pinned in one place; scripts/setup installs exactly these.
export WAYMARK_TRUNK_VERSION=0.21.14
export WAYMARK_BINARYEN_VERSION=132.0.0
export WAYMARK_AXE_VERSION=4.14.1
wasm_bindgen_lock_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$WAYMARK_ROOT/Cargo.lock"
}
