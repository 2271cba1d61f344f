//! Issuing fiat-backed settlement assets: mints against deposit references, burns against payout
//! references, the ledger of both, reserve attestations, and pruning old references.

use crate::*;
use frame_support::traits::tokens::{Fortitude, Precision, Preservation};
use fungible::MutateHold as _;
use fungibles::{Inspect as _, Mutate as _};

impl<T: Config> Pallet<T> {
	/// Check that `reference` is given and unused for `asset`, hold the record's deposit on
	/// `maker` and write the record.
	fn use_ref(
		asset: T::AssetId,
		reference: PaymentRef,
		kind: RefKind,
		maker: &T::AccountId,
		account: &T::AccountId,
		amount: Balance,
	) -> DispatchResult {
		ensure!(reference != [0u8; 32], Error::<T>::MissingReference);
		ensure!(!Refs::<T>::contains_key(asset, reference), Error::<T>::DuplicateReference);
		let deposit = T::RefDeposit::get();
		T::Currency::hold(&HoldReason::RefDeposit.into(), maker, deposit)
			.map_err(|_| Error::<T>::CannotPayDeposit)?;
		Refs::<T>::insert(
			asset,
			reference,
			RefRecord {
				kind,
				maker: maker.clone(),
				account: account.clone(),
				amount,
				at: frame_system::Pallet::<T>::block_number(),
				deposit,
			},
		);
		Ok(())
	}

	/// A mint or burn's first checks: an appointed maker, an existing asset, an amount.
	fn ensure_issuer(maker: &T::AccountId, asset: T::AssetId, amount: Balance) -> DispatchResult {
		ensure!(Makers::<T>::contains_key(maker), Error::<T>::NotMaker);
		ensure!(T::Assets::asset_exists(asset), Error::<T>::UnknownAsset);
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		Ok(())
	}

	/// `maker` mints `amount` of `asset` to `to` against the deposit `reference`.
	pub(crate) fn do_mint(
		maker: T::AccountId,
		asset: T::AssetId,
		to: T::AccountId,
		amount: Balance,
		reference: PaymentRef,
	) -> DispatchResult {
		Self::ensure_issuer(&maker, asset, amount)?;
		let supply = T::Assets::total_issuance(asset);
		ensure!(
			supply.checked_add(amount).is_some_and(|s| s <= T::MaxSupply::get()),
			Error::<T>::SupplyTooLarge
		);
		let mut ledger = Ledgers::<T>::get(asset);
		ledger.minted = ledger.minted.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		Self::use_ref(asset, reference, RefKind::Deposit, &maker, &to, amount)?;
		T::Assets::mint_into(asset, &to, amount)?;
		Ledgers::<T>::insert(asset, ledger);
		Self::deposit_event(Event::Minted { asset, maker, to, amount, reference });
		Ok(())
	}

	/// `maker` burns `amount` of `asset` from its own balance against the payout `reference`.
	/// The maker keeps the asset's minimum balance unless it burns all it has, so no dust is
	/// ever burnt beside `amount`.
	pub(crate) fn do_burn(
		maker: T::AccountId,
		asset: T::AssetId,
		amount: Balance,
		reference: PaymentRef,
	) -> DispatchResult {
		Self::ensure_issuer(&maker, asset, amount)?;
		let preservation = Self::preservation(asset, &maker, amount);
		ensure!(
			T::Assets::reducible_balance(asset, &maker, preservation, Fortitude::Polite) >= amount,
			Error::<T>::BurnExceedsBalance
		);
		let mut ledger = Ledgers::<T>::get(asset);
		ledger.burned = ledger.burned.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		Self::use_ref(asset, reference, RefKind::Payout, &maker, &maker, amount)?;
		let burnt = T::Assets::burn_from(
			asset,
			&maker,
			amount,
			preservation,
			Precision::Exact,
			Fortitude::Polite,
		)?;
		ensure!(burnt == amount, Error::<T>::BurnExceedsBalance);
		Ledgers::<T>::insert(asset, ledger);
		Self::deposit_event(Event::Burned { asset, maker, amount, reference });
		Ok(())
	}

	/// `Expendable` if `amount` is all `who` has of `asset`, else `Preserve`: a payment either
	/// empties the account or leaves at least the minimum balance, so the asset never burns the
	/// dust of a reaped account.
	pub(crate) fn preservation(
		asset: T::AssetId,
		who: &T::AccountId,
		amount: Balance,
	) -> Preservation {
		if T::Assets::balance(asset, who) == amount {
			Preservation::Expendable
		} else {
			Preservation::Preserve
		}
	}

	/// `maker` attests `reserve` behind `asset` with the report `cid`.
	pub(crate) fn do_attest(
		maker: T::AccountId,
		asset: T::AssetId,
		reserve: Balance,
		cid: Cid,
	) -> DispatchResult {
		ensure!(Makers::<T>::contains_key(&maker), Error::<T>::NotMaker);
		ensure!(T::Assets::asset_exists(asset), Error::<T>::UnknownAsset);
		ensure!(cec_primitives::is_valid_cid(&cid), Error::<T>::InvalidCid);
		let at = frame_system::Pallet::<T>::block_number();
		Attestations::<T>::insert(asset, &maker, Attestation { reserve, cid: cid.clone(), at });
		Self::deposit_event(Event::ReserveAttested { asset, maker, reserve, cid });
		Ok(())
	}

	/// Remove the record of `reference` for `asset` after its retention; release its deposit.
	pub(crate) fn do_prune_ref(asset: T::AssetId, reference: PaymentRef) -> DispatchResult {
		let record = Refs::<T>::get(asset, reference).ok_or(Error::<T>::UnknownReference)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now >= record.at.saturating_add(T::RefRetention::get()),
			Error::<T>::ReferenceRetained
		);
		T::Currency::release(
			&HoldReason::RefDeposit.into(),
			&record.maker,
			record.deposit,
			Precision::BestEffort,
		)?;
		Refs::<T>::remove(asset, reference);
		Self::deposit_event(Event::RefPruned { asset, reference });
		Ok(())
	}
}
