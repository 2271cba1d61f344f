# Sourced by the scripts: one persistent cargo target dir, so repeated builds (and CI) reuse work.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/cec-chain/target}"
export CEC_NODE="${CEC_NODE:-$CARGO_TARGET_DIR/release/cec-node}"
