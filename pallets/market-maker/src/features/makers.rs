//! Appointing and dismissing makers; their CEC inventory, a hold on their own balance.

use crate::*;
use frame_support::traits::tokens::Precision;
use fungible::{InspectHold as _, MutateHold as _};

impl<T: Config> Pallet<T> {
	/// The CEC `maker` holds as inventory.
	pub fn inventory_of(maker: &T::AccountId) -> Balance {
		T::Currency::balance_on_hold(&HoldReason::Inventory.into(), maker)
	}

	/// Appoint `maker`.
	pub(crate) fn do_appoint(maker: T::AccountId) -> DispatchResult {
		ensure!(!Makers::<T>::contains_key(&maker), Error::<T>::AlreadyMaker);
		ensure!(Makers::<T>::count() < T::MaxMakers::get(), Error::<T>::TooManyMakers);
		Makers::<T>::insert(&maker, frame_system::Pallet::<T>::block_number());
		Self::deposit_event(Event::MakerAppointed { maker });
		Ok(())
	}

	/// Dismiss `maker`: remove its quotes, release its inventory. Returns how many assets it
	/// quoted.
	pub(crate) fn do_dismiss(maker: T::AccountId) -> Result<u32, DispatchError> {
		ensure!(Makers::<T>::contains_key(&maker), Error::<T>::NotMaker);
		Makers::<T>::remove(&maker);
		let quoted = QuotedAssets::<T>::take(&maker);
		for asset in quoted.iter() {
			Quotes::<T>::remove(asset, &maker);
		}
		let released =
			T::Currency::release_all(&HoldReason::Inventory.into(), &maker, Precision::BestEffort)?;
		Self::deposit_event(Event::MakerDismissed { maker, released });
		Ok(quoted.len() as u32)
	}

	/// Hold `amount` more of `maker`'s free CEC as inventory.
	pub(crate) fn do_add_inventory(maker: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		T::Currency::hold(&HoldReason::Inventory.into(), &maker, amount)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		let inventory = Self::inventory_of(&maker);
		Self::deposit_event(Event::InventoryChanged { maker, inventory });
		Ok(())
	}

	/// Release `amount` of `maker`'s inventory to its free CEC.
	pub(crate) fn do_withdraw_inventory(maker: T::AccountId, amount: Balance) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		ensure!(Self::inventory_of(&maker) >= amount, Error::<T>::InsufficientInventory);
		T::Currency::release(&HoldReason::Inventory.into(), &maker, amount, Precision::Exact)?;
		let inventory = Self::inventory_of(&maker);
		Self::deposit_event(Event::InventoryChanged { maker, inventory });
		Ok(())
	}
}
