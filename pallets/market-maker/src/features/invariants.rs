//! What must always hold (`try_state`): each asset's supply is its ledger's minted − burned;
//! every reference deposit is held; quotes belong to appointed makers and are indexed.

use crate::*;
use fungible::InspectHold as _;
use fungibles::Inspect as _;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants (the `try_state` hook; the fuzz harness calls it too).
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (asset, ledger) in Ledgers::<T>::iter() {
			let expected = ledger
				.minted
				.checked_sub(ledger.burned)
				.ok_or("a ledger burnt more than it minted")?;
			ensure!(
				T::Assets::total_issuance(asset) == expected,
				"a settlement asset's supply is not its minted − burned"
			);
			ensure!(expected <= T::MaxSupply::get(), "a settlement asset is above MaxSupply");
		}
		let mut deposits = alloc::collections::BTreeMap::<T::AccountId, Balance>::new();
		for record in Refs::<T>::iter_values() {
			let d = deposits.entry(record.maker).or_default();
			*d = d.checked_add(record.deposit).ok_or("reference deposits overflow")?;
		}
		for (maker, sum) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::RefDeposit.into(), &maker) == sum,
				"a maker's reference deposits are not what it holds for them"
			);
		}
		let makers = Makers::<T>::iter_keys().count() as u32;
		ensure!(makers == Makers::<T>::count(), "the maker count is wrong");
		ensure!(makers <= T::MaxMakers::get(), "too many makers");
		let mut quotes = 0usize;
		for (asset, maker, _) in Quotes::<T>::iter() {
			ensure!(Makers::<T>::contains_key(&maker), "a quote of a maker not appointed");
			ensure!(
				QuotedAssets::<T>::get(&maker).contains(&asset),
				"a quote missing from its maker's quoted assets"
			);
			quotes = quotes.saturating_add(1);
		}
		let indexed: usize = QuotedAssets::<T>::iter_values().map(|a| a.len()).sum();
		ensure!(indexed == quotes, "quoted assets list a quote that does not exist");
		ensure!(MaxSpread::<T>::get() <= T::MaxSpreadCeiling::get(), "MaxSpread above its ceiling");
		ensure!(!PendingFee::<T>::exists(), "a fee conversion outlived its transaction");
		for maker in Makers::<T>::iter_keys() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::FeeInFlight.into(), &maker) == 0,
				"a maker has CEC in flight between transactions"
			);
		}
		Ok(())
	}
}
