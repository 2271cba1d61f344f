#!/usr/bin/env bash
# Full blocks of every heavy kind on the release dev node, measured (issue 17).
#   scripts/bench-throughput.sh             all kinds, then plain transfers until 100 full blocks
#                                           in all; rewrites README's throughput table
#   KINDS=transfers,trees FULL_BLOCKS=0 scripts/bench-throughput.sh   a quick look, README untouched
#   OVERFILL=2.5                            how many blocks' worth of each kind is sent at once
# Needs the release node (`cargo build --release -p cec-node`) and, for the contract calls, the
# sample DApp's bundle (`cd contracts && cargo contract build --release --manifest-path
# tree-sponsorship/Cargo.toml`; scripts/test.sh builds both). Takes ~25 minutes; not part of CI.
# Run it on an otherwise idle machine: the node's block build times are the measurement.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -x "$CEC_NODE" ] || { echo "build the node first: cargo build --release -p cec-node" >&2; exit 1; }
[ -d e2e/node_modules ] || scripts/setup.sh

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd e2e && OUT="$out/throughput.json" node throughput/throughput.mjs) | tee "$out/table.md"
cp "$out/throughput.json" docs/throughput.json

if [ -z "${KINDS:-}" ] && [ "${FULL_BLOCKS:-100}" = 100 ]; then
	# The table and the memory line between the README's markers.
	python3 - "$out/table.md" <<'EOF'
import re, sys, datetime, platform
table = open(sys.argv[1]).read().strip()
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), platform.machine())
stamp = f"Measured {datetime.date.today()} on {cpu}, 2 cores, by `scripts/bench-throughput.sh` (raw figures: `docs/throughput.json`).\n\n"
readme = open('README.md').read()
new, n = re.subn(r'(<!-- throughput:begin -->\n).*?(<!-- throughput:end -->)',
                 lambda m: m.group(1) + stamp + table + '\n' + m.group(2), readme, flags=re.S)
if n != 1:
    sys.exit('README.md has no <!-- throughput:begin --> ... <!-- throughput:end --> section')
open('README.md', 'w').write(new)
EOF
	echo "README.md: throughput table updated"
fi
