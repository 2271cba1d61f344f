//! Tree-backed token records.

use cec_primitives::{ParcelId, TokenId, TreeIndex};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::{ConstU32, Get},
	BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;

/// Longest token name, in bytes.
pub const MAX_NAME_LEN: u32 = 32;
/// Longest token symbol, in bytes.
pub const MAX_SYMBOL_LEN: u32 = 12;

/// A token's name as its issuer typed it (clean UTF-8 text, see
/// [`cec_primitives::is_clean_text`]).
pub type TokenName = BoundedVec<u8, ConstU32<MAX_NAME_LEN>>;
/// A token's ticker symbol (clean UTF-8 text).
pub type TokenSymbol = BoundedVec<u8, ConstU32<MAX_SYMBOL_LEN>>;

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

/// Where a token is in its life.
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
	/// Issued and circulating.
	Live,
	/// Burnt by the issuer; the trees are free. Unclaimed revenue stays claimable; the record
	/// goes as soon as nobody is owed anything.
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
	/// Who issued it (and alone may deposit revenue and redeem).
	pub issuer: AccountId,
	/// The parcel backing it.
	pub parcel: ParcelId,
	/// The trees backing it; empty when the whole parcel does.
	pub trees: BoundedVec<TreeIndex, MaxTrees>,
	/// Timber or revenue share.
	pub kind: TokenKind,
	/// Units minted (all of them circulate until redemption).
	pub supply: Balance,
	/// Live or redeemed.
	pub status: TokenStatus,
	/// Revenue per token unit so far, in 10⁻¹² planck.
	pub acc: u128,
	/// Deposited revenue too small to raise `acc`; added to the next deposit.
	pub carry: Balance,
	/// Revenue deposited so far. The pot holds its existential deposit plus
	/// `deposited − claimed`.
	pub deposited: Balance,
	/// Revenue paid out of the pot so far.
	pub claimed: Balance,
	/// The storage deposit held on the issuer (`TokenDeposit` + `DepositPerByte` × name and
	/// symbol bytes at issue), released on redemption.
	pub deposit: Balance,
	/// How many `Holders` entries of the token have a non-zero pending share. After redemption
	/// these are exactly the holders still owed something; the record goes when it reaches 0.
	pub claimants: u32,
}

impl<AccountId, Balance, MaxTrees> cec_primitives::RevenueAccumulator
	for TokenInfo<AccountId, Balance, MaxTrees>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy + core::fmt::Debug,
	MaxTrees: Get<u32>,
{
	type Balance = Balance;
	fn acc(&self) -> u128 {
		self.acc
	}
	fn totals_mut(&mut self) -> (&mut u128, &mut Balance, &mut Balance) {
		(&mut self.acc, &mut self.carry, &mut self.deposited)
	}
}

/// A holder's revenue position (the shared accumulator's).
pub type Holder<Balance> = cec_primitives::RevenuePosition<Balance>;

/// A token lot frozen on its seller's account for a running trade contract.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct TradeLot<AccountId, Balance> {
	/// The seller, whose units are frozen.
	pub seller: AccountId,
	/// The token.
	pub token: TokenId,
	/// How many units.
	pub amount: Balance,
}
