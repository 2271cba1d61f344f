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
//! Locked trees cannot be sold, felled, moved or tokenised again. The issuer unlocks them by
//! [`Pallet::redeem`], which needs the whole supply in its hands and burns it.

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

pub use cec_primitives::{
	ContractId, LockId, ParcelId, TokenId, TradeItem, TradeItems, TreeAssetLock, TreeIndex,
};
pub use types::*;
pub use weights::WeightInfo;

use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible,
		fungibles::{self, Create, Destroy},
		tokens::{Fortitude, Precision, Preservation},
		Get,
	},
	PalletId,
};
use frame_system::pallet_prelude::*;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{AccountIdConversion, Zero},
	ArithmeticError, Rounding, SaturatedConversion,
};

/// `acc` counts revenue per token unit in units of 10⁻¹² planck.
pub const ACC_SCALE: u128 = 1_000_000_000_000;

/// The benchmarks measure deposits and claims with up to this many other holders; the weights
/// charge for this many (the measured slope is flat, see the README).
pub const BENCH_HOLDERS: u32 = 1_000;

/// Registry set-up the benchmarks need, which this pallet cannot do through [`TreeAssetLock`].
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// An attested parcel of `owner` with `trees` standing trees.
	fn parcel_with_trees(owner: &AccountId, trees: u32) -> ParcelId;
}

pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency revenue is paid in (CEC).
		type Currency: fungible::Mutate<Self::AccountId>;
		/// The asset ledger holding the tokens; this pallet owns and administers every asset in
		/// it.
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
		type WeightInfo: WeightInfo;
		/// Sets up registry assets for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The id the next token gets.
	#[pallet::storage]
	pub type NextTokenId<T: Config> = StorageValue<_, TokenId, ValueQuery>;

	#[pallet::storage]
	pub type Tokens<T: Config> = StorageMap<
		_,
		Twox64Concat,
		TokenId,
		TokenInfo<T::AccountId, BalanceOf<T>, T::MaxTreesPerToken>,
	>;

	/// Each holder's revenue position: the accumulator it was last settled at and what it is
	/// owed but has not claimed.
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

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `issuer` locked `trees` of `parcel` (all of it when `trees` is 0) and received the
		/// whole `supply` of `token`.
		Tokenised {
			token: TokenId,
			issuer: T::AccountId,
			parcel: ParcelId,
			trees: u32,
			kind: TokenKind,
			supply: BalanceOf<T>,
		},
		Transferred {
			token: TokenId,
			from: T::AccountId,
			to: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// `amount` was deposited; each token unit earned `per_unit / 10¹²` planck and `carry`
		/// planck wait for the next deposit.
		RevenueDeposited {
			token: TokenId,
			amount: BalanceOf<T>,
			per_unit: u128,
			carry: BalanceOf<T>,
		},
		RevenueClaimed {
			token: TokenId,
			who: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// The issuer burnt the whole supply; the trees are free again and `refund` (its revenue
		/// share and the undistributed carry) went back to it.
		Redeemed {
			token: TokenId,
			issuer: T::AccountId,
			refund: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No such token.
		UnknownToken,
		/// The token has been redeemed.
		TokenRedeemed,
		/// A token needs a supply.
		ZeroSupply,
		/// At most 18 decimals.
		BadDecimals,
		/// Name or symbol empty or too long.
		BadMetadata,
		/// More trees than `MaxTreesPerToken`.
		TooManyTrees,
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
		/// The seller holds fewer tokens than the lot.
		InsufficientTokens,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Lock `trees` of `parcel` (the whole parcel when empty) and issue `supply` units of a
		/// new token of `kind` to the caller, who must own the parcel. A revenue token's pot is
		/// opened with the existential deposit, paid by the caller; it stays in the pot for good
		/// so that the pot never dies while shares are unclaimed.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::tokenise(
			(trees.len() as u32).min(T::MaxTreesPerToken::get())
		))]
		pub fn tokenise(
			origin: OriginFor<T>,
			parcel: ParcelId,
			trees: Vec<TreeIndex>,
			kind: TokenKind,
			supply: BalanceOf<T>,
			decimals: u8,
			name: Vec<u8>,
			symbol: Vec<u8>,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			ensure!(!supply.is_zero(), Error::<T>::ZeroSupply);
			ensure!(decimals <= 18, Error::<T>::BadDecimals);
			ensure!(
				(1..=MAX_NAME_LEN).contains(&(name.len() as u32))
					&& (1..=MAX_SYMBOL_LEN).contains(&(symbol.len() as u32)),
				Error::<T>::BadMetadata
			);
			let trees: BoundedVec<_, T::MaxTreesPerToken> =
				trees.try_into().map_err(|_| Error::<T>::TooManyTrees)?;
			let token = NextTokenId::<T>::get();
			NextTokenId::<T>::put(token.checked_add(1).ok_or(ArithmeticError::Overflow)?);

			T::Registry::lock(&issuer, parcel, &trees, LockId::Token(token))?;
			let admin = Self::account_id();
			T::Assets::create(token, admin.clone(), false, 1u32.into())?;
			<T::Assets as fungibles::metadata::Mutate<_>>::set(
				token, &admin, name, symbol, decimals,
			)?;
			<T::Assets as fungibles::Mutate<_>>::mint_into(token, &issuer, supply)?;
			if kind == TokenKind::Revenue {
				<T::Currency as fungible::Mutate<_>>::transfer(
					&issuer,
					&Self::pot(token),
					<T::Currency as fungible::Inspect<_>>::minimum_balance(),
					Preservation::Preserve,
				)?;
			}
			let tree_count = trees.len() as u32;
			Tokens::<T>::insert(
				token,
				TokenInfo {
					issuer: issuer.clone(),
					parcel,
					trees,
					kind,
					supply,
					status: TokenStatus::Live,
					acc: 0,
					carry: Zero::zero(),
					deposited: Zero::zero(),
					claimed: Zero::zero(),
				},
			);
			Self::deposit_event(Event::Tokenised {
				token,
				issuer,
				parcel,
				trees: tree_count,
				kind,
				supply,
			});
			Ok(())
		}

		/// Send `amount` of `token` to `to`, settling both sides' revenue first so that neither
		/// gains nor loses a claim by the move.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::transfer())]
		pub fn transfer(
			origin: OriginFor<T>,
			token: TokenId,
			to: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			ensure!(from != to, Error::<T>::SelfTransfer);
			let info = Self::live(token)?;
			Self::move_tokens(&info, token, &from, &to, amount)?;
			Self::deposit_event(Event::Transferred { token, from, to, amount });
			Ok(())
		}

		/// The issuer deposits a period's revenue of a revenue-share token; holders claim it.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::deposit_revenue(BENCH_HOLDERS))]
		pub fn deposit_revenue(
			origin: OriginFor<T>,
			token: TokenId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			let mut info = Self::live(token)?;
			ensure!(info.kind == TokenKind::Revenue, Error::<T>::NotRevenueToken);
			ensure!(who == info.issuer, Error::<T>::NotIssuer);
			<T::Currency as fungible::Mutate<_>>::transfer(
				&who,
				&Self::pot(token),
				amount,
				Preservation::Preserve,
			)?;
			let supply: u128 = info.supply.saturated_into();
			let total = amount.checked_add(&info.carry).ok_or(ArithmeticError::Overflow)?;
			let per_unit = multiply_by_rational_with_rounding(
				total.saturated_into(),
				ACC_SCALE,
				supply,
				Rounding::Down,
			)
			.ok_or(ArithmeticError::Overflow)?;
			info.acc = info.acc.checked_add(per_unit).ok_or(ArithmeticError::Overflow)?;
			info.deposited =
				info.deposited.checked_add(&amount).ok_or(ArithmeticError::Overflow)?;
			// Holders are entitled to at most ⌊acc × supply⌋ in all; the rest of what was ever
			// deposited is the carry. Computing it over the totals keeps per-deposit flooring
			// from adding up.
			let entitled =
				multiply_by_rational_with_rounding(info.acc, supply, ACC_SCALE, Rounding::Down)
					.ok_or(ArithmeticError::Overflow)?;
			let entitled: BalanceOf<T> =
				entitled.try_into().map_err(|_| ArithmeticError::Overflow)?;
			info.carry = info.deposited.checked_sub(&entitled).ok_or(ArithmeticError::Underflow)?;
			let carry = info.carry;
			Tokens::<T>::insert(token, info);
			Self::deposit_event(Event::RevenueDeposited { token, amount, per_unit, carry });
			Ok(())
		}

		/// Claim the caller's share of all revenue deposited while it held the token. Also works
		/// after the token is redeemed, for shares earned before.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::claim(BENCH_HOLDERS))]
		pub fn claim(origin: OriginFor<T>, token: TokenId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut info = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
			ensure!(info.kind == TokenKind::Revenue, Error::<T>::NotRevenueToken);
			let amount = Self::owed(&info, token, &who)?;
			ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
			Self::pay_out(&mut info, token, &who, amount)?;
			// Settled and paid: keep the snapshot only while the caller still holds units.
			if <T::Assets as fungibles::Inspect<_>>::balance(token, &who).is_zero() {
				Holders::<T>::remove(token, &who);
			} else {
				Holders::<T>::insert(
					token,
					&who,
					Holder { snapshot: info.acc, pending: Zero::zero() },
				);
			}
			Tokens::<T>::insert(token, info);
			Self::deposit_event(Event::RevenueClaimed { token, who, amount });
			Ok(())
		}

		/// The issuer, holding the whole supply, burns it and frees the trees. A revenue token
		/// pays the issuer its own share and the undistributed carry; other holders' unclaimed
		/// shares stay claimable, so the pot keeps its existential deposit.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::redeem(T::MaxTreesPerToken::get()))]
		pub fn redeem(origin: OriginFor<T>, token: TokenId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let mut info = Self::live(token)?;
			ensure!(who == info.issuer, Error::<T>::NotIssuer);
			let held = <T::Assets as fungibles::Inspect<_>>::balance(token, &who);
			ensure!(held == info.supply, Error::<T>::NotWholeSupply);
			let tree_count = info.trees.len() as u32;

			let mut refund = Zero::zero();
			if info.kind == TokenKind::Revenue {
				Self::settle(&info, token, &who)?;
				let share = Holders::<T>::take(token, &who).pending;
				refund = share.checked_add(&info.carry).ok_or(ArithmeticError::Overflow)?;
				info.carry = Zero::zero();
				if !refund.is_zero() {
					Self::pay_out(&mut info, token, &who, refund)?;
				}
			}
			<T::Assets as fungibles::Mutate<_>>::burn_from(
				token,
				&who,
				info.supply,
				Preservation::Expendable,
				Precision::Exact,
				Fortitude::Polite,
			)?;
			// The issuer held everything, so no account remains and destruction ends at once.
			T::Assets::start_destroy(token, None)?;
			T::Assets::destroy_accounts(token, 1)?;
			T::Assets::destroy_approvals(token, 1)?;
			T::Assets::finish_destroy(token)?;
			T::Registry::unlock(info.parcel, &info.trees, LockId::Token(token))?;
			info.status = TokenStatus::Redeemed;
			Tokens::<T>::insert(token, info);
			Self::deposit_event(Event::Redeemed { token, issuer: who, refund });
			Ok(Some(T::WeightInfo::redeem(tree_count)).into())
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

	fn live(
		token: TokenId,
	) -> Result<TokenInfo<T::AccountId, BalanceOf<T>, T::MaxTreesPerToken>, DispatchError> {
		let info = Tokens::<T>::get(token).ok_or(Error::<T>::UnknownToken)?;
		ensure!(info.status == TokenStatus::Live, Error::<T>::TokenRedeemed);
		Ok(info)
	}

	/// What `who` is owed in total now: settled plus accrued since its snapshot.
	pub fn claimable(token: TokenId, who: &T::AccountId) -> BalanceOf<T> {
		Tokens::<T>::get(token)
			.and_then(|info| Self::owed(&info, token, who).ok())
			.unwrap_or_default()
	}

	fn owed(
		info: &TokenInfo<T::AccountId, BalanceOf<T>, T::MaxTreesPerToken>,
		token: TokenId,
		who: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let holder = Holders::<T>::get(token, who);
		let balance: u128 =
			<T::Assets as fungibles::Inspect<_>>::balance(token, who).saturated_into();
		let delta = info.acc.checked_sub(holder.snapshot).ok_or(ArithmeticError::Underflow)?;
		let accrued = multiply_by_rational_with_rounding(balance, delta, ACC_SCALE, Rounding::Down)
			.ok_or(ArithmeticError::Overflow)?;
		let accrued: BalanceOf<T> = accrued.try_into().map_err(|_| ArithmeticError::Overflow)?;
		Ok(holder.pending.checked_add(&accrued).ok_or(ArithmeticError::Overflow)?)
	}

	/// Move what `who` accrued into its pending share and snapshot the accumulator; must run
	/// before every change of its balance.
	fn settle(
		info: &TokenInfo<T::AccountId, BalanceOf<T>, T::MaxTreesPerToken>,
		token: TokenId,
		who: &T::AccountId,
	) -> DispatchResult {
		let pending = Self::owed(info, token, who)?;
		Holders::<T>::insert(token, who, Holder { snapshot: info.acc, pending });
		Ok(())
	}

	/// Move tokens, settling both sides' revenue first.
	fn move_tokens(
		info: &TokenInfo<T::AccountId, BalanceOf<T>, T::MaxTreesPerToken>,
		token: TokenId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if info.kind == TokenKind::Revenue {
			Self::settle(info, token, from)?;
			Self::settle(info, token, to)?;
		}
		<T::Assets as fungibles::Mutate<_>>::transfer(
			token,
			from,
			to,
			amount,
			Preservation::Expendable,
		)?;
		Self::tidy(token, from);
		Ok(())
	}

	/// The account holding a token lot while a trade contract runs.
	pub fn custody(contract: ContractId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating((*b"tr", contract))
	}

	fn lot(item: &TradeItem) -> Result<(TokenId, BalanceOf<T>), DispatchError> {
		match item {
			TradeItem::TokenLot { token, amount } => {
				let amount: BalanceOf<T> =
					(*amount).try_into().map_err(|_| ArithmeticError::Overflow)?;
				ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
				Ok((*token, amount))
			},
			_ => Err(Error::<T>::NotATokenLot.into()),
		}
	}

	/// Hand a lot out of custody to `to`; revenue the lot earned in custody goes to `seller`.
	fn leave_custody(
		seller: &T::AccountId,
		to: &T::AccountId,
		item: &TradeItem,
		contract: ContractId,
	) -> DispatchResult {
		let (token, amount) = Self::lot(item)?;
		let mut info = Self::live(token)?;
		let custody = Self::custody(contract);
		if info.kind == TokenKind::Revenue {
			Self::settle(&info, token, &custody)?;
			let earned = Holders::<T>::mutate(token, &custody, |h| core::mem::take(&mut h.pending));
			if !earned.is_zero() {
				Self::pay_out(&mut info, token, seller, earned)?;
				Tokens::<T>::insert(token, info.clone());
			}
		}
		Self::move_tokens(&info, token, &custody, to, amount)?;
		frame_system::Pallet::<T>::dec_providers(&custody)?;
		Ok(())
	}

	/// Forget a holder that holds nothing and is owed nothing.
	fn tidy(token: TokenId, who: &T::AccountId) {
		let empty = <T::Assets as fungibles::Inspect<_>>::balance(token, who).is_zero()
			&& Holders::<T>::get(token, who).pending.is_zero();
		if empty {
			Holders::<T>::remove(token, who);
		}
	}

	fn pay_out(
		info: &mut TokenInfo<T::AccountId, BalanceOf<T>, T::MaxTreesPerToken>,
		token: TokenId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		info.claimed = info.claimed.checked_add(&amount).ok_or(ArithmeticError::Overflow)?;
		// The pot keeps its existential deposit until redemption, so it never dies with dust.
		<T::Currency as fungible::Mutate<_>>::transfer(
			&Self::pot(token),
			who,
			amount,
			Preservation::Preserve,
		)?;
		Ok(())
	}
}

