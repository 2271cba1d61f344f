//! Tests of the dividend pool, with the tests playing the lockup pallet (power = shares).

use crate::{mock::*, *};
use cec_primitives::{PowerObserver, RevenueSink};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::NativeOrWithId,
		fungibles::{Inspect, Mutate},
		tokens::Preservation,
	},
};
use sp_core::U256;
use sp_runtime::{DispatchError, Perbill};

const CEC_KIND: AssetKind = NativeOrWithId::Native;
const CNY_KIND: AssetKind = NativeOrWithId::WithId(CNY);

/// A payer pays `amount` of `asset` as a platform fee.
fn pay(asset: AssetKind, amount: Balance) {
	assert_ok!(<Payments as Mutate<_>>::transfer(
		asset.clone(),
		&PAYER,
		&pool_account(),
		amount,
		Preservation::Preserve
	));
	<Dividends as RevenueSink<_, _, _>>::note(asset, amount);
}

/// The lockup says `who` has `shares` now.
fn shares(who: AccountId, shares: u128) {
	<Dividends as PowerObserver<_>>::shares_changed(&who, shares);
}

/// The lockup closes the day under way.
fn close() {
	let day = Today::<Test>::get();
	<Dividends as PowerObserver<_>>::day_closed(day, None);
	assert_ok!(Dividends::do_try_state());
}

fn balance(asset: AssetKind, who: AccountId) -> Balance {
	<Payments as Inspect<_>>::balance(asset, &who)
}

fn claim(who: AccountId) -> Result<(), DispatchError> {
	Dividends::claim(RuntimeOrigin::signed(who))
}

/// What `who` got from a claim, in `asset`.
fn claimed(who: AccountId, asset: AssetKind) -> Balance {
	let before = balance(asset.clone(), who);
	assert_ok!(claim(who));
	balance(asset, who) - before
}

fn claimable(who: AccountId, asset: &AssetKind) -> Balance {
	Dividends::claimable(&who)
		.into_iter()
		.find(|(a, _)| a == asset)
		.map(|(_, b)| b)
		.unwrap_or_default()
}

#[test]
fn seventy_percent_of_a_day_goes_one_to_three_the_rest_to_buy_back() {
	new_test_ext().execute_with(|| {
		shares(ALICE, 1_000 * CEC);
		shares(BOB, 3_000 * CEC);
		close(); // day 0: their shares came in during it, so it paid nobody
		pay(CEC_KIND, 10 * CEC);
		pay(CNY_KIND, 1_000);
		let buyback_before = (balance(CEC_KIND, BUYBACK), balance(CNY_KIND, BUYBACK));
		close(); // day 1
		assert_eq!(balance(CEC_KIND, BUYBACK) - buyback_before.0, 3 * CEC);
		// The yuan's first unit is its pool's reserve (its minimum balance): 999 of revenue.
		assert_eq!(balance(CNY_KIND, BUYBACK) - buyback_before.1, 300);
		let day = Days::<Test>::get(1).unwrap();
		assert_eq!(day.shares, 4_000 * CEC);
		assert_eq!(day.assets[0].revenue, 10 * CEC);
		assert_eq!(day.assets[0].dividend, 7 * CEC);
		assert_eq!(day.assets[0].buyback, 3 * CEC);
		// 7 CEC over 4,000 CEC of power: 0.00175 CEC per CEC.
		assert_eq!(day.assets[0].per_cec, 7 * CEC / 4_000);
		assert_eq!(day.assets[1].revenue, 999);
		assert_eq!(day.assets[1].dividend, 699);
		System::assert_has_event(
			Event::DayClosed {
				day: 1,
				shares: 4_000 * CEC,
				power: 4_000 * CEC,
				assets: day.assets,
			}
			.into(),
		);
		assert_eq!(claimable(ALICE, &CEC_KIND), 7 * CEC / 4);
		assert_eq!(claimed(ALICE, CEC_KIND), 7 * CEC / 4);
		assert_eq!(claimed(BOB, CEC_KIND), 7 * CEC * 3 / 4);
		// The yuan came with the same claims: 699 split 174.75 : 524.25, rounded down.
		assert_eq!(balance(CNY_KIND, ALICE), START + 174);
		assert_eq!(balance(CNY_KIND, BOB), START + 524);
		// The pool is empty again but for its existential deposit; in yuan, the reserve and the
		// two fractions still owed (0.75 + 0.25).
		assert_eq!(balance(CEC_KIND, pool_account()), ED);
		assert_eq!(balance(CNY_KIND, pool_account()), 1 + 1);
	});
}

