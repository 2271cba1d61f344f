//! # Parametric forest insurance
//!
//! Insurers sell disaster and pest cover to forest owners, and **the chain pays valid claims**:
//! no insurer call is needed, and none can stop one.
//!
//! - Governance appoints **insurers** ([`Pallet::appoint_insurer`]); each must hold a KYC claim
//!   for insurance. An insurer posts **collateral** in an asset (CEC or a settlement asset): a
//!   hold on its own account ([`HoldReason::Collateral`]).
//! - An insurer publishes **products** ([`Pallet::create_product`]): a peril, a region, a cover
//!   period, a premium rate and a [`PayoutRule`] that turns survey data into the sum insured (per
//!   tree by its latest height, or per hectare of the parcel), with a largest sum per policy.
//! - A parcel owner with a KYC claim for insurance **buys a policy** ([`Pallet::buy_policy`]) on
//!   an attested parcel of the product's region, for listed standing trees or the whole parcel.
//!   The premium goes to the insurer and the platform fee on top to the revenue account. No
//!   policy is sold that would lift the insurer's **exposure** — the most its live policies can
//!   still pay — above its collateral, and collateral never leaves below the exposure.
//! - **Triggers.** An oracle committee (governance appoints its members; the runtime uses
//!   `pallet-membership`) reports parametric events: a peril in a region on a day, with a
//!   severity and evidence. When [`Config::OracleQuorum`] members have reported the same event it
//!   becomes an **event of record**, at the median severity. A witness's damage record of an
//!   insured tree, for the insured peril and during cover, is the other trigger.
//! - **Payouts** are pulled, O(1) each, by the holder ([`Pallet::claim_event`],
//!   [`Pallet::claim_tree`]) and paid straight from the insurer's held collateral: nobody else
//!   can settle a policy for less. Cover starts at the next day boundary after purchase, so a
//!   loss already under way is not covered. A tree is paid at most once per policy, an event settles the policy's unpaid
//!   trees at once, and a policy never pays more than its sum.
//! - Policies **expire lazily**: after cover and the claim window, anyone may
//!   [`Pallet::expire_policy`], which frees the insurer's exposure and returns the holder's
//!   deposit.
//!
//! Every record a signed account creates holds a CEC deposit on it, returned when the record
//! goes ([`HoldReason::Deposit`]). Calls are thin: each hands over to a `do_*` function in
//! `features/<capability>.rs`.

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

pub use cec_primitives::{Cid, ParcelId, Peril, RegionCode, TreeIndex};
pub use types::*;
pub use weights::WeightInfo;

use cec_primitives::{KycCheck, RevenueSink, TreeRegistry};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible, fungibles, Contains},
};
use frame_system::pallet_prelude::*;
use sp_runtime::{traits::Saturating, Perbill};

/// An asset of premiums, collateral and payouts.
pub type AssetIdOf<T> = <<T as Config>::Currency as fungibles::Inspect<
	<T as frame_system::Config>::AccountId,
>>::AssetId;
/// An amount of any asset (CEC deposits too).
pub type BalanceOf<T> = <<T as Config>::Currency as fungibles::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;
/// A product of this runtime.
pub type ProductOf<T> =
	Product<<T as frame_system::Config>::AccountId, AssetIdOf<T>, BalanceOf<T>, BlockNumberFor<T>>;
/// A policy of this runtime.
pub type PolicyOf<T> =
	Policy<<T as frame_system::Config>::AccountId, AssetIdOf<T>, BalanceOf<T>, BlockNumberFor<T>>;
/// The reports of one event in this runtime.
pub type ReportsFor<T> =
	ReportsOf<<T as frame_system::Config>::AccountId, <T as Config>::MaxOracleMembers>;
/// An event of record of this runtime.
pub type EventRecordOf<T> = EventRecord<BlockNumberFor<T>, ReportsFor<T>>;

