//! Transaction fees paid in a settlement asset, through `pallet-asset-tx-payment`: the SDK's
//! extension (`ChargeAssetTxPayment`, an `asset_id` on every signed transaction) with our
//! conversion, [`MakerFees`], behind it.
//!
//! A fee of `fee` CEC (tip included) paid in asset `A`:
//!
//! - **Who converts.** The maker with the lowest live ask in `A` whose inventory covers `fee`
//!   and which already holds an account in `A` ([`Pallet::fee_converter`]); the payer is never
//!   its own converter. None: the transaction is invalid
//!   (`InvalidTransaction::Custom(`[`NO_CONVERSION`]`)`) and the pool rejects it before
//!   inclusion, without charging anyone.
//! - **Before dispatch.** The payer's `ceil(fee × ask / 1 CEC)` of `A` (at least one unit) is
//!   withdrawn, keeping its minimum balance (else `InvalidTransaction::Payment`, again at the
//!   pool); `fee` CEC moves from the maker's inventory hold into a fee-in-flight hold
//!   ([`HoldReason::FeeInFlight`]), both on the maker's own account; [`PendingFee`] remembers the
//!   maker and its ask for after dispatch.
//! - **After dispatch**, with the actual fee (weight refunds applied): the payer gets back the
//!   asset for the unused part; the maker receives the asset for the used part; the used CEC is
//!   taken from the fee-in-flight hold and handed to `OU`, the runtime's handler of native fees
//!   (the block author's share and the revenue the dividend pool pays out), exactly as a fee paid
//!   in CEC would be; the rest of the hold returns to the maker's inventory. The maker's CEC falls
//!   by exactly the fee; nothing is minted or burnt.

use crate::*;
use core::marker::PhantomData;
use frame_support::traits::{
	fungible::{BalancedHold as _, Credit as NativeCredit, InspectHold as _, MutateHold as _},
	fungibles::{Balanced as _, Credit, Inspect as _},
	tokens::{Fortitude, Precision, Preservation, WithdrawConsequence},
	Imbalance, OnUnbalanced,
};
use pallet_asset_tx_payment::OnChargeAssetTransaction;
use sp_runtime::{
	traits::{DispatchInfoOf, PostDispatchInfoOf},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};

/// `InvalidTransaction::Custom` code of a fee no maker can convert: no live quote in the asset,
/// or no quoting maker with enough inventory (and an account in the asset).
pub const NO_CONVERSION: u8 = 1;
/// `InvalidTransaction::Custom` code of a fee asset id that names no settlement asset.
pub const UNKNOWN_FEE_ASSET: u8 = 2;

/// How a transaction names the asset it pays its fee in (the `asset_id` of
/// `ChargeAssetTxPayment`), and which settlement asset that is.
pub trait FeeAsset<AssetId> {
	/// The id a transaction carries.
	type Id: codec::FullCodec
		+ codec::DecodeWithMemTracking
		+ Clone
		+ sp_runtime::traits::MaybeSerializeDeserialize
		+ core::fmt::Debug
		+ Default
		+ Eq
		+ scale_info::TypeInfo;
	/// The settlement asset `id` names, if any.
	fn asset(id: &Self::Id) -> Option<AssetId>;
}

/// Transactions name the settlement asset by its own id.
pub struct ByAssetId;
impl<AssetId> FeeAsset<AssetId> for ByAssetId
where
	AssetId: codec::FullCodec
		+ codec::DecodeWithMemTracking
		+ Copy
		+ sp_runtime::traits::MaybeSerializeDeserialize
		+ core::fmt::Debug
		+ Default
		+ Eq
		+ scale_info::TypeInfo,
{
	type Id = AssetId;
	fn asset(id: &AssetId) -> Option<AssetId> {
		Some(*id)
	}
}

/// The conversion `pallet-asset-tx-payment` charges fees in settlement assets through; `OU`
/// takes the CEC fee (and tip) as if the payer had paid it in CEC; `Id` says how transactions
/// name the asset.
pub struct MakerFees<T, OU, Id = ByAssetId>(PhantomData<(T, OU, Id)>);

impl<T: Config> Pallet<T> {
	/// The maker that converts a fee of `fee` CEC paid by `payer` in `asset`, and its ask: the
	/// lowest live ask, posted before this block, of a maker other than `payer` whose inventory
	/// covers `fee` and which holds an account in `asset` (so that the asset it is paid always
	/// reaches it).
	pub fn fee_converter(
		asset: T::AssetId,
		payer: &T::AccountId,
		fee: Balance,
	) -> Option<(T::AccountId, Balance)> {
		let now = frame_system::Pallet::<T>::block_number();
		Quotes::<T>::iter_prefix(asset)
			.filter(|(maker, q)| {
				maker != payer
					&& q.posted_at < now
					&& Self::usable(q).is_ok()
					&& Self::inventory_of(maker) >= fee
					&& T::Assets::balance(asset, maker) > 0
			})
			.fold(None, |best: Option<(T::AccountId, Balance)>, (maker, q)| match best {
				Some((_, ask)) if ask <= q.ask => best,
				_ => Some((maker, q.ask)),
			})
	}

	/// What a fee of `fee` CEC costs in an asset at `ask`: rounded up, at least one unit.
	pub fn fee_in_asset(fee: Balance, ask: Balance) -> Option<Balance> {
		crate::features::mul_div_up(fee, ask, T::CecUnit::get()).map(|a| a.max(1))
	}