/// Token lots sold through escrow: the lot waits in a custody account of the contract, so the
/// seller cannot sell it twice; revenue it earns meanwhile is the seller's.
impl<T: Config> TradeItems<T::AccountId> for Pallet<T> {
	fn ensure_sellable(seller: &T::AccountId, item: &TradeItem) -> DispatchResult {
		let (token, amount) = Self::lot(item)?;
		Self::live(token)?;
		let held = <T::Assets as fungibles::Inspect<_>>::balance(token, seller);
		ensure!(held >= amount, Error::<T>::InsufficientTokens);
		Ok(())
	}

	fn freeze(seller: &T::AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult {
		let (token, amount) = Self::lot(item)?;
		let info = Self::live(token)?;
		let held = <T::Assets as fungibles::Inspect<_>>::balance(token, seller);
		ensure!(held >= amount, Error::<T>::InsufficientTokens);
		let custody = Self::custody(contract);
		// The keyless custody account needs a provider to hold a non-sufficient asset.
		frame_system::Pallet::<T>::inc_providers(&custody);
		Self::move_tokens(&info, token, seller, &custody, amount)
	}

	fn release(seller: &T::AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult {
		Self::leave_custody(seller, seller, item, contract)
	}

	fn deliver(
		seller: &T::AccountId,
		buyer: &T::AccountId,
		item: &TradeItem,
		contract: ContractId,
	) -> DispatchResult {
		Self::leave_custody(seller, buyer, item, contract)
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
