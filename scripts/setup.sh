#!/usr/bin/env bash
# Fresh-machine set-up for CEC Chain. Idempotent: safe to run again; skips what is already there.
#   - Debian packages the node needs to build (protobuf, clang/libclang for RocksDB bindings)
#   - the Rust target and source the runtime's Wasm build needs
#   - npm packages of the end-to-end tests and of zombienet
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

need_pkgs=()
for pkg in protobuf-compiler clang libclang-dev build-essential pkg-config git curl; do
	dpkg -s "$pkg" >/dev/null 2>&1 || need_pkgs+=("$pkg")
done
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	need_pkgs+=(nodejs npm)
fi
if [ ${#need_pkgs[@]} -gt 0 ]; then
	log "installing Debian packages: ${need_pkgs[*]}"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
	echo "Rust is not installed: install rustup (https://rustup.rs) first." >&2
	exit 1
fi
if ! rustup target list --installed | grep -qx wasm32v1-none; then
	log "adding Rust target wasm32v1-none"
	rustup target add wasm32v1-none
fi
if ! rustup component list --installed | grep -q '^rustfmt'; then
	log "adding Rust component rustfmt"
	rustup component add rustfmt
fi
if ! rustup component list --installed | grep -q '^rust-src'; then
	log "adding Rust component rust-src"
	rustup component add rust-src
fi

for dir in e2e zombienet; do
	if [ -f "$dir/package.json" ]; then
		if [ ! -d "$dir/node_modules" ] || [ "$dir/package.json" -nt "$dir/node_modules/.setup-stamp" ]; then
			log "installing npm packages in $dir/"
			(cd "$dir" && npm install --no-audit --no-fund --loglevel=error && touch node_modules/.setup-stamp)
		fi
	fi
done

log "machine ready"
