//! # Equity crowdfunding
//!
//! Forestry projects (eco-tourism, seedling breeding, plantations) raise money from many small
//! investors, and the money is held **by rule, not by the promoter**:
//!
//! - A KYC-verified **promoter** opens a campaign ([`Pallet::create_campaign`]): the project's
//!   description, a settlement asset (CEC or a fiat-backed asset), a target with a minimum and a
//!   maximum raise, a deadline, the project-token units offered and the share of the project
//!   they stand for, a milestone plan (each milestone's share of the funds, due block and what
//!   proves it) and a reporting interval. A CEC deposit on the promoter backs the record.
//! - KYC-verified **investors** contribute ([`Pallet::contribute`]). A contribution stays on the
//!   investor's own account as a hold ([`HoldReason::Contribution`]) until the campaign is
//!   decided; nothing reaches a pool before success.
//! - After the deadline (or once the maximum is reached) anyone **finalises** it
//!   ([`Pallet::finalize`]). Under the minimum it has failed, and each contribution is released
//!   to its investor; at or over the minimum it has succeeded: each contribution moves to the
//!   campaign's account and its investor receives project tokens pro rata (a `pallet-assets`
//!   instance the runtime reserves for project tokens). Either is done per investor by
//!   [`Pallet::settle`], which anyone may call (the investor, the promoter, a bot) and which costs
//!   O(1): no block ever loops over investors.
//! - **Milestones** release the funds in order. The promoter submits a milestone's evidence
//!   ([`Pallet::submit_milestone`]); the council approves or rejects it
//!   ([`Pallet::approve_milestone`], [`Pallet::reject_milestone`]); the promoter then releases
//!   an approved milestone ([`Pallet::release_milestone`]), less the platform fee, which goes
//!   to the revenue path.
//! - The promoter **reports progress** at least every reporting interval
//!   ([`Pallet::report_progress`]); the reports stay on chain. A missed report, an overdue or a
//!   rejected milestone puts the campaign **at risk** ([`Pallet::flag_missed_reports`]).
//! - **Dividends**: the promoter deposits project revenue ([`Pallet::deposit_revenue`]); token
//!   holders claim it pro rata in O(1) ([`Pallet::claim`]) through the same accumulator the
//!   tree-backed revenue tokens use ([`cec_primitives::RevenueAccumulator`]). Tokens move only
//!   through [`Pallet::transfer`], which settles both sides first.
//! - **Default**: the council declares it ([`Pallet::declare_default`]) with its evidence, or
//!   anyone does once [`Config::MaxMissedReports`] reports in a row were missed
//!   ([`Pallet::flag_missed_reports`]). The token freezes, the unreleased funds are shared out
//!   to token holders pro rata (each claims its part), and the campaign's record, milestones'
//!   evidence and reports stay on chain for good.
//!
//! Every record a signed account creates holds a CEC deposit on it. Calls are thin: each hands
//! over to a `do_*` function in `features/<capability>.rs`.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use cec_primitives::Cid;
pub use types::*;
pub use weights::WeightInfo;

use cec_primitives::{KycCheck, RevenueSink};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible, fungibles, Contains},
	PalletId,
};
use frame_system::pallet_prelude::*;
use sp_runtime::{traits::AccountIdConversion, Perbill};

/// A settlement asset.
pub type AssetIdOf<T> = <<T as Config>::Currency as fungibles::Inspect<
	<T as frame_system::Config>::AccountId,
>>::AssetId;
/// An amount of any asset (CEC deposits and project tokens too).
pub type BalanceOf<T> = <<T as Config>::Currency as fungibles::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;
/// A campaign of this runtime.
pub type CampaignOf<T> = Campaign<
	<T as frame_system::Config>::AccountId,
	AssetIdOf<T>,
	BalanceOf<T>,
	BlockNumberFor<T>,
	<T as Config>::MaxMilestones,
>;
/// A campaign's parameters in this runtime.
pub type CampaignParamsOf<T> =
	CampaignParams<AssetIdOf<T>, BalanceOf<T>, BlockNumberFor<T>, <T as Config>::MaxMilestones>;

/// The benchmarks measure contributions, settlements, claims and releases with up to this many
/// other investors in the campaign; the weights charge for this many (the measured slope is flat,
/// see the README).
pub const BENCH_INVESTORS: u32 = 10_000;

