//! Era rewards follow the emission curve on the real runtime and stay under the cap.

use super::*;
use crate::{constants::supply::*, Balances, RuntimeOrigin, Staking, Supply};
use frame_support::assert_ok;
use sp_keyring::Sr25519Keyring;

#[test]
fn a_one_day_era_pays_its_share_of_the_curve_and_claims_mint_it() {
	local_ext().execute_with(|| {
		run_to_active_era(1);
		// Era 0 ran one day of slots; staking measures it up to the last block before the era
		// ended, one 6 s slot short of the day.
		let measured = crate::DAY_MILLIS - crate::SLOT_DURATION;
		assert_eq!(pallet_supply::EmissionElapsed::<Runtime>::get(), measured);
		let reward = pallet_staking::ErasValidatorReward::<Runtime>::get(0).expect("era 0 paid");
		assert_eq!(reward, Supply::curve(measured));
		assert!(EMISSION_TOTAL / 730 - reward < EMISSION_TOTAL / 730 / 10_000);
		assert_eq!(pallet_supply::Emitted::<Runtime>::get(), reward);

		let issuance = Balances::total_issuance();
		for v in [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
		] {
			assert_ok!(Staking::payout_stakers(
				RuntimeOrigin::signed(Sr25519Keyring::Eve.to_account_id()),
				v.to_account_id(),
				0
			));
		}
		let minted = Balances::total_issuance() - issuance;
		// Everything but per-staker rounding dust is paid; nothing beyond the era's reward.
		assert!(minted <= reward);
		// Each staker's share is rounded down (Perbill): the dust is below a 10^-8 part.
		assert!(reward - minted < reward / 100_000_000, "dust only: {}", reward - minted);
		assert!(Balances::total_issuance() <= ISSUANCE_CAP);
	});
}

#[test]
fn emission_state_advances_one_day_per_era() {
	dev_ext().execute_with(|| {
		run_to_active_era(3);
		let measured = 3 * (crate::DAY_MILLIS - crate::SLOT_DURATION);
		assert_eq!(pallet_supply::EmissionElapsed::<Runtime>::get(), measured);
		assert_eq!(Supply::curve(measured), pallet_supply::Emitted::<Runtime>::get());
		for era in 0..3 {
			assert!(pallet_staking::ErasValidatorReward::<Runtime>::get(era).is_some());
		}
	});
}
