#!/usr/bin/env bash
# Run the zombienet network test: 4 validators of the `local` chain as native processes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -x "$CEC_NODE" ] || { echo "build the node first: cargo build --release -p cec-node" >&2; exit 1; }
[ -d zombienet/node_modules ] || scripts/setup.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$CEC_NODE" build-spec --chain local --raw --disable-default-bootnode > "$work/cec-local-raw.json" 2>/dev/null
sed -e "s#@CEC_NODE@#$CEC_NODE#" -e "s#@CEC_LOCAL_SPEC@#$work/cec-local-raw.json#" \
	zombienet/local.toml.in > "$work/local.toml"
cp zombienet/local.zndsl "$work/local.zndsl"
cd "$work"
"$OLDPWD/zombienet/node_modules/.bin/zombienet" -p native -l text test local.zndsl