/// Freezing a project token in its ledger, so wallets and Polkadot.js Apps show it frozen.
pub trait FreezeToken {
	/// Freeze the token `id` (the campaign's id).
	fn freeze(id: CampaignId) -> DispatchResult;
}
impl FreezeToken for () {
	fn freeze(_id: CampaignId) -> DispatchResult {
		Ok(())
	}
}

/// What the benchmarks need of the runtime: KYC and money.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, AssetId, Balance> {
	/// A settlement asset campaigns may use, existing.
	fn asset() -> AssetId;
	/// Give `who` `amount` of `asset` and CEC for deposits.
	fn endow(asset: &AssetId, who: &AccountId, amount: Balance);
	/// Give `who` a working KYC claim for crowdfunding.
	fn verify(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The crowdfunding pallet.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A contribution, on the investor's account until its campaign is decided.
		Contribution,
		/// The CEC deposit of a campaign or a report (on the promoter) or of a contribution
		/// record (on the investor).
		Deposit,
	}

	/// Configuration of the crowdfunding pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Contributions: holds in CEC or a settlement asset.
		type Currency: fungibles::Inspect<Self::AccountId>
			+ fungibles::InspectHold<Self::AccountId>
			+ fungibles::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The same assets' free balances: the campaign account's payments.
		type Payments: fungibles::Mutate<
			Self::AccountId,
			AssetId = AssetIdOf<Self>,
			Balance = BalanceOf<Self>,
		>;
		/// The assets whose free balance carries freezes (CEC: lockups, vesting). A contribution
		/// in one of them must leave the account's freezes covered without counting its holds,
		/// because on success the held contribution leaves the account.
		type FreezableAssets: Contains<AssetIdOf<Self>>;
		/// CEC, for storage deposits.
		type DepositCurrency: fungible::MutateHold<
			Self::AccountId,
			Balance = BalanceOf<Self>,
			Reason = Self::RuntimeHoldReason,
		>;
		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;
		/// The project-token ledger: this pallet creates, mints and moves every token in it
		/// (the ledger's own calls must be disabled), one per campaign with the campaign's id.
		type ProjectTokens: fungibles::Mutate<Self::AccountId, AssetId = CampaignId, Balance = BalanceOf<Self>>
			+ fungibles::Create<Self::AccountId>
			+ fungibles::metadata::Mutate<Self::AccountId>;
		/// Freezes a defaulted campaign's token in the ledger.
		type FreezeToken: FreezeToken;
		/// The KYC gate: promoters, investors and token receivers need a claim for
		/// [`cec_primitives::KycUse::Crowdfunding`].
		type Kyc: KycCheck<Self::AccountId>;
		/// The least KYC level they need.
		#[pallet::constant]
		type MinKycLevel: Get<u8>;
		/// Where the platform fee on released milestones goes.
		type Revenue: RevenueSink<Self::AccountId, AssetIdOf<Self>, BalanceOf<Self>>;
		/// The platform fee, a share of each released milestone.
		type FeeRate: Get<Perbill>;
		/// Approves and rejects milestones.
		type MilestoneOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Declares a campaign in default.
		type DefaultOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Derives each campaign's account and owns the project tokens.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// The most milestones a plan has.
		#[pallet::constant]
		type MaxMilestones: Get<u32>;
		/// The longest a campaign raises: its deadline is at most this many blocks away.
		#[pallet::constant]
		type MaxRaisingPeriod: Get<BlockNumberFor<Self>>;
		/// The shortest reporting interval.
		#[pallet::constant]
		type MinReportInterval: Get<BlockNumberFor<Self>>;
		/// The longest reporting interval: missed reports must be able to default a campaign.
		#[pallet::constant]
		type MaxReportInterval: Get<BlockNumberFor<Self>>;
		/// The last milestone is due at most this long after the deadline, so that an overdue
		/// milestone is always possible.
		#[pallet::constant]
		type MaxProjectLength: Get<BlockNumberFor<Self>>;
		/// After this many reports missed in a row, anyone may put the campaign in default.
		#[pallet::constant]
		type MaxMissedReports: Get<u32>;
		/// The largest token supply (at most half the balance range, as for every ledger that
		/// credits through `fungibles`).
		#[pallet::constant]
		type MaxSupply: Get<BalanceOf<Self>>;
		/// CEC held on the promoter per campaign…
		#[pallet::constant]
		type CampaignDeposit: Get<BalanceOf<Self>>;
		/// …plus this per milestone.
		#[pallet::constant]
		type MilestoneDeposit: Get<BalanceOf<Self>>;
		/// CEC held on an investor per contribution record, returned when it is settled.
		#[pallet::constant]
		type ContributionDeposit: Get<BalanceOf<Self>>;
		/// CEC held on the promoter per progress report, kept with the report.
		#[pallet::constant]
		type ReportDeposit: Get<BalanceOf<Self>>;
		/// Measured weights.
		type WeightInfo: WeightInfo;
		/// Benchmark set-up.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, AssetIdOf<Self>, BalanceOf<Self>>;
	}

	/// The id the next campaign gets (and its token).
	#[pallet::storage]
	pub type NextCampaignId<T: Config> = StorageValue<_, CampaignId, ValueQuery>;

	/// Campaigns. A failed one goes once every investor is refunded; the others stay for good.
	#[pallet::storage]
	pub type Campaigns<T: Config> = StorageMap<_, Twox64Concat, CampaignId, CampaignOf<T>>;

	/// Contributions not yet settled.
	#[pallet::storage]
	pub type Contributions<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		CampaignId,
		Blake2_128Concat,
		T::AccountId,
		Contribution<BalanceOf<T>>,
	>;

	/// Token holders' revenue positions, kept while a holder holds units or is owed something.
	#[pallet::storage]
	pub type Holders<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		CampaignId,
		Blake2_128Concat,
		T::AccountId,
		Position<BalanceOf<T>>,
		ValueQuery,
	>;

	/// Progress reports by campaign and number, kept for good.
	#[pallet::storage]
	pub type Reports<T: Config> =
		StorageDoubleMap<_, Twox64Concat, CampaignId, Twox64Concat, u32, Report<BlockNumberFor<T>>>;

	/// Events of the crowdfunding pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A promoter opened a campaign.
		CampaignCreated {
			/// The campaign (and its token's id).
			campaign: CampaignId,
			/// Its promoter.
			promoter: T::AccountId,
			/// The settlement asset.
			asset: AssetIdOf<T>,
			/// The deposit held on the promoter.
			deposit: BalanceOf<T>,
		},
		/// An investor contributed; the amount is held on its account.
		Contributed {
			/// The campaign.
			campaign: CampaignId,
			/// The investor.
			who: T::AccountId,
			/// This contribution.
			amount: BalanceOf<T>,
			/// The campaign's raise now.
			raised: BalanceOf<T>,
		},
		/// The campaign reached its minimum: its contributions are being collected.
		CampaignSucceeded {
			/// The campaign.
			campaign: CampaignId,
			/// Raised in all.
			raised: BalanceOf<T>,
		},
		/// The campaign missed its minimum: its contributions are being released.
		CampaignFailed {
			/// The campaign.
			campaign: CampaignId,
			/// Raised in all.
			raised: BalanceOf<T>,
		},
		/// A contribution moved to the campaign's account; its investor received tokens.
		ContributionCollected {
			/// The campaign.
			campaign: CampaignId,
			/// The investor.
			who: T::AccountId,
			/// The contribution.
			amount: BalanceOf<T>,
			/// Project-token units minted to the investor.
			tokens: BalanceOf<T>,
		},
		/// A contribution to a failed campaign was released to its investor.
		ContributionRefunded {
			/// The campaign.
			campaign: CampaignId,
			/// The investor.
			who: T::AccountId,
			/// The contribution.
			amount: BalanceOf<T>,
		},
		/// Every contribution is collected: milestones, reports and revenue begin.
		CampaignActive {
			/// The campaign.
			campaign: CampaignId,
			/// Collected in all.
			collected: BalanceOf<T>,
			/// Token units minted in all.
			minted: BalanceOf<T>,
		},
		/// A failed campaign with every contribution refunded was removed and its deposits
		/// returned.
		CampaignRemoved {
			/// The campaign.
			campaign: CampaignId,
		},
		/// The promoter submitted a milestone's evidence.
		MilestoneSubmitted {
			/// The campaign.
			campaign: CampaignId,
			/// The milestone.
			index: u32,
			/// The evidence.
			evidence: Cid,
		},
		/// The approval origin approved a milestone.
		MilestoneApproved {
			/// The campaign.
			campaign: CampaignId,
			/// The milestone.
			index: u32,
		},
		/// The approval origin rejected a milestone.
		MilestoneRejected {
			/// The campaign.
			campaign: CampaignId,
			/// The milestone.
			index: u32,
		},
		/// A milestone's funds left the campaign's account.
		MilestoneReleased {
			/// The campaign.
			campaign: CampaignId,
			/// The milestone.
			index: u32,
			/// Paid to the promoter.
			amount: BalanceOf<T>,
			/// Paid to the revenue account as the platform fee.
			fee: BalanceOf<T>,
		},
		/// Every milestone is released.
		CampaignCompleted {
			/// The campaign.
			campaign: CampaignId,
		},
		/// The promoter filed a progress report.
		ProgressReported {
			/// The campaign.
			campaign: CampaignId,
			/// The report's number.
			number: u32,
			/// The report.
			report: Cid,
		},
		/// The campaign is at risk.
		CampaignAtRisk {
			/// The campaign.
			campaign: CampaignId,
			/// Why.
			reason: RiskReason,
		},
		/// The promoter deposited revenue for token holders.
		RevenueDeposited {
			/// The campaign.
			campaign: CampaignId,
			/// Deposited.
			amount: BalanceOf<T>,
			/// What each token unit earned, in 10⁻¹² of the asset's smallest unit.
			per_unit: u128,
			/// Not yet shared out, carried into the next deposit.
			carry: BalanceOf<T>,
		},
		/// A token holder claimed its share of revenue (and, after a default, of the unreleased
		/// funds).
		Claimed {
			/// The campaign.
			campaign: CampaignId,
			/// The holder.
			who: T::AccountId,
			/// Paid.
			amount: BalanceOf<T>,
		},
		/// Project tokens changed hands.
		Transferred {
			/// The campaign.
			campaign: CampaignId,
			/// The sender.
			from: T::AccountId,
			/// The receiver.
			to: T::AccountId,
			/// Units moved.
			amount: BalanceOf<T>,
		},
		/// The campaign is in default: its token is frozen and `unreleased` is shared out to the
		/// token holders.
		Defaulted {
			/// The campaign.
			campaign: CampaignId,
			/// The council's evidence; `None` when it followed from missed reports.
			evidence: Option<Cid>,
			/// The funds not yet released, now the token holders'.
			unreleased: BalanceOf<T>,
		},
	}

	/// Errors of the crowdfunding pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// No such campaign.
		UnknownCampaign,
		/// Only the campaign's promoter may do this.
		NotPromoter,
		/// Not a valid IPFS CID.
		BadCid,
		/// The token's name is not clean text.
		BadName,
		/// The token's symbol is not clean text.
		BadSymbol,
		/// At most 18 decimals.
		BadDecimals,
		/// Amounts must be 0 < minimum ≤ target ≤ maximum, each at least the asset's minimum
		/// balance.
		BadAmounts,
		/// The deadline must be in the future, within `MaxRaisingPeriod`.
		BadDeadline,
		/// The plan needs 1 to `MaxMilestones` milestones whose shares add up to 100 % and whose
		/// due blocks follow the deadline and each other, the last within `MaxProjectLength` of
		/// the deadline.
		BadMilestones,
		/// The reporting interval is outside `MinReportInterval`..=`MaxReportInterval`.
		BadReportInterval,
		/// The token supply is zero or above `MaxSupply`.
		BadSupply,
		/// The campaign does not take contributions: its deadline has passed or it is decided.
		DeadlinePassed,
		/// The contribution would lift the raise above the maximum.
		AboveMaximum,
		/// A contribution is at least the asset's minimum balance.
		ContributionTooSmall,
		/// A promoter cannot invest in its own campaign.
		PromoterCannotInvest,
		/// The account cannot pay this (only its spendable balance counts; in CEC, its freezes
		/// must stay covered without its holds).
		InsufficientBalance,
		/// The campaign is still raising.
		StillRaising,
		/// No unsettled contribution of this investor to this campaign.
		NoContribution,
		/// The campaign is not active (raising, being settled, failed, completed or in
		/// default).
		NotActive,
		/// Milestones go in order: this is not the next one.
		OutOfOrder,
		/// No such milestone in the plan.
		UnknownMilestone,
		/// The milestone has no evidence waiting for a decision.
		NotSubmitted,
		/// The milestone is submitted or approved already.
		AlreadySubmitted,
		/// The milestone is not approved.
		NotApproved,
		/// Nothing is owed to the caller.
		NothingToClaim,
		/// The token is frozen: the campaign is in default.
		TokenFrozen,
		/// The token moves only once the campaign is active.
		NotTradable,
		/// Amounts must not be zero.
		ZeroAmount,
		/// Sender and receiver are the same account.
		SelfTransfer,
		/// The sender holds fewer units.
		InsufficientTokens,
		/// No report is missed and no milestone is overdue.
		ReportsUpToDate,
		/// An amount overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			use sp_runtime::traits::{CheckedAdd, Zero};
			let max = T::MaxSupply::get();
			assert!(!max.is_zero(), "MaxSupply must allow a supply");
			assert!(max.checked_add(&max).is_some(), "MaxSupply must be at most half the range");
			assert!(T::MaxMilestones::get() > 0, "a plan has a milestone");
			assert!(!T::MinReportInterval::get().is_zero(), "reports need an interval");
			assert!(
				T::MinReportInterval::get() <= T::MaxReportInterval::get(),
				"the reporting interval's bounds are in order"
			);
			assert!(T::MaxMissedReports::get() > 0, "a default needs missed reports");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Open a campaign with `params`. Holds `CampaignDeposit` + `MilestoneDeposit` per
		/// milestone in CEC on the caller, and pays the asset's minimum balance into the
		/// campaign's account so that it lives as long as the campaign.
		///
		/// Origin must be Signed by a promoter with a KYC claim for crowdfunding. Emits
		/// `CampaignCreated`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_campaign(params.milestones.len() as u32))]
		pub fn create_campaign(
			origin: OriginFor<T>,
			params: CampaignParamsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_campaign(who, params)
		}

		/// Contribute `amount` of the campaign's asset. It is held on the caller's account until
		/// the campaign is decided; the first contribution also holds `ContributionDeposit` CEC.
		///
		/// Origin must be Signed by an investor with a KYC claim for crowdfunding, not the
		/// promoter, while the campaign raises and up to its maximum. Emits `Contributed`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::contribute(BENCH_INVESTORS))]
		pub fn contribute(
			origin: OriginFor<T>,
			campaign: CampaignId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_contribute(who, campaign, amount)
		}

		/// Decide a campaign after its deadline (or once it reached its maximum): it succeeded
		/// at or above its minimum, and its project token is created; otherwise it failed.
		///
		/// Origin must be Signed (anyone). Emits `CampaignSucceeded` or `CampaignFailed`, and
		/// `CampaignActive` or `CampaignRemoved` when there is nobody to settle.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::finalize().max(T::WeightInfo::settle_refund(0)))]
		pub fn finalize(origin: OriginFor<T>, campaign: CampaignId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_finalize(campaign)
		}

		/// Settle `investor`'s contribution to a decided campaign: on success it moves to the
		/// campaign's account and the investor receives its tokens; on failure it is released.
		/// Either way the record's deposit goes back. The last settlement activates a
		/// successful campaign or removes a failed one.
		///
		/// Origin must be Signed (anyone: the investor, the promoter or a bot). Emits
		/// `ContributionCollected` or `ContributionRefunded`, then `CampaignActive` or
		/// `CampaignRemoved` when it was the last.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::settle_collect(BENCH_INVESTORS)
			.max(T::WeightInfo::settle_refund(BENCH_INVESTORS)))]
		pub fn settle(
			origin: OriginFor<T>,
			campaign: CampaignId,
			investor: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle(campaign, investor)
		}

		/// Submit the evidence of milestone `index` (the next one) for approval.
		///
		/// Origin must be Signed by the promoter of an active campaign. Emits
		/// `MilestoneSubmitted`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::submit_milestone())]
		pub fn submit_milestone(
			origin: OriginFor<T>,
			campaign: CampaignId,
			index: u32,
			evidence: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_milestone(who, campaign, index, evidence)
		}

		/// Approve submitted milestone `index`: the promoter may release it.
		///
		/// Origin must be [`Config::MilestoneOrigin`]. Emits `MilestoneApproved`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::decide_milestone())]
		pub fn approve_milestone(
			origin: OriginFor<T>,
			campaign: CampaignId,
			index: u32,
		) -> DispatchResult {
			T::MilestoneOrigin::ensure_origin(origin)?;
			Self::do_decide_milestone(campaign, index, true)
		}

		/// Reject submitted milestone `index`: the campaign is at risk; the promoter may submit
		/// again.
		///
		/// Origin must be [`Config::MilestoneOrigin`]. Emits `MilestoneRejected` and
		/// `CampaignAtRisk`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::decide_milestone())]
		pub fn reject_milestone(
			origin: OriginFor<T>,
			campaign: CampaignId,
			index: u32,
		) -> DispatchResult {
			T::MilestoneOrigin::ensure_origin(origin)?;
			Self::do_decide_milestone(campaign, index, false)
		}

		/// Release approved milestone `index` (the next one): its share of the collected funds
		/// (the last takes what is left) goes to the promoter, less the platform fee to the
		/// revenue account.
		///
		/// Origin must be Signed by the promoter. Emits `MilestoneReleased`, and
		/// `CampaignCompleted` after the last.
		#[pallet::call_index(7)]
		#[pallet::weight(
			T::WeightInfo::release_milestone(BENCH_INVESTORS)
				.saturating_add(T::Revenue::note_weight())
		)]
		pub fn release_milestone(
			origin: OriginFor<T>,
			campaign: CampaignId,
			index: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_release_milestone(who, campaign, index)
		}

		/// File a progress report, kept on chain for good with `ReportDeposit` CEC held on the
		/// promoter. A report filed late marks the campaign at risk.
		///
		/// Origin must be Signed by the promoter of an active campaign. Emits
		/// `ProgressReported`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::report_progress())]
		pub fn report_progress(
			origin: OriginFor<T>,
			campaign: CampaignId,
			report: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_report_progress(who, campaign, report)
		}

		/// Check an active campaign's reports and milestones: after `MaxMissedReports` missed
		/// reports in a row it is put in default; after one, or with a milestone overdue, it is
		/// marked at risk.
		///
		/// Origin must be Signed (anyone). Emits `CampaignAtRisk` or `Defaulted`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::flag_missed_reports())]
		pub fn flag_missed_reports(origin: OriginFor<T>, campaign: CampaignId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_flag_missed_reports(campaign)
		}

		/// Deposit `amount` of project revenue (in the campaign's asset) for the token holders.
		///
		/// Origin must be Signed by the promoter of an active or completed campaign. Emits
		/// `RevenueDeposited`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::deposit_revenue())]
		pub fn deposit_revenue(
			origin: OriginFor<T>,
			campaign: CampaignId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deposit_revenue(who, campaign, amount)
		}

		/// Claim the caller's share of the revenue deposited while it held tokens (and, after a
		/// default, of the unreleased funds).
		///
		/// Origin must be Signed by an account owed something. Emits `Claimed`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::claim(BENCH_INVESTORS))]
		pub fn claim(origin: OriginFor<T>, campaign: CampaignId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim(who, campaign)
		}

		/// Send `amount` project-token units to `to`, settling both sides' revenue first.
		///
		/// Origin must be Signed by a holder of the token of an active or completed campaign;
		/// `to` needs a KYC claim for crowdfunding. Emits `Transferred`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::transfer())]
		pub fn transfer(
			origin: OriginFor<T>,
			campaign: CampaignId,
			to: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_transfer(who, campaign, to, amount)
		}

		/// Declare an active campaign in default on `evidence`: its token freezes, its
		/// unreleased funds are shared out to token holders, and its records stay for good.
		///
		/// Origin must be [`Config::DefaultOrigin`]. Emits `Defaulted`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::declare_default())]
		pub fn declare_default(
			origin: OriginFor<T>,
			campaign: CampaignId,
			evidence: Cid,
		) -> DispatchResult {
			T::DefaultOrigin::ensure_origin(origin)?;
			Self::do_default(campaign, Some(evidence))
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The account a campaign's collected funds and revenue wait in.
	pub fn campaign_account(campaign: CampaignId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating((*b"cf", campaign))
	}

	/// The account that owns every project token.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}
}

sp_api::decl_runtime_apis! {
	/// Queries of crowdfunding campaigns.
	pub trait CrowdfundingApi<AccountId, Balance> where
		AccountId: codec::Codec,
		Balance: codec::Codec,
	{
		/// What `who` can claim from `campaign` now (revenue and, after a default, its share of
		/// the unreleased funds).
		fn claimable(campaign: CampaignId, who: AccountId) -> Balance;
	}
}
