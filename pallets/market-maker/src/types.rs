//! The market-maker pallet's types: a quote, the record of a payment reference, a reserve
//! attestation and an asset's issuance ledger.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use scale_info::TypeInfo;

/// The hash of an off-chain payment reference (a bank transfer's id, a payout's): the plain
/// reference stays off chain, its hash makes it unique on chain.
pub type PaymentRef = [u8; 32];

/// A maker's two-way price of CEC in one settlement asset: units of the asset (its smallest
/// unit) for one whole CEC. The maker buys CEC at `bid` and sells at `ask`, from `posted_at`
/// until `expires_at` (the first block it is no longer usable in).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Quote<Balance, BlockNumber> {
	/// What the maker pays for one CEC.
	pub bid: Balance,
	/// What the maker asks for one CEC.
	pub ask: Balance,
	/// The first block the quote is no longer usable in.
	pub expires_at: BlockNumber,
	/// The block it was posted in: fees convert only at quotes posted in an earlier block, so a
	/// maker cannot raise its ask in front of the transactions already waiting in the pool.
	pub posted_at: BlockNumber,
}

/// Why a payment reference is on chain.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum RefKind {
	/// A fiat deposit the maker minted against.
	Deposit,
	/// A fiat payout the maker burnt against.
	Payout,
}

/// A used payment reference: who used it, for what and how much, and the CEC deposit its
/// record holds on the maker until it is pruned.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct RefRecord<AccountId, Balance, BlockNumber> {
	/// A deposit (mint) or a payout (burn).
	pub kind: RefKind,
	/// The maker that used it (and holds the deposit).
	pub maker: AccountId,
	/// Who was minted to (the maker itself for a burn).
	pub account: AccountId,
	/// How much was minted or burnt.
	pub amount: Balance,
	/// The block it was used in.
	pub at: BlockNumber,
	/// The CEC held on the maker for this record.
	pub deposit: Balance,
}

/// A maker's latest attestation of the fiat reserve behind one settlement asset: the amount it
/// says it holds, and the content id of the signed report (an auditor's or bank's statement).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Attestation<Balance, BlockNumber, Cid> {
	/// The reserve attested, in the asset's smallest unit.
	pub reserve: Balance,
	/// The report's content id (IPFS CID).
	pub cid: Cid,
	/// The block it was published in.
	pub at: BlockNumber,
}

/// How much of one settlement asset the makers have minted and burnt since genesis (genesis
/// balances count as minted). The asset's supply always equals `minted − burned`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct Ledger<Balance> {
	/// Minted in all.
	pub minted: Balance,
	/// Burnt in all.
	pub burned: Balance,
}
