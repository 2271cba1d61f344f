//! Benchmarks of the forestry registry (frame-benchmarking v2). Every call is measured in its
//! costliest path.

use super::*;
use crate::Pallet as Forestry;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Unbalanced, tokens::Precision};
use frame_system::RawOrigin;
use sp_runtime::traits::{Bounded, Zero};

const CID_V1: &[u8] = b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

fn cid() -> Cid {
	Cid::truncate_from(CID_V1.to_vec())
}

fn region() -> Region {
	Region::truncate_from(b"CN-350481".to_vec())
}

/// Give `who` plenty for every deposit.
fn fund<T: Config>(who: &T::AccountId) {
	let amount = BalanceOf::<T>::max_value() / 1_000_000u32.into();
	T::Currency::increase_balance(who, amount, Precision::BestEffort).unwrap();
}

/// A funded account.
fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	fund::<T>(&who);
	who
}

/// A funded caller.
fn caller<T: Config>() -> T::AccountId {
	let who: T::AccountId = whitelisted_caller();
	fund::<T>(&who);
	who
}

/// The longest witness region that still covers `region()`, so the prefix check runs in full.
fn witness<T: Config>(name: &'static str) -> T::AccountId {
	let who = funded::<T>(name);
	Witnesses::<T>::insert(
		&who,
		Witness {
			licence: Licence::truncate_from([b'L'; 64].to_vec()),
			region: region(),
			appointed_at: Zero::zero(),
		},
	);
	who
}

/// A species list one short of full, so the benchmarked calls search and insert at full size.
fn full_species_list<T: Config>() {
	for id in 0..<MaxSpecies as Get<u32>>::get().saturating_sub(1) as SpeciesId {
		if !Species::<T>::contains_key(id) {
			Pallet::<T>::insert_species(id, SpeciesName::truncate_from([b'x'; 64].to_vec()))
				.unwrap();
		}
	}
}

/// Trees cycle through every species of the list, the costliest lookups.
fn survey(i: u32) -> TreeSurvey {
	TreeSurvey {
		species: (i % (<MaxSpecies as Get<u32>>::get() - 1)) as SpeciesId,
		position: GeoPoint { lat: 261_000_000 + i as i32, lon: 1_193_000_000 },
		height_cm: 1_200,
		crown_cm: 450,
		trunk_mm: Some(310),
		planted: Some(2009),
		origin: TreeOrigin::Planted,
	}
}

