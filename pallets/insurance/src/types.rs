//! Insurers' pools, products, policies and the oracle's events of record.

use cec_primitives::{Cid, ParcelId, Peril, RegionCode};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::BoundedVec;
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// A product's id.
pub type ProductId = u32;
/// A policy's id.
pub type PolicyId = u32;

/// An appointed insurer.
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
pub struct Insurer<BlockNumber> {
	/// The block governance appointed it in.
	pub appointed_at: BlockNumber,
	/// `false` once governance removed it: it sells nothing more, but its collateral still
	/// answers for the cover it sold.
	pub active: bool,
}

/// An insurer's collateral in one asset, and the worst case it answers for.
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
pub struct Pool<Balance> {
	/// What is held on the insurer's account for [`crate::HoldReason::Collateral`].
	pub collateral: Balance,
	/// The most its live policies can still pay: the sum of their `unpaid` cover. Never above
	/// `collateral`.
	pub exposure: Balance,
}

/// How a product turns survey data into the sum insured.
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
pub enum PayoutRule<Balance> {
	/// Listed trees, each insured for `base + per_metre × its latest height in metres`
	/// (height in centimetres ÷ 100, rounded down).
	PerTree {
		/// Sum insured of every tree.
		base: Balance,
		/// Added per metre of height.
		per_metre: Balance,
	},
	/// The whole parcel, insured for `rate × area in hectares` (m² ÷ 10,000, rounded down),
	/// shared equally by the trees registered when the policy is bought.
	PerHectare {
		/// Sum insured per hectare.
		rate: Balance,
	},
}

/// Cover an insurer sells.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Product<AccountId, AssetId, Balance, BlockNumber> {
	/// Who sells it and pays its claims.
	pub insurer: AccountId,
	/// The asset of the premium, the collateral and the payouts.
	pub asset: AssetId,
	/// The peril it covers.
	pub peril: Peril,
	/// Parcels in regions this code prefixes may be insured.
	pub region: RegionCode,
	/// How long a policy runs, in blocks.
	pub cover_period: BlockNumber,
	/// Premium as a share of the sum insured.
	pub premium_rate: Perbill,
	/// How the sum insured follows from survey data.
	pub rule: PayoutRule<Balance>,
	/// The largest sum insured one policy may have.
	pub max_payout: Balance,
	/// Still sold. A closed product stays until its last policy ends.
	pub open: bool,
	/// Policies not yet expired.
	pub live: u32,
	/// The CEC held on the insurer for this record.
	pub deposit: Balance,
}

/// What a policy covers.
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
pub enum Cover<Balance> {
	/// The trees listed in [`crate::PolicyTrees`], each with its own sum.
	Trees,
	/// Every tree registered on the parcel at purchase (indices `0 .. trees`), each insured for
	/// `share`.
	Parcel {
		/// Each tree's sum insured.
		share: Balance,
	},
}

/// A parcel owner's cover.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Policy<AccountId, AssetId, Balance, BlockNumber> {
	/// The product it was bought from.
	pub product: ProductId,
	/// The product's insurer, who pays.
	pub insurer: AccountId,
	/// The insured: the parcel's (and trees') owner when it was bought, paid on claims while
	/// still the owner.
	pub holder: AccountId,
	/// The asset of premium and payouts.
	pub asset: AssetId,
	/// The insured peril.
	pub peril: Peril,
	/// The parcel.
	pub parcel: ParcelId,
	/// The parcel's region when bought (parametric events match it by prefix).
	pub region: RegionCode,
	/// Listed trees or the whole parcel.
	pub cover: Cover<Balance>,
	/// How many trees it covers.
	pub trees: u32,
	/// Cover starts at this block…
	pub start: BlockNumber,
	/// …and ends at this block (included). Claims stay open `ClaimWindow` blocks longer.
	pub end: BlockNumber,
	/// The sum insured: the most it ever pays.
	pub sum: Balance,
	/// Cover of the trees not yet paid (the insurer's exposure to this policy).
	pub unpaid: Balance,
	/// Paid out so far.
	pub paid: Balance,
	/// The premium the holder paid the insurer.
	pub premium: Balance,
	/// Settled by a parametric event: every tree counts as paid.
	pub settled: bool,
	/// The CEC held on the holder for this record and its trees.
	pub deposit: Balance,
}

/// One insured tree of a policy.
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
pub struct TreeCover<Balance> {
	/// Its sum insured.
	pub sum: Balance,
	/// What a claim paid for it (`None`: not claimed yet). A tree is paid once per policy.
	pub paid: Option<Balance>,
}

/// What a parametric event is about: a peril in a region on a day.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct EventKey {
	/// The region hit; it covers every region its code prefixes.
	pub region: RegionCode,
	/// The peril.
	pub peril: Peril,
	/// The day: block number ÷ `DayLength`.
	pub day: u32,
}

/// One oracle member's report of an event.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Report<AccountId> {
	/// The reporting member.
	pub by: AccountId,
	/// Severity in percent (1–100): what share of the cover the event destroys.
	pub severity: u8,
	/// The evidence on IPFS (satellite imagery, a fire service's notice…).
	pub evidence: Cid,
}

/// Reports of one event, bounded by the committee's size.
pub type ReportsOf<AccountId, S> = BoundedVec<Report<AccountId>, S>;

/// An event of record: a quorum of the oracle committee reported it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct EventRecord<BlockNumber, Reports> {
	/// The severity claims pay by: the median of the reports (the lower one of an even count).
	pub severity: u8,
	/// The block the quorum was reached in.
	pub recorded_at: BlockNumber,
	/// The reports that made it, each with its evidence.
	pub reports: Reports,
}

/// What made a claim payable.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum Trigger {
	/// A parametric event of record.
	Event(EventKey),
	/// A witness's damage record of a tree (`seq` in its history), and a later felling record if
	/// the tree was felled for it (paid as a total loss).
	Witness {
		/// The tree's index in the parcel.
		tree: u32,
		/// The damage record.
		damage: u32,
		/// The felling record, if any.
		felling: Option<u32>,
	},
}
