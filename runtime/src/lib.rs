//! # CEC Chain runtime
//!
//! A solo-chain runtime: BABE block production, GRANDPA finality, NPoS staking with slashing,
//! and the CEC supply rules (genesis allocations, tranche vesting, 730-day emission to a hard cap).
//!
//! Read it like a table of contents: the pallets are listed in [`runtime`], each configured in
//! `configs/<concern>.rs`; runtime APIs live in `apis.rs`; genesis in
//! `genesis_config_presets.rs`.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`-style macros expand to deep recursion.
#![recursion_limit = "512"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benches;
pub mod apis;
pub mod configs;
pub mod constants;
pub mod genesis_config_presets;
pub mod voter_bags;
pub mod weights;

#[cfg(test)]
mod tests;

use frame_support::weights::Weight;
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::{runtime_version, RuntimeVersion};

pub use constants::{currency::*, time::*};
pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_staking::StakerStatus;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Block number: 6 s blocks give ~680 years before a `u32` wraps.
pub type BlockNumber = u32;
/// Transaction signature: sr25519, ed25519 or ecdsa, as wallets expect.
pub type Signature = MultiSignature;
/// An account is the public key of its signer.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// CEC amounts in planck (10^-12 CEC).
pub type Balance = u128;
/// Transaction counter of an account.
pub type Nonce = u32;
/// Block and state hash.
pub type Hash = sp_core::H256;
/// Chain time in milliseconds.
pub type Moment = u64;

/// Types the node needs without knowing the runtime's call and event types.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
}

impl_opaque_keys! {
	/// The keys a validator registers with `session.setKeys`.
	pub struct SessionKeys {
		pub babe: Babe,
		pub grandpa: Grandpa,
		pub authority_discovery: AuthorityDiscovery,
	}
}

#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("cec"),
	impl_name: alloc::borrow::Cow::Borrowed("cec-node"),
	authoring_version: 1,
	spec_version: 100,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// Core.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(2)]
	pub type Babe = pallet_babe;
	#[runtime::pallet_index(3)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(4)]
	pub type Authorship = pallet_authorship;

	// Money.
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(12)]
	pub type Vesting = pallet_vesting;
	#[runtime::pallet_index(13)]
	pub type Supply = pallet_supply;
	#[runtime::pallet_index(14)]
	pub type Lockup = pallet_lockup;
	/// The daily dividend pool; after `Lockup`, whose genesis locks it hears of.
	#[runtime::pallet_index(15)]
	pub type Dividends = pallet_dividends;
	/// Fees paid in a settlement asset (converted by a market maker).
	#[runtime::pallet_index(16)]
	pub type AssetTxPayment = pallet_asset_tx_payment;

	// Consensus and staking. Staking must come before Session (genesis builds the stakers first).
	#[runtime::pallet_index(20)]
	pub type Staking = pallet_staking;
	#[runtime::pallet_index(21)]
	pub type Offences = pallet_offences;
	#[runtime::pallet_index(22)]
	pub type Historical = pallet_session::historical;
	#[runtime::pallet_index(23)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(24)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(25)]
	pub type AuthorityDiscovery = pallet_authority_discovery;
	#[runtime::pallet_index(26)]
	pub type VoterList = pallet_bags_list<Instance1>;

	// Accounts and governance plumbing.
	#[runtime::pallet_index(30)]
	pub type Multisig = pallet_multisig;
	#[runtime::pallet_index(31)]
	pub type Proxy = pallet_proxy;
	#[runtime::pallet_index(32)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(33)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(34)]
	pub type Sudo = pallet_sudo;

	// Forestry.
	#[runtime::pallet_index(40)]
	pub type Forestry = pallet_forestry;
	/// The ledger of tree-backed tokens; moved only through `TreeTokens`.
	#[runtime::pallet_index(41)]
	#[runtime::disable_call]
	pub type TreeAssets = pallet_assets<Instance1>;
	#[runtime::pallet_index(42)]
	pub type TreeTokens = pallet_tree_tokens;

	// Trade.
	#[runtime::pallet_index(50)]
	pub type Kyc = pallet_kyc;
	/// Fiat-backed settlement assets (test yuan on dev chains), issued by market makers.
	#[runtime::pallet_index(51)]
	pub type SettlementAssets = pallet_assets<Instance2>;
	/// Holds on settlement assets (escrowed payments).
	#[runtime::pallet_index(52)]
	pub type SettlementHolds = pallet_assets_holder<Instance2>;
	#[runtime::pallet_index(53)]
	pub type Escrow = pallet_escrow;
	/// Market makers: the settlement assets' only issuers, and CEC's two-way quotes.
	#[runtime::pallet_index(54)]
	pub type MarketMaker = pallet_market_maker;

	// Governance: the foundation council, its seats and elections, the treasury and what it
	// spends, parameters, and the unanimous route to Root.
	#[runtime::pallet_index(60)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(61)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(62)]
	pub type Elections = pallet_elections_phragmen;
	#[runtime::pallet_index(63)]
	pub type Treasury = pallet_treasury;
	#[runtime::pallet_index(64)]
	pub type Foundation = pallet_foundation;
	#[runtime::pallet_index(65)]
	pub type Whitelist = pallet_whitelist;
	#[runtime::pallet_index(66)]
	pub type Parameters = pallet_parameters;

	// DApps: ink! contracts, deployed by developers who bond CEC.
	#[runtime::pallet_index(70)]
	pub type Contracts = pallet_contracts;
	#[runtime::pallet_index(71)]
	pub type DappBond = pallet_dapp_bond;

	// Insurance: insurers' collateralised cover, paid on the oracle committee's events of record
	// or witnesses' damage records.
	#[runtime::pallet_index(80)]
	pub type Insurance = pallet_insurance;
	#[runtime::pallet_index(81)]
	pub type OracleCommittee = pallet_membership<Instance2>;

	// Crowdfunding: forestry projects' campaigns, their project tokens and milestones.
	/// The ledger of project tokens; moved only through `Crowdfunding`.
	#[runtime::pallet_index(90)]
	#[runtime::disable_call]
	pub type ProjectAssets = pallet_assets<Instance3>;
	#[runtime::pallet_index(91)]
	pub type Crowdfunding = pallet_crowdfunding;
}

/// How accounts are addressed in transactions.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// Checks every signed transaction passes through.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_asset_tx_payment::ChargeAssetTxPayment<Runtime>,
	pallet_lockup::PrioritiseHolders<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);
/// Extrinsic as the runtime decodes it.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// What a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;
/// Storage migrations run on upgrade, besides the pallets' own.
type Migrations = ();
/// Dispatches blocks and transactions to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// Weight of one block: 2 s of compute out of every 6 s slot.
pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
	frame_support::weights::constants::WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
	u64::MAX,
);
