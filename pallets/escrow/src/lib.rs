//! # Trade escrow
//!
//! Trees, parcels, token lots and services sold between people who do not know each other
//! (REQUIREMENTS §3, §4, §12):
//!
//! 1. A KYC-verified seller **lists** an item with a price in a settlement asset (CEC or a
//!    fiat-backed asset: the pallet is generic over `fungibles`) and the hash of its terms.
//! 2. A KYC-verified buyer **accepts**: a trade contract is generated from the listing, the item is
//!    frozen in its registry for the contract, and — both parties having now signed — each may
//!    learn the other's identity (`IdentityDisclosure`).
//! 3. The buyer **funds** within `FundingPeriod` (one day): price and fee are *held* on the
//!    buyer's account, not transferred. An unfunded contract lapses by itself: every call reads the
//!    deadline lazily, and anyone may `cancel` a lapsed contract to free the item.
//! 4. The seller **confirms delivery** with a purchase voucher (CID); the buyer **confirms
//!    receipt**: the seller receives 100 % of the price, the fee goes to the platform, the item
//!    changes owner — atomically. If the seller stays silent past the delivery period the buyer
//!    cancels and gets everything back; if the buyer stays silent past `ReceiptPeriod` the seller
//!    finalises.
//! 5. Either party may **dispute** a funded contract with evidence CIDs. Money and item stay frozen
//!    until the assigned arbiter (from a panel governance appoints) rules a split; an arbiter who
//!    misses the deadline can be replaced (`escalate`), finally by governance itself.
//! 6. After a settled contract each party **rates** the other once; aggregates are kept per
//!    account and served by a runtime API.
//!
//! Every call touches a fixed number of storage items: nothing iterates over trades, so weights
//! are flat in the number of open contracts.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use cec_primitives::{ContractId, IdentityDisclosure, KycCheck, TradeItem, TradeItems};
pub use types::*;
pub use weights::WeightInfo;

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungibles::{self, Inspect as _, InspectHold as _, MutateHold as _},
		tokens::{DepositConsequence, Fortitude, Precision, Preservation, Provenance, Restriction},
	},
};
use frame_system::pallet_prelude::*;
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
	Percent, Permill,
};

/// The settlement asset's id.
pub type AssetIdOf<T> = <<T as Config>::Currency as fungibles::Inspect<
	<T as frame_system::Config>::AccountId,
>>::AssetId;
/// An amount of a settlement asset.
pub type BalanceOf<T> = <<T as Config>::Currency as fungibles::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;
pub type ListingOf<T> =
	Listing<<T as frame_system::Config>::AccountId, AssetIdOf<T>, BalanceOf<T>, BlockNumberFor<T>>;
pub type ContractOf<T> =
	Contract<<T as frame_system::Config>::AccountId, AssetIdOf<T>, BalanceOf<T>, BlockNumberFor<T>>;
pub type StateOf<T> = ContractState<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// Why a contract ended without settlement.
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
pub enum CancelReason {
	/// The buyer withdrew before paying.
	BuyerWithdrew,
	/// Nobody paid within the funding period.
	Lapsed,
	/// The seller withdrew (and the buyer, if it had paid, got everything back).
	SellerWithdrew,
	/// The seller did not deliver in time; the buyer took its money back.
	SellerSilent,
}

