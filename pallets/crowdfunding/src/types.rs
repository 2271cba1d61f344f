//! Campaigns, their milestones, contributions and token holders' positions.

use cec_primitives::Cid;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::{ConstU32, Get},
	BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::Permill;

/// A campaign's id; also the id of its project token in the project-token ledger.
pub type CampaignId = u32;

/// Longest project-token name, in bytes.
pub const MAX_NAME_LEN: u32 = 32;
/// Longest project-token symbol, in bytes.
pub const MAX_SYMBOL_LEN: u32 = 12;
/// A project token's name (clean text).
pub type TokenName = BoundedVec<u8, ConstU32<MAX_NAME_LEN>>;
/// A project token's ticker symbol (clean text).
pub type TokenSymbol = BoundedVec<u8, ConstU32<MAX_SYMBOL_LEN>>;

/// Where a campaign is in its life.
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
pub enum CampaignStatus {
	/// Taking contributions until the deadline (or until the maximum is reached).
	Raising,
	/// Reached its minimum: each contribution is being collected into the campaign's account
	/// and paid for in project tokens ([`crate::Pallet::settle`]); milestones wait until every
	/// one is.
	Funded,
	/// Every contribution collected: milestones, progress reports, revenue and token transfers.
	Active,
	/// Every milestone released; revenue and transfers go on.
	Completed,
	/// Missed its minimum: every contribution is being released to its investor.
	Failed,
	/// Declared in default: the token is frozen, the unreleased funds belong to the token
	/// holders pro rata, and the record stays on chain for good.
	Defaulted,
}

/// A milestone's progress.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum MilestoneState<Balance> {
	/// Not yet submitted.
	Planned,
	/// The promoter submitted this evidence; the approval origin decides.
	Submitted {
		/// The evidence (IPFS CID).
		evidence: Cid,
	},
	/// Approved on this evidence: the promoter may release it.
	Approved {
		/// The evidence (IPFS CID).
		evidence: Cid,
	},
	/// Rejected on this evidence: the campaign is at risk; the promoter may submit again.
	Rejected {
		/// The evidence (IPFS CID).
		evidence: Cid,
	},
	/// Released: `amount` left the campaign's account (the promoter's part and the fee).
	Released {
		/// The evidence (IPFS CID).
		evidence: Cid,
		/// What was released, fee included.
		amount: Balance,
	},
}

/// A milestone as planned and as it stands.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Milestone<Balance, BlockNumber> {
	/// Its share of the raised funds; a plan's shares add up to 100 %.
	pub share: Permill,
	/// The block by which it is due.
	pub due: BlockNumber,
	/// What will prove it (an IPFS CID of the plan's description of the proof).
	pub proof: Cid,
	/// Where it stands.
	pub state: MilestoneState<Balance>,
}

/// A milestone as the promoter plans it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct MilestonePlan<BlockNumber> {
	/// Its share of the raised funds.
	pub share: Permill,
	/// The block by which it is due (after the deadline; later than the one before).
	pub due: BlockNumber,
	/// What will prove it (an IPFS CID).
	pub proof: Cid,
}

/// What a promoter states when it opens a campaign.
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
#[scale_info(skip_type_params(MaxMilestones))]
pub struct CampaignParams<
	AssetId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxMilestones: Get<u32>,
> {
	/// The project's description (an IPFS CID).
	pub description: Cid,
	/// What investors pay in and are paid back in: CEC or a fiat-backed settlement asset.
	pub asset: AssetId,
	/// What the project aims to raise.
	pub target: Balance,
	/// The least raise that makes the campaign succeed.
	pub min_raise: Balance,
	/// The most it takes.
	pub max_raise: Balance,
	/// The last block contributions are taken in.
	pub deadline: BlockNumber,
	/// The project-token units shared among investors pro rata to their contributions.
	pub token_supply: Balance,
	/// The share of the project the tokens stand for: of the project's revenue, this share is
	/// owed to token holders.
	pub equity: Permill,
	/// The token's name.
	pub name: TokenName,
	/// The token's symbol.
	pub symbol: TokenSymbol,
	/// The token's decimals (at most 18).
	pub decimals: u8,
	/// The milestones, in order.
	pub milestones: BoundedVec<MilestonePlan<BlockNumber>, MaxMilestones>,
	/// A progress report is due at least this often (in blocks) once the campaign is active.
	pub report_interval: BlockNumber,
}

