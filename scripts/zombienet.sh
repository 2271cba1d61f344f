#!/usr/bin/env bash
# Run a zombienet network test: 4 validators of the `local` chain as native processes.
#   scripts/zombienet.sh               local.zndsl: finality survives one validator going down (CI)
#   scripts/zombienet.sh full-blocks   full-blocks.zndsl: blocks full of transfers, no slot missed
#                                      (~10 minutes; run by hand, on an otherwise idle machine;
#                                      FILL_TRANSFERS=20000 sets how many transfers it sends)
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
test="${1:-local}"
# FILL_TRANSFERS: how many transfers full-blocks.zndsl sends (default 20,000).
sed -e "s#@FILL_TRANSFERS@#${FILL_TRANSFERS:-20000}#" "zombienet/$test.zndsl" > "$work/$test.zndsl"
cp zombienet/fill-blocks.js "$work/"
cd "$work"
"$OLDPWD/zombienet/node_modules/.bin/zombienet" -p native -l text test "$test.zndsl"
