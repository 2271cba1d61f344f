//! Era rewards follow the emission curve on the real runtime and stay under the cap.

use super::*;
use crate::{
	configs::governance::dynamic_params::revenue::StakerShare, constants::supply::*, Balances,
	RuntimeOrigin, Staking, Supply,
};
use frame_support::{assert_ok, traits::Get};
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
		let emitted = Supply::curve(measured);
		assert!(EMISSION_TOTAL / 730 - emitted < EMISSION_TOTAL / 730 / 10_000);
		assert_eq!(pallet_supply::Emitted::<Runtime>::get(), emitted);
		// The stakers' share (50 %) is the era reward; the remainder was minted at the era's
		// end into the revenue account, as power rewards for the next day close.
		assert_eq!(reward, StakerShare::get().mul_floor(emitted));
		let remainder = emitted - reward;
		let native = pallet_dividends::Pools::<Runtime>::get()[0].clone();
		assert_eq!(native.rewards, remainder, "the power share waits for the day close");
		assert!(Balances::total_issuance() <= ISSUANCE_CAP);

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

/// The whole 730-day emission, stakers' and power holders' shares together, on the real
/// runtime's payout function: exactly the total, never past the cap, whatever the split.
#[test]
fn the_whole_emission_split_between_stakers_and_power_stays_under_the_cap() {
	use sp_staking::EraPayout;
	local_ext().execute_with(|| {
		let genesis = Balances::total_issuance();
		let (mut stakers, mut power) = (0u128, 0u128);
		for day in 0..800u32 {
			if day == 365 {
				// Governance changes the split half-way: the total does not move.
				assert_ok!(crate::Parameters::set_parameter(
					RuntimeOrigin::root(),
					crate::configs::governance::RuntimeParameters::Revenue(
						crate::configs::governance::dynamic_params::revenue::Parameters::StakerShare(
							StakerShare,
							Some(sp_runtime::Perbill::from_percent(80)),
						)
					)
				));
			}
			let issuance = genesis + stakers + power;
			let (s, r) = Supply::era_payout(0, issuance, crate::DAY_MILLIS);
			stakers += s;
			power += r;
			assert!(genesis + stakers + power <= ISSUANCE_CAP);
		}
		assert_eq!(stakers + power, EMISSION_TOTAL);
		assert_eq!(genesis + stakers + power, ISSUANCE_CAP);
		assert!(power > EMISSION_TOTAL / 3 && stakers > EMISSION_TOTAL / 2);
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