#[test]
fn fiat_revenue_is_sold_to_the_maker_at_the_close_and_paid_in_cec() {
	new_test_ext().execute_with(|| {
		shares(ALICE, 1_000 * CEC);
		shares(BOB, 3_000 * CEC);
		close();
		// The maker sells one CEC for 200 units of yuan.
		set_ask(Some(200));
		pay(CEC_KIND, 10 * CEC);
		// 1 unit tops the yuan pool's reserve up; 4,000 units are the day's revenue: 20 CEC.
		pay(CNY_KIND, 4_001);
		let maker = (balance(CEC_KIND, MAKER), balance(CNY_KIND, MAKER));
		let buyback = (balance(CEC_KIND, BUYBACK), balance(CNY_KIND, BUYBACK));
		let issuance = <Payments as Inspect<_>>::total_issuance(CEC_KIND);
		close();
		System::assert_has_event(
			Event::RevenueConverted { asset: CNY_KIND, amount: 4_000, cec: 20 * CEC }.into(),
		);
		assert_eq!(balance(CNY_KIND, MAKER), maker.1 + 4_000);
		assert_eq!(balance(CEC_KIND, MAKER), maker.0 - 20 * CEC);
		// The day's CEC revenue is 10 + 20 CEC: 70 % to holders, 30 % bought back in CEC.
		let day = Days::<Test>::get(1).unwrap();
		assert_eq!(day.assets[0].revenue, 30 * CEC);
		assert_eq!(day.assets[0].dividend, 21 * CEC);
		assert_eq!(day.assets[0].buyback, 9 * CEC);
		assert_eq!(day.assets[1].revenue, 0);
		assert_eq!(day.assets[1].dividend, 0);
		assert_eq!(balance(CEC_KIND, BUYBACK), buyback.0 + 9 * CEC);
		assert_eq!(balance(CNY_KIND, BUYBACK), buyback.1);
		assert_eq!(claimed(ALICE, CEC_KIND), 21 * CEC / 4);
		assert_eq!(claimed(BOB, CEC_KIND), 21 * CEC * 3 / 4);
		assert_eq!(claimable(ALICE, &CNY_KIND), 0);
		// Nothing was minted or burnt; the pool keeps its deposit and the yuan reserve only.
		assert_eq!(<Payments as Inspect<_>>::total_issuance(CEC_KIND), issuance);
		assert_eq!(balance(CEC_KIND, pool_account()), ED);
		assert_eq!(balance(CNY_KIND, pool_account()), 1);
	});
}

#[test]
fn revenue_no_maker_can_take_is_paid_in_its_asset() {
	new_test_ext().execute_with(|| {
		shares(ALICE, 1_000 * CEC);
		close();
		// An ask of one unit per CEC: 1,000 units would cost the maker 1,000 CEC, more than
		// its 1,000 CEC less what keeps its account alive.
		set_ask(Some(1));
		pay(CNY_KIND, 1_001);
		let maker = balance(CEC_KIND, MAKER);
		close();
		assert!(!System::events()
			.iter()
			.any(|e| matches!(e.event, RuntimeEvent::Dividends(Event::RevenueConverted { .. }))));
		assert_eq!(balance(CEC_KIND, MAKER), maker);
		let day = Days::<Test>::get(1).unwrap();
		assert_eq!(day.assets[1].revenue, 1_000);
		assert_eq!(day.assets[1].dividend, 700);
		assert_eq!(claimed(ALICE, CNY_KIND), 700);
		// The same the next day with no quote at all.
		set_ask(None);
		pay(CNY_KIND, 1_000);
		close();
		assert_eq!(Days::<Test>::get(2).unwrap().assets[1].dividend, 700);
		// CEC's own revenue is never sold.
		set_ask(Some(200));
		pay(CEC_KIND, CEC);
		close();
		assert_eq!(Days::<Test>::get(3).unwrap().assets[0].revenue, CEC);
		assert_eq!(balance(CEC_KIND, MAKER), maker);
	});
}

