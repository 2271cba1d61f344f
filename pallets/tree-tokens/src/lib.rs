//! # Tree-backed tokens
//!
//! An owner locks a forest parcel (or some of its trees) in the registry and issues a fungible
//! token on them, of one of two kinds:
//!
//! - **Timber**: holders gain the trees' appreciation; the token is a claim on the locked trees.
//! - **Revenue**: each period the issuer deposits the forest's revenue in CEC and every holder
//!   claims a share pro rata to its balance.
//!
//! Balances live in a `pallet-assets` instance the runtime reserves for these tokens (its calls
//! are disabled there), so wallets and Polkadot.js Apps see them as ordinary assets; transfers go
//! through [`Pallet::transfer`], which settles both sides' revenue first.
//!
//! Revenue uses a reward-per-unit accumulator: a deposit adds `amount / supply` to `acc`, and a
//! holder is owed `balance × (acc − its snapshot)`, settled whenever its balance changes. Deposits
//! and claims cost O(1) whatever the number of holders, and tokens bought after a deposit carry
//! no claim on it. Rounding never creates money: the part of a deposit too small to raise `acc` by
//! one unit is carried into the next deposit (`carry`), and flooring each holder's share leaves the
//! remainder in the pot.
//!
//! Issuing a token holds a storage deposit on the issuer, sized by the bytes of its name and
//! symbol; redemption returns it. A redeemed token's record stays only while some holder is
//! still owed revenue, and goes with the last claim (the pot's remainder goes to the issuer).
//!
//! Token lots sold through escrow ([`TradeItems`]) never leave the seller's account: they are
//! frozen there in this pallet's own ledger ([`Frozen`], [`TradeLots`]), which [`Pallet::transfer`]
//! and [`Pallet::redeem`] respect.
//!
//! Locked trees cannot be sold, felled, moved or tokenised again. The issuer unlocks them by
//! [`Pallet::redeem`], which needs the whole supply in its hands and burns it.
//!
//! The calls' logic lives in `features/<capability>.rs`, the escrow interface in
//! `impl_trade_items.rs`.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
mod impl_trade_items;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use cec_primitives::RevenueAccumulator as _;
pub use cec_primitives::{
	ContractId, LockId, ParcelId, TokenId, TradeItem, TradeItems, TreeAssetLock, TreeIndex,
};
pub use types::*;
pub use weights::WeightInfo;

use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible, fungibles, Get},
	PalletId,
};
use frame_system::pallet_prelude::*;
use sp_runtime::traits::AccountIdConversion;

/// `acc` counts revenue per token unit in units of 10⁻¹² planck (the shared
/// [`cec_primitives::RevenueAccumulator`]'s scale).
pub use cec_primitives::ACC_SCALE;

/// The benchmarks measure deposits and claims with up to this many other holders; the weights
/// charge for this many (the measured slope is flat, see the README).
pub const BENCH_HOLDERS: u32 = 1_000;

/// Registry set-up the benchmarks need, which this pallet cannot do through [`TreeAssetLock`].
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// An attested parcel of `owner` with `trees` standing trees.
	fn parcel_with_trees(owner: &AccountId, trees: u32) -> ParcelId;
}

/// An amount of CEC, which is also the balance type of the tokens.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A token record of this runtime.
pub type TokenInfoOf<T> = TokenInfo<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	<T as Config>::MaxTreesPerToken,
>;

