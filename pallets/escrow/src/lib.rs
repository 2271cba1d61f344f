//! # Trade escrow
//!
//! Trees, parcels, token lots and services sold between people who do not know each other:
//!
//! 1. A KYC-verified seller **lists** an item with a price in a settlement asset (CEC or a
//!    fiat-backed asset: the pallet is generic over `fungibles`) and the hash of its terms, and
//!    holds a listing deposit.
//! 2. A KYC-verified buyer **accepts**, holding a contract deposit: a trade contract is generated
//!    from the listing, the item is frozen in its registry for the contract, and — both parties
//!    having now signed — each may learn the other's identity (`IdentityDisclosure`). A rare
//!    item (`RareItems`) sells first to long holders: during the pre-sale window that opens when
//!    it is listed, only buyers `PreSale` finds eligible may accept.
//! 3. The buyer **funds** within `FundingPeriod` (one day): price and fee are *held* on the
//!    buyer's account, not transferred. An unfunded contract lapses by itself (every call reads
//!    the deadline lazily): anyone may then `cancel` it, the identity grants are withdrawn, the
//!    buyer's contract deposit goes to the seller whose listing it blocked, and that buyer waits
//!    `ReacceptCooldown` before it may accept the listing again.
//! 4. The seller **confirms delivery** with a purchase voucher (CID) before its deadline; the
//!    buyer **confirms receipt**: the seller receives 100 % of the price, the fee goes to the
//!    platform, the item changes owner — atomically, or not at all (a seller that cannot receive
//!    the payment keeps its item). A silent seller lets the buyer cancel after the delivery
//!    period; a silent buyer lets the seller finalise after `ReceiptPeriod`. Neither can escape
//!    its own silence by disputing after its deadline.
//! 5. Either party may **dispute** a funded contract with evidence (each party has its own
//!    `MaxEvidence` slots, each holding a deposit). Money and item stay frozen until the assigned
//!    arbiter rules a split; the arbiter is drawn from the panel by on-chain randomness mixed with
//!    the contract id, so dummy trades cannot steer it. A silent arbiter is replaced
//!    (`escalate`), finally by governance itself.
//! 6. After settlement each party **rates** the other once within `RatingPeriod`; aggregates are
//!    kept per account and served by a runtime API. After the rating period anyone may `prune`
//!    the settled contract: its storage goes and every deposit returns.
//!
//! Every call touches a fixed number of storage items: nothing iterates over trades, so weights
//! are flat in the number of open contracts. The logic lives in `features/<capability>.rs`.

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

pub use cec_primitives::{
	ContractId, IdentityDisclosure, KycCheck, KycUse, PreSale, RareItems, TradeItem, TradeItems,
};
pub use types::*;
pub use weights::WeightInfo;

use cec_primitives::{ReferencePrice, RevenueSink};
use frame_support::{
	pallet_prelude::*,
	traits::{fungibles, Contains, Randomness},
};
use frame_system::pallet_prelude::*;
use sp_runtime::{Percent, Permill};

/// The settlement asset's id.
pub type AssetIdOf<T> = <<T as Config>::Currency as fungibles::Inspect<
	<T as frame_system::Config>::AccountId,
>>::AssetId;
/// An amount of a settlement asset.
pub type BalanceOf<T> = <<T as Config>::Currency as fungibles::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;
/// A listing of this runtime.
pub type ListingOf<T> =
	Listing<<T as frame_system::Config>::AccountId, AssetIdOf<T>, BalanceOf<T>, BlockNumberFor<T>>;
/// A trade contract of this runtime.
pub type ContractOf<T> =
	Contract<<T as frame_system::Config>::AccountId, AssetIdOf<T>, BalanceOf<T>, BlockNumberFor<T>>;
/// A contract state of this runtime.
pub type StateOf<T> = ContractState<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// A review of this runtime.
pub type ReviewOf<T> =
	Review<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