#[test]
fn power_added_during_a_day_earns_from_the_next_close_only() {
	new_test_ext().execute_with(|| {
		shares(ALICE, 1_000);
		close();
		pay(CEC_KIND, 1_000_000);
		// Charlie locks just before the close: it gains nothing of this day.
		shares(CHARLIE, 1_000_000);
		close();
		assert_noop!(claim(CHARLIE), Error::<Test>::DayNotClosed);
		assert_eq!(claimed(ALICE, CEC_KIND), 700_000);
		pay(CEC_KIND, 1_000_000);
		close();
		// Now both earned, pro rata: 1,000 : 1,000,000 of 700,000 (the rest is carried).
		assert_eq!(claimed(CHARLIE, CEC_KIND), 700_000 * 1_000_000 / 1_001_000);
		assert_eq!(claimed(ALICE, CEC_KIND), 700_000 * 1_000 / 1_001_000);
	});
}

#[test]
fn power_removed_during_a_day_loses_that_day() {
	new_test_ext().execute_with(|| {
		shares(ALICE, 1_000);
		shares(BOB, 1_000);
		close();
		pay(CEC_KIND, 1_000_000);
		close(); // both earned 350,000
		pay(CEC_KIND, 1_000_000);
		shares(BOB, 0); // Bob's lock empties during day 2
		close();
		// Bob keeps day 1, loses day 2: Alice gets all of day 2.
		assert_eq!(claimed(BOB, CEC_KIND), 350_000);
		assert_eq!(claimed(ALICE, CEC_KIND), 350_000 + 700_000);
		// Bob's account closed with its claim.
		assert!(Holders::<Test>::get(BOB).is_none());
		assert_noop!(claim(BOB), Error::<Test>::NoPower);
	});
}

#[test]
fn shares_lost_leave_pending_ones_first() {
	new_test_ext().execute_with(|| {
		shares(ALICE, 1_000);
		close();
		shares(ALICE, 1_500); // 500 pending
		shares(ALICE, 1_200); // 300 of them leave, the 1,000 eligible stay
		let h = Holders::<Test>::get(ALICE).unwrap();
		assert_eq!((h.eligible, h.pending), (1_000, 200));
		shares(ALICE, 600); // the other 200 pending and 400 eligible
		let h = Holders::<Test>::get(ALICE).unwrap();
		assert_eq!((h.eligible, h.pending), (600, 0));
		assert_eq!((Eligible::<Test>::get(), Pending::<Test>::get()), (600, 0));
	});
}

#[test]
fn unclaimed_dividends_wait_any_number_of_days() {
	new_test_ext().execute_with(|| {
		shares(ALICE, 1);
		shares(BOB, 3);
		close();
		for _ in 0..365 {
			pay(CEC_KIND, 4_000);
			close();
		}
		assert_eq!(claimed(ALICE, CEC_KIND), 365 * 700);
		// Later still, Bob gets all his.
		for _ in 0..10 {
			close();
		}
		assert_eq!(claimed(BOB, CEC_KIND), 365 * 2_100);
	});
}

#[test]
fn claim_errors() {
	new_test_ext().execute_with(|| {
		// No power at all.
		assert_noop!(claim(ALICE), Error::<Test>::NoPower);
		// Power since today: its day has not closed.
		shares(ALICE, 1_000);
		assert_noop!(claim(ALICE), Error::<Test>::DayNotClosed);
		close();
		// A day without revenue paid nothing.
		close();
		assert_noop!(claim(ALICE), Error::<Test>::NothingToClaim);
		pay(CEC_KIND, 1_000);
		close();
		assert_eq!(claimed(ALICE, CEC_KIND), 700);
		// Twice: nothing the second time.
		assert_noop!(claim(ALICE), Error::<Test>::AlreadyClaimed);
		System::assert_has_event(
			Event::Claimed { who: ALICE, payouts: vec![(CEC_KIND, 700)].try_into().unwrap() }
				.into(),
		);
	});
}

