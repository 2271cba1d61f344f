//! Benchmarks of the crowdfunding pallet (frame-benchmarking v2). Each call on its worst path;
//! contributions, settlements, claims and releases in a campaign with `n` other investors (10 to
//! 10,000), to show their cost does not grow with them.

use super::*;
use crate::Pallet as Crowdfunding;
use cec_primitives::longest_cid;
use frame_benchmarking::v2::*;
use frame_support::traits::fungibles::{Inspect as _, Mutate as _};
use frame_system::RawOrigin;
use sp_runtime::{
	traits::{Bounded, Saturating},
	Permill,
};

/// A lot of money.
fn plenty<T: Config>() -> BalanceOf<T> {
	BalanceOf::<T>::max_value() / 8u32.into()
}

/// The smallest amount the asset counts with (its minimum balance, at least 1).
fn unit<T: Config>() -> BalanceOf<T> {
	T::Payments::minimum_balance(T::BenchmarkHelper::asset()).max(1u32.into())
}

fn fund<T: Config>(who: &T::AccountId) {
	T::BenchmarkHelper::endow(&T::BenchmarkHelper::asset(), who, plenty::<T>());
	T::BenchmarkHelper::verify(who);
}

fn at<T: Config>(n: u32) {
	frame_system::Pallet::<T>::set_block_number(n.into());
}

/// Parameters with `m` milestones: minimum 1,000 units, target 2,000, maximum 10⁹; the deadline
/// at block 100, milestones every 100 blocks after it.
fn params<T: Config>(m: u32) -> CampaignParamsOf<T> {
	let m = m.max(1);
	let share = Permill::from_parts(Permill::one().deconstruct() / m);
	let mut plan = alloc::vec::Vec::new();
	for i in 0..m {
		let share = if i + 1 == m {
			Permill::from_parts(
				Permill::one().deconstruct() - share.deconstruct().saturating_mul(m - 1),
			)
		} else {
			share
		};
		plan.push(MilestonePlan { share, due: (200 + 100 * i).into(), proof: longest_cid() });
	}
	let u = unit::<T>();
	CampaignParams {
		description: longest_cid(),
		asset: T::BenchmarkHelper::asset(),
		target: u.saturating_mul(2_000u32.into()),
		min_raise: u.saturating_mul(1_000u32.into()),
		max_raise: u.saturating_mul(1_000_000_000u32.into()),
		deadline: 100u32.into(),
		token_supply: BalanceOf::<T>::from(1_000_000u32).saturating_mul(1_000_000u32.into()),
		equity: Permill::from_percent(20),
		name: TokenName::truncate_from(alloc::vec![b'N'; MAX_NAME_LEN as usize]),
		symbol: TokenSymbol::truncate_from(alloc::vec![b'S'; MAX_SYMBOL_LEN as usize]),
		decimals: 18,
		milestones: BoundedVec::truncate_from(plan),
		report_interval: T::MinReportInterval::get(),
	}
}

/// A promoter's campaign with `m` milestones, raising at block 1.
fn campaign<T: Config>(m: u32) -> (CampaignId, T::AccountId) {
	at::<T>(1);
	let promoter: T::AccountId = account("promoter", 0, 0);
	fund::<T>(&promoter);
	let id = NextCampaignId::<T>::get();
	Crowdfunding::<T>::do_create_campaign(promoter.clone(), params::<T>(m)).expect("valid");
	(id, promoter)
}

/// `n` other investors with contributions waiting (records only: their holds play no part in
/// the measured call).
fn others<T: Config>(id: CampaignId, n: u32) {
	let u = unit::<T>();
	Campaigns::<T>::mutate(id, |c| {
		if let Some(c) = c {
			c.raised = c.raised.saturating_add(u.saturating_mul(n.into()));
			c.contributors = c.contributors.saturating_add(n);
		}
	});
	for i in 0..n {
		let who: T::AccountId = account("other", i, 0);
		Contributions::<T>::insert(id, who, Contribution { amount: u, deposit: 0u32.into() });
	}
}

/// `n` other token holders of an active campaign, each with units and a position.
fn holders<T: Config>(id: CampaignId, n: u32) {
	let units: BalanceOf<T> = 1_000u32.into();
	for i in 0..n {
		let who: T::AccountId = account("holder", i, 0);
		T::ProjectTokens::mint_into(id, &who, units).expect("mintable");
		Holders::<T>::insert(id, &who, Position::default());
	}
	Campaigns::<T>::mutate(id, |c| {
		if let Some(c) = c {
			c.minted = c.minted.saturating_add(units.saturating_mul(n.into()));
		}
	});
}