/// An attested parcel of `owner` with `trees` trees; returns its id and the witness.
fn parcel<T: Config>(owner: &T::AccountId, trees: u32) -> (ParcelId, T::AccountId) {
	let w = witness::<T>("witness");
	full_species_list::<T>();
	let id = NextParcelId::<T>::get();
	let info = ParcelInfo {
		region: region(),
		area_m2: 125_000,
		boundary_cid: cid(),
		boundary_hash: [7; 32],
		certificate_cid: cid(),
	};
	Forestry::<T>::register_parcel(RawOrigin::Signed(owner.clone()).into(), info).unwrap();
	Forestry::<T>::attest_parcel(RawOrigin::Signed(w.clone()).into(), id).unwrap();
	if trees > 0 {
		Forestry::<T>::register_trees(
			RawOrigin::Signed(w.clone()).into(),
			id,
			BoundedVec::truncate_from((0..trees).map(survey).collect()),
		)
		.unwrap();
	}
	(id, w)
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(
		<T as frame_system::Config>::RuntimeEvent::from(event).into(),
	);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn appoint_witness() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("witness", 0, 0);
		let licence = Licence::truncate_from([b'L'; 64].to_vec());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), licence, region());
		assert!(Witnesses::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_witness() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = witness::<T>("witness");
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert_last_event::<T>(Event::WitnessRemoved { who });
		Ok(())
	}

	#[benchmark]
	fn add_species() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		full_species_list::<T>();
		let id = <MaxSpecies as Get<u32>>::get() as SpeciesId;
		let name = SpeciesName::truncate_from([b'x'; 64].to_vec());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, name);
		assert!(Species::<T>::contains_key(id));
		Ok(())
	}

	/// A rare species: its mark is dropped too.
	#[benchmark]
	fn remove_species() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		full_species_list::<T>();
		RareSpecies::<T>::insert(0, ());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0);
		assert!(!Species::<T>::contains_key(0));
		assert!(!RareSpecies::<T>::contains_key(0));
		Ok(())
	}

	#[benchmark]
	fn register_parcel() {
		let owner = caller::<T>();
		let info = ParcelInfo {
			region: Region::truncate_from([b'C'; 16].to_vec()),
			area_m2: 125_000,
			boundary_cid: Cid::truncate_from(CID_V1.to_vec()),
			boundary_hash: [7; 32],
			certificate_cid: Cid::truncate_from(CID_V1.to_vec()),
		};
		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), info);
		assert_last_event::<T>(Event::ParcelRegistered { parcel: 0, owner });
	}

	#[benchmark]
	fn attest_parcel() {
		let owner = caller::<T>();
		let w = witness::<T>("witness");
		let info = ParcelInfo {
			region: region(),
			area_m2: 1,
			boundary_cid: cid(),
			boundary_hash: [7; 32],
			certificate_cid: cid(),
		};
		Forestry::<T>::register_parcel(RawOrigin::Signed(owner).into(), info).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(w.clone()), 0);
		assert_last_event::<T>(Event::ParcelAttested { parcel: 0, witness: w });
	}

	#[benchmark]
	fn transfer_parcel() {
		let owner = caller::<T>();
		let to: T::AccountId = account("to", 0, 0);
		let (p, _) = parcel::<T>(&owner, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), p, to.clone());
		assert_last_event::<T>(Event::ParcelTransferred { parcel: p, from: owner, to });
	}

	#[benchmark]
	fn lease_parcel() {
		let owner = caller::<T>();
		let lessee: T::AccountId = account("lessee", 0, 0);
		let (p, _) = parcel::<T>(&owner, 0);
		let until = frame_system::Pallet::<T>::block_number() + 100u32.into();
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), p, lessee.clone(), until);
		assert_last_event::<T>(Event::ParcelLeased { parcel: p, lessee, until });
	}

	#[benchmark]
	fn end_lease() {
		let owner = caller::<T>();
		let lessee: T::AccountId = account("lessee", 0, 0);
		let (p, _) = parcel::<T>(&owner, 0);
		let until = frame_system::Pallet::<T>::block_number() + 1u32.into();
		Forestry::<T>::lease_parcel(
			RawOrigin::Signed(owner.clone()).into(),
			p,
			lessee.clone(),
			until,
		)
		.unwrap();
		frame_system::Pallet::<T>::set_block_number(until);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), p);
		assert_last_event::<T>(Event::LeaseEnded { parcel: p, lessee });
	}

	#[benchmark]
	fn attach_parcel_document() {
		let owner = caller::<T>();
		let (p, _) = parcel::<T>(&owner, 0);
		// The owner's path: not a witness, so a deposit is held.
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), p, DocumentKind::SurveyReport, cid());
		assert!(ParcelDocuments::<T>::contains_key(p, 0));
	}

	/// `n` trees in one batch: one write each, plus the parcel.
	#[benchmark]
	fn register_trees(n: Linear<1, { T::MaxTreesPerBatch::get() }>) {
		let owner = caller::<T>();
		let (p, w) = parcel::<T>(&owner, 0);
		let trees = BoundedVec::truncate_from((0..n).map(survey).collect());
		#[extrinsic_call]
		_(RawOrigin::Signed(w.clone()), p, trees);
		assert_last_event::<T>(Event::TreesRegistered {
			parcel: p,
			first: 0,
			count: n,
			witness: w,
		});
	}

	#[benchmark]
	fn record_measurement() {
		let owner = caller::<T>();
		let (p, w) = parcel::<T>(&owner, 1);
		let tree = TreeId { parcel: p, index: 0 };
		#[extrinsic_call]
		_(RawOrigin::Signed(w), tree, 1_300, 460, Some(320));
		assert!(TreeHistory::<T>::contains_key(tree, 0));
	}

	/// The chain extension's tree lookup on a re-measured tree with its own owner: every read.
	#[benchmark]
	fn tree_by_code() {
		let owner = caller::<T>();
		let (p, w) = parcel::<T>(&owner, 1);
		let tree = TreeId { parcel: p, index: 0 };
		Pallet::<T>::record_measurement(RawOrigin::Signed(w).into(), tree, 1_300, 460, Some(320))
			.expect("the witness measures");
		let code = smart_code::encode(tree);
		let found;
		#[block]
		{
			found = <Pallet<T> as cec_primitives::TreeRegistry<_, _>>::tree_by_code(&code);
		}
		assert!(found.is_ok_and(|f| f.height_cm == 1_300));
	}

	#[benchmark]
	fn record_damage() {
		let owner = caller::<T>();
		let (p, w) = parcel::<T>(&owner, 1);
		let tree = TreeId { parcel: p, index: 0 };
		#[extrinsic_call]
		_(RawOrigin::Signed(w), tree, DamageCause::Fire, 40);
		assert!(TreeHistory::<T>::contains_key(tree, 0));
	}

	#[benchmark]
	fn record_felling() {
		let owner = caller::<T>();
		let (p, w) = parcel::<T>(&owner, 1);
		let tree = TreeId { parcel: p, index: 0 };
		#[extrinsic_call]
		_(RawOrigin::Signed(w), tree);
		assert_eq!(Trees::<T>::get(p, 0).map(|t| t.status), Some(TreeStatus::Felled));
	}

	#[benchmark]
	fn hand_over() {
		let owner = caller::<T>();
		let carrier = funded::<T>("carrier");
		let (p, _) = parcel::<T>(&owner, 1);
		let tree = TreeId { parcel: p, index: 0 };
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), tree, carrier.clone());
		assert_eq!(Trees::<T>::get(p, 0).and_then(|t| t.custodian), Some(carrier));
	}

	#[benchmark]
	fn transfer_tree() {
		let owner = caller::<T>();
		let buyer = funded::<T>("buyer");
		let (p, _) = parcel::<T>(&owner, 1);
		let tree = TreeId { parcel: p, index: 0 };
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), tree, buyer.clone());
		assert_eq!(Trees::<T>::get(p, 0).and_then(|t| t.owner), Some(buyer));
	}

	#[benchmark]
	fn attach_tree_document() {
		let owner = caller::<T>();
		let (p, _) = parcel::<T>(&owner, 1);
		let tree = TreeId { parcel: p, index: 0 };
		// The owner's path: the witness look-up, then a deposit is held.
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), tree, DocumentKind::Certificate, cid());
		assert!(TreeHistory::<T>::contains_key(tree, 0));
	}

	/// The owner withdraws a mistaken registration of a rare parcel; the hold is released and
	/// the rare mark dropped.
	#[benchmark]
	fn deregister_parcel() {
		let owner = caller::<T>();
		let info = ParcelInfo {
			region: Region::truncate_from([b'C'; 16].to_vec()),
			area_m2: 1,
			boundary_cid: cid(),
			boundary_hash: [7; 32],
			certificate_cid: cid(),
		};
		Forestry::<T>::register_parcel(RawOrigin::Signed(owner.clone()).into(), info).unwrap();
		RareParcels::<T>::insert(0, ());
		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), 0);
		assert_last_event::<T>(Event::ParcelDeregistered { parcel: 0, owner });
		assert!(!RareParcels::<T>::contains_key(0));
	}

	/// Marking a parcel rare: the parcel (the larger record of the two targets) is looked up,
	/// then the mark is written.
	#[benchmark]
	fn set_rarity() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let owner = caller::<T>();
		let info = ParcelInfo {
			region: Region::truncate_from([b'C'; 16].to_vec()),
			area_m2: 1,
			boundary_cid: cid(),
			boundary_hash: [7; 32],
			certificate_cid: cid(),
		};
		Forestry::<T>::register_parcel(RawOrigin::Signed(owner).into(), info)
			.map_err(|_| BenchmarkError::Stop("parcel registration failed"))?;
		let target = RarityTarget::Parcel(0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, target, true);
		assert!(RareParcels::<T>::contains_key(0));
		assert_last_event::<T>(Event::RaritySet { target, rare: true });
		Ok(())
	}

	impl_benchmark_test_suite!(Forestry, crate::mock::new_test_ext(), crate::mock::Test);
}
