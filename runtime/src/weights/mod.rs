//! Every weight the runtime charges, measured on our reference machine with one binary
//! (`scripts/benchmark.sh all`; README "Weights and throughput", where the machine, the margin
//! policy and the figures are).
//!
//! - Base weights: `block_weights` and `extrinsic_weights` (`benchmark overhead`),
//!   `rocksdb_weights` (`benchmark storage` on a dev database filled with accounts and trees),
//!   [`SR25519_VERIFY`] (`frame_benchmarking`'s baseline). `configs::system` derives the
//!   extrinsic base from them.
//! - The SDK pallets the runtime uses (`benchmark pallet`, one file each; the instances of
//!   `pallet_assets` and `pallet_membership` each their own).
//! - BABE and GRANDPA: hand-written on their measured proof checks ([`equivocation`]).
//! - CEC's own pallets: `pallets/<name>/src/weights.rs`, by the same script.
//! - `pallet_contracts`: its calls, and through `Schedule` every host function and instruction.
//! - `pallet_transaction_payment`'s weights are not used: fees go through `pallet_asset_tx_payment`.

use frame_support::weights::Weight;

/// Checking one sr25519 signature: `frame_benchmarking`'s `sr25519_verification(i)` (steps 10,
/// repeat 20) on the reference machine, 39.81 µs a signature. The part of a signed extrinsic's
/// cost no transaction extension weighs (`configs::system::ExtrinsicBase`).
pub const SR25519_VERIFY: Weight = Weight::from_parts(39_810_000, 0);

pub mod block_weights;
pub mod extrinsic_weights;
#[allow(unused_doc_comments)] // generated: doc comments on struct-literal fields
pub mod rocksdb_weights;

pub mod equivocation;
pub mod frame_election_provider_support;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_asset_tx_payment;
pub mod pallet_assets_project_assets;
pub mod pallet_assets_settlement_assets;
pub mod pallet_assets_tree_assets;
pub mod pallet_babe;
pub mod pallet_bags_list;
pub mod pallet_balances;
pub mod pallet_collective;
pub mod pallet_contracts;
pub mod pallet_elections_phragmen;
pub mod pallet_grandpa;
pub mod pallet_membership_council_membership;
pub mod pallet_membership_oracle_committee;
pub mod pallet_multisig;
pub mod pallet_parameters;
pub mod pallet_preimage;
pub mod pallet_proxy;
pub mod pallet_scheduler;
pub mod pallet_session;
pub mod pallet_staking;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_treasury;
pub mod pallet_utility;
pub mod pallet_vesting;
pub mod pallet_whitelist;
