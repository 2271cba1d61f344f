//! Genesis economics on the real runtime (docs/product.md §6).

use super::*;
use crate::constants::currency::EXISTENTIAL_DEPOSIT;
use crate::{
	constants::supply::*,
	genesis_config_presets::{
		allocation_accounts::*, TEST_ACCOUNT_ENDOWMENT, TEST_MAKER_INVENTORY,
	},
	Balance, Balances, Vesting, CEC, MONTHS,
};
use frame_support::traits::{fungible::Inspect, VestingSchedule};

fn sum_of_all_accounts() -> Balance {
	frame_system::Account::<Runtime>::iter().map(|(_, a)| a.data.free + a.data.reserved).sum()
}

#[test]
fn allocations_add_up_to_the_documented_figures() {
	assert_eq!(GENESIS_SUPPLY, 4_000_000 * CEC);
	assert_eq!(EMISSION_TOTAL, 32_867_216 * CEC);
	assert_eq!(ISSUANCE_CAP, 36_867_216 * CEC);
}

#[test]
fn dev_genesis_sums_to_four_million_cec_to_the_planck() {
	dev_ext().execute_with(|| {
		assert_eq!(Balances::total_issuance(), 4_000_000 * CEC);
		assert_eq!(sum_of_all_accounts(), 4_000_000 * CEC);
		assert_eq!(Balances::balance(&lab_output()), 2_000_000 * CEC);
		assert_eq!(Balances::balance(&promotion()), 500_000 * CEC);
		assert_eq!(Balances::balance(&tech_team()), 100_000 * CEC);
		assert_eq!(Balances::balance(&ecosystem()), 200_000 * CEC);
		assert_eq!(Balances::balance(&foundation()), 100_000 * CEC);
		assert_eq!(Balances::balance(&charity()), 100_000 * CEC);
		// The eight council seats (Alice and Bob, who also validate and nominate, among them)
		// were paid out of operations.
		// (and the existential deposits of the escrow's and the revenue account, and Alice's
		// inventory as the test yuan's market maker, held on her account).
		assert_eq!(
			Balances::balance(&operations()),
			1_000_000 * CEC
				- 8 * TEST_ACCOUNT_ENDOWMENT
				- 2 * EXISTENTIAL_DEPOSIT
				- TEST_MAKER_INVENTORY
		);
		let alice = sp_keyring::Sr25519Keyring::Alice.to_account_id();
		assert_eq!(crate::MarketMaker::inventory_of(&alice), TEST_MAKER_INVENTORY);
		assert_eq!(Balances::balance(&crate::configs::TradeFeeAccount::get()), EXISTENTIAL_DEPOSIT);
		// The dividend pool pays CEC and the test yuan from genesis; the other two slots are
		// governance's to open.
		let pools: Vec<_> =
			pallet_dividends::Pools::<Runtime>::get().iter().map(|p| p.asset.clone()).collect();
		assert_eq!(
			pools,
			vec![
				frame_support::traits::fungible::NativeOrWithId::Native,
				frame_support::traits::fungible::NativeOrWithId::WithId(crate::configs::TEST_CNY)
			]
		);
	});
}

#[test]
fn local_genesis_sums_to_four_million_cec_to_the_planck() {
	local_ext().execute_with(|| {
		assert_eq!(Balances::total_issuance(), GENESIS_SUPPLY);
		assert_eq!(sum_of_all_accounts(), GENESIS_SUPPLY);
		// Eight test accounts (4 validators, 2 nominators, and the stash accounts of Alice and Bob
		// that complete the council) and Alice's market-maker inventory came out of operations.
		assert_eq!(
			Balances::balance(&operations()),
			OPERATIONS
				- 8 * TEST_ACCOUNT_ENDOWMENT
				- 2 * EXISTENTIAL_DEPOSIT
				- TEST_MAKER_INVENTORY
		);
		assert_eq!(pallet_staking::Validators::<Runtime>::count(), 4);
		assert_eq!(pallet_staking::Nominators::<Runtime>::count(), 2);
	});
}

#[test]
fn allocation_accounts_are_distinct() {
	let mut all = vec![
		lab_output(),
		promotion(),
		tech_team(),
		operations(),
		ecosystem(),
		foundation(),
		charity(),
	];
	all.sort();
	all.dedup();
	assert_eq!(all.len(), 7);
}

#[test]
fn team_and_foundation_tranches_unlock_at_6_12_18_24_months_not_one_block_earlier() {
	dev_ext().execute_with(|| {
		for who in [tech_team(), foundation()] {
			System::set_block_number(1);
			assert_eq!(Vesting::vesting_balance(&who), Some(100_000 * CEC));
			for (k, month) in [6u32, 12, 18, 24].into_iter().enumerate() {
				let due = month * MONTHS;
				let before = 100_000 * CEC - (k as Balance) * 25_000 * CEC;
				System::set_block_number(due - 1);
				assert_eq!(
					Vesting::vesting_balance(&who),
					Some(before),
					"month {month}, one block early"
				);
				System::set_block_number(due);
				assert_eq!(
					Vesting::vesting_balance(&who),
					Some(before - 25_000 * CEC),
					"month {month}"
				);
			}
		}
		assert_eq!(6 * MONTHS, 2_592_000, "a month is 30 days of 6 s blocks");
	});
}

#[test]
fn promotion_is_locked_for_twelve_months() {
	dev_ext().execute_with(|| {
		let who = promotion();
		System::set_block_number(12 * MONTHS - 1);
		assert_eq!(Vesting::vesting_balance(&who), Some(500_000 * CEC));
		System::set_block_number(12 * MONTHS);
		assert_eq!(Vesting::vesting_balance(&who), Some(0));
	});
}

#[test]
fn locked_allocation_cannot_move_before_its_tranche() {
	use frame_support::traits::tokens::{Fortitude::Polite, Preservation::Expendable};
	dev_ext().execute_with(|| {
		System::set_block_number(6 * MONTHS - 1);
		frame_support::assert_ok!(Vesting::vest_other(
			crate::RuntimeOrigin::signed(operations()),
			tech_team().into()
		));
		assert_eq!(Balances::reducible_balance(&tech_team(), Expendable, Polite), 0);
		System::set_block_number(6 * MONTHS);
		frame_support::assert_ok!(Vesting::vest_other(
			crate::RuntimeOrigin::signed(operations()),
			tech_team().into()
		));
		assert_eq!(Balances::reducible_balance(&tech_team(), Expendable, Polite), 25_000 * CEC);
	});
}