/// One party's evidence in a dispute.
pub type EvidenceOf<T> = EvidenceLog<BalanceOf<T>, <T as Config>::MaxEvidence>;

/// `accept` is benchmarked with up to this many other open contracts and charged for this many
/// (its cost is flat in them: see the README).
pub const BENCH_OPEN_CONTRACTS: u32 = 1_000;

/// Storage reads the rarity and pre-sale checks of `accept` may add beyond its benchmark, whose
/// runtime item (a token lot) is never rare: the tree and the two rarity marks in the registry,
/// the buyer's lock record and the lockup parameters.
pub const PRESALE_READS: u64 = 5;

/// Set-up the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, AssetId, Balance> {
	/// The most expensive registry item `seller` may sell (a token lot in the runtime). If it
	/// can be, make it rare for `Config::Rare`, so that `accept` is measured with the pre-sale
	/// check (a token lot is never rare in the runtime).
	fn item(seller: &AccountId) -> TradeItem;
	/// A settlement asset that exists.
	fn asset() -> AssetId;
	/// Give `who` `amount` of `asset` (and CEC for its deposits).
	fn endow(asset: &AssetId, who: &AccountId, amount: Balance);
	/// Give `who` a working KYC claim for every use.
	fn verify(who: &AccountId);
	/// Make `who` eligible for `Config::PreSale` during a pre-sale window, by its costliest
	/// path (e.g. enough coin-days). Called for every buyer; the default does nothing, which is
	/// enough while `item` is not rare.
	fn make_eligible(_who: &AccountId) {}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The settlement assets: CEC and fiat-backed assets, with holds (for deposits).
		type Currency: fungibles::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The same assets' free balances, for payments into and out of the escrow's account
		/// (in the runtime: CEC and `pallet-assets` itself, which implement transfers; the hold
		/// layer over the assets does not).
		type Payments: fungibles::Mutate<
			Self::AccountId,
			AssetId = AssetIdOf<Self>,
			Balance = BalanceOf<Self>,
		>;
		/// The escrow's own account ([`Pallet::escrow_account`]): a funded contract's price and
		/// fee in an asset of [`Config::PaidIntoEscrow`] are paid into it and out of it by the
		/// contract's rules. The runtime endows it with the existential deposit at genesis, so
		/// it never falls to dust between payouts.
		#[pallet::constant]
		type PalletId: Get<frame_support::PalletId>;
		/// Settlement assets whose balances can carry freezes (CEC: lockup, vesting): their
		/// payments go into the escrow's account, because pallet-balances counts held CEC
		/// towards a freeze and a payment held on the buyer could then be stranded. Payments in
		/// the other assets are held on the buyer ([`HoldReason::Escrow`]).
		type PaidIntoEscrow: Contains<AssetIdOf<Self>>;
		/// The runtime's hold reasons, of which this pallet's [`HoldReason`] is one.
		type RuntimeHoldReason: From<HoldReason>;
		/// The asset storage deposits are set and held in (CEC); see [`Config::DepositPrice`].
		#[pallet::constant]
		type DepositAsset: Get<AssetIdOf<Self>>;
		/// The reference price of CEC in a settlement asset (the market makers' quotes): a
		/// trade in an asset with a price holds its deposits in that asset, at the CEC
		/// deposit's worth, so that a user holding only fiat can trade; `()` keeps every
		/// deposit in CEC.
		type DepositPrice: ReferencePrice<AssetIdOf<Self>, BalanceOf<Self>>;
		/// Planck in one whole CEC (the price is per whole CEC).
		#[pallet::constant]
		type CecUnit: Get<BalanceOf<Self>>;
		/// Deposit for a listing, held on the seller until the listing is removed.
		#[pallet::constant]
		type ListingDeposit: Get<BalanceOf<Self>>;
		/// Deposit for a contract, held on the buyer from `accept`; forfeited to the seller if
		/// the contract lapses unfunded, else returned when the contract is removed.
		#[pallet::constant]
		type ContractDeposit: Get<BalanceOf<Self>>;
		/// Deposit per evidence document, released when the dispute is ruled.
		#[pallet::constant]
		type EvidenceDeposit: Get<BalanceOf<Self>>;
		/// Deposit per review, released when the settled contract is pruned.
		#[pallet::constant]
		type ReviewDeposit: Get<BalanceOf<Self>>;
		/// The KYC gate every payment call goes through.
		type Kyc: KycCheck<Self::AccountId>;
		/// Lowest KYC level that may trade.
		#[pallet::constant]
		type MinKycLevel: Get<u8>;
		/// Reveal after signing.
		type Identity: IdentityDisclosure<Self::AccountId>;
		/// The registries behind the items.
		type Items: TradeItems<Self::AccountId>;
		/// Which items are rare (in the runtime: trees of a rare species and rare parcels, from
		/// the forestry registry); `()` for none.
		type Rare: RareItems;
		/// Holder priority for rare items: whether a buyer may accept a rare listing now, given
		/// the block it was listed in (in the runtime: the lockup pallet's coin-days test over
		/// its pre-sale window); `()` lets everyone.
		type PreSale: PreSale<Self::AccountId, BlockNumberFor<Self>>;
		/// Randomness the arbiter of a dispute is drawn with.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;
		/// Appoints arbiters and rules escalated disputes.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Fee charged to the buyer on top of the price.
		#[pallet::constant]
		type FeeRate: Get<Permill>;
		/// Where fees go: the platform's revenue account, told of each fee it is paid.
		type Revenue: RevenueSink<Self::AccountId, AssetIdOf<Self>, BalanceOf<Self>>;
		/// Blocks the buyer has to pay after accepting (one day).
		#[pallet::constant]
		type FundingPeriod: Get<BlockNumberFor<Self>>;
		/// Blocks a buyer whose contract ended unfunded waits before accepting the same
		/// listing again.
		#[pallet::constant]
		type ReacceptCooldown: Get<BlockNumberFor<Self>>;
		/// Longest delivery period a listing may promise.
		#[pallet::constant]
		type MaxDeliveryPeriod: Get<BlockNumberFor<Self>>;
		/// Blocks the buyer has to confirm (or dispute) after delivery.
		#[pallet::constant]
		type ReceiptPeriod: Get<BlockNumberFor<Self>>;
		/// Blocks an arbiter has to rule.
		#[pallet::constant]
		type ArbitrationPeriod: Get<BlockNumberFor<Self>>;
		/// Blocks after settlement in which the parties may rate; then the contract may be
		/// pruned.
		#[pallet::constant]
		type RatingPeriod: Get<BlockNumberFor<Self>>;
		/// Replacements of a silent arbiter before governance takes the dispute.
		#[pallet::constant]
		type MaxEscalations: Get<u8>;
		/// Size of the arbiter panel.
		#[pallet::constant]
		type MaxArbiters: Get<u32>;
		/// Evidence CIDs each party may submit in one dispute.
		#[pallet::constant]
		type MaxEvidence: Get<u32>;
		/// Weights of the calls, generated by the benchmarks.
		type WeightInfo: WeightInfo;
		/// Set-up for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, AssetIdOf<Self>, BalanceOf<Self>>;
	}

	/// Why escrow holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Price and fee of a funded trade contract in a settlement asset without freezes (the
		/// fiat-backed ones), held on the buyer.
		Escrow,
		/// Storage deposits (listings, contracts, evidence, reviews), in CEC.
		StorageDeposit,
	}

	/// The id the next listing gets.
	#[pallet::storage]
	pub type NextListingId<T> = StorageValue<_, ListingId, ValueQuery>;

	/// Open listings.
	#[pallet::storage]
	pub type Listings<T: Config> = StorageMap<_, Twox64Concat, ListingId, ListingOf<T>>;

	/// The id the next contract gets.
	#[pallet::storage]
	pub type NextContractId<T> = StorageValue<_, ContractId, ValueQuery>;

	/// Trade contracts. Cancelled ones are removed at once; settled ones stay for the rating
	/// period and are then pruned.
	#[pallet::storage]
	pub type Contracts<T: Config> = StorageMap<_, Twox64Concat, ContractId, ContractOf<T>>;

	/// `Evidence[contract][party]`: each party's evidence in a dispute.
	#[pallet::storage]
	pub type Evidence<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ContractId,
		Blake2_128Concat,
		T::AccountId,
		EvidenceOf<T>,
		ValueQuery,
	>;

	/// The arbiter panel.
	#[pallet::storage]
	pub type Arbiters<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxArbiters>, ValueQuery>;

	/// `Reviews[contract][rater]`, kept until the contract is pruned.
	#[pallet::storage]
	pub type Reviews<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ContractId, Blake2_128Concat, T::AccountId, ReviewOf<T>>;

	/// Each account's aggregated ratings (kept for good: it is what the reviews were for).
	#[pallet::storage]
	pub type Reputations<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Reputation, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A seller listed an item.
		Listed {
			/// The new listing.
			listing: ListingId,
			/// Who sells.
			seller: T::AccountId,
			/// What is sold.
			item: TradeItem,
			/// The settlement asset.
			asset: AssetIdOf<T>,
			/// The price.
			price: BalanceOf<T>,
		},
		/// The seller withdrew a listing; its deposit went back.
		ListingCancelled {
			/// The listing.
			listing: ListingId,
		},
		/// The buyer accepted a listing: the contract exists and both parties have signed.
		ContractCreated {
			/// The new contract.
			contract: ContractId,
			/// Its listing.
			listing: ListingId,
			/// Who sells.
			seller: T::AccountId,
			/// Who buys.
			buyer: T::AccountId,
			/// The price.
			price: BalanceOf<T>,
			/// The fee on top.
			fee: BalanceOf<T>,
			/// Last block to fund in.
			fund_by: BlockNumberFor<T>,
		},
		/// Price and fee are held on the buyer's account.
		Funded {
			/// The contract.
			contract: ContractId,
			/// Held: price plus fee.
			held: BalanceOf<T>,
			/// The seller's delivery deadline.
			deliver_by: BlockNumberFor<T>,
		},
		/// The seller confirmed delivery.
		Delivered {
			/// The contract.
			contract: ContractId,
			/// CID of the purchase voucher.
			voucher: Cid,
			/// The buyer's deadline to confirm or dispute.
			receive_by: BlockNumberFor<T>,
		},
		/// Settled in full: the seller got the price, the platform the fee, the buyer the item.
		/// `refunded` is the part of the fee the platform account could not receive (below its
		/// existential deposit), which went back to the buyer.
		Completed {
			/// The contract.
			contract: ContractId,
			/// Paid to the seller.
			to_seller: BalanceOf<T>,
			/// Paid to the platform.
			fee: BalanceOf<T>,
			/// Released back to the buyer.
			refunded: BalanceOf<T>,
		},
		/// Ended without settlement: held money (if any) back to the buyer, item back to the
		/// seller.
		Cancelled {
			/// The contract (removed).
			contract: ContractId,
			/// Why.
			reason: CancelReason,
			/// Released to the buyer from the escrow hold.
			refunded: BalanceOf<T>,
		},
		/// A party opened a dispute.
		DisputeOpened {
			/// The contract.
			contract: ContractId,
			/// The party.
			by: T::AccountId,
			/// The assigned arbiter, `None` for governance.
			arbiter: Option<T::AccountId>,
			/// The arbiter's deadline.
			rule_by: BlockNumberFor<T>,
		},
		/// A party added evidence.
		EvidenceAdded {
			/// The contract.
			contract: ContractId,
			/// The party.
			by: T::AccountId,
			/// The evidence document.
			cid: Cid,
		},
		/// The arbiter missed its deadline; `arbiter` `None` hands the dispute to governance.
		DisputeEscalated {
			/// The contract.
			contract: ContractId,
			/// The new arbiter, `None` for governance.
			arbiter: Option<T::AccountId>,
			/// The new deadline.
			rule_by: BlockNumberFor<T>,
		},
		/// A ruling executed.
		Ruled {
			/// The contract.
			contract: ContractId,
			/// The arbiter, `None` for governance.
			by: Option<T::AccountId>,
			/// Released to the buyer.
			to_buyer: BalanceOf<T>,
			/// Paid to the seller.
			to_seller: BalanceOf<T>,
			/// Paid to the platform.
			fee: BalanceOf<T>,
			/// Whether the item went to the buyer.
			item_to_buyer: bool,
		},
		/// A party rated the other.
		Rated {
			/// The contract.
			contract: ContractId,
			/// Who rated.
			rater: T::AccountId,
			/// Who was rated.
			ratee: T::AccountId,
			/// 1–5.
			score: u8,
		},
		/// A settled contract and its reviews were removed; their deposits went back.
		Pruned {
			/// The contract.
			contract: ContractId,
		},
		/// Governance set the arbiter panel.
		ArbitersSet {
			/// Panel size.
			count: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No such listing.
		UnknownListing,
		/// No such contract.
		UnknownContract,
		/// The price must be above zero.
		ZeroPrice,
		/// The settlement asset does not exist.
		UnknownAsset,
		/// The price is below the asset's minimum balance.
		PriceBelowMinimum,
		/// The delivery period must be above zero and within `MaxDeliveryPeriod`.
		BadDeliveryPeriod,
		/// Only the seller may do this.
		NotSeller,
		/// Only the buyer may do this.
		NotBuyer,
		/// Only the contract's parties may do this.
		NotParty,
		/// A seller cannot buy its own listing.
		SelfTrade,
		/// A contract is running on the listing.
		ListingInContract,
		/// This buyer let a contract on the listing end unfunded and must wait before
		/// accepting it again.
		CoolingDown,
		/// The funding period is over: the contract lapsed.
		FundingLapsed,
		/// The contract is still inside its funding period.
		NotLapsed,
		/// The contract is funded already.
		AlreadyFunded,
		/// The contract is not funded yet.
		NotFunded,
		/// The seller has already confirmed delivery.
		AlreadyDelivered,
		/// The seller has not confirmed delivery.
		NotDelivered,
		/// The seller's delivery deadline has passed.
		DeliveryOverdue,
		/// The buyer's receipt deadline has passed.
		ReceiptOverdue,
		/// The contract is in dispute: everything is frozen until the ruling.
		InDispute,
		/// The contract is not in dispute.
		NotInDispute,
		/// The contract is settled.
		AlreadySettled,
		/// The contract is not settled yet.
		NotSettled,
		/// The deadline that allows this has not passed.
		DeadlineNotReached,
		/// The buyer's free balance does not cover price and fee.
		InsufficientFunds,
		/// The caller's free CEC does not cover the storage deposit.
		InsufficientDeposit,
		/// The seller's account cannot receive its payment (e.g. it would stay below the asset's
		/// minimum balance): nothing was paid and the item stays frozen.
		SellerCannotReceive,
		/// Not the dispute's arbiter (nor governance).
		NotArbiter,
		/// The arbiter's deadline passed; the dispute awaits escalation.
		RulingOverdue,
		/// Governance already holds the dispute.
		CannotEscalate,
		/// The caller has used all its evidence slots in this dispute.
		TooMuchEvidence,
		/// Not a CID.
		BadCid,
		/// Scores run from 1 to 5.
		BadScore,
		/// The caller rated this contract already.
		AlreadyRated,
		/// The rating period of this contract is over.
		RatingClosed,
		/// An arbiter is listed twice.
		DuplicateArbiter,
		/// A counter or amount overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// List `item` for sale at `price` of `asset`, under the terms whose hash is `terms`;
		/// the seller promises delivery within `delivery_period` blocks of payment.
		///
		/// Origin must be Signed by a KYC-verified owner of the item (land scope for a parcel,
		/// trade scope otherwise); holds `ListingDeposit` (in `asset` at its worth when `asset`
		/// is a fiat-backed asset with a reference price, else in CEC). Emits `Listed`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::list().saturating_add(T::DepositPrice::price_weight()))]
		pub fn list(
			origin: OriginFor<T>,
			item: TradeItem,
			asset: AssetIdOf<T>,
			price: BalanceOf<T>,
			terms: [u8; 32],
			delivery_period: BlockNumberFor<T>,
		) -> DispatchResult {
			let seller = ensure_signed(origin)?;
			Self::do_list(seller, item, asset, price, terms, delivery_period)
		}

		/// Withdraw a listing no contract is running on (a lapsed one is cleared first); the
		/// deposit goes back.
		///
		/// Origin must be Signed by the seller. Emits `ListingCancelled`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::cancel_listing())]
		pub fn cancel_listing(origin: OriginFor<T>, listing: ListingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_listing(who, listing)
		}

		/// Accept a listing: generates the trade contract, freezes the item for it and, both
		/// parties having signed, grants each access to the other's identity. The buyer must
		/// `fund` within `FundingPeriod`.
		///
		/// Origin must be Signed by a KYC-verified account other than the seller; for a rare item
		/// (`Rare`) the buyer must moreover pass `PreSale` for the listing's `listed_at`, whose
		/// error is returned as it is. Holds `ContractDeposit` (in the listing's asset at its
		/// worth when that asset has a reference price, else in CEC; the contract's evidence and
		/// review deposits follow it). Emits `ContractCreated`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::accept(BENCH_OPEN_CONTRACTS)
			.saturating_add(T::DbWeight::get().reads(PRESALE_READS))
			.saturating_add(T::DepositPrice::price_weight()))]
		pub fn accept(origin: OriginFor<T>, listing: ListingId) -> DispatchResult {
			let buyer = ensure_signed(origin)?;
			Self::do_accept(buyer, listing)
		}

		/// The buyer pays: price plus fee are held on its account until the contract settles.
		///
		/// Origin must be Signed by the KYC-verified buyer, within the funding period. Emits
		/// `Funded`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::fund())]
		pub fn fund(origin: OriginFor<T>, contract: ContractId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_fund(who, contract)
		}

		/// The seller confirms it delivered, with the CID of the purchase voucher.
		///
		/// Origin must be Signed by the seller, by the delivery deadline. Emits `Delivered`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::confirm_delivery())]
		pub fn confirm_delivery(
			origin: OriginFor<T>,
			contract: ContractId,
			voucher: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_confirm_delivery(who, contract, voucher)
		}

		/// The buyer confirms receipt: the contract settles in full.
		///
		/// Origin must be Signed by the buyer. Emits `Completed`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::confirm_receipt().saturating_add(T::Revenue::note_weight()))]
		pub fn confirm_receipt(origin: OriginFor<T>, contract: ContractId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_confirm_receipt(who, contract)
		}

		/// The seller settles a delivered contract the buyer left unconfirmed past
		/// `ReceiptPeriod`.
		///
		/// Origin must be Signed by the seller. Emits `Completed`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::finalize().saturating_add(T::Revenue::note_weight()))]
		pub fn finalize(origin: OriginFor<T>, contract: ContractId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_finalize(who, contract)
		}

		/// End a contract without settlement; the item goes back to the seller, held money to
		/// the buyer, and the listing is open again.
		///
		/// - unfunded: the buyer at any time; anyone once the funding period is over (lapsed:
		///   the contract deposit goes to the seller);
		/// - funded, not delivered: the seller at any time; the buyer once the delivery period is
		///   over.
		///
		/// Origin must be Signed. Emits `Cancelled`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cancel())]
		pub fn cancel(origin: OriginFor<T>, contract: ContractId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel(who, contract)
		}

		/// A party disputes a funded contract, with evidence. Money and item stay frozen until
		/// the ruling; an arbiter is drawn from the panel (governance if the panel has none
		/// besides the parties). The seller may not dispute once its delivery deadline passed
		/// undelivered, nor the buyer once its receipt deadline passed.
		///
		/// Origin must be Signed by a party; holds `EvidenceDeposit`. Emits `DisputeOpened`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::open_dispute())]
		pub fn open_dispute(
			origin: OriginFor<T>,
			contract: ContractId,
			evidence: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_open_dispute(who, contract, evidence)
		}

		/// A party adds evidence to a dispute, up to `MaxEvidence` documents of its own.
		///
		/// Origin must be Signed by a party; holds `EvidenceDeposit`. Emits `EvidenceAdded`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::add_evidence())]
		pub fn add_evidence(
			origin: OriginFor<T>,
			contract: ContractId,
			cid: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_evidence(who, contract, cid)
		}

		/// A party replaces an arbiter that missed its deadline: the next panel member takes the
		/// dispute, or governance after `MaxEscalations`.
		///
		/// Origin must be Signed by a party. Emits `DisputeEscalated`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::escalate())]
		pub fn escalate(origin: OriginFor<T>, contract: ContractId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_escalate(who, contract)
		}

		/// The dispute's arbiter (before its deadline) or governance rules: `buyer_share` of the
		/// price goes back to the buyer, the rest to the seller, the fee to the platform; the item
		/// goes to the buyer if `item_to_buyer`, else back to the seller. Executes atomically;
		/// evidence deposits go back.
		///
		/// Origin must be Signed by the arbiter, or governance. Emits `Ruled`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::rule().saturating_add(T::Revenue::note_weight()))]
		pub fn rule(
			origin: OriginFor<T>,
			contract: ContractId,
			buyer_share: Percent,
			item_to_buyer: bool,
		) -> DispatchResult {
			let by = match T::GovernanceOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_rule(by, contract, buyer_share, item_to_buyer)
		}

		/// After a settled contract, a party rates the other once, within `RatingPeriod`:
		/// `score` 1–5 and an optional comment CID.
		///
		/// Origin must be Signed by a party; holds `ReviewDeposit`. Emits `Rated`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::rate())]
		pub fn rate(
			origin: OriginFor<T>,
			contract: ContractId,
			score: u8,
			comment: Option<Cid>,
		) -> DispatchResult {
			let rater = ensure_signed(origin)?;
			Self::do_rate(rater, contract, score, comment)
		}

		/// Governance sets the arbiter panel. Running disputes keep their arbiter.
		///
		/// Origin must be governance. Emits `ArbitersSet`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::set_arbiters(arbiters.len() as u32))]
		pub fn set_arbiters(
			origin: OriginFor<T>,
			arbiters: BoundedVec<T::AccountId, T::MaxArbiters>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_set_arbiters(arbiters)
		}

		/// Remove a settled contract and its reviews once its rating period is over; the buyer's
		/// contract deposit and the raters' review deposits go back. Reputations stay.
		///
		/// Origin must be Signed (anyone). Emits `Pruned`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::prune())]
		pub fn prune(origin: OriginFor<T>, contract: ContractId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_prune(contract)
		}
	}
}

sp_api::decl_runtime_apis! {
	/// Queries of the trade escrow.
	pub trait EscrowApi<AccountId, AssetId, Balance, BlockNumber> where
		AccountId: codec::Codec,
		AssetId: codec::Codec,
		Balance: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// A contract, and whether it has lapsed (unfunded past its deadline, not yet cleared).
		fn contract(id: ContractId) -> Option<(Contract<AccountId, AssetId, Balance, BlockNumber>, bool)>;
		/// An account's ratings from its counterparties.
		fn reputation(who: AccountId) -> Reputation;
	}
}
