//! The lockup pallet's types: its parameters, a holder's lock record, a day's record and a C2C
//! listing.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// A day's number: 0 from genesis, one more at each day close.
pub type DayIndex = u32;
/// An index era's number (see [`INDEX_ONE`]).
pub type EraIndex = u32;
/// The id of a C2C listing.
pub type ListingId = u64;
/// The drip index: what one planck locked at the start of an era is worth now, in units of
/// [`INDEX_ONE`].
pub type DripIndex = u128;

/// The drip index at the start of each era: 10^36 (one planck locked then is one planck).
pub const INDEX_ONE: DripIndex = 1_000_000_000_000_000_000_000_000_000_000_000_000;
/// When a day close would bring the index below this (10^18, 18 significant digits left), a new
/// era starts with the index back at [`INDEX_ONE`]. At the fastest drip this allowed (say 1 % a
/// day) an era lasts more than 4,000 days; a locked amount untouched through three whole eras is
/// below one planck, so settling a lock never looks at more than three eras.
pub const ERA_FLOOR: DripIndex = 1_000_000_000_000_000_000;

/// What governance sets: the drip's bounds and activity target, the C2C band and fee, the
/// pre-sale window, the length of a day and who gets transaction priority.
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
pub struct LockupParams<BlockNumber, Balance> {
	/// Share of every lock that drips free on a day with no activity.
	pub min_rate: Perbill,
	/// Share of every lock that drips free on a day whose activity reached the target.
	pub max_rate: Perbill,
	/// Successful signed extrinsics in a day at which the drip reaches `max_rate` (more does not
	/// drip faster); the rate rises linearly from `min_rate` at none.
	pub activity_target: u32,
	/// How far a C2C price may be from the reference price, either way.
	pub band: Perbill,
	/// The C2C fee, charged to the buyer on top of the price, in the listing's asset.
	pub fee: Perbill,
	/// Blocks a rare item's pre-sale lasts after it is listed.
	pub presale_window: BlockNumber,
	/// The coin-days (CEC × days, in planck × days) a holder needs when a pre-sale opens; the
	/// threshold falls linearly to zero at the end of the window.
	pub presale_top_score: u128,
	/// Blocks in a day.
	pub day_length: BlockNumber,
	/// The least locked CEC that earns transaction priority: a tiny lock buys none.
	pub min_priority_lock: Balance,
}

/// One holder's locked CEC.
///
/// Locked CEC is `base` scaled by the drip since the snapshot (`index` in era `era`); what has
/// dripped since is unlockable, less what was unlocked already (`released`). The lockup's freeze
/// on the account is always `base + carried − released + listed`: the drip moves CEC from locked
/// to unlockable inside the freeze, and only [`crate::Pallet::unlock`], a sale or a cancelled
/// listing lowers it. On top of that the freeze carries `stacked`: what the runtime keeps frozen
/// otherwise and must not also back a lock ([`crate::Config::OtherFrozen`]), because
/// pallet-balances lets freezes overlap. The snapshot is taken afresh only when more CEC is locked, so how often a
/// holder touches its lock never changes how fast it drips.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct LockRecord<Balance, BlockNumber> {
	/// Locked CEC at the snapshot.
	pub base: Balance,
	/// The drip index at the snapshot.
	pub index: DripIndex,
	/// The era of `index`.
	pub era: EraIndex,
	/// Power shares in era `era`: `base` × [`INDEX_ONE`] / `index`, rounded down. Unchanged by
	/// the drip.
	pub shares: u128,
	/// Of what dripped since the snapshot, how much was unlocked (or listed) already.
	pub released: Balance,
	/// What had dripped before the snapshot and is still unlockable.
	pub carried: Balance,
	/// CEC on this holder's open C2C listings (held, and inside the freeze).
	pub listed: Balance,
	/// How many C2C listings this holder has open.
	pub listings: u32,
	/// The amount-weighted block the locked CEC was locked at: coin-days count from here.
	pub since: BlockNumber,
	/// [`crate::Config::OtherFrozen`] when the record was last stored, added to the freeze.
	pub stacked: Balance,
}

/// A closed day.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct DayRecord {
	/// Successful signed extrinsics in the day.
	pub activity: u32,
	/// The share of every lock that dripped free at its close.
	pub rate: Perbill,
	/// The drip index after the close.
	pub index: DripIndex,
	/// The era of `index`.
	pub era: EraIndex,
}

/// Available CEC offered on the C2C market.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Listing<AccountId, AssetId, Balance> {
	/// Who sells.
	pub seller: AccountId,
	/// The settlement asset the seller is paid in.
	pub asset: AssetId,
	/// CEC (planck) still for sale, held on the seller.
	pub amount: Balance,
	/// Units of `asset` for one whole CEC.
	pub price: Balance,
	/// CEC held on the seller for this listing's storage, returned when it closes.
	pub deposit: Balance,
}
