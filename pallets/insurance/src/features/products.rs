//! Products: cover an insurer publishes, with the rule that prices it from survey data.

use crate::*;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Publish a product (see [`Pallet::create_product`]).
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_create_product(
		insurer: T::AccountId,
		asset: AssetIdOf<T>,
		peril: Peril,
		region: RegionCode,
		cover_period: BlockNumberFor<T>,
		premium_rate: Perbill,
		rule: PayoutRule<BalanceOf<T>>,
		max_payout: BalanceOf<T>,
	) -> DispatchResult {
		Self::ensure_active_insurer(&insurer)?;
		ensure!(cec_primitives::is_region_code(&region), Error::<T>::BadRegion);
		ensure!(
			cover_period >= T::MinCoverPeriod::get() && cover_period <= T::MaxCoverPeriod::get(),
			Error::<T>::BadCoverPeriod
		);
		let rule_ok = match rule {
			PayoutRule::PerTree { base, per_metre } => !(base.is_zero() && per_metre.is_zero()),
			PayoutRule::PerHectare { rate } => !rate.is_zero(),
		};
		ensure!(rule_ok && !max_payout.is_zero(), Error::<T>::BadRule);
		let id = NextProductId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::ProductDeposit::get();
		Self::hold_deposit(&insurer, deposit)?;
		Products::<T>::insert(
			id,
			Product {
				insurer: insurer.clone(),
				asset,
				peril,
				region,
				cover_period,
				premium_rate,
				rule,
				max_payout,
				open: true,
				live: 0,
				deposit,
			},
		);
		NextProductId::<T>::put(next);
		Self::deposit_event(Event::ProductCreated { product: id, insurer });
		Ok(())
	}

	/// Close a product (see [`Pallet::close_product`]).
	pub(crate) fn do_close_product(who: T::AccountId, id: ProductId) -> DispatchResult {
		let mut product = Products::<T>::get(id).ok_or(Error::<T>::UnknownProduct)?;
		ensure!(product.insurer == who, Error::<T>::NotProductInsurer);
		ensure!(product.open, Error::<T>::ProductClosed);
		product.open = false;
		Self::deposit_event(Event::ProductClosed { product: id });
		Self::store_product(id, product)
	}

	/// Store a product, or remove it (releasing its deposit) once closed without live policies.
	pub(crate) fn store_product(id: ProductId, product: ProductOf<T>) -> DispatchResult {
		if !product.open && product.live == 0 {
			Self::release_deposit(&product.insurer, product.deposit)?;
			Products::<T>::remove(id);
			Self::deposit_event(Event::ProductRemoved { product: id });
		} else {
			Products::<T>::insert(id, product);
		}
		Ok(())
	}
}