#[test]
fn parameters_are_governance_s_and_add_up() {
	new_test_ext().execute_with(|| {
		let params = DividendParams {
			dividend_share: Perbill::from_percent(80),
			buyback_share: Perbill::from_percent(20),
		};
		assert_noop!(
			Dividends::set_params(RuntimeOrigin::signed(ALICE), params),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Dividends::set_params(
				RuntimeOrigin::root(),
				DividendParams {
					dividend_share: Perbill::from_percent(80),
					buyback_share: Perbill::from_percent(30),
				}
			),
			Error::<Test>::SharesNotWhole
		);
		assert_noop!(
			Dividends::set_params(
				RuntimeOrigin::root(),
				DividendParams {
					dividend_share: Perbill::from_percent(60),
					buyback_share: Perbill::from_percent(30),
				}
			),
			Error::<Test>::SharesNotWhole
		);
		assert_ok!(Dividends::set_params(RuntimeOrigin::root(), params));
		System::assert_last_event(Event::ParamsSet { params }.into());
		shares(ALICE, 1);
		close();
		pay(CEC_KIND, 1_000);
		close();
		assert_eq!(claimed(ALICE, CEC_KIND), 800);
	});
}

#[test]
fn power_rewards_all_go_to_holders() {
	new_test_ext().execute_with(|| {
		shares(ALICE, 1);
		shares(BOB, 1);
		close();
		// The runtime mints the emission's power share into the revenue account.
		assert_ok!(<Payments as Mutate<_>>::mint_into(CEC_KIND, &pool_account(), 1_000));
		Dividends::note_power_reward(1_000);
		System::assert_last_event(Event::PowerRewardNoted { amount: 1_000 }.into());
		let buyback = balance(CEC_KIND, BUYBACK);
		close();
		assert_eq!(balance(CEC_KIND, BUYBACK), buyback);
		assert_eq!(claimed(ALICE, CEC_KIND), 500);
		assert_eq!(claimed(BOB, CEC_KIND), 500);
		assert_eq!(Days::<Test>::get(1).unwrap().assets[0].rewards, 1_000);
	});
}

#[test]
fn revenue_beyond_the_pools_goes_to_buy_back() {
	new_test_ext().execute_with(|| {
		shares(ALICE, 1);
		close();
		pay(CNY_KIND, 100);
		pay(NativeOrWithId::WithId(USD), 100);
		assert_eq!(Pools::<Test>::get().len(), 3);
		let before = balance(NativeOrWithId::WithId(EUR), BUYBACK);
		pay(NativeOrWithId::WithId(EUR), 100);
		System::assert_last_event(
			Event::RevenueForwarded { asset: NativeOrWithId::WithId(EUR), amount: 100 }.into(),
		);
		assert_eq!(balance(NativeOrWithId::WithId(EUR), BUYBACK), before + 100);
		close();
		assert_ok!(claim(ALICE));
		// 99 of each after the reserve unit: 69 to Alice.
		assert_eq!(balance(NativeOrWithId::WithId(USD), ALICE), START + 69);
		assert_eq!(balance(CNY_KIND, ALICE), START + 69);
	});
}

