//! Weights of SDK pallets measured on this runtime (`scripts/benchmark.sh <pallet>`), where our
//! configuration changes what they do: the fee extension's conversion through the market makers.

pub mod pallet_asset_tx_payment;