/// A frozen token lot of this runtime.
pub type TradeLotOf<T> = TradeLot<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency revenue is paid and storage deposits are held in (CEC).
		type Currency: fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The runtime's hold reasons, of which this pallet's [`HoldReason`] is one.
		type RuntimeHoldReason: From<HoldReason>;
		/// The asset ledger holding the tokens; this pallet owns and administers every asset in
		/// it, and its own calls must be disabled so that every move goes through this pallet.
		type Assets: fungibles::Mutate<Self::AccountId, AssetId = TokenId, Balance = BalanceOf<Self>>
			+ fungibles::Create<Self::AccountId>
			+ fungibles::Destroy<Self::AccountId>
			+ fungibles::metadata::Mutate<Self::AccountId>;
		/// The forestry registry, to lock and unlock what backs a token.
		type Registry: TreeAssetLock<Self::AccountId>;
		/// Owns the assets and derives each revenue token's pot account.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// Most trees one token may list (a whole parcel counts as none).
		#[pallet::constant]
		type MaxTreesPerToken: Get<u32>;
		/// The largest supply a token may have, in its smallest units. At most half the balance
		/// type's range: the assets ledger's `fungibles` transfer credits the receiver through a
		/// check that supply plus amount does not overflow, and when that check fails the debited
		/// units are lost instead of the transfer failing (found by the runtime fuzzer).
		#[pallet::constant]
		type MaxSupply: Get<BalanceOf<Self>>;
		/// The storage deposit held on the issuer for each token, on top of the per-byte part.
		#[pallet::constant]
		type TokenDeposit: Get<BalanceOf<Self>>;
		/// The storage deposit held on the issuer per byte of the token's name and symbol.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;
		/// The calls' weights.
		type WeightInfo: WeightInfo;
		/// Sets up registry assets for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why this pallet holds CEC.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The storage deposit of a token, held on its issuer until redemption.
		TokenDeposit,
	}

	/// The id the next token gets (ids are never reused).
	#[pallet::storage]
	pub type NextTokenId<T: Config> = StorageValue<_, TokenId, ValueQuery>;

	/// Every live token, and every redeemed one some holder is still owed revenue of.
	#[pallet::storage]
	pub type Tokens<T: Config> = StorageMap<_, Twox64Concat, TokenId, TokenInfoOf<T>>;

	/// Each holder's revenue position: the accumulator it was last settled at and what it is
	/// owed but has not claimed. Kept only while the holder holds units or is owed something.
	#[pallet::storage]
	pub type Holders<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TokenId,
		Blake2_128Concat,
		T::AccountId,
		Holder<BalanceOf<T>>,
		ValueQuery,
	>;

	/// `Frozen[token][seller]`: the seller's units of `token` in running trades (the sum of its
	/// lots in [`TradeLots`]). They stay on the seller's account but cannot be moved or burnt.
	#[pallet::storage]
	pub type Frozen<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TokenId,
		Blake2_128Concat,
		T::AccountId,
		BalanceOf<T>,
		ValueQuery,
	>;

	/// The token lot each running trade contract has frozen.
	#[pallet::storage]
	pub type TradeLots<T: Config> = StorageMap<_, Twox64Concat, ContractId, TradeLotOf<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `issuer` locked `trees` of `parcel` (all of it when `trees` is 0) and received the
		/// whole `supply` of `token`.
		Tokenised {
			/// The new token.
			token: TokenId,
			/// Who issued it and holds its supply.
			issuer: T::AccountId,
			/// The parcel backing it.
			parcel: ParcelId,
			/// How many of the parcel's trees back it (0: the whole parcel).
			trees: u32,
			/// Timber or revenue share.
			kind: TokenKind,
			/// Units minted.
			supply: BalanceOf<T>,
			/// The storage deposit held on the issuer.
			deposit: BalanceOf<T>,
		},
		/// Units of a token changed hands.
		Transferred {
			/// The token.
			token: TokenId,
			/// The sender.
			from: T::AccountId,
			/// The receiver.
			to: T::AccountId,
			/// Units moved.
			amount: BalanceOf<T>,
		},
		/// `amount` was deposited; each token unit earned `per_unit / 10¹²` planck and `carry`
		/// planck wait for the next deposit.
		RevenueDeposited {
			/// The token.
			token: TokenId,
			/// CEC deposited.
			amount: BalanceOf<T>,
			/// What each unit earned, in 10⁻¹² planck.
			per_unit: u128,
			/// Revenue not yet shared out, carried into the next deposit.
			carry: BalanceOf<T>,
		},
		/// A holder claimed its revenue share.
		RevenueClaimed {
			/// The token.
			token: TokenId,
			/// The holder.
			who: T::AccountId,
			/// CEC paid.
			amount: BalanceOf<T>,
		},
		/// The issuer burnt the whole supply; the trees are free again, the storage deposit was
		/// released and `refund` (its revenue share and the undistributed carry) went back to it.
		Redeemed {
			/// The token.
			token: TokenId,
			/// The issuer.
			issuer: T::AccountId,
			/// CEC paid back to the issuer from the pot.
			refund: BalanceOf<T>,
		},
		/// A redeemed token nobody is owed anything of was removed; `swept` (the pot's existential
		/// deposit and rounding dust) went back to the issuer.
		TokenRemoved {
			/// The token.
			token: TokenId,
			/// The issuer.
			issuer: T::AccountId,
			/// CEC swept from the pot to the issuer.
			swept: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No such token (or a redeemed one whose record is gone).
		UnknownToken,
		/// The token has been redeemed.
		TokenRedeemed,
		/// A token needs a supply.
		ZeroSupply,
		/// The supply is above `MaxSupply`.
		SupplyTooLarge,
		/// At most 18 decimals.
		BadDecimals,
		/// The name is not clean text: empty, not UTF-8, with control characters or surrounding
		/// white space.
		BadName,
		/// The symbol is not clean text: empty, not UTF-8, with control characters or
		/// surrounding white space.
		BadSymbol,
		/// Amounts must not be zero.
		ZeroAmount,
		/// Sender and receiver are the same account.
		SelfTransfer,
		/// Revenue is deposited only on revenue-share tokens.
		NotRevenueToken,
		/// Only the token's issuer may do this.
		NotIssuer,
		/// Nothing is owed to the caller.
		NothingToClaim,
		/// Redeeming needs the whole supply in the issuer's hands.
		NotWholeSupply,
		/// Not a lot of tree-backed tokens.
		NotATokenLot,
		/// The seller's unfrozen units do not cover the lot.
		InsufficientTokens,
		/// The units are frozen in a running trade: they cannot be moved or burnt until the
		/// trade ends.
		LotInTrade,
		/// The trade contract has frozen a lot already.
		LotAlreadyFrozen,
		/// The trade contract has frozen no such lot of this seller.
		UnknownLot,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			use sp_runtime::traits::{CheckedAdd, Zero};
			let max = T::MaxSupply::get();
			assert!(!max.is_zero(), "MaxSupply must allow a supply");
			assert!(
				max.checked_add(&max).is_some(),
				"MaxSupply must be at most half the balance range: a transfer's credit is checked \
				 as supply plus amount"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Lock `trees` of `parcel` (the whole parcel when empty) and issue `supply` units of a
		/// new token of `kind`, named `name` with ticker `symbol` (clean text) and `decimals`
		/// (at most 18), to the caller. Holds `TokenDeposit` + `DepositPerByte` × (name +
		/// symbol bytes) on the caller until redemption. A revenue token's pot is opened with the
		/// existential deposit, paid by the caller and returned once the token is gone.
		///
		/// Origin must be Signed by the owner of the attested parcel; nothing of what it locks may
		/// be locked or felled already. Emits `Tokenised`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::tokenise(trees.len() as u32))]
		pub fn tokenise(
			origin: OriginFor<T>,
			parcel: ParcelId,
			trees: BoundedVec<TreeIndex, T::MaxTreesPerToken>,
			kind: TokenKind,
			supply: BalanceOf<T>,
			decimals: u8,
			name: TokenName,
			symbol: TokenSymbol,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			Self::do_tokenise(issuer, parcel, trees, kind, supply, decimals, name, symbol)
		}

		/// Send `amount` of `token` to `to`, settling both sides' revenue first so that neither
		/// gains nor loses a claim by the move. Units frozen in a running trade cannot be sent.
		///
		/// Origin must be Signed by a holder of at least `amount` unfrozen units of the live
		/// token. Emits `Transferred`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::transfer())]
		pub fn transfer(
			origin: OriginFor<T>,
			token: TokenId,
			to: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
			Self::do_transfer(from, token, to, amount)
		}

		/// Deposit `amount` CEC of a period's revenue of a revenue-share token into its pot;
		/// holders claim it pro rata to their balances now.
		///
		/// Origin must be Signed by the token's issuer. Emits `RevenueDeposited`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::deposit_revenue(BENCH_HOLDERS))]
		pub fn deposit_revenue(
			origin: OriginFor<T>,
			token: TokenId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deposit_revenue(who, token, amount)
		}

		/// Claim the caller's share of all revenue deposited while it held the token. Also works
		/// after the token is redeemed, for shares earned before; the last such claim removes
		/// the token's record and sends the pot's remainder to the issuer.
		///
		/// Origin must be Signed by an account owed revenue of the token. Emits
		/// `RevenueClaimed`, and `TokenRemoved` when it was the last claim of a redeemed token.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::claim(BENCH_HOLDERS))]
		pub fn claim(origin: OriginFor<T>, token: TokenId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim(who, token)
		}

		/// Burn the whole supply and free the trees. A revenue token pays the issuer its own
		/// share and the undistributed carry; other holders' unclaimed shares stay claimable. The
		/// storage deposit is released; the record goes at once if nobody else is owed anything.
		///
		/// Origin must be Signed by the issuer, holding the whole supply with none of it frozen
		/// in a trade. Emits `Redeemed`, and `TokenRemoved` when the record goes at once.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::redeem(T::MaxTreesPerToken::get()))]
		pub fn redeem(origin: OriginFor<T>, token: TokenId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let trees = Self::do_redeem(who, token)?;
			Ok(Some(T::WeightInfo::redeem(trees)).into())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The account that owns every token asset.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The account holding a revenue token's undistributed and unclaimed revenue.
	pub fn pot(token: TokenId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating((*b"pt", token))
	}

	/// A live token's record, or why there is none.
	pub(crate) fn live(token: TokenId) -> Result<TokenInfoOf<T>, DispatchError> {
		let info = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(info.status == TokenStatus::Live, Error::<T>::TokenRedeemed);
		Ok(info)
	}
}

sp_api::decl_runtime_apis! {
	/// Queries of tree-backed tokens.
	pub trait TreeTokensApi<AccountId, Balance> where
		AccountId: codec::Codec,
		Balance: codec::Codec,
	{
		/// The revenue `who` can claim from `token` now.
		fn claimable(token: TokenId, who: AccountId) -> Balance;
	}
}