#[test]
fn rounding_dust_is_carried_to_the_next_day() {
	new_test_ext().execute_with(|| {
		shares(ALICE, 1);
		shares(BOB, 1);
		shares(CHARLIE, 1);
		close();
		pay(CEC_KIND, 10); // 7 to share among 3
		close();
		let pool = Pools::<Test>::get()[0].clone();
		// 7 × 10^36 over 3 shares: 1 left over (in 10^-36 planck).
		assert_eq!(pool.carry, U256::from(1));
		assert_eq!(claimed(ALICE, CEC_KIND), 2);
		// A third of a planck stays owed to Alice.
		assert_eq!(Holders::<Test>::get(ALICE).unwrap().owed[0], U256::from(ACC_SCALE / 3));
		pay(CEC_KIND, 10);
		close();
		// The fractions add up: 14 planck over two days, 4 + 2/3 each.
		assert_eq!(claimed(ALICE, CEC_KIND), 2);
		assert_eq!(claimed(BOB, CEC_KIND), 4);
		assert_eq!(claimable(CHARLIE, &CEC_KIND), 4);
		// A day nobody held power through carries all of its dividend.
		shares(ALICE, 0);
		shares(BOB, 0);
		shares(CHARLIE, 0);
		pay(CEC_KIND, 100);
		close();
		shares(DAVE, 1);
		close();
		close();
		// Dave gets the carried 70 planck, and Alice's and Bob's left-over two thirds each
		// (Charlie's account stays open: it is owed 4 planck and two thirds).
		assert_eq!(claimed(DAVE, CEC_KIND), 71);
	});
}

#[test]
fn a_share_era_change_carries_holders_on() {
	new_test_ext().execute_with(|| {
		shares(ALICE, 1_000_000);
		shares(BOB, 3_000_000);
		close();
		pay(CEC_KIND, 4_000);
		// The lockup starts a new era at this close: shares × 1/1000.
		<Dividends as PowerObserver<_>>::day_closed(1, Some((1, 1_000)));
		assert_eq!(Era::<Test>::get(), 1);
		assert_eq!(Eligible::<Test>::get(), 4_000);
		// The lockup reports Bob's carried shares plus a new lock of 1,000.
		shares(BOB, 4_000);
		pay(CEC_KIND, 4_000);
		close();
		// Day 1 (old era) 700 : 2,100; day 2 Alice 1,000 of 4,000 eligible shares.
		assert_eq!(claimed(ALICE, CEC_KIND), 700 + 700);
		assert_eq!(claimed(BOB, CEC_KIND), 2_100 + 2_100);
		assert_ok!(Dividends::do_try_state());
	});
}

/// A small deterministic generator (xorshift), so the random histories repeat.
struct Rng(u64);
impl Rng {
	fn next(&mut self) -> u64 {
		self.0 ^= self.0 << 13;
		self.0 ^= self.0 >> 7;
		self.0 ^= self.0 << 17;
		self.0
	}
	fn below(&mut self, n: u64) -> u64 {
		self.next() % n
	}
}

