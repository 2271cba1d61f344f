#!/usr/bin/env bash
# RUSTC_WRAPPER for the fuzz campaign's build (scripts/fuzz-campaign.sh): compiles our own crates
# (the runtime, our pallets and primitives, the harness) with libFuzzer's coverage instrumentation
# (SanitizerCoverage: 8-bit edge counters, PC table) plus debug assertions and overflow checks;
# every other crate (the SDK, its dependencies) is compiled as usual.
# No comparison tracing (`-sanitizer-coverage-trace-compares`): the SDK's generic code (trie,
# codec, hash maps) is monomorphised into our crates, so its hooks took 40 % of the campaign's
# time (perf), and the input is decoded by `arbitrary` into bounded choices, so there are no
# magic values for comparison feedback to find. Without it: see fuzz/README.md.
# Coverage then steers the fuzzer through our code, and the SDK's artefacts are the same as an
# uninstrumented build's, so the campaign's target dir can start as a copy of the workspace's.
# Needs only stable rustc: `-Cpasses=sancov-module` and `-Cllvm-args` are stable flags.
set -euo pipefail
rustc="$1"
shift
crate=""
prev=""
for arg in "$@"; do
	if [ "$prev" = "--crate-name" ]; then
		crate="$arg"
		break
	fi
	prev="$arg"
done
case "$crate" in
cec_runtime | cec_primitives | cec_fuzz | cec_fuzz_libfuzzer | pallet_forestry | pallet_tree_tokens | \
	pallet_kyc | pallet_escrow | pallet_foundation | pallet_lockup | pallet_dividends | pallet_supply | \
	pallet_market_maker | pallet_dapp_bond)
	exec "$rustc" "$@" \
		-Cpasses=sancov-module \
		-Cllvm-args=-sanitizer-coverage-level=4 \
		-Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
		-Cllvm-args=-sanitizer-coverage-pc-table \
		-Cdebug-assertions -Coverflow-checks \
		--cfg fuzzing
	;;
*)
	exec "$rustc" "$@"
	;;
esac
