#!/usr/bin/env bash
# The coverage-guided fuzz campaign (libFuzzer) over the real runtime; fuzz/README.md explains it.
#
#   scripts/fuzz-campaign.sh [seconds] [jobs]   fuzz for `seconds` (default 3600) in `jobs`
#                                               processes (default 1) sharing one corpus
#   scripts/fuzz-campaign.sh build              only build the instrumented target
#   scripts/fuzz-campaign.sh replay FILE...     run saved inputs (a crash, a corpus file) once
#
# Stable Rust is enough: scripts/sancov-rustc.sh instruments our crates only. The build has a
# target dir of its own ($CEC_FUZZ_TARGET_DIR, default ~/.cache/cec-chain/fuzz-target), first
# filled with a copy of the workspace's release artefacts so that only our crates compile again.
# Corpus: fuzz/corpus/ (kept between campaigns, not committed); crashes: fuzz/artifacts/; each
# job's log (with the running count of actions, "cec-fuzz: …"): fuzz/logs/<start time>/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

FUZZ_TARGET_DIR="${CEC_FUZZ_TARGET_DIR:-$HOME/.cache/cec-chain/fuzz-target}"
OURS="cec-runtime cec-primitives cec-fuzz pallet-forestry pallet-tree-tokens pallet-kyc pallet-escrow
pallet-foundation pallet-lockup pallet-dividends pallet-supply pallet-market-maker pallet-dapp-bond"

build() {
	# Seeded once: copied aside, our crates' fingerprints removed (cargo does not see the
	# wrapper's flags, so they must compile again, instrumented), then moved into place with a
	# stamp; an interrupted seeding leaves no half-seeded dir behind.
	if [ ! -f "$FUZZ_TARGET_DIR/seeded" ]; then
		rm -rf "$FUZZ_TARGET_DIR"
		mkdir -p "$FUZZ_TARGET_DIR.tmp"
		if [ -d "$CARGO_TARGET_DIR/release" ]; then
			echo "seeding $FUZZ_TARGET_DIR from $CARGO_TARGET_DIR/release"
			rm -rf "$FUZZ_TARGET_DIR.tmp/release"
			cp -a "$CARGO_TARGET_DIR/release" "$FUZZ_TARGET_DIR.tmp/"
			rm -f "$FUZZ_TARGET_DIR.tmp/release/cec-node"
			for c in $OURS; do
				rm -rf "$FUZZ_TARGET_DIR.tmp"/release/.fingerprint/"$c"-*
			done
		fi
		mv "$FUZZ_TARGET_DIR.tmp" "$FUZZ_TARGET_DIR"
		touch "$FUZZ_TARGET_DIR/seeded"
	fi
	# A changed wrapper (other instrumentation flags) compiles our crates again, for the same
	# reason: cargo does not see its flags.
	wrapper_sum="$(sha256sum scripts/sancov-rustc.sh | cut -d' ' -f1)"
	if [ "$(cat "$FUZZ_TARGET_DIR/wrapper.sha256" 2>/dev/null)" != "$wrapper_sum" ]; then
		for c in $OURS; do
			rm -rf "$FUZZ_TARGET_DIR"/release/.fingerprint/"$c"-*
		done
	fi
	RUSTC_WRAPPER="$PWD/scripts/sancov-rustc.sh" SKIP_WASM_BUILD=1 CARGO_TARGET_DIR="$FUZZ_TARGET_DIR" \
		cargo build --release --locked -p cec-fuzz --features libfuzzer --bin cec-fuzz-libfuzzer
	echo "$wrapper_sum" >"$FUZZ_TARGET_DIR/wrapper.sha256"
}

BIN="$FUZZ_TARGET_DIR/release/cec-fuzz-libfuzzer"
case "${1:-}" in
build)
	build
	;;
replay)
	shift
	inputs=()
	for f in "$@"; do
		case "$f" in
		/*) inputs+=("$f") ;;
		*) inputs+=("$OLDPWD/$f") ;;
		esac
	done
	build
	"$BIN" -runs=1 "${inputs[@]}"
	;;
*)
	seconds="${1:-3600}"
	jobs="${2:-1}"
	build
	mkdir -p fuzz/corpus fuzz/artifacts
	logs="fuzz/logs/$(date -u +%Y%m%dT%H%M%SZ)"
	mkdir -p "$logs"
	corpus="$PWD/fuzz/corpus"
	artifacts="$PWD/fuzz/artifacts/"
	# -jobs writes fuzz-<n>.log into the current directory.
	cd "$logs"
	set +e
	"$BIN" -jobs="$jobs" -workers="$jobs" -max_total_time="$seconds" -max_len=8192 -len_control=0 -timeout=60 \
		-rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$artifacts" "$corpus"
	status=$?
	set -e
	cd - >/dev/null
	echo "logs: $logs"
	# Each job prints its running total every 10,000 actions; add up the last line of each.
	for f in "$logs"/fuzz-*.log; do
		if [ -f "$f" ]; then grep "^cec-fuzz:" "$f" | tail -1 || true; fi
	done | awk '{a += $2; x += $4; i += $6} END {printf "total: %d actions, %d extrinsics, %d inputs (counted at 10,000-action steps)\n", a, x, i}'
	ls fuzz/artifacts || true
	exit $status
	;;
esac