/// Random histories: locks and unlocks, revenue in three assets, power rewards, closes and
/// claims. After every step: the pool holds exactly what it accounts for, every holder's
/// claimable sum is covered, and the dust (what no holder can claim yet) is below one planck per
/// holder plus what is carried; no asset is created or destroyed.
#[test]
fn random_histories_keep_the_pool_whole() {
	let holders = [ALICE, BOB, CHARLIE, DAVE];
	let assets = [CEC_KIND, CNY_KIND, NativeOrWithId::WithId(USD)];
	for seed in 1..=20u64 {
		new_test_ext().execute_with(|| {
			let mut rng = Rng(seed * 0x9E37_79B9_7F4A_7C15);
			let issuance: Vec<Balance> = assets
				.iter()
				.map(|a| <Payments as Inspect<_>>::total_issuance(a.clone()))
				.collect();
			let mut minted = 0;
			for _ in 0..300 {
				match rng.below(10) {
					0..=2 => shares(
						holders[rng.below(4) as usize],
						rng.below(5) as u128 * rng.below(1_000_000) as u128,
					),
					3..=4 => {
						pay(assets[rng.below(3) as usize].clone(), 1 + rng.below(100_000) as u128)
					},
					5 => {
						let amount = 1 + rng.below(10_000) as u128;
						assert_ok!(<Payments as Mutate<_>>::mint_into(
							CEC_KIND,
							&pool_account(),
							amount
						));
						Dividends::note_power_reward(amount);
						minted += amount;
					},
					6 => close(),
					7 => {
						// The maker quotes, or not, then the day closes (selling it the yuan and
						// the dollars when it can).
						set_ask([None, Some(1), Some(100), Some(1_000_000)][rng.below(4) as usize]);
						close()
					},
					_ => {
						let _ = claim(holders[rng.below(4) as usize]);
					},
				}
				assert_ok!(Dividends::do_try_state());
				for pool in Pools::<Test>::get().iter() {
					let asset = &pool.asset;
					let base = if *asset == CEC_KIND { ED } else { pool.reserve };
					let held = balance(asset.clone(), pool_account()) - base;
					let day = pool.revenue + pool.rewards + pool.buyback_due;
					let scale = U256::from(ACC_SCALE);
					// Exactly what the pool accounts for.
					assert_eq!(U256::from(held - day) * scale, pool.owed + pool.carry);
					let unclaimed: Balance = holders.iter().map(|h| claimable(*h, asset)).sum();
					let dust = held - day - unclaimed;
					let carried = (pool.carry / scale).low_u128();
					assert!(
						dust <= carried + holders.len() as u128 + 1,
						"dust {dust} carried {carried}"
					);
				}
			}
			set_ask(None);
			for (i, a) in assets.iter().enumerate() {
				let extra = if i == 0 { minted } else { 0 };
				assert_eq!(
					<Payments as Inspect<_>>::total_issuance(a.clone()),
					issuance[i] + extra
				);
			}
		});
	}
}

#[test]
fn what_cannot_be_paid_now_stays_owed() {
	ext_with_pools(vec![]).execute_with(|| {
		// An asset whose minimum balance is 1,000 units; Alice and Bob have no account in it.
		const BIG: u32 = 9;
		let big = NativeOrWithId::WithId(BIG);
		assert_ok!(Assets::force_create(RuntimeOrigin::root(), BIG, ISSUER, true, 1_000));
		assert_ok!(Dividends::open_pool(RuntimeOrigin::root(), big.clone()));
		assert_ok!(Assets::mint(RuntimeOrigin::signed(ISSUER), BIG, PAYER, 1_000_000));
		shares(ALICE, 1);
		shares(BOB, 9);
		close();
		pay(big.clone(), 10_000);
		// Its first 1,000 stay in the revenue account for good, keeping it alive.
		assert_eq!(Pools::<Test>::get()[1].reserve, 1_000);
		close();
		// 6,300 of 9,000: Alice 630, below the minimum of an account she does not have.
		assert_noop!(claim(ALICE), Error::<Test>::CannotPay);
		assert_eq!(claimable(ALICE, &big), 630);
		// Bob's 5,670 is paid: the account keeps its reserve and Alice's due.
		assert_eq!(claimed(BOB, big.clone()), 5_670);
		assert_eq!(balance(big.clone(), pool_account()), 1_000 + 630);
		// CEC revenue is paid to Alice while her yuan-like due waits.
		pay(CEC_KIND, 1_000);
		close();
		assert_ok!(claim(ALICE));
		assert_eq!(claimable(ALICE, &CEC_KIND), 0);
		assert_eq!(claimable(ALICE, &big), 630);
		// Once Alice has an account in the asset, it is paid.
		assert_ok!(Assets::mint(RuntimeOrigin::signed(ISSUER), BIG, ALICE, 1_000));
		assert_eq!(claimed(ALICE, big), 630);
	});
}

#[test]
fn a_claim_one_day_after_the_shares_joined_pays_that_day() {
	new_test_ext().execute_with(|| {
		shares(BOB, 10_000_000);
		shares(ALICE, 1_000_000);
		close();
		pay(CEC_KIND, 1_000_000_000);
		close();
		assert_eq!(claimed(ALICE, CEC_KIND), 700_000_000 / 11);
	});
}

