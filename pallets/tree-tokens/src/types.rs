//! Tree-backed token records.

use cec_primitives::{ParcelId, TreeIndex};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;

/// Longest token name and symbol.
pub const MAX_NAME_LEN: u32 = 32;
pub const MAX_SYMBOL_LEN: u32 = 12;

/// What a token gives its holders.
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
pub enum TokenKind {
	/// The trees' appreciation (timber forest).
	Timber,
	/// A pro-rata share of each period's revenue.
	Revenue,
}

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
pub enum TokenStatus {
	Live,
	/// Burnt by the issuer; the trees are free. Unclaimed revenue stays claimable.
	Redeemed,
}

/// A tree-backed token.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxTrees))]
pub struct TokenInfo<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxTrees: Get<u32>,
> {
	pub issuer: AccountId,
	pub parcel: ParcelId,
	/// The trees backing it; empty when the whole parcel does.
	pub trees: BoundedVec<TreeIndex, MaxTrees>,
	pub kind: TokenKind,
	pub supply: Balance,
	pub status: TokenStatus,
	/// Revenue per token unit so far, in 10⁻¹² planck.
	pub acc: u128,
	/// Deposited revenue too small to raise `acc`; added to the next deposit.
	pub carry: Balance,
	/// Revenue deposited and paid out so far. The pot always holds its existential deposit plus
	/// `deposited − claimed`.
	pub deposited: Balance,
	pub claimed: Balance,
}

/// A holder's revenue position.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct Holder<Balance> {
	/// The accumulator when the holder was last settled.
	pub snapshot: u128,
	/// Settled and not yet claimed.
	pub pending: Balance,
}
