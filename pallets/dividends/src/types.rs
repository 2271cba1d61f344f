//! The dividend pool's types: its parameters, one revenue asset's pool, a closed day's record and
//! a holder's account.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_core::U256;
use sp_runtime::Perbill;

/// A lockup day's number: 0 from genesis, one more at each day close.
pub type DayIndex = u32;
/// A share era's number: the lockup's power shares are rescaled when its drip index starts a new
/// era (once in thousands of days), and this pallet follows it.
pub type EraIndex = u32;

/// Reward per share is kept in units of `1 / ACC_SCALE` planck per share (10^36), so that even
/// the largest share totals (below 10^38) leave less than a hundred planck a day to carry.
pub const ACC_SCALE: u128 = 1_000_000_000_000_000_000_000_000_000_000_000_000;

/// [`ACC_SCALE`] as a [`U256`].
pub fn acc_scale() -> U256 {
	U256::from(ACC_SCALE)
}

/// What governance sets: how the day's platform revenue is split.
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
pub struct DividendParams {
	/// The share of each day's revenue paid to power holders (REQUIREMENTS: 70 %).
	pub dividend_share: Perbill,
	/// The share sent to the buy-back/operations account. The two add up to 100 %.
	pub buyback_share: Perbill,
}

impl Default for DividendParams {
	fn default() -> Self {
		Self { dividend_share: Perbill::from_percent(70), buyback_share: Perbill::from_percent(30) }
	}
}

/// One revenue asset's running account.
///
/// In units of `1 / ACC_SCALE` planck, what holders are owed (`owed`) and what is kept for the
/// next day (`carry`) add up, with the `reserve`, the day's `revenue` and `rewards` and the
/// `buyback_due`, to what the revenue account holds of the asset (above, for CEC, the existential
/// deposit it holds from genesis).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Pool<AssetKind, Balance> {
	/// The asset.
	pub asset: AssetKind,
	/// Kept in the revenue account for good so that it stays at the asset's minimum balance and
	/// every payout can keep it alive: the first revenue in a settlement asset, up to its
	/// minimum balance (0 for CEC, whose existential deposit the account has from genesis).
	pub reserve: Balance,
	/// Platform revenue noted in the day under way, split at its close.
	pub revenue: Balance,
	/// Power rewards (the power share of the emission) noted in the day under way: all of it is
	/// paid to holders at the close.
	pub rewards: Balance,
	/// The buy-back share of closed days that could not be paid out yet (the account could not
	/// receive it); tried again at each close.
	pub buyback_due: Balance,
	/// Reward per share, in `1 / ACC_SCALE` planck, since the first day: it only grows, at day
	/// closes, and runs on across share eras.
	pub acc: U256,
	/// What the last close could not give out whole per share (`1 / ACC_SCALE` planck): added to
	/// the next day's dividend. All of a day's dividend is carried when nobody held power through
	/// the day.
	pub carry: U256,
	/// What holders have been given and not yet claimed, in `1 / ACC_SCALE` planck.
	pub owed: U256,
}

impl<AssetKind, Balance: Default> Pool<AssetKind, Balance> {
	/// An empty pool for `asset`.
	pub fn new(asset: AssetKind) -> Self {
		Self {
			asset,
			reserve: Default::default(),
			revenue: Default::default(),
			rewards: Default::default(),
			buyback_due: Default::default(),
			acc: U256::zero(),
			carry: U256::zero(),
			owed: U256::zero(),
		}
	}
}

/// What one asset did at one day close.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct AssetDay<AssetKind, Balance> {
	/// The asset.
	pub asset: AssetKind,
	/// Platform revenue of the day.
	pub revenue: Balance,
	/// Power rewards of the day (the power share of the emission, CEC only).
	pub rewards: Balance,
	/// Paid to holders: the dividend share of the revenue, the rewards and what was carried.
	pub dividend: Balance,
	/// Sent to the buy-back/operations account (with any share earlier closes could not send).
	pub buyback: Balance,
	/// What one whole CEC (10^12 planck) of power held through the day earned, rounded down.
	pub per_cec: Balance,
	/// Reward per share after the close (`1 / ACC_SCALE` planck).
	pub acc: U256,
}

/// A closed day: the power it paid, and what each revenue asset did.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxAssets))]
#[codec(mel_bound(AssetKind: MaxEncodedLen, Balance: MaxEncodedLen))]
pub struct DayRecord<AssetKind, Balance, MaxAssets: Get<u32>>
where
	AssetKind: Clone + PartialEq + Eq + Debug,
	Balance: Clone + PartialEq + Eq + Debug,
{
	/// Power shares held through the whole day: those the day's dividend was paid to.
	pub shares: u128,
	/// The total power (locked CEC) at the close.
	pub power: Balance,
	/// The share era of `shares`.
	pub era: EraIndex,
	/// Each revenue asset's close.
	pub assets: BoundedVec<AssetDay<AssetKind, Balance>, MaxAssets>,
}

/// A holder's account with the pool.
///
/// `eligible` shares earn from the close `synced` counts on; `pending` shares came during day
/// `pending_day` and earn from its close. `owed` is what it has earned and not claimed, per
/// revenue asset (the pools' order), in `1 / ACC_SCALE` planck.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxAssets))]
#[codec(mel_bound())]
pub struct Holder<MaxAssets: Get<u32>> {
	/// The share era of `eligible` and `pending`.
	pub era: EraIndex,
	/// Shares held through every day since `synced`.
	pub eligible: u128,
	/// Shares added during day `pending_day`.
	pub pending: u128,
	/// The day `pending` came in.
	pub pending_day: DayIndex,
	/// How many days had closed when the account was last brought up to date.
	pub synced: DayIndex,
	/// How many days had closed when pending shares last joined the eligible ones: until one
	/// more closes, those have earned nothing yet.
	pub joined: DayIndex,
	/// Earned and not claimed, per pool, in `1 / ACC_SCALE` planck.
	pub owed: BoundedVec<U256, MaxAssets>,
	/// `synced` at the last claim (to tell a second claim from a day without revenue).
	pub claimed: Option<DayIndex>,
}