#[test]
fn the_claim_benchmark_path_with_one_day() {
	new_test_ext().execute_with(|| {
		// As `claim(h = 10, d = 1)` sets it up: other holders' shares eligible already.
		Eligible::<Test>::put(10_000_000);
		shares(ALICE, 1_000_000);
		for _ in 0..2 {
			pay(CEC_KIND, 1_000_000_000);
			pay(CNY_KIND, 1_000_000_000);
			<Dividends as PowerObserver<_>>::day_closed(0, None);
		}
		assert_ok!(claim(ALICE));
	});
}

#[test]
fn pools_are_governance_s_to_open() {
	new_test_ext().execute_with(|| {
		let eur = NativeOrWithId::WithId(EUR);
		shares(ALICE, 1);
		close();
		// EUR has no pool: its revenue goes to buy-back, none to holders.
		let before = balance(eur.clone(), BUYBACK);
		pay(eur.clone(), 100);
		System::assert_last_event(
			Event::RevenueForwarded { asset: eur.clone(), amount: 100 }.into(),
		);
		assert_eq!(balance(eur.clone(), BUYBACK), before + 100);
		assert_noop!(
			Dividends::open_pool(RuntimeOrigin::signed(ALICE), eur.clone()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Dividends::open_pool(RuntimeOrigin::root(), CNY_KIND),
			Error::<Test>::PoolExists
		);
		assert_noop!(
			Dividends::open_pool(RuntimeOrigin::root(), CEC_KIND),
			Error::<Test>::PoolExists
		);
		// All three slots (CEC, yuan, USD) are taken.
		assert_noop!(
			Dividends::open_pool(RuntimeOrigin::root(), eur.clone()),
			Error::<Test>::TooManyPools
		);
		assert_eq!(Pools::<Test>::get().len() as u32, MAX_ASSETS);
	});
}

#[test]
fn an_opened_pool_pays_holders_from_the_next_revenue() {
	ext_with_pools(vec![]).execute_with(|| {
		let eur = NativeOrWithId::WithId(EUR);
		assert_eq!(Pools::<Test>::get().len(), 1, "CEC's pool only");
		shares(ALICE, 1);
		close();
		let (alice, buyback) = (balance(eur.clone(), ALICE), balance(eur.clone(), BUYBACK));
		pay(eur.clone(), 100); // forwarded: no pool yet
		assert_ok!(Dividends::open_pool(RuntimeOrigin::root(), eur.clone()));
		System::assert_last_event(Event::PoolOpened { asset: eur.clone() }.into());
		pay(eur.clone(), 101); // the first unit is the pool's reserve
		close();
		assert_ok!(claim(ALICE));
		assert_eq!(balance(eur.clone(), ALICE) - alice, 70);
		assert_eq!(balance(eur, BUYBACK) - buyback, 100 + 30);
	});
}

#[test]
fn shares_left_by_a_share_era_pay_nobody_once_every_holder_has_gone() {
	new_test_ext().execute_with(|| {
		shares(ALICE, 1_999);
		shares(BOB, 1_999);
		close();
		// A new share era at this close: 3,998 / 1,000 rounds to 3 in all, but to 1 each.
		<Dividends as PowerObserver<_>>::day_closed(1, Some((1, 1_000)));
		assert_eq!(Eligible::<Test>::get(), 3);
		assert_eq!(ShareHolders::<Test>::get(), 2);
		shares(ALICE, 0);
		shares(BOB, 0);
		assert_eq!(ShareHolders::<Test>::get(), 0);
		assert_eq!(Eligible::<Test>::get(), 1, "a share nobody holds");
		pay(CEC_KIND, 1_000);
		close();
		// The day paid nobody: its 700 planck are carried, none owed to a phantom share.
		assert_eq!(Days::<Test>::get(2).unwrap().shares, 0);
		let pool = Pools::<Test>::get()[0].clone();
		assert_eq!(pool.owed, U256::zero());
		assert_eq!(pool.carry, U256::from(700) * U256::from(ACC_SCALE));
		// The next holder gets it.
		shares(DAVE, 5);
		close();
		close();
		assert_eq!(claimed(DAVE, CEC_KIND), 700);
	});
}
