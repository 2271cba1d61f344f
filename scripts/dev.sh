#!/usr/bin/env bash
# Set up the machine, build the node and start a development chain (Alice validates alone;
# blocks are produced and finalised every 6 s). RPC on ws://127.0.0.1:9944, Prometheus on :9615.
# Extra arguments go to cec-node, e.g. `scripts/dev.sh --tmp`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
cargo build --release -p cec-node
exec "$CEC_NODE" --dev --rpc-cors all --prometheus-external "$@"
