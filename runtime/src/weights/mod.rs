//! Weights measured on our reference machine (`scripts/benchmark.sh`; README "Weights and
//! throughput").
//!
//! In use: `pallet_asset_tx_payment`, the fee extension with our conversion through the market
//! makers and our fee routing.
//!
//! Measured on 2026-12-07 but **not yet wired into the runtime** (issue 17 continues): the base
//! weights (`block_weights`, `extrinsic_weights` from `benchmark overhead`; `rocksdb_weights` from
//! `benchmark storage` on a filled dev database), the system transaction extensions, `frame_system`,
//! `pallet_balances`, `pallet_utility` and the on-chain election. With these figures in place,
//! blocks of escrow accepts and tree registrations took up to 1.65–2.0 s to build against 1.5 s
//! of weight (README): the database weights need a margin, and CEC's own pallets re-measuring
//! on this machine with the same binary, before the runtime charges them.

pub mod block_weights;
pub mod extrinsic_weights;
#[allow(unused_doc_comments)] // generated: doc comments on struct-literal fields
pub mod rocksdb_weights;

pub mod frame_election_provider_support;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_asset_tx_payment;
pub mod pallet_balances;
pub mod pallet_utility;