/// A campaign.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxMilestones))]
pub struct Campaign<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	AssetId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxMilestones: Get<u32>,
> {
	/// Who opened it: receives released milestones, reports and deposits revenue.
	pub promoter: AccountId,
	/// The project's description (an IPFS CID).
	pub description: Cid,
	/// The settlement asset.
	pub asset: AssetId,
	/// What the project aims to raise.
	pub target: Balance,
	/// The least raise that succeeds.
	pub min_raise: Balance,
	/// The most it takes.
	pub max_raise: Balance,
	/// The last block contributions are taken in.
	pub deadline: BlockNumber,
	/// Units shared among investors.
	pub token_supply: Balance,
	/// The share of the project the tokens stand for.
	pub equity: Permill,
	/// The token's name.
	pub name: TokenName,
	/// The token's symbol.
	pub symbol: TokenSymbol,
	/// The token's decimals.
	pub decimals: u8,
	/// The milestones, in order.
	pub milestones: BoundedVec<Milestone<Balance, BlockNumber>, MaxMilestones>,
	/// A progress report is due at least this often once active.
	pub report_interval: BlockNumber,
	/// Where it is in its life.
	pub status: CampaignStatus,
	/// Contributed in all.
	pub raised: Balance,
	/// How many investors contributed.
	pub contributors: u32,
	/// How many of them have been settled (collected on success, refunded on failure).
	pub settled: u32,
	/// Moved into the campaign's account from investors' holds.
	pub collected: Balance,
	/// Token units minted to investors (at most `token_supply`: each share is rounded down).
	pub minted: Balance,
	/// Paid out of `collected`: milestones (with their fee) and, on default, what went to the
	/// token holders.
	pub released: Balance,
	/// The next milestone to submit or release.
	pub next_milestone: u32,
	/// The last progress report's block (the campaign's activation before the first).
	pub last_report: BlockNumber,
	/// Progress reports so far.
	pub reports: u32,
	/// A report was missed, a milestone was overdue or rejected.
	pub at_risk: bool,
	/// Revenue per token unit so far (see [`cec_primitives::RevenueAccumulator`]).
	pub acc: u128,
	/// Revenue not yet shared out.
	pub carry: Balance,
	/// Revenue deposited so far (on default, the unreleased funds too).
	pub deposited: Balance,
	/// Revenue paid to holders so far.
	pub claimed: Balance,
	/// The CEC deposit held on the promoter for this record.
	pub deposit: Balance,
	/// Why the council declared default (an IPFS CID), if it did.
	pub default_evidence: Option<Cid>,
}

impl<AccountId, AssetId, Balance, BlockNumber, MaxMilestones> cec_primitives::RevenueAccumulator
	for Campaign<AccountId, AssetId, Balance, BlockNumber, MaxMilestones>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	AssetId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxMilestones: Get<u32>,
{
	type Balance = Balance;
	fn acc(&self) -> u128 {
		self.acc
	}
	fn totals_mut(&mut self) -> (&mut u128, &mut Balance, &mut Balance) {
		(&mut self.acc, &mut self.carry, &mut self.deposited)
	}
}

/// An investor's contribution to a campaign still raising or being settled.
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
pub struct Contribution<Balance> {
	/// Held on the investor's account ([`crate::HoldReason::Contribution`]).
	pub amount: Balance,
	/// The CEC deposit held on the investor for this record.
	pub deposit: Balance,
}

/// A token holder's revenue position (the shared accumulator's).
pub type Position<Balance> = cec_primitives::RevenuePosition<Balance>;

/// A progress report, kept for good.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Report<BlockNumber> {
	/// The report (an IPFS CID).
	pub report: Cid,
	/// When it was filed.
	pub at: BlockNumber,
}

/// Why a campaign is at risk.
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
pub enum RiskReason {
	/// A progress report was not filed in time.
	MissedReport,
	/// A milestone passed its due block unapproved.
	OverdueMilestone,
	/// The approval origin rejected a milestone.
	RejectedMilestone,
}
