#!/usr/bin/env bash
# The whole test suite: Rust unit and runtime tests, a deterministic runtime fuzz run, the ink!
# contracts' tests and the sample DApp's build, then the end-to-end tests over JSON-RPC against a
# real node, then the 4-validator zombienet network test.
#   CEC_SKIP_ZOMBIENET=1  skip the network test (it needs ~3 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

step() { printf '\n\033[1;32m==> %s\033[0m\n' "$*"; date -u +%T; }

step "set-up"
# A fresh machine compiles cargo-contract meanwhile; the contracts step waits for it.
CEC_CARGO_CONTRACT_BACKGROUND=1 scripts/setup.sh

step "formatting (rustfmt.toml)"
cargo fmt --all -- --check

# Tests and the node share the release profile, so the SDK is compiled once for both.
step "build cec-node (release)"
cargo build --release --locked -p cec-node

# Includes the deterministic runtime fuzz run (fuzz/tests/ci.rs: 200 seeds × 1,000 actions).
step "Rust tests (pallets, runtime, runtime fuzzing)"
cargo test --release --locked --workspace

step "ink! contracts: unit tests, then the sample DApp built with cargo-contract"
if ! cargo contract --version >/dev/null 2>&1; then
	status="$CARGO_TARGET_DIR/cargo-contract-install.status"
	echo "waiting for the background cargo-contract compile"
	while [ ! -f "$status" ]; do sleep 5; done
	if [ "$(cat "$status")" != "0" ]; then
		cat "$CARGO_TARGET_DIR/cargo-contract-install.log" >&2
		exit 1
	fi
fi
# Both use rustc 1.86 (contracts/rust-toolchain.toml). The bundle lands in
# $CARGO_TARGET_DIR/ink/tree_sponsorship/, where e2e/dapps.test.mjs reads it.
(cd contracts && cargo test --locked)
(cd contracts && cargo contract build --release --manifest-path tree-sponsorship/Cargo.toml)

step "end-to-end tests over JSON-RPC"
# Each file starts its own dev node on free ports, so the files run side by side; inside a file
# transactions wait for inclusion, and only the finality tests wait for finality.
(cd e2e && CEC_NODE="$CEC_NODE" node --test --test-concurrency=5 --test-timeout=600000)

if [ "${CEC_SKIP_ZOMBIENET:-0}" != "1" ]; then
	step "zombienet: 4 validators, finality survives one validator going down"
	scripts/zombienet.sh
fi
step "all tests passed"
