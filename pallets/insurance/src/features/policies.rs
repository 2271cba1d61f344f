//! Policies: a parcel owner buys cover priced from the registry's survey data; a policy ends
//! lazily, when anyone expires it after cover and the claim window.

use crate::*;
use alloc::vec::Vec;
use cec_primitives::{KycUse, TreeState};
use frame_support::traits::tokens::Preservation;
use sp_runtime::{
	traits::{CheckedAdd, CheckedMul, CheckedSub, Saturating, Zero},
	SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// Buy cover (see [`Pallet::buy_policy`]).
	pub(crate) fn do_buy_policy(
		who: T::AccountId,
		product_id: ProductId,
		parcel: ParcelId,
		trees: BoundedVec<TreeIndex, T::MaxTreesPerPolicy>,
		max_premium: BalanceOf<T>,
	) -> DispatchResult {
		T::Kyc::ensure_verified(&who, T::MinKycLevel::get(), KycUse::Insurance)?;
		let mut product = Products::<T>::get(product_id).ok_or(Error::<T>::UnknownProduct)?;
		ensure!(product.open, Error::<T>::ProductClosed);
		Self::ensure_active_insurer(&product.insurer)?;
		let facts = T::Registry::parcel(parcel).ok_or(Error::<T>::UnknownParcel)?;
		ensure!(facts.attested, Error::<T>::ParcelNotAttested);
		ensure!(facts.owner == who, Error::<T>::NotParcelOwner);
		ensure!(facts.region.starts_with(&product.region), Error::<T>::WrongRegion);

		let (cover, count, sum, tree_sums) = match product.rule {
			PayoutRule::PerTree { base, per_metre } => {
				ensure!(!trees.is_empty(), Error::<T>::WrongCover);
				ensure!(trees.windows(2).all(|w| w[0] < w[1]), Error::<T>::TreesNotSorted);
				let mut sums = Vec::with_capacity(trees.len());
				let mut sum = BalanceOf::<T>::zero();
				for &index in trees.iter() {
					let tree = T::Registry::tree(parcel, index).ok_or(Error::<T>::UnknownTree)?;
					ensure!(tree.status == TreeState::Standing, Error::<T>::TreeFelled);
					ensure!(tree.owner == who, Error::<T>::NotTreeOwner);
					let metres: BalanceOf<T> = (tree.height_cm / 100).into();
					let tree_sum = per_metre
						.checked_mul(&metres)
						.and_then(|s| s.checked_add(&base))
						.ok_or(Error::<T>::Overflow)?;
					sum = sum.checked_add(&tree_sum).ok_or(Error::<T>::Overflow)?;
					sums.push((index, tree_sum));
				}
				(Cover::Trees, trees.len() as u32, sum, sums)
			},
			PayoutRule::PerHectare { rate } => {
				ensure!(trees.is_empty(), Error::<T>::WrongCover);
				ensure!(facts.trees > 0, Error::<T>::NoTrees);
				ensure!(facts.trees <= T::MaxTreesPerPolicy::get(), Error::<T>::TooManyTrees);
				let hectares: BalanceOf<T> = (facts.area_m2 / 10_000).saturated_into();
				let total = rate.checked_mul(&hectares).ok_or(Error::<T>::Overflow)?;
				let count: BalanceOf<T> = facts.trees.into();
				let share = total / count;
				ensure!(!share.is_zero(), Error::<T>::CoverTooSmall);
				let sum = share.checked_mul(&count).ok_or(Error::<T>::Overflow)?;
				(Cover::Parcel { share }, facts.trees, sum, Vec::new())
			},
		};
		ensure!(!sum.is_zero(), Error::<T>::CoverTooSmall);
		ensure!(sum <= product.max_payout, Error::<T>::AboveMaxPayout);
		let premium = product.premium_rate.mul_ceil(sum);
		let fee = T::FeeRate::get().mul_ceil(premium);
		let total = premium.checked_add(&fee).ok_or(Error::<T>::Overflow)?;
		ensure!(total <= max_premium, Error::<T>::PremiumAboveLimit);

		let insurer = product.insurer.clone();
		let asset = product.asset.clone();
		let mut pool = Pools::<T>::get(&insurer, &asset).unwrap_or_default();
		pool.exposure = pool.exposure.checked_add(&sum).ok_or(Error::<T>::Overflow)?;
		ensure!(pool.exposure <= pool.collateral, Error::<T>::InsufficientCollateral);

		let per_tree: BalanceOf<T> =
			T::TreeDeposit::get().checked_mul(&count.into()).ok_or(Error::<T>::Overflow)?;
		let deposit = T::PolicyDeposit::get().checked_add(&per_tree).ok_or(Error::<T>::Overflow)?;
		let id = NextPolicyId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		product.live = product.live.checked_add(1).ok_or(Error::<T>::Overflow)?;

		Self::hold_deposit(&who, deposit)?;
		if !premium.is_zero() {
			<T::Payments as fungibles::Mutate<_>>::transfer(
				asset.clone(),
				&who,
				&insurer,
				premium,
				Preservation::Preserve,
			)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		}
		if !fee.is_zero() {
			<T::Payments as fungibles::Mutate<_>>::transfer(
				asset.clone(),
				&who,
				&T::Revenue::account(),
				fee,
				Preservation::Preserve,
			)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
			T::Revenue::note(asset.clone(), fee);
		}

		// Cover starts at the next day boundary: a loss already under way today is not covered.
		let day = Self::day_length();
		let now = frame_system::Pallet::<T>::block_number();
		let start = (now / day).saturating_add(1u32.into()).saturating_mul(day);
		let end = start.saturating_add(product.cover_period);
		for (index, tree_sum) in tree_sums {
			PolicyTrees::<T>::insert(id, index, TreeCover { sum: tree_sum, paid: None });
		}
		Policies::<T>::insert(
			id,
			Policy {
				product: product_id,
				insurer: insurer.clone(),
				holder: who.clone(),
				asset: asset.clone(),
				peril: product.peril,
				parcel,
				region: facts.region,
				cover,
				trees: count,
				start,
				end,
				sum,
				unpaid: sum,
				paid: Zero::zero(),
				premium,
				settled: false,
				deposit,
			},
		);
		NextPolicyId::<T>::put(next);
		Products::<T>::insert(product_id, product);
		Self::store_pool(&insurer, &asset, pool);
		Self::deposit_event(Event::PolicyBought {
			policy: id,
			product: product_id,
			holder: who,
			parcel,
			trees: count,
			sum,
			premium,
			fee,
			end,
		});
		Ok(())
	}

	/// The last block claims on `policy` are taken in.
	pub(crate) fn claims_until(policy: &PolicyOf<T>) -> BlockNumberFor<T> {
		policy.end.saturating_add(T::ClaimWindow::get())
	}

	/// End a policy (see [`Pallet::expire_policy`]); returns how many trees it covered.
	pub(crate) fn do_expire_policy(id: PolicyId) -> Result<u32, DispatchError> {
		let policy = Policies::<T>::get(id).ok_or(Error::<T>::UnknownPolicy)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > Self::claims_until(&policy), Error::<T>::PolicyLive);
		let mut pool = Pools::<T>::get(&policy.insurer, &policy.asset).unwrap_or_default();
		pool.exposure = pool.exposure.checked_sub(&policy.unpaid).ok_or(Error::<T>::Overflow)?;
		Self::store_pool(&policy.insurer, &policy.asset, pool);
		let _ = PolicyTrees::<T>::clear_prefix(id, T::MaxTreesPerPolicy::get(), None);
		Self::release_deposit(&policy.holder, policy.deposit)?;
		Policies::<T>::remove(id);
		Self::deposit_event(Event::PolicyExpired { policy: id, released: policy.unpaid });
		if let Some(mut product) = Products::<T>::get(policy.product) {
			product.live = product.live.saturating_sub(1);
			Self::store_product(policy.product, product)?;
		}
		Ok(policy.trees)
	}
}