	/// The converter and the asset amount of a fee, or why there is none.
	fn quote_fee(
		asset: T::AssetId,
		who: &T::AccountId,
		fee: Balance,
	) -> Result<(T::AccountId, Balance, Balance), TransactionValidityError> {
		let (maker, ask) = Self::fee_converter(asset, who, fee)
			.ok_or(InvalidTransaction::Custom(NO_CONVERSION))?;
		let cost = Self::fee_in_asset(fee, ask).ok_or(InvalidTransaction::Payment)?;
		Ok((maker, ask, cost))
	}
}

impl<T, OU, Id> OnChargeAssetTransaction<T> for MakerFees<T, OU, Id>
where
	T: Config + pallet_asset_tx_payment::Config<Fungibles = T::Assets>,
	T::Assets: fungibles::Balanced<T::AccountId>,
	T::Currency: fungible::BalancedHold<T::AccountId>,
	OU: OnUnbalanced<NativeCredit<T::AccountId, T::Currency>>,
	Id: FeeAsset<T::AssetId>,
{
	type Balance = Balance;
	type AssetId = Id::Id;
	type LiquidityInfo = Credit<T::AccountId, T::Assets>;

	fn can_withdraw_fee(
		who: &T::AccountId,
		_call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		asset: Self::AssetId,
		fee: Self::Balance,
		_tip: Self::Balance,
	) -> Result<(), TransactionValidityError> {
		let asset = Id::asset(&asset).ok_or(InvalidTransaction::Custom(UNKNOWN_FEE_ASSET))?;
		let (_, _, cost) = Pallet::<T>::quote_fee(asset, who, fee)?;
		match T::Assets::can_withdraw(asset, who, cost) {
			WithdrawConsequence::Success => Ok(()),
			_ => Err(InvalidTransaction::Payment.into()),
		}
	}

	fn withdraw_fee(
		who: &T::AccountId,
		_call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		asset: Self::AssetId,
		fee: Self::Balance,
		_tip: Self::Balance,
	) -> Result<Self::LiquidityInfo, TransactionValidityError> {
		let asset = Id::asset(&asset).ok_or(InvalidTransaction::Custom(UNKNOWN_FEE_ASSET))?;
		let (maker, ask, cost) = Pallet::<T>::quote_fee(asset, who, fee)?;
		// Everything that can fail is checked before anything moves.
		if T::Assets::reducible_balance(asset, who, Preservation::Preserve, Fortitude::Polite)
			< cost
		{
			return Err(InvalidTransaction::Payment.into());
		}
		let paid = T::Assets::withdraw(
			asset,
			who,
			cost,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		)
		.map_err(|_| InvalidTransaction::Payment)?;
		let moved =
			T::Currency::release(&HoldReason::Inventory.into(), &maker, fee, Precision::Exact)
				.and_then(|_| T::Currency::hold(&HoldReason::FeeInFlight.into(), &maker, fee));
		if moved.is_err() {
			// Not reached (the inventory covers `fee`): give the payer its asset back.
			let _ = T::Assets::resolve(who, paid);
			return Err(InvalidTransaction::Payment.into());
		}
		PendingFee::<T>::put((maker, ask, fee));
		Ok(paid)
	}

	fn correct_and_deposit_fee(
		who: &T::AccountId,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		corrected_fee: Self::Balance,
		tip: Self::Balance,
		paid: Self::LiquidityInfo,
	) -> Result<(Balance, Balance), TransactionValidityError> {
		let asset = paid.asset();
		let Some((maker, ask, held)) = PendingFee::<T>::take() else {
			// Not reached (`withdraw_fee` always records it): refund the payer in full.
			let _ = T::Assets::resolve(who, paid);
			return Ok((0, 0));
		};
		let fee = corrected_fee.min(held);
		let cost = if fee == 0 {
			0
		} else {
			Pallet::<T>::fee_in_asset(fee, ask).unwrap_or(paid.peek()).min(paid.peek())
		};
		let tip_cost = match tip.min(fee) {
			0 => 0,
			tip => Pallet::<T>::fee_in_asset(tip, ask).unwrap_or(cost).min(cost),
		};
		let (to_maker, refund) = paid.split(cost);
		// The asset goes to its owner-to-be; if an account cannot take it, to the other one.
		// If neither can (both reaped during dispatch, the amount below the minimum balance),
		// the credit is dropped, which burns it: the ledger counts it as burnt.
		let mut dropped: Balance = 0;
		if let Err(refund) = T::Assets::resolve(who, refund) {
			if let Err(refund) = T::Assets::resolve(&maker, refund) {
				dropped = dropped.saturating_add(refund.peek());
			}
		}
		if let Err(to_maker) = T::Assets::resolve(&maker, to_maker) {
			if let Err(to_maker) = T::Assets::resolve(who, to_maker) {
				dropped = dropped.saturating_add(to_maker.peek());
			}
		}
		if dropped > 0 {
			Ledgers::<T>::mutate(asset, |l| l.burned = l.burned.saturating_add(dropped));
		}
		// The CEC: the used part pays the chain, the rest returns to the inventory.
		let (chain_fee, _) = T::Currency::slash(&HoldReason::FeeInFlight.into(), &maker, fee);
		let rest = T::Currency::balance_on_hold(&HoldReason::FeeInFlight.into(), &maker);
		if rest > 0
			&& T::Currency::release(&HoldReason::FeeInFlight.into(), &maker, rest, Precision::Exact)
				.is_ok()
		{
			let _ = T::Currency::hold(&HoldReason::Inventory.into(), &maker, rest);
		}
		let (tip_credit, fee_credit) = chain_fee.split(tip.min(fee));
		OU::on_unbalanceds([fee_credit, tip_credit].into_iter());
		Pallet::<T>::deposit_event(Event::FeeConverted {
			who: who.clone(),
			maker,
			asset,
			fee,
			cost,
		});
		Ok((cost, tip_cost))
	}
}
