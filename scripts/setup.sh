#!/usr/bin/env bash
# Fresh-machine set-up for CEC Chain. Idempotent: safe to run again; skips what is already there.
#   - Debian packages the node needs to build (protobuf, clang/libclang for RocksDB bindings)
#   - the Rust target and source the runtime's Wasm build needs
#   - the toolchain of DApp builds: rustc 1.86 for ink! contracts (contracts/rust-toolchain.toml)
#     and cargo-contract 5.0.3 (a ~14-minute compile on 2 cores, once per machine)
#   - npm packages of the end-to-end tests and of zombienet
#
#   CEC_CARGO_CONTRACT_BACKGROUND=1  compile cargo-contract in the background (log and exit status
#     under $CARGO_TARGET_DIR/cargo-contract-install.*); scripts/test.sh sets it so the compile
#     overlaps the node build, and waits for it before the contracts are built
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

# ink! 5 on rustc >= 1.87 emits bulk-memory Wasm that pallet-contracts refuses: contracts build
# with 1.86, pinned in contracts/rust-toolchain.toml. The adds are no-ops when already there.
if ! rustup toolchain list | grep -q '^1\.86'; then
	log "installing Rust 1.86 for ink! contracts"
	rustup toolchain install 1.86 --profile minimal -c rust-src,clippy,rustfmt -t wasm32-unknown-unknown
fi
rustup component add --toolchain 1.86 rust-src clippy rustfmt >/dev/null 2>&1
rustup target add --toolchain 1.86 wasm32-unknown-unknown >/dev/null 2>&1

CARGO_CONTRACT_VERSION=5.0.3
if ! cargo contract --version 2>/dev/null | grep -q " $CARGO_CONTRACT_VERSION-"; then
	# Built with its own target dir so it shares nothing stale with the workspace's.
	install=(cargo install --locked --quiet "cargo-contract@$CARGO_CONTRACT_VERSION")
	if [ "${CEC_CARGO_CONTRACT_BACKGROUND:-0}" = "1" ]; then
		out="${CARGO_TARGET_DIR:-$HOME/.cache/cec-chain/target}"
		mkdir -p "$out"
		rm -f "$out/cargo-contract-install.status"
		log "compiling cargo-contract $CARGO_CONTRACT_VERSION in the background ($out/cargo-contract-install.log)"
		(
			if env -u CARGO_TARGET_DIR "${install[@]}" >"$out/cargo-contract-install.log" 2>&1; then
				echo 0 >"$out/cargo-contract-install.status"
			else
				echo 1 >"$out/cargo-contract-install.status"
			fi
		) &
	else
		log "compiling cargo-contract $CARGO_CONTRACT_VERSION (about 14 minutes on 2 cores)"
		env -u CARGO_TARGET_DIR "${install[@]}"
	fi
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
