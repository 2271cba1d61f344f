#!/usr/bin/env bash
# Benchmark CEC's own pallets on this machine and regenerate their weights.rs.
#   scripts/benchmark.sh                  all of them (forestry, tree-tokens, kyc, escrow, foundation, lockup, dividends,
#                                         market-maker, dapp-bond, insurance, crowdfunding, and asset-tx-payment: the SDK's fee extension with our
#                                         conversion, into runtime/src/weights/)
#   scripts/benchmark.sh forestry         one
#   STEPS=50 REPEAT=20 (the defaults)     sampling; lockup, dividends and crowdfunding always run with STEPS=2
#                                         REPEAT=10: their scale benchmarks write up to 100,000 (crowdfunding: 10,000)
#                                         records a sample, and measure at the two ends
# Builds cec-node with `--features runtime-benchmarks` into the shared target dir (this replaces
# target/release/cec-node; `cargo build --release -p cec-node` brings the normal one back).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(forestry tree-tokens kyc escrow foundation lockup dividends market-maker dapp-bond insurance crowdfunding asset-tx-payment)

cargo build --release --locked -p cec-node --features runtime-benchmarks
wasm="$CARGO_TARGET_DIR/release/wbuild/cec-runtime/cec_runtime.compact.compressed.wasm"

for p in "${pallets[@]}"; do
	echo "==> pallet_${p//-/_}"
	steps="${STEPS:-50}" repeat="${REPEAT:-20}"
	if [ "$p" = lockup ] || [ "$p" = dividends ] || [ "$p" = crowdfunding ]; then steps=2 repeat=10; fi
	# The SDK's fee extension with our market-maker conversion behind it: its weights are the
	# runtime's (runtime/src/weights/), in the SDK's own template.
	if [ "$p" = asset-tx-payment ]; then
		mkdir -p runtime/src/weights
		out=(--output runtime/src/weights/pallet_asset_tx_payment.rs --header scripts/weight-header.txt)
	else
		out=(--template scripts/weight-template.hbs --output "pallets/$p/src/weights.rs")
	fi
	"$CARGO_TARGET_DIR/release/cec-node" benchmark pallet \
		--runtime "$wasm" --genesis-builder=runtime \
		--pallet "pallet_${p//-/_}" --extrinsic '*' \
		--steps "$steps" --repeat "$repeat" "${out[@]}"
done