/// A campaign with `m` milestones that `investor` funded alone and which is active, with `n`
/// other token holders.
fn active<T: Config>(m: u32, n: u32) -> (CampaignId, T::AccountId, T::AccountId) {
	let (id, promoter) = campaign::<T>(m);
	let investor: T::AccountId = account("investor", 0, 0);
	fund::<T>(&investor);
	let min = unit::<T>().saturating_mul(1_000u32.into());
	Crowdfunding::<T>::do_contribute(investor.clone(), id, min).expect("open");
	at::<T>(101);
	Crowdfunding::<T>::do_finalize(id).expect("past the deadline");
	Crowdfunding::<T>::do_settle(id, investor.clone()).expect("funded");
	holders::<T>(id, n);
	(id, promoter, investor)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_campaign(m: Linear<1, { T::MaxMilestones::get() }>) {
		at::<T>(1);
		let promoter: T::AccountId = account("promoter", 0, 0);
		fund::<T>(&promoter);
		let id = NextCampaignId::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(promoter), params::<T>(m));
		assert!(Campaigns::<T>::contains_key(id));
	}

	/// A first contribution (the record and its deposit), among `n` others.
	#[benchmark]
	fn contribute(n: Linear<10, 10_000>) {
		let (id, _) = campaign::<T>(1);
		others::<T>(id, n);
		let investor: T::AccountId = account("investor", 0, 0);
		fund::<T>(&investor);
		let amount = unit::<T>().saturating_mul(1_000u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(investor.clone()), id, amount);
		assert_eq!(Contributions::<T>::get(id, &investor).map(|c| c.amount), Some(amount));
	}

	/// Success: the token is created with its metadata.
	#[benchmark]
	fn finalize() {
		let (id, _) = campaign::<T>(1);
		let investor: T::AccountId = account("investor", 0, 0);
		fund::<T>(&investor);
		let min = unit::<T>().saturating_mul(1_000u32.into());
		Crowdfunding::<T>::do_contribute(investor.clone(), id, min).expect("open");
		at::<T>(101);
		#[extrinsic_call]
		_(RawOrigin::Signed(investor), id);
		assert_eq!(Campaigns::<T>::get(id).map(|c| c.status), Some(CampaignStatus::Funded));
	}

	/// The last collection among `n` investors: tokens minted, the contribution moved, the
	/// campaign activated.
	#[benchmark]
	fn settle_collect(n: Linear<10, 10_000>) {
		let (id, _) = campaign::<T>(1);
		others::<T>(id, n);
		let investor: T::AccountId = account("investor", 0, 0);
		fund::<T>(&investor);
		let min = unit::<T>().saturating_mul(1_000u32.into());
		Crowdfunding::<T>::do_contribute(investor.clone(), id, min).expect("open");
		at::<T>(101);
		Crowdfunding::<T>::do_finalize(id).expect("past the deadline");
		// Everybody else is settled already.
		Campaigns::<T>::mutate(id, |c| {
			if let Some(c) = c {
				c.settled = n;
			}
		});
		#[extrinsic_call]
		settle(RawOrigin::Signed(investor.clone()), id, investor.clone());
		assert_eq!(Campaigns::<T>::get(id).map(|c| c.status), Some(CampaignStatus::Active));
		assert!(!T::ProjectTokens::balance(id, &investor).is_zero());
	}

	/// The last refund among `n` investors: the contribution released and the failed campaign
	/// removed.
	#[benchmark]
	fn settle_refund(n: Linear<10, 10_000>) {
		let (id, _) = campaign::<T>(1);
		others::<T>(id, n);
		let investor: T::AccountId = account("investor", 0, 0);
		fund::<T>(&investor);
		let u = unit::<T>();
		Crowdfunding::<T>::do_contribute(investor.clone(), id, u).expect("open");
		// Below the minimum whatever the others gave.
		Campaigns::<T>::mutate(id, |c| {
			if let Some(c) = c {
				c.min_raise = c.raised.saturating_add(u);
				c.target = c.min_raise;
			}
		});
		at::<T>(101);
		Crowdfunding::<T>::do_finalize(id).expect("past the deadline");
		Campaigns::<T>::mutate(id, |c| {
			if let Some(c) = c {
				c.settled = n;
			}
		});
		#[extrinsic_call]
		settle(RawOrigin::Signed(investor.clone()), id, investor.clone());
		assert!(!Campaigns::<T>::contains_key(id));
	}

	#[benchmark]
	fn submit_milestone() {
		let (id, promoter, _) = active::<T>(1, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(promoter), id, 0, longest_cid());
		assert!(Campaigns::<T>::get(id)
			.is_some_and(|c| matches!(c.milestones[0].state, MilestoneState::Submitted { .. })));
	}

	/// A rejection (two events and the at-risk mark).
	#[benchmark]
	fn decide_milestone() -> Result<(), BenchmarkError> {
		let origin =
			T::MilestoneOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (id, promoter, _) = active::<T>(1, 0);
		Crowdfunding::<T>::do_submit_milestone(promoter, id, 0, longest_cid()).expect("next");
		#[extrinsic_call]
		reject_milestone(origin as T::RuntimeOrigin, id, 0);
		assert!(Campaigns::<T>::get(id).is_some_and(|c| c.at_risk));
		Ok(())
	}

	/// The last milestone (the campaign completes), with `n` token holders.
	#[benchmark]
	fn release_milestone(n: Linear<10, 10_000>) {
		let (id, promoter, _) = active::<T>(1, n);
		Crowdfunding::<T>::do_submit_milestone(promoter.clone(), id, 0, longest_cid())
			.expect("next");
		Crowdfunding::<T>::do_decide_milestone(id, 0, true).expect("submitted");
		#[extrinsic_call]
		_(RawOrigin::Signed(promoter), id, 0);
		assert_eq!(Campaigns::<T>::get(id).map(|c| c.status), Some(CampaignStatus::Completed));
	}

	/// A late report (at risk).
	#[benchmark]
	fn report_progress() {
		let (id, promoter, _) = active::<T>(1, 0);
		let late =
			frame_system::Pallet::<T>::block_number().saturating_add(T::MinReportInterval::get());
		frame_system::Pallet::<T>::set_block_number(late);
		#[extrinsic_call]
		_(RawOrigin::Signed(promoter), id, longest_cid());
		assert!(Reports::<T>::contains_key(id, 0));
	}

	/// Enough missed reports for a default, with unreleased funds.
	#[benchmark]
	fn flag_missed_reports() {
		let (id, _, investor) = active::<T>(1, 0);
		let late = frame_system::Pallet::<T>::block_number().saturating_add(
			T::MinReportInterval::get().saturating_mul(T::MaxMissedReports::get().into()),
		);
		frame_system::Pallet::<T>::set_block_number(late);
		#[extrinsic_call]
		_(RawOrigin::Signed(investor), id);
		assert_eq!(Campaigns::<T>::get(id).map(|c| c.status), Some(CampaignStatus::Defaulted));
	}

	#[benchmark]
	fn deposit_revenue() {
		let (id, promoter, _) = active::<T>(1, 0);
		let amount = unit::<T>().saturating_mul(1_000u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(promoter), id, amount);
		assert!(Campaigns::<T>::get(id).is_some_and(|c| c.deposited == amount));
	}

	/// A holder's claim among `n` holders.
	#[benchmark]
	fn claim(n: Linear<10, 10_000>) {
		let (id, promoter, investor) = active::<T>(1, n);
		let amount = unit::<T>().saturating_mul(1_000u32.into());
		Crowdfunding::<T>::do_deposit_revenue(promoter, id, amount).expect("active");
		#[extrinsic_call]
		_(RawOrigin::Signed(investor.clone()), id);
		assert!(Crowdfunding::<T>::claimable(id, &investor).is_zero());
	}

	/// To a new holder, with revenue to settle on the sender's side.
	#[benchmark]
	fn transfer() {
		let (id, promoter, investor) = active::<T>(1, 0);
		let amount = unit::<T>().saturating_mul(1_000u32.into());
		Crowdfunding::<T>::do_deposit_revenue(promoter, id, amount).expect("active");
		let to: T::AccountId = account("receiver", 0, 0);
		T::BenchmarkHelper::verify(&to);
		#[extrinsic_call]
		_(RawOrigin::Signed(investor), id, to.clone(), 1u32.into());
		assert!(!T::ProjectTokens::balance(id, &to).is_zero());
	}

	#[benchmark]
	fn declare_default() -> Result<(), BenchmarkError> {
		let origin =
			T::DefaultOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (id, _, _) = active::<T>(1, 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, longest_cid());
		assert_eq!(Campaigns::<T>::get(id).map(|c| c.status), Some(CampaignStatus::Defaulted));
		Ok(())
	}

	impl_benchmark_test_suite!(Crowdfunding, crate::mock::new_test_ext(), crate::mock::Test);
}
