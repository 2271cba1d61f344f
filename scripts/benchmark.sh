#!/usr/bin/env bash
# Measure every weight the runtime charges, on this machine, with one binary (issue 17).
#   scripts/benchmark.sh [all]       base, sdk and ours, in that order
#   scripts/benchmark.sh base        `benchmark machine` (docs/benchmark-machine.txt), `benchmark storage`
#                                    on a dev database filled with accounts and registered trees
#                                    (runtime/src/weights/rocksdb_weights.rs) and `benchmark overhead`
#                                    (block_weights.rs, extrinsic_weights.rs)
#   scripts/benchmark.sh sdk         the SDK pallets the runtime uses, into runtime/src/weights/
#   scripts/benchmark.sh ours        CEC's own pallets, into pallets/<name>/src/weights.rs
#   scripts/benchmark.sh forestry pallet_balances ...   single pallets, by either name
#   STEPS=50 REPEAT=20 (the defaults) sampling; lockup, dividends and crowdfunding always run with
#                                    STEPS=2 REPEAT=10: their scale benchmarks write up to 100,000
#                                    (crowdfunding: 10,000) records a sample, and measure at the ends
#   BENCH_DB=<dir>                   the database `benchmark storage` reads (a stopped dev node's
#                                    --base-path); by default one is made with the throughput driver
# Builds cec-node with `--features runtime-benchmarks` into the shared target dir (this replaces
# target/release/cec-node; `cargo build --release -p cec-node` brings the normal one back).
# Run it on an otherwise idle machine: every figure is a time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

ours=(forestry tree-tokens kyc escrow foundation lockup dividends market-maker dapp-bond insurance crowdfunding)
# The SDK pallets, as `define_benchmarks!` in runtime/src/benches.rs names them. Babe's and Grandpa's
# benchmarks (equivocation proof checks) do not match their WeightInfo traits: their output is only
# printed; copy the least-squares times into the hand-written runtime/src/weights/pallet_babe.rs and
# pallet_grandpa.rs. Likewise `frame_benchmarking`'s `sr25519_verification` (base) goes into
# runtime/src/weights/mod.rs's SR25519_VERIFY.
sdk=(frame_system frame_system_extensions frame_election_provider_support pallet_balances
	pallet_timestamp pallet_session pallet_staking pallet_bags_list pallet_vesting pallet_utility
	pallet_multisig pallet_proxy pallet_preimage pallet_scheduler pallet_sudo pallet_assets
	pallet_collective pallet_membership pallet_elections_phragmen pallet_treasury pallet_whitelist
	pallet_parameters pallet_asset_tx_payment pallet_contracts pallet_babe pallet_grandpa)

args=("$@")
[ ${#args[@]} -gt 0 ] || args=(all)
jobs=()
for a in "${args[@]}"; do
	case "$a" in
		all) jobs+=(base "${sdk[@]}" "${ours[@]}") ;;
		sdk) jobs+=("${sdk[@]}") ;;
		ours) jobs+=("${ours[@]}") ;;
		*) jobs+=("$a") ;;
	esac
done

# BENCH_NO_BUILD=1: use the runtime-benchmarks binary already built (while runtime sources change).
[ "${BENCH_NO_BUILD:-0}" = 1 ] || cargo build --release --locked -p cec-node --features runtime-benchmarks
node="$CARGO_TARGET_DIR/release/cec-node"
wasm="$CARGO_TARGET_DIR/release/wbuild/cec-runtime/cec_runtime.compact.compressed.wasm"
weights=runtime/src/weights
header=scripts/weight-header.txt

base() {
	echo "==> benchmark machine"
	"$node" benchmark machine --chain dev --allow-fail 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | tee docs/benchmark-machine.txt

	local db="${BENCH_DB:-}"
	if [ -z "$db" ]; then
		# The dev chain after 2.5 blocks' worth of transfers (each to a new account) and of
		# 1,000-tree registrations: thousands of accounts and tens of thousands of trees.
		db=$(mktemp -d)
		echo "==> filling a dev database in $db"
		(cd e2e && CEC_NODE="$node" BASE_PATH="$db" KINDS=transfers,trees FULL_BLOCKS=0 OUT=/dev/null \
			node throughput/throughput.mjs)
	fi
	echo "==> benchmark storage (on $db)"
	"$node" benchmark storage --chain dev --base-path "$db" --state-version 1 \
		--batch-size 10000 --weight-path "$weights" --header "$header"
	[ -n "${BENCH_DB:-}" ] || rm -rf "$db"

	echo "==> the signature check (SR25519_VERIFY in $weights/mod.rs)"
	"$node" benchmark pallet --runtime "$wasm" --genesis-builder=runtime --pallet frame_benchmarking \
		--extrinsic sr25519_verification --steps 10 --repeat 20

	echo "==> benchmark overhead"
	"$node" benchmark overhead --chain dev --weight-path "$weights" --header "$header" \
		--warmup 10 --repeat 100
	# The generated files name the SDK's primitives crates; the runtime reaches them through
	# frame-support.
	sed -i -e 's/\bsp_core::parameter_types\b/frame_support::parameter_types/' \
		-e 's/\bsp_weights::/frame_support::weights::/g' -e 's/\buse sp_weights::/use frame_support::weights::/' \
		"$weights/block_weights.rs" "$weights/extrinsic_weights.rs" "$weights/rocksdb_weights.rs"
	# They carry no `rustfmt::skip`, unlike `benchmark pallet`'s: formatted as the workspace is.
	rustfmt --edition 2021 "$weights/block_weights.rs" "$weights/extrinsic_weights.rs" \
		"$weights/rocksdb_weights.rs"
}

for p in "${jobs[@]}"; do
	if [ "$p" = base ]; then base; continue; fi
	steps="${STEPS:-50}" repeat="${REPEAT:-20}"
	if [ "$p" = lockup ] || [ "$p" = dividends ] || [ "$p" = crowdfunding ]; then steps=2 repeat=10; fi
	case "$p" in
		pallet_babe | pallet_grandpa)
			# Printed, not written: the fitted time of `check_equivocation_proof`.
			name="$p"
			out=()
			;;
		pallet_* | frame_*)
			name="$p"
			out=(--output "$weights/" --header "$header")
			;;
		*)
			name="pallet_${p//-/_}"
			out=(--template scripts/weight-template.hbs --output "pallets/$p/src/weights.rs")
			;;
	esac
	# pallet_session's `check_membership_proof_*` benchmarks panic upstream (their own TODO says
	# so) and are not in its WeightInfo: only the two calls are measured.
	extrinsics='*'
	[ "$p" != pallet_session ] || extrinsics=set_keys,purge_keys
	# pallet_membership's `remove_member` verifies that the membership handler reports a prime;
	# the oracle committee's handler is `()`, which reports none. The measured code is the same.
	verify=()
	[ "$p" != pallet_membership ] || verify=(--no-verify)
	echo "==> $name (steps $steps, repeat $repeat)"
	"$node" benchmark pallet --runtime "$wasm" --genesis-builder=runtime \
		--pallet "$name" --extrinsic "$extrinsics" --steps "$steps" --repeat "$repeat" ${verify[@]+"${verify[@]}"} ${out[@]+"${out[@]}"}
done