/// Set-up the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, AssetId, Balance> {
	/// A registry item `seller` may sell.
	fn item(seller: &AccountId) -> TradeItem;
	/// A settlement asset that exists.
	fn asset() -> AssetId;
	/// Give `who` `amount` of `asset`.
	fn endow(asset: &AssetId, who: &AccountId, amount: Balance);
	/// Give `who` a working KYC claim.
	fn verify(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The settlement assets: CEC and fiat-backed assets, with holds.
		type Currency: fungibles::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		type RuntimeHoldReason: From<HoldReason>;
		/// The KYC gate every payment call goes through.
		type Kyc: KycCheck<Self::AccountId>;
		/// Lowest KYC level that may trade.
		#[pallet::constant]
		type MinKycLevel: Get<u8>;
		/// Reveal after signing.
		type Identity: IdentityDisclosure<Self::AccountId>;
		/// The registries behind the items.
		type Items: TradeItems<Self::AccountId>;
		/// Appoints arbiters and rules escalated disputes.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Fee charged to the buyer on top of the price.
		#[pallet::constant]
		type FeeRate: Get<Permill>;
		/// Where fees go (the platform's revenue account).
		type FeeDestination: Get<Self::AccountId>;
		/// Blocks the buyer has to pay after accepting (one day).
		#[pallet::constant]
		type FundingPeriod: Get<BlockNumberFor<Self>>;
		/// Longest delivery period a listing may promise.
		#[pallet::constant]
		type MaxDeliveryPeriod: Get<BlockNumberFor<Self>>;
		/// Blocks the buyer has to confirm (or dispute) after delivery.
		#[pallet::constant]
		type ReceiptPeriod: Get<BlockNumberFor<Self>>;
		/// Blocks an arbiter has to rule.
		#[pallet::constant]
		type ArbitrationPeriod: Get<BlockNumberFor<Self>>;
		/// Replacements of a silent arbiter before governance takes the dispute.
		#[pallet::constant]
		type MaxEscalations: Get<u8>;
		#[pallet::constant]
		type MaxArbiters: Get<u32>;
		/// Evidence CIDs per dispute.
		#[pallet::constant]
		type MaxEvidence: Get<u32>;
		type WeightInfo: WeightInfo;
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, AssetIdOf<Self>, BalanceOf<Self>>;
	}

	/// Why escrow holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Price and fee of a funded trade contract.
		Escrow,
	}

	#[pallet::storage]
	pub type NextListingId<T> = StorageValue<_, ListingId, ValueQuery>;

	#[pallet::storage]
	pub type Listings<T: Config> = StorageMap<_, Twox64Concat, ListingId, ListingOf<T>>;

	#[pallet::storage]
	pub type NextContractId<T> = StorageValue<_, ContractId, ValueQuery>;

	/// Trade contracts. Cancelled ones are removed; settled ones stay as the record ratings
	/// refer to.
	#[pallet::storage]
	pub type Contracts<T: Config> = StorageMap<_, Twox64Concat, ContractId, ContractOf<T>>;

	/// Evidence of a dispute: who submitted which CID.
	#[pallet::storage]
	pub type Evidence<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ContractId,
		BoundedVec<(T::AccountId, Cid), T::MaxEvidence>,
		ValueQuery,
	>;

	/// The arbiter panel.
	#[pallet::storage]
	pub type Arbiters<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxArbiters>, ValueQuery>;

	/// Where the round-robin assignment of arbiters continues.
	#[pallet::storage]
	pub type NextArbiter<T> = StorageValue<_, u32, ValueQuery>;

	/// `Reviews[contract][rater]`.
	#[pallet::storage]
	pub type Reviews<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ContractId,
		Blake2_128Concat,
		T::AccountId,
		Review<T::AccountId, BlockNumberFor<T>>,
	>;

	/// Each account's aggregated ratings.
	#[pallet::storage]
	pub type Reputations<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Reputation, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		Listed {
			listing: ListingId,
			seller: T::AccountId,
			item: TradeItem,
			asset: AssetIdOf<T>,
			price: BalanceOf<T>,
		},
		ListingCancelled {
			listing: ListingId,
		},
		/// The buyer accepted a listing: the contract exists and both parties have signed.
		ContractCreated {
			contract: ContractId,
			listing: ListingId,
			seller: T::AccountId,
			buyer: T::AccountId,
			price: BalanceOf<T>,
			fee: BalanceOf<T>,
			fund_by: BlockNumberFor<T>,
		},
		/// Price and fee are held on the buyer's account.
		Funded {
			contract: ContractId,
			held: BalanceOf<T>,
			deliver_by: BlockNumberFor<T>,
		},
		Delivered {
			contract: ContractId,
			voucher: Cid,
			receive_by: BlockNumberFor<T>,
		},
		/// Settled in full: the seller got the price, the platform the fee, the buyer the item.
		/// `refunded` is what could not be paid out (a recipient unable to receive it) and went
		/// back to the buyer.
		Completed {
			contract: ContractId,
			to_seller: BalanceOf<T>,
			fee: BalanceOf<T>,
			refunded: BalanceOf<T>,
		},
		/// Ended without settlement: held money (if any) back to the buyer, item back to the
		/// seller.
		Cancelled {
			contract: ContractId,
			reason: CancelReason,
			refunded: BalanceOf<T>,
		},
		DisputeOpened {
			contract: ContractId,
			by: T::AccountId,
			arbiter: Option<T::AccountId>,
			rule_by: BlockNumberFor<T>,
		},
		EvidenceAdded {
			contract: ContractId,
			by: T::AccountId,
			cid: Cid,
		},
		/// The arbiter missed its deadline; `arbiter` `None` hands the dispute to governance.
		DisputeEscalated {
			contract: ContractId,
			arbiter: Option<T::AccountId>,
			rule_by: BlockNumberFor<T>,
		},
		/// A ruling executed: `to_buyer` released to the buyer, `to_seller` paid to the seller,
		/// `fee` to the platform. `by` `None` is governance.
		Ruled {
			contract: ContractId,
			by: Option<T::AccountId>,
			to_buyer: BalanceOf<T>,
			to_seller: BalanceOf<T>,
			fee: BalanceOf<T>,
			item_to_buyer: bool,
		},
		Rated {
			contract: ContractId,
			rater: T::AccountId,
			ratee: T::AccountId,
			score: u8,
		},
		ArbitersSet {
			count: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		UnknownListing,
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
		/// Not the dispute's arbiter (nor governance).
		NotArbiter,
		/// The arbiter's deadline passed; the dispute awaits escalation.
		RulingOverdue,
		/// Governance already holds the dispute.
		CannotEscalate,
		/// The dispute has all the evidence it can take.
		TooMuchEvidence,
		/// Not a CID.
		BadCid,
		/// Scores run from 1 to 5.
		BadScore,
		/// The caller rated this contract already.
		AlreadyRated,
		/// An arbiter is listed twice.
		DuplicateArbiter,
		/// A counter or amount overflowed.
		Overflow,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// List `item` for sale at `price` of `asset`, under the terms whose hash is `terms`;
		/// the seller promises delivery within `delivery_period` blocks of payment.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::list())]
		pub fn list(
			origin: OriginFor<T>,
			item: TradeItem,
			asset: AssetIdOf<T>,
			price: BalanceOf<T>,
			terms: [u8; 32],
			delivery_period: BlockNumberFor<T>,
		) -> DispatchResult {
			let seller = ensure_signed(origin)?;
			T::Kyc::ensure_verified(&seller, T::MinKycLevel::get())?;
			ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
			ensure!(T::Currency::asset_exists(asset.clone()), Error::<T>::UnknownAsset);
			ensure!(
				price >= T::Currency::minimum_balance(asset.clone()),
				Error::<T>::PriceBelowMinimum
			);
			ensure!(
				!delivery_period.is_zero() && delivery_period <= T::MaxDeliveryPeriod::get(),
				Error::<T>::BadDeliveryPeriod
			);
			T::Items::ensure_sellable(&seller, &item)?;
			let listing = NextListingId::<T>::get();
			NextListingId::<T>::put(listing.checked_add(1).ok_or(Error::<T>::Overflow)?);
			Listings::<T>::insert(
				listing,
				Listing {
					seller: seller.clone(),
					item: item.clone(),
					asset: asset.clone(),
					price,
					terms,
					delivery_period,
					contract: None,
				},
			);
			Self::deposit_event(Event::Listed { listing, seller, item, asset, price });
			Ok(())
		}

		/// Withdraw a listing no contract is running on (a lapsed one is cleared first).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::cancel_listing())]
		pub fn cancel_listing(origin: OriginFor<T>, listing: ListingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let l = Listings::<T>::get(listing).ok_or(Error::<T>::UnknownListing)?;
			ensure!(l.seller == who, Error::<T>::NotSeller);
			if let Some(contract) = l.contract {
				ensure!(Self::clear_if_lapsed(contract)?, Error::<T>::ListingInContract);
			}
			Listings::<T>::remove(listing);
			Self::deposit_event(Event::ListingCancelled { listing });
			Ok(())
		}

		/// Accept a listing: generates the trade contract, freezes the item for it and, both
		/// parties having signed, grants each access to the other's identity. The buyer must
		/// `fund` within `FundingPeriod`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::accept())]
		pub fn accept(origin: OriginFor<T>, listing: ListingId) -> DispatchResult {
			let buyer = ensure_signed(origin)?;
			T::Kyc::ensure_verified(&buyer, T::MinKycLevel::get())?;
			let l = Listings::<T>::get(listing).ok_or(Error::<T>::UnknownListing)?;
			ensure!(l.seller != buyer, Error::<T>::SelfTrade);
			T::Kyc::ensure_verified(&l.seller, T::MinKycLevel::get())?;
			if let Some(running) = l.contract {
				ensure!(Self::clear_if_lapsed(running)?, Error::<T>::ListingInContract);
			}
			let contract = NextContractId::<T>::get();
			NextContractId::<T>::put(contract.checked_add(1).ok_or(Error::<T>::Overflow)?);
			T::Items::freeze(&l.seller, &l.item, contract)?;
			let now = Self::now();
			let fund_by = now.saturating_add(T::FundingPeriod::get());
			let fee = T::FeeRate::get().mul_ceil(l.price);
			Contracts::<T>::insert(
				contract,
				Contract {
					listing,
					seller: l.seller.clone(),
					buyer: buyer.clone(),
					item: l.item,
					asset: l.asset,
					price: l.price,
					fee,
					terms: l.terms,
					delivery_period: l.delivery_period,
					created_at: now,
					voucher: None,
					state: ContractState::AwaitingFunding { fund_by },
				},
			);
			Listings::<T>::mutate(listing, |l| {
				if let Some(l) = l {
					l.contract = Some(contract);
				}
			});
			T::Identity::grant_mutual(&l.seller, &buyer, contract);
			Self::deposit_event(Event::ContractCreated {
				contract,
				listing,
				seller: l.seller,
				buyer,
				price: l.price,
				fee,
				fund_by,
			});
			Ok(())
		}

		/// The buyer pays: price plus fee are held on its account until the contract settles.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::fund())]
		pub fn fund(origin: OriginFor<T>, contract: ContractId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Self::contract(contract)?;
			ensure!(c.buyer == who, Error::<T>::NotBuyer);
			T::Kyc::ensure_verified(&who, T::MinKycLevel::get())?;
			let ContractState::AwaitingFunding { fund_by } = c.state else {
				return Err(Self::state_error(&c.state, Error::<T>::AlreadyFunded));
			};
			ensure!(Self::now() <= fund_by, Error::<T>::FundingLapsed);
			let total = c.price.checked_add(&c.fee).ok_or(Error::<T>::Overflow)?;
			let spendable = T::Currency::reducible_balance(
				c.asset.clone(),
				&who,
				Preservation::Protect,
				Fortitude::Polite,
			);
			ensure!(spendable >= total, Error::<T>::InsufficientFunds);
			T::Currency::hold(c.asset.clone(), &HoldReason::Escrow.into(), &who, total)?;
			let deliver_by = Self::now().saturating_add(c.delivery_period);
			c.state = ContractState::Funded { deliver_by };
			Contracts::<T>::insert(contract, c);
			Self::deposit_event(Event::Funded { contract, held: total, deliver_by });
			Ok(())
		}

		/// The seller confirms it delivered, with the CID of the purchase voucher.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::confirm_delivery())]
		pub fn confirm_delivery(
			origin: OriginFor<T>,
			contract: ContractId,
			voucher: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Self::contract(contract)?;
			ensure!(c.seller == who, Error::<T>::NotSeller);
			ensure!(
				matches!(c.state, ContractState::Funded { .. }),
				Self::state_error(&c.state, Error::<T>::NotFunded)
			);
			ensure!(is_valid_cid(&voucher), Error::<T>::BadCid);
			let receive_by = Self::now().saturating_add(T::ReceiptPeriod::get());
			c.state = ContractState::Delivered { receive_by };
			c.voucher = Some(voucher.clone());
			Contracts::<T>::insert(contract, c);
			Self::deposit_event(Event::Delivered { contract, voucher, receive_by });
			Ok(())
		}

		/// The buyer confirms receipt: the contract settles in full.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::confirm_receipt())]
		pub fn confirm_receipt(origin: OriginFor<T>, contract: ContractId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let c = Self::contract(contract)?;
			ensure!(c.buyer == who, Error::<T>::NotBuyer);
			ensure!(
				matches!(c.state, ContractState::Delivered { .. }),
				Self::state_error(&c.state, Error::<T>::NotDelivered)
			);
			Self::complete(contract, c)
		}

		/// The seller settles a delivered contract the buyer left unconfirmed past
		/// `ReceiptPeriod`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::finalize())]
		pub fn finalize(origin: OriginFor<T>, contract: ContractId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let c = Self::contract(contract)?;
			ensure!(c.seller == who, Error::<T>::NotSeller);
			let ContractState::Delivered { receive_by } = c.state else {
				return Err(Self::state_error(&c.state, Error::<T>::NotDelivered));
			};
			ensure!(Self::now() > receive_by, Error::<T>::DeadlineNotReached);
			Self::complete(contract, c)
		}

		/// End a contract without settlement; the item goes back to the seller, held money to
		/// the buyer, and the listing is open again.
		///
		/// - unfunded: the buyer at any time; anyone once the funding period is over (lapsed);
		/// - funded, not delivered: the seller at any time; the buyer once the delivery period is
		///   over.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cancel())]
		pub fn cancel(origin: OriginFor<T>, contract: ContractId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let c = Self::contract(contract)?;
			let now = Self::now();
			let reason = match c.state {
				ContractState::AwaitingFunding { fund_by } => {
					if now > fund_by {
						CancelReason::Lapsed
					} else {
						ensure!(c.buyer == who, Error::<T>::NotLapsed);
						CancelReason::BuyerWithdrew
					}
				},
				ContractState::Funded { deliver_by } => {
					if c.seller == who {
						CancelReason::SellerWithdrew
					} else {
						ensure!(c.buyer == who, Error::<T>::NotParty);
						ensure!(now > deliver_by, Error::<T>::DeadlineNotReached);
						CancelReason::SellerSilent
					}
				},
				ref state => return Err(Self::state_error(state, Error::<T>::AlreadyDelivered)),
			};
			Self::end_unsettled(contract, c, reason)
		}

		/// A party disputes a funded contract, with evidence. Money and item stay frozen until
		/// the ruling; an arbiter from the panel is assigned (governance if the panel has none
		/// besides the parties).
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::open_dispute())]
		pub fn open_dispute(
			origin: OriginFor<T>,
			contract: ContractId,
			evidence: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Self::contract(contract)?;
			ensure!(c.seller == who || c.buyer == who, Error::<T>::NotParty);
			ensure!(
				matches!(c.state, ContractState::Funded { .. } | ContractState::Delivered { .. }),
				Self::state_error(&c.state, Error::<T>::NotFunded)
			);
			ensure!(is_valid_cid(&evidence), Error::<T>::BadCid);
			let arbiter = Self::assign_arbiter(&c, None);
			let rule_by = Self::now().saturating_add(T::ArbitrationPeriod::get());
			c.state = ContractState::Disputed {
				opened_by: who.clone(),
				arbiter: arbiter.clone(),
				rule_by,
				escalations: 0,
			};
			Contracts::<T>::insert(contract, c);
			let first = BoundedVec::truncate_from(alloc::vec![(who.clone(), evidence)]);
			Evidence::<T>::insert(contract, first);
			Self::deposit_event(Event::DisputeOpened { contract, by: who, arbiter, rule_by });
			Ok(())
		}

		/// A party adds evidence to a dispute.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::add_evidence())]
		pub fn add_evidence(
			origin: OriginFor<T>,
			contract: ContractId,
			cid: Cid,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let c = Self::contract(contract)?;
			ensure!(c.seller == who || c.buyer == who, Error::<T>::NotParty);
			ensure!(matches!(c.state, ContractState::Disputed { .. }), Error::<T>::NotInDispute);
			ensure!(is_valid_cid(&cid), Error::<T>::BadCid);
			Evidence::<T>::try_mutate(contract, |e| e.try_push((who.clone(), cid.clone())))
				.map_err(|_| Error::<T>::TooMuchEvidence)?;
			Self::deposit_event(Event::EvidenceAdded { contract, by: who, cid });
			Ok(())
		}

		/// A party replaces an arbiter that missed its deadline: the next panel member takes the
		/// dispute, or governance after `MaxEscalations`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::escalate())]
		pub fn escalate(origin: OriginFor<T>, contract: ContractId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut c = Self::contract(contract)?;
			ensure!(c.seller == who || c.buyer == who, Error::<T>::NotParty);
			let ContractState::Disputed { opened_by, arbiter, rule_by, escalations } =
				c.state.clone()
			else {
				return Err(Error::<T>::NotInDispute.into());
			};
			let Some(current) = arbiter else { return Err(Error::<T>::CannotEscalate.into()) };
			ensure!(Self::now() > rule_by, Error::<T>::DeadlineNotReached);
			let escalations = escalations.saturating_add(1);
			let arbiter = if escalations > T::MaxEscalations::get() {
				None
			} else {
				Self::assign_arbiter(&c, Some(&current))
			};
			let rule_by = Self::now().saturating_add(T::ArbitrationPeriod::get());
			c.state = ContractState::Disputed {
				opened_by,
				arbiter: arbiter.clone(),
				rule_by,
				escalations,
			};
			Contracts::<T>::insert(contract, c);
			Self::deposit_event(Event::DisputeEscalated { contract, arbiter, rule_by });
			Ok(())
		}

		/// The dispute's arbiter (before its deadline) or governance rules: `buyer_share` of the
		/// price goes back to the buyer, the rest to the seller, the fee to the platform; the item
		/// goes to the buyer if `item_to_buyer`, else back to the seller. Executes atomically.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::rule())]
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
			let mut c = Self::contract(contract)?;
			let ContractState::Disputed { ref arbiter, rule_by, .. } = c.state else {
				return Err(Error::<T>::NotInDispute.into());
			};
			if let Some(who) = &by {
				ensure!(arbiter.as_ref() == Some(who), Error::<T>::NotArbiter);
				ensure!(Self::now() <= rule_by, Error::<T>::RulingOverdue);
			}
			let to_buyer = buyer_share.mul_floor(c.price);
			let to_seller = c.price.saturating_sub(to_buyer);
			let (paid_seller, paid_fee, refunded) = Self::pay_out(&c, to_seller)?;
			if item_to_buyer {
				T::Items::deliver(&c.seller, &c.buyer, &c.item, contract)?;
			} else {
				T::Items::release(&c.seller, &c.item, contract)?;
			}
			Listings::<T>::remove(c.listing);
			c.state = ContractState::Ruled { buyer_share, item_to_buyer, at: Self::now() };
			Contracts::<T>::insert(contract, c);
			Evidence::<T>::remove(contract);
			Self::deposit_event(Event::Ruled {
				contract,
				by,
				to_buyer: refunded,
				to_seller: paid_seller,
				fee: paid_fee,
				item_to_buyer,
			});
			Ok(())
		}

		/// After a settled contract, a party rates the other once: `score` 1–5 and an optional
		/// comment CID.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::rate())]
		pub fn rate(
			origin: OriginFor<T>,
			contract: ContractId,
			score: u8,
			comment: Option<Cid>,
		) -> DispatchResult {
			let rater = ensure_signed(origin)?;
			let c = Self::contract(contract)?;
			let ratee = if rater == c.seller {
				c.buyer
			} else if rater == c.buyer {
				c.seller
			} else {
				return Err(Error::<T>::NotParty.into());
			};
			ensure!(c.state.is_settled(), Error::<T>::NotSettled);
			ensure!((MIN_SCORE..=MAX_SCORE).contains(&score), Error::<T>::BadScore);
			if let Some(cid) = &comment {
				ensure!(is_valid_cid(cid), Error::<T>::BadCid);
			}
			ensure!(!Reviews::<T>::contains_key(contract, &rater), Error::<T>::AlreadyRated);
			Reviews::<T>::insert(
				contract,
				&rater,
				Review { ratee: ratee.clone(), score, comment, at: Self::now() },
			);
			Reputations::<T>::mutate(&ratee, |r| {
				r.count = r.count.saturating_add(1);
				r.total = r.total.saturating_add(u64::from(score));
			});
			Self::deposit_event(Event::Rated { contract, rater, ratee, score });
			Ok(())
		}

		/// Governance sets the arbiter panel. Running disputes keep their arbiter.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::set_arbiters(arbiters.len() as u32))]
		pub fn set_arbiters(
			origin: OriginFor<T>,
			arbiters: BoundedVec<T::AccountId, T::MaxArbiters>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			for (i, a) in arbiters.iter().enumerate() {
				ensure!(!arbiters[..i].contains(a), Error::<T>::DuplicateArbiter);
			}
			let count = arbiters.len() as u32;
			Arbiters::<T>::put(arbiters);
			NextArbiter::<T>::kill();
			Self::deposit_event(Event::ArbitersSet { count });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	fn contract(id: ContractId) -> Result<ContractOf<T>, DispatchError> {
		Contracts::<T>::get(id).ok_or_else(|| Error::<T>::UnknownContract.into())
	}

	/// Why a call that needs another state cannot run in `state`; `otherwise` when the state is
	/// the one the call rules out by name.
	fn state_error(state: &StateOf<T>, otherwise: Error<T>) -> DispatchError {
		match state {
			ContractState::AwaitingFunding { .. } if !matches!(otherwise, Error::AlreadyFunded) => {
				Error::<T>::NotFunded.into()
			},
			ContractState::Funded { .. } if matches!(otherwise, Error::NotDelivered) => {
				Error::<T>::NotDelivered.into()
			},
			ContractState::Delivered { .. } => Error::<T>::AlreadyDelivered.into(),
			ContractState::Disputed { .. } => Error::<T>::InDispute.into(),
			ContractState::Completed { .. } | ContractState::Ruled { .. } => {
				Error::<T>::AlreadySettled.into()
			},
			_ => otherwise.into(),
		}
	}

	/// Is the unfunded contract past its funding deadline?
	pub fn is_lapsed(c: &ContractOf<T>) -> bool {
		matches!(c.state, ContractState::AwaitingFunding { fund_by } if Self::now() > fund_by)
	}

	/// If `contract` lapsed, end it (freeing the item and its listing) and say so.
	fn clear_if_lapsed(contract: ContractId) -> Result<bool, DispatchError> {
		let c = Self::contract(contract)?;
		if !Self::is_lapsed(&c) {
			return Ok(false);
		}
		Self::end_unsettled(contract, c, CancelReason::Lapsed)?;
		Ok(true)
	}

	/// Cancel: held money back to the buyer, item back to the seller, listing open again.
	fn end_unsettled(
		contract: ContractId,
		c: ContractOf<T>,
		reason: CancelReason,
	) -> DispatchResult {
		let refunded = if c.state.holds_funds() {
			let total = c.price.saturating_add(c.fee);
			T::Currency::release(
				c.asset.clone(),
				&HoldReason::Escrow.into(),
				&c.buyer,
				total,
				Precision::Exact,
			)?
		} else {
			Zero::zero()
		};
		T::Items::release(&c.seller, &c.item, contract)?;
		Listings::<T>::mutate(c.listing, |l| {
			if let Some(l) = l {
				l.contract = None;
			}
		});
		Contracts::<T>::remove(contract);
		Self::deposit_event(Event::Cancelled { contract, reason, refunded });
		Ok(())
	}

	/// Both sides done: price to the seller, fee to the platform, item to the buyer.
	fn complete(contract: ContractId, mut c: ContractOf<T>) -> DispatchResult {
		let (to_seller, fee, refunded) = Self::pay_out(&c, c.price)?;
		T::Items::deliver(&c.seller, &c.buyer, &c.item, contract)?;
		Listings::<T>::remove(c.listing);
		c.state = ContractState::Completed { at: Self::now() };
		Contracts::<T>::insert(contract, c);
		Self::deposit_event(Event::Completed { contract, to_seller, fee, refunded });
		Ok(())
	}

	/// Pay `to_seller` and the fee out of the buyer's hold and release the rest of the contract's
	/// hold to the buyer. A recipient that cannot receive its part (an account that does not
	/// exist yet, below the asset's minimum) leaves it with the buyer: nothing is created or
	/// lost. Returns (paid to seller, paid fee, released to buyer).
	fn pay_out(
		c: &ContractOf<T>,
		to_seller: BalanceOf<T>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let total = c.price.saturating_add(c.fee);
		let paid_seller = Self::pay_from_hold(c, &c.seller, to_seller)?;
		let paid_fee = Self::pay_from_hold(c, &T::FeeDestination::get(), c.fee)?;
		let rest = total.saturating_sub(paid_seller).saturating_sub(paid_fee);
		let released = if rest.is_zero() {
			rest
		} else {
			T::Currency::release(
				c.asset.clone(),
				&HoldReason::Escrow.into(),
				&c.buyer,
				rest,
				Precision::Exact,
			)?
		};
		Ok((paid_seller, paid_fee, released))
	}

	/// Move `amount` of the buyer's hold to `to`, if `to` can receive it; returns what moved.
	fn pay_from_hold(
		c: &ContractOf<T>,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		if amount.is_zero()
			|| *to == c.buyer
			|| T::Currency::can_deposit(c.asset.clone(), to, amount, Provenance::Extant)
				!= DepositConsequence::Success
		{
			return Ok(Zero::zero());
		}
		T::Currency::transfer_on_hold(
			c.asset.clone(),
			&HoldReason::Escrow.into(),
			&c.buyer,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)
	}

	/// The next panel member in round-robin order who is neither a party nor `not`.
	fn assign_arbiter(c: &ContractOf<T>, not: Option<&T::AccountId>) -> Option<T::AccountId> {
		let panel = Arbiters::<T>::get();
		let n = panel.len() as u32;
		let start = NextArbiter::<T>::get();
		(0..n).find_map(|i| {
			let at = start.saturating_add(i) % n;
			let a = panel.get(at as usize)?;
			if *a == c.seller || *a == c.buyer || Some(a) == not {
				return None;
			}
			NextArbiter::<T>::put(at.saturating_add(1) % n);
			Some(a.clone())
		})
	}

	/// An account's ratings: count, sum and average in thousandths.
	pub fn reputation(who: &T::AccountId) -> Reputation {
		Reputations::<T>::get(who)
	}

	/// What the buyer holds in escrow for `contract` (price plus fee while funded, else zero).
	pub fn held_for(c: &ContractOf<T>) -> BalanceOf<T> {
		if c.state.holds_funds() {
			c.price.saturating_add(c.fee)
		} else {
			Zero::zero()
		}
	}

	/// Total the escrow holds on `who` in `asset` (across all its contracts).
	pub fn total_held(asset: AssetIdOf<T>, who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_on_hold(asset, &HoldReason::Escrow.into(), who)
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