/// What the benchmarks need of the runtime: a registry with parcels and trees, KYC and money.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, AssetId, Balance> {
	/// An asset products may use, existing.
	fn asset() -> AssetId;
	/// Give `who` `amount` of `asset` and CEC for deposits.
	fn endow(asset: &AssetId, who: &AccountId, amount: Balance);
	/// Give `who` a working KYC claim for insurance.
	fn verify(who: &AccountId);
	/// The region code of the parcels [`Self::parcel`] registers.
	fn region() -> RegionCode;
	/// Register and attest a parcel of `owner` in [`Self::region`] with `trees` standing trees
	/// (1 m tall or more).
	fn parcel(owner: &AccountId, trees: u32) -> ParcelId;
	/// A witness (not the owner) records damage of `peril` at `severity` % on tree `index` of
	/// `parcel`, then fells it; returns the two records' numbers in its history.
	fn damage_and_fell(
		parcel: ParcelId,
		index: TreeIndex,
		peril: Peril,
		severity: u8,
	) -> (u32, u32);
	/// Make `who` a member of the oracle committee.
	fn add_oracle_member(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The insurance pallet.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An insurer's collateral, in the asset of its products.
		Collateral,
		/// The CEC deposit of a product (on its insurer) or a policy (on its holder).
		Deposit,
	}

	/// Configuration of the insurance pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Collateral: holds in CEC or a settlement asset; payouts move it on hold to the
		/// holder.
		type Currency: fungibles::Inspect<Self::AccountId>
			+ fungibles::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The same assets' free balances, for premiums and fees.
		type Payments: fungibles::Mutate<
			Self::AccountId,
			AssetId = AssetIdOf<Self>,
			Balance = BalanceOf<Self>,
		>;
		/// The assets whose free balance carries freezes (CEC: lockups, vesting). Collateral in one
		/// of them must leave the account's freezes covered without counting its holds: holds
		/// overlap freezes, and a payout carries held collateral off the account.
		type FreezableAssets: Contains<AssetIdOf<Self>>;
		/// CEC, for storage deposits.
		type DepositCurrency: fungible::MutateHold<
			Self::AccountId,
			Balance = BalanceOf<Self>,
			Reason = Self::RuntimeHoldReason,
		>;
		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;
		/// The forestry registry: parcels, trees and their damage records.
		type Registry: TreeRegistry<Self::AccountId, BlockNumberFor<Self>>;
		/// The KYC gate: insurers and buyers need a claim for [`cec_primitives::KycUse::Insurance`].
		type Kyc: KycCheck<Self::AccountId>;
		/// The least KYC level insurers and buyers need.
		#[pallet::constant]
		type MinKycLevel: Get<u8>;
		/// Where the platform fee on premiums goes.
		type Revenue: RevenueSink<Self::AccountId, AssetIdOf<Self>, BalanceOf<Self>>;
		/// The platform fee, a share of the premium paid on top of it.
		type FeeRate: Get<Perbill>;
		/// Appoints and removes insurers.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The oracle committee's members.
		type OracleMembers: Contains<Self::AccountId>;
		/// How many members must report an event before it is of record (at least 1).
		type OracleQuorum: Get<u32>;
		/// The most members the committee has (bounds the reports kept per event).
		#[pallet::constant]
		type MaxOracleMembers: Get<u32>;
		/// The length of an event's day, in blocks (a chain's genesis may set a shorter one, as
		/// development chains do). Cover starts at the next day boundary after purchase.
		#[pallet::constant]
		type DayLength: Get<BlockNumberFor<Self>>;
		/// A witness's damage record followed by a felling record pays a total loss only from
		/// this severity (percent) on; below it the damage's own severity is paid.
		#[pallet::constant]
		type TotalLossSeverity: Get<u8>;
		/// Reports of a day are taken until this many days after it.
		#[pallet::constant]
		type ReportWindow: Get<u32>;
		/// Claims are taken until this many blocks after cover ends (longer than the report
		/// window, so an event on cover's last day can still be reported and claimed).
		#[pallet::constant]
		type ClaimWindow: Get<BlockNumberFor<Self>>;
		/// The shortest cover period a product may have.
		#[pallet::constant]
		type MinCoverPeriod: Get<BlockNumberFor<Self>>;
		/// The longest cover period a product may have.
		#[pallet::constant]
		type MaxCoverPeriod: Get<BlockNumberFor<Self>>;
		/// The most trees one policy covers.
		#[pallet::constant]
		type MaxTreesPerPolicy: Get<u32>;
		/// CEC held on the insurer per product.
		#[pallet::constant]
		type ProductDeposit: Get<BalanceOf<Self>>;
		/// CEC held on the holder per policy…
		#[pallet::constant]
		type PolicyDeposit: Get<BalanceOf<Self>>;
		/// …plus this per covered tree.
		#[pallet::constant]
		type TreeDeposit: Get<BalanceOf<Self>>;
		/// Measured weights.
		type WeightInfo: WeightInfo;
		/// Benchmark set-up.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, AssetIdOf<Self>, BalanceOf<Self>>;
	}

	/// The event day's length set at genesis, if it differs from [`Config::DayLength`].
	#[pallet::storage]
	pub type DayLengthOverride<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// Appointed insurers.
	#[pallet::storage]
	pub type Insurers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Insurer<BlockNumberFor<T>>>;

	/// Each insurer's collateral and exposure per asset.
	#[pallet::storage]
	pub type Pools<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		AssetIdOf<T>,
		Pool<BalanceOf<T>>,
	>;

	/// The id the next product gets.
	#[pallet::storage]
	pub type NextProductId<T: Config> = StorageValue<_, ProductId, ValueQuery>;

	/// Products by id.
	#[pallet::storage]
	pub type Products<T: Config> = StorageMap<_, Twox64Concat, ProductId, ProductOf<T>>;

	/// The id the next policy gets.
	#[pallet::storage]
	pub type NextPolicyId<T: Config> = StorageValue<_, PolicyId, ValueQuery>;

	/// Live policies (bought and not yet expired).
	#[pallet::storage]
	pub type Policies<T: Config> = StorageMap<_, Twox64Concat, PolicyId, PolicyOf<T>>;

	/// The trees of each policy: every listed tree from purchase; a whole parcel's tree once a
	/// claim paid it.
	#[pallet::storage]
	pub type PolicyTrees<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PolicyId,
		Twox64Concat,
		TreeIndex,
		TreeCover<BalanceOf<T>>,
	>;

	/// Reports of events not yet of record.
	#[pallet::storage]
	pub type PendingReports<T: Config> =
		StorageMap<_, Blake2_128Concat, EventKey, ReportsFor<T>, ValueQuery>;

	/// Events of record: kept for good, the evidence of every payout they made.
	#[pallet::storage]
	pub type EventsOfRecord<T: Config> =
		StorageMap<_, Blake2_128Concat, EventKey, EventRecordOf<T>>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// A day length other than [`Config::DayLength`] (development chains: a few blocks).
		pub day_length: Option<BlockNumberFor<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(day) = self.day_length {
				assert!(!sp_runtime::traits::Zero::is_zero(&day), "a day lasts at least a block");
				DayLengthOverride::<T>::put(day);
			}
		}
	}

	/// Events of the insurance pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance appointed an insurer.
		InsurerAppointed {
			/// The insurer.
			who: T::AccountId,
		},
		/// Governance removed an insurer: it sells nothing more; its cover stays good.
		InsurerRemoved {
			/// The insurer.
			who: T::AccountId,
		},
		/// An insurer's collateral changed.
		CollateralChanged {
			/// The insurer.
			who: T::AccountId,
			/// The asset.
			asset: AssetIdOf<T>,
			/// Its collateral now.
			collateral: BalanceOf<T>,
			/// Its exposure now.
			exposure: BalanceOf<T>,
		},
		/// An insurer published a product.
		ProductCreated {
			/// The new product.
			product: ProductId,
			/// Its insurer.
			insurer: T::AccountId,
		},
		/// A product was closed to new policies; it goes when its last policy ends.
		ProductClosed {
			/// The product.
			product: ProductId,
		},
		/// A closed product without live policies was removed and its deposit released.
		ProductRemoved {
			/// The product.
			product: ProductId,
		},
		/// A parcel owner bought cover.
		PolicyBought {
			/// The new policy.
			policy: PolicyId,
			/// The product.
			product: ProductId,
			/// The insured.
			holder: T::AccountId,
			/// The parcel.
			parcel: ParcelId,
			/// Trees covered.
			trees: u32,
			/// The sum insured.
			sum: BalanceOf<T>,
			/// The premium paid to the insurer.
			premium: BalanceOf<T>,
			/// The platform fee paid on top.
			fee: BalanceOf<T>,
			/// The last block of cover.
			end: BlockNumberFor<T>,
		},
		/// An oracle member reported an event.
		EventReported {
			/// The event.
			key: EventKey,
			/// The member.
			by: T::AccountId,
			/// Its severity in percent.
			severity: u8,
			/// Reports so far.
			reports: u32,
		},
		/// A quorum reported the event: it is of record and pays claims.
		EventRecorded {
			/// The event.
			key: EventKey,
			/// The median severity claims pay by.
			severity: u8,
		},
		/// A claim was paid from the insurer's collateral to the holder.
		ClaimPaid {
			/// The policy.
			policy: PolicyId,
			/// Who was paid.
			holder: T::AccountId,
			/// How much.
			amount: BalanceOf<T>,
			/// What made it payable.
			trigger: Trigger,
		},
		/// A policy ended: its unpaid cover is free again and its deposit returned.
		PolicyExpired {
			/// The policy.
			policy: PolicyId,
			/// Cover it had left, no longer at risk.
			released: BalanceOf<T>,
		},
	}

	/// Errors of the insurance pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The account is an insurer already.
		AlreadyInsurer,
		/// The account is not an (active) insurer.
		NotInsurer,
		/// Zero amount.
		ZeroAmount,
		/// Not enough free balance for the collateral, premium, fee or deposit.
		InsufficientBalance,
		/// No collateral in this asset.
		NoPool,
		/// The withdrawal would leave less collateral than the live policies' exposure.
		BelowExposure,
		/// Not a region code (`A-Z`, `0-9`, `-`, not empty).
		BadRegion,
		/// The cover period is outside the allowed range.
		BadCoverPeriod,
		/// A payout rule or largest payout of zero.
		BadRule,
		/// No such product.
		UnknownProduct,
		/// Only the product's insurer may do this.
		NotProductInsurer,
		/// The product is closed to new policies.
		ProductClosed,
		/// No such parcel.
		UnknownParcel,
		/// A witness must attest the parcel first.
		ParcelNotAttested,
		/// Only the parcel's owner may insure it.
		NotParcelOwner,
		/// The parcel is not in the product's region.
		WrongRegion,
		/// A per-tree product needs the trees listed; a per-hectare one covers the whole parcel
		/// and takes none.
		WrongCover,
		/// No trees to cover.
		NoTrees,
		/// More trees than a policy covers.
		TooManyTrees,
		/// Trees must be listed in increasing order, each once.
		TreesNotSorted,
		/// No such tree on the parcel.
		UnknownTree,
		/// The tree has been felled.
		TreeFelled,
		/// The buyer does not own this tree.
		NotTreeOwner,
		/// The sum insured works out at zero.
		CoverTooSmall,
		/// The sum insured is above the product's largest payout.
		AboveMaxPayout,
		/// The premium and fee exceed the buyer's limit.
		PremiumAboveLimit,
		/// The insurer's collateral does not cover this policy on top of its exposure.
		InsufficientCollateral,
		/// An arithmetic overflow.
		Overflow,
		/// Only a member of the oracle committee may report.
		NotOracleMember,
		/// Severity must be 1–100 %.
		BadSeverity,
		/// Not a valid IPFS CID.
		BadCid,
		/// The event's day has not come yet.
		FutureEvent,
		/// The report window of that day is over.
		ReportTooLate,
		/// This member already reported this event.
		AlreadyReported,
		/// The event is of record already.
		AlreadyRecorded,
		/// The event has as many reports as the committee can have members.
		TooManyReports,
		/// No such policy (or it expired).
		UnknownPolicy,
		/// Cover and the claim window are over.
		PolicyExpired,
		/// Cover and the claim window are not over yet.
		PolicyLive,
		/// No such event of record.
		UnknownEvent,
		/// The event or record is of another peril.
		WrongPeril,
		/// The event or record falls outside the policy's cover.
		OutsideCover,
		/// The policy, or this tree of it, has been paid already.
		AlreadyPaid,
		/// The policy does not cover this tree.
		NotCovered,
		/// No such record in the tree's history.
		UnknownRecord,
		/// The record is not a damage record (or the second one not a later felling).
		NotDamage,
		/// The holder no longer owns what is insured.
		NoInsurableInterest,
		/// The claim would pay nothing.
		NothingToPay,
		/// Only the policy's holder may claim on it.
		NotHolder,
		/// The record was written by the holder itself.
		SelfAttested,
		/// A felling pays a total loss only after damage of at least `TotalLossSeverity`.
		NotTotalLoss,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxOracleMembers::get() > 0, "the committee needs room for a member");
			assert!(
				!sp_runtime::traits::Zero::is_zero(&T::DayLength::get()),
				"a day lasts at least a block"
			);
			assert!(T::TotalLossSeverity::get() <= 100);
			let days_to_claim = T::DayLength::get()
				.saturating_mul((T::ReportWindow::get().saturating_add(1)).into());
			assert!(
				T::ClaimWindow::get() >= days_to_claim,
				"an event on cover's last day must be reportable within the claim window"
			);
			assert!(T::MinCoverPeriod::get() <= T::MaxCoverPeriod::get());
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Appoint `who`, which must hold a KYC claim for insurance, as an insurer.
		///
		/// Origin must be `GovernanceOrigin`. Emits `InsurerAppointed`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::appoint_insurer())]
		pub fn appoint_insurer(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_appoint_insurer(who)
		}

		/// Stop `who` selling cover. Its collateral keeps answering for the policies it sold;
		/// it may withdraw what exceeds their exposure.
		///
		/// Origin must be `GovernanceOrigin`. Emits `InsurerRemoved`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_insurer())]
		pub fn remove_insurer(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_remove_insurer(who)
		}

		/// Hold `amount` of `asset` more on the caller's account as collateral.
		///
		/// Origin must be signed by an active insurer. Emits `CollateralChanged`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::deposit_collateral())]
		pub fn deposit_collateral(
			origin: OriginFor<T>,
			asset: AssetIdOf<T>,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deposit_collateral(who, asset, amount)
		}

		/// Release `amount` of the caller's collateral in `asset`, as far as the exposure of its
		/// live policies allows.
		///
		/// Origin must be signed by the insurer (active or removed). Emits `CollateralChanged`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_collateral())]
		pub fn withdraw_collateral(
			origin: OriginFor<T>,
			asset: AssetIdOf<T>,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_collateral(who, asset, amount)
		}

		/// Publish a product, holding `ProductDeposit` CEC on the caller.
		///
		/// Origin must be signed by an active insurer. Emits `ProductCreated`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::create_product())]
		pub fn create_product(
			origin: OriginFor<T>,
			asset: AssetIdOf<T>,
			peril: Peril,
			region: RegionCode,
			cover_period: BlockNumberFor<T>,
			premium_rate: Perbill,
			rule: PayoutRule<BalanceOf<T>>,
			max_payout: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_product(
				who,
				asset,
				peril,
				region,
				cover_period,
				premium_rate,
				rule,
				max_payout,
			)
		}

		/// Stop selling a product. Without live policies it is removed at once and its deposit
		/// released; otherwise when its last policy expires.
		///
		/// Origin must be signed by the product's insurer. Emits `ProductClosed` or
		/// `ProductRemoved`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::close_product())]
		pub fn close_product(origin: OriginFor<T>, product: ProductId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close_product(who, product)
		}

		/// Insure `trees` of `parcel` (a per-tree product; listed in increasing order) or the
		/// whole parcel (a per-hectare product; `trees` empty) with `product`, paying the
		/// premium to the insurer and the platform fee on top, both at most `max_premium`
		/// together. Holds `PolicyDeposit + TreeDeposit × trees` CEC on the caller.
		///
		/// Origin must be signed by the parcel's owner, with a KYC claim for insurance. Emits
		/// `PolicyBought`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::buy_policy(trees.len() as u32)
			.max(T::WeightInfo::buy_parcel_policy()))]
		pub fn buy_policy(
			origin: OriginFor<T>,
			product: ProductId,
			parcel: ParcelId,
			trees: BoundedVec<TreeIndex, T::MaxTreesPerPolicy>,
			max_premium: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_buy_policy(who, product, parcel, trees, max_premium)
		}

		/// Report that `key.peril` hit `key.region` on `key.day` at `severity` %, with the CID
		/// of the evidence. When `OracleQuorum` members have reported it, the event is of record
		/// at the median severity.
		///
		/// Origin must be signed by an oracle committee member. Emits `EventReported`, and
		/// `EventRecorded` with the quorum.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::report_event())]
		pub fn report_event(
			origin: OriginFor<T>,
			key: EventKey,
			severity: u8,
			evidence: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_report_event(who, key, severity, evidence)
		}

		/// Pay `policy` for the event of record `key`: the cover of its unpaid trees × the
		/// event's severity, from the insurer's collateral to the holder. It settles the policy:
		/// the holder chooses which event to claim.
		///
		/// Origin must be signed by the policy's holder. Emits `ClaimPaid`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::claim_event())]
		pub fn claim_event(
			origin: OriginFor<T>,
			policy: PolicyId,
			key: EventKey,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_event(who, policy, key)
		}

		/// Pay `policy` for tree `tree` on a witness's damage record (`damage`, its number in
		/// the tree's history): the tree's sum × the damage's severity, or all of it if
		/// `felling` names a later felling record during cover after damage of at least
		/// `TotalLossSeverity`.
		///
		/// Origin must be signed by the policy's holder. Emits `ClaimPaid`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::claim_tree())]
		pub fn claim_tree(
			origin: OriginFor<T>,
			policy: PolicyId,
			tree: TreeIndex,
			damage: u32,
			felling: Option<u32>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_tree(who, policy, tree, damage, felling)
		}

		/// End a policy whose cover and claim window are over: its unpaid cover no longer
		/// counts against the insurer's collateral, and the holder's deposit is released.
		/// Anyone may call it.
		///
		/// Origin must be signed. Emits `PolicyExpired` (and `ProductRemoved` for the last
		/// policy of a closed product).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::expire_policy(T::MaxTreesPerPolicy::get()))]
		pub fn expire_policy(origin: OriginFor<T>, policy: PolicyId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let trees = Self::do_expire_policy(policy)?;
			Ok(Some(T::WeightInfo::expire_policy(trees)).into())
		}
	}
}
