use crate::{mock::*, *};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::Hooks};
use sp_runtime::BuildStorage;
use sp_runtime::{ArithmeticError, DispatchError, TokenError};

type Batch = BoundedVec<TreeSurvey, <Test as Config>::MaxTreesPerBatch>;

/// A batch of the surveys of `indices`.
fn batch_of(indices: impl IntoIterator<Item = u32>) -> Batch {
	Batch::try_from(indices.into_iter().map(survey).collect::<Vec<_>>()).unwrap()
}

fn bounded(trees: Vec<TreeSurvey>) -> Batch {
	Batch::try_from(trees).unwrap()
}

pub const CID_V0: &[u8] = b"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";
pub const CID_V1: &[u8] = b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

fn cid(s: &[u8]) -> Cid {
	Cid::try_from(s.to_vec()).unwrap()
}

fn info(region: &[u8]) -> ParcelInfo {
	ParcelInfo {
		region: Region::try_from(region.to_vec()).unwrap(),
		area_m2: 125_000,
		boundary_cid: cid(CID_V1),
		boundary_hash: [7; 32],
		certificate_cid: cid(CID_V0),
	}
}

fn survey(i: u32) -> TreeSurvey {
	TreeSurvey {
		species: PINE,
		position: GeoPoint { lat: 261_000_000 + i as i32, lon: 1_193_000_000 },
		height_cm: 1_200 + i,
		crown_cm: 450,
		trunk_mm: Some(310),
		planted: Some(2009),
		origin: TreeOrigin::Planted,
	}
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Forestry(e) => Some(e),
			_ => None,
		})
		.expect("an event")
}

/// Parcel 0 of OWNER in CN-3501, attested, with `n` trees.
fn parcel_with_trees(n: u32) -> ParcelId {
	let parcel = NextParcelId::<Test>::get();
	assert_ok!(Forestry::register_parcel(RuntimeOrigin::signed(OWNER), info(b"CN-3501")));
	assert_ok!(Forestry::attest_parcel(RuntimeOrigin::signed(WITNESS), parcel));
	if n > 0 {
		assert_ok!(Forestry::register_trees(
			RuntimeOrigin::signed(WITNESS),
			parcel,
			batch_of(0..n)
		));
	}
	parcel
}

fn tree(parcel: ParcelId, index: TreeIndex) -> TreeId {
	TreeId { parcel, index }
}

#[test]
fn governance_appoints_and_removes_witnesses() {
	run(|| {
		let licence = Licence::try_from(b"LIC-9".to_vec()).unwrap();
		let region = Region::try_from(b"CN".to_vec()).unwrap();
		assert_noop!(
			Forestry::appoint_witness(
				RuntimeOrigin::signed(OWNER),
				5,
				licence.clone(),
				region.clone()
			),
			DispatchError::BadOrigin
		);
		assert_ok!(Forestry::appoint_witness(
			RuntimeOrigin::root(),
			5,
			licence.clone(),
			region.clone()
		));
		assert_eq!(Witnesses::<Test>::get(5).unwrap().licence, licence);
		assert_eq!(
			last_event(),
			Event::WitnessAppointed { who: 5, licence: licence.clone(), region: region.clone() }
		);
		assert_noop!(
			Forestry::appoint_witness(RuntimeOrigin::root(), 5, licence, region),
			Error::<Test>::AlreadyWitness
		);
		assert_noop!(
			Forestry::remove_witness(RuntimeOrigin::signed(5), 5),
			DispatchError::BadOrigin
		);
		assert_ok!(Forestry::remove_witness(RuntimeOrigin::root(), 5));
		assert_eq!(last_event(), Event::WitnessRemoved { who: 5 });
		assert_noop!(Forestry::remove_witness(RuntimeOrigin::root(), 5), Error::<Test>::NotWitness);
	});
}

#[test]
fn governance_keeps_the_species_list() {
	run(|| {
		let name = SpeciesName::try_from(b"Cunninghamia lanceolata".to_vec()).unwrap();
		assert_noop!(
			Forestry::add_species(RuntimeOrigin::signed(WITNESS), 3, name.clone()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Forestry::add_species(RuntimeOrigin::root(), PINE, name.clone()),
			Error::<Test>::SpeciesExists
		);
		assert_ok!(Forestry::add_species(RuntimeOrigin::root(), 3, name.clone()));
		assert_eq!(Species::<Test>::get(3), Some(name));
		assert_ok!(Forestry::remove_species(RuntimeOrigin::root(), 3));
		assert_eq!(last_event(), Event::SpeciesRemoved { id: 3 });
		assert_noop!(
			Forestry::remove_species(RuntimeOrigin::root(), 3),
			Error::<Test>::UnknownSpecies
		);
		assert_noop!(
			Forestry::remove_species(RuntimeOrigin::signed(1), PINE),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn parcel_registration_checks_its_input() {
	run(|| {
		let mut bad = info(b"");
		assert_noop!(
			Forestry::register_parcel(RuntimeOrigin::signed(OWNER), bad),
			Error::<Test>::BadRegion
		);
		bad = info(b"CN-35");
		bad.area_m2 = 0;
		assert_noop!(
			Forestry::register_parcel(RuntimeOrigin::signed(OWNER), bad),
			Error::<Test>::BadArea
		);
		bad = info(b"CN-35");
		bad.boundary_cid = cid(b"QmNotACid");
		assert_noop!(
			Forestry::register_parcel(RuntimeOrigin::signed(OWNER), bad),
			Error::<Test>::BadCid
		);
		bad = info(b"CN-35");
		bad.certificate_cid = cid(b"https://example.com/cert.pdf");
		assert_noop!(
			Forestry::register_parcel(RuntimeOrigin::signed(OWNER), bad),
			Error::<Test>::BadCid
		);
		assert_noop!(
			Forestry::register_parcel(RuntimeOrigin::none(), info(b"CN-35")),
			DispatchError::BadOrigin
		);

		assert_ok!(Forestry::register_parcel(RuntimeOrigin::signed(OWNER), info(b"CN-35")));
		assert_eq!(last_event(), Event::ParcelRegistered { parcel: 0, owner: OWNER });
		let p = Parcels::<Test>::get(0).unwrap();
		assert_eq!((p.owner, p.attested_by, p.trees, p.registered_at), (OWNER, None, 0, 1));
		assert_eq!(NextParcelId::<Test>::get(), 1);
	});
}

#[test]
fn cids_are_checked() {
	assert!(is_valid_cid(CID_V0));
	assert!(is_valid_cid(CID_V1));
	// CIDv1 raw leaves, sha2-256.
	assert!(is_valid_cid(b"bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq"));
	// One symbol short: the digest no longer has its declared length.
	assert!(!is_valid_cid(&CID_V1[..CID_V1.len() - 1]));
	// Upper case is not the base32 multibase `b`; `0` and `1` are not base58 / base32 symbols.
	assert!(!is_valid_cid(&CID_V1.to_ascii_uppercase()));
	assert!(!is_valid_cid(b"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbd0"));
	assert!(!is_valid_cid(b"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbd"));
	assert!(!is_valid_cid(b""));
	assert!(!is_valid_cid(b"b"));
	// A CIDv1 header claiming version 2.
	assert!(!is_valid_cid(b"bajybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"));
}

#[test]
fn only_a_witness_of_the_region_attests_once() {
	run(|| {
		assert_ok!(Forestry::register_parcel(RuntimeOrigin::signed(OWNER), info(b"CN-3501")));
		assert_noop!(
			Forestry::attest_parcel(RuntimeOrigin::signed(WITNESS), 9),
			Error::<Test>::UnknownParcel
		);
		assert_noop!(
			Forestry::attest_parcel(RuntimeOrigin::signed(OWNER), 0),
			Error::<Test>::NotWitness
		);
		assert_noop!(
			Forestry::attest_parcel(RuntimeOrigin::signed(FAR_WITNESS), 0),
			Error::<Test>::WrongRegion
		);
		assert_ok!(Forestry::attest_parcel(RuntimeOrigin::signed(WITNESS), 0));
		assert_eq!(last_event(), Event::ParcelAttested { parcel: 0, witness: WITNESS });
		assert_eq!(Parcels::<Test>::get(0).unwrap().attested_by, Some(WITNESS));
		assert_noop!(
			Forestry::attest_parcel(RuntimeOrigin::signed(WITNESS), 0),
			Error::<Test>::AlreadyAttested
		);
	});
}

#[test]
fn trees_are_registered_in_batches_by_a_witness() {
	run(|| {
		assert_ok!(Forestry::register_parcel(RuntimeOrigin::signed(OWNER), info(b"CN-3501")));
		let batch = |n: u32| (0..n).map(survey).collect::<Vec<_>>();
		let b = |n: u32| batch_of(0..n);
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, b(3)),
			Error::<Test>::ParcelNotAttested
		);
		assert_ok!(Forestry::attest_parcel(RuntimeOrigin::signed(WITNESS), 0));
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(OWNER), 0, b(3)),
			Error::<Test>::NotWitness
		);
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(FAR_WITNESS), 0, b(3)),
			Error::<Test>::WrongRegion
		);
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 1, b(3)),
			Error::<Test>::UnknownParcel
		);
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, b(0)),
			Error::<Test>::EmptyBatch
		);
		// More than `MaxTreesPerBatch` does not even decode.
		assert!(Batch::try_from(batch(51)).is_err());
		// One bad tree spoils the batch, and nothing of it is written.
		let mut bad = batch(3);
		bad[2].species = 99;
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, bounded(bad)),
			Error::<Test>::UnknownSpecies
		);
		let mut bad = batch(3);
		bad[1].position.lat = 900_000_001;
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, bounded(bad)),
			Error::<Test>::BadCoordinates
		);
		let mut bad = batch(3);
		bad[1].position.lon = -1_800_000_001;
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, bounded(bad)),
			Error::<Test>::BadCoordinates
		);
		for (h, c, t) in
			[(0, 100, None), (15_001, 100, None), (100, 10_001, None), (100, 100, Some(0))]
		{
			let mut bad = batch(1);
			(bad[0].height_cm, bad[0].crown_cm, bad[0].trunk_mm) = (h, c, t);
			assert_noop!(
				Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, bounded(bad)),
				Error::<Test>::BadMeasurement
			);
		}

		assert_ok!(Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, b(50)));
		assert_eq!(
			last_event(),
			Event::TreesRegistered { parcel: 0, first: 0, count: 50, witness: WITNESS }
		);
		let mut second = batch(2);
		second[1].species = OAK;
		assert_ok!(Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, bounded(second)));
		assert_eq!(
			last_event(),
			Event::TreesRegistered { parcel: 0, first: 50, count: 2, witness: WITNESS }
		);
		assert_eq!(Parcels::<Test>::get(0).unwrap().trees, 52);
		let t = Trees::<Test>::get(0, 51).unwrap();
		assert_eq!((t.survey.species, t.witness, t.registered_at, t.records), (OAK, WITNESS, 1, 0));
		assert_eq!(Trees::<Test>::get(0, 49).unwrap().survey, survey(49));
		assert!(Trees::<Test>::get(0, 52).is_none());
	});
}

#[test]
fn smart_codes_name_one_tree_and_catch_typos() {
	use smart_code::{decode, encode};
	for (parcel, index) in [(0, 0), (1, 74), (31, 32), (1_000_000, 9_999), (u32::MAX, u32::MAX)] {
		let id = TreeId { parcel, index };
		let code = encode(id);
		assert!(code.len() <= 16);
		assert!(code.iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || *c == b'-'));
		assert_eq!(decode(&code), Some(id), "{}", core::str::from_utf8(&code).unwrap());
		assert_eq!(decode(&code.to_ascii_lowercase()), Some(id));
		// Every single-symbol change is caught.
		for pos in (0..code.len()).filter(|p| code[*p] != b'-') {
			for c in b"0123456789ABCDEFGHJKMNPQRSTVWXYZ" {
				if *c != code[pos] {
					let mut typo = code.to_vec();
					typo[pos] = *c;
					assert_ne!(decode(&typo), Some(id));
				}
			}
		}
	}
	assert_eq!(&encode(TreeId { parcel: 1, index: 74 })[..], b"1-2A8");
	// Look-alikes read as digits; junk and non-canonical spellings name nothing.
	assert_eq!(decode(b"1-2a8"), Some(TreeId { parcel: 1, index: 74 }));
	assert_eq!(decode(b"I-2A8"), Some(TreeId { parcel: 1, index: 74 }));
	assert_eq!(decode(b"01-2A7"), None);
	assert_eq!(decode(b"12A7"), None);
	assert_eq!(decode(b"1-"), None);
	assert_eq!(decode(b"1-2U7"), None);
	assert_eq!(decode(b""), None);
}

#[test]
fn history_is_appended_never_overwritten() {
	run(|| {
		let p = parcel_with_trees(3);
		let t = tree(p, 1);
		let original = Trees::<Test>::get(p, 1).unwrap().survey;
		System::set_block_number(5);
		assert_ok!(Forestry::record_measurement(
			RuntimeOrigin::signed(WITNESS),
			t,
			1_350,
			480,
			Some(330)
		));
		let measured = TreeRecord {
			event: TreeEvent::Measured { height_cm: 1_350, crown_cm: 480, trunk_mm: Some(330) },
			by: WITNESS,
			at: 5,
			deposit: 0,
		};
		assert_eq!(last_event(), Event::TreeRecorded { tree: t, seq: 0, record: measured.clone() });
		assert_ok!(Forestry::record_damage(
			RuntimeOrigin::signed(WITNESS),
			t,
			DamageCause::Storm,
			20
		));
		assert_ok!(Forestry::attach_tree_document(
			RuntimeOrigin::signed(OWNER),
			t,
			DocumentKind::SurveyReport,
			cid(CID_V1)
		));

		let view = Forestry::tree_view(t).unwrap();
		assert_eq!(view.tree.survey, original, "the registration survey is never edited");
		assert_eq!(view.owner, OWNER);
		assert_eq!(&view.code[..], &smart_code::encode(t)[..]);
		assert_eq!(view.history.len(), 3);
		assert_eq!(view.history[0], measured);
		assert_eq!(
			view.history[1].event,
			TreeEvent::Damaged { cause: DamageCause::Storm, severity: 20 }
		);
		assert_eq!(view.history[2].by, OWNER);
		// The neighbours are untouched.
		assert_eq!(Forestry::tree_view(tree(p, 0)).unwrap().history.len(), 0);
	});
}

#[test]
fn records_are_checked() {
	run(|| {
		let p = parcel_with_trees(2);
		let t = tree(p, 0);
		assert_noop!(
			Forestry::record_measurement(RuntimeOrigin::signed(OWNER), t, 1_000, 100, None),
			Error::<Test>::NotWitness
		);
		assert_noop!(
			Forestry::record_measurement(RuntimeOrigin::signed(FAR_WITNESS), t, 1_000, 100, None),
			Error::<Test>::WrongRegion
		);
		assert_noop!(
			Forestry::record_measurement(
				RuntimeOrigin::signed(WITNESS),
				tree(p, 2),
				1_000,
				100,
				None
			),
			Error::<Test>::UnknownTree
		);
		assert_noop!(
			Forestry::record_measurement(
				RuntimeOrigin::signed(WITNESS),
				tree(7, 0),
				1_000,
				100,
				None
			),
			Error::<Test>::UnknownParcel
		);
		assert_noop!(
			Forestry::record_measurement(RuntimeOrigin::signed(WITNESS), t, 0, 100, None),
			Error::<Test>::BadMeasurement
		);
		assert_noop!(
			Forestry::record_damage(RuntimeOrigin::signed(WITNESS), t, DamageCause::Fire, 101),
			Error::<Test>::BadMeasurement
		);
		assert_noop!(
			Forestry::attach_tree_document(
				RuntimeOrigin::signed(BUYER),
				t,
				DocumentKind::Voucher,
				cid(CID_V0)
			),
			Error::<Test>::NotAllowed
		);
		assert_noop!(
			Forestry::attach_tree_document(
				RuntimeOrigin::signed(OWNER),
				t,
				DocumentKind::Voucher,
				cid(b"Qm")
			),
			Error::<Test>::BadCid
		);
		// The history is bounded (6 in the mock, of which 2 are kept for trades).
		for _ in 0..MAX_RECORDS - RESERVED {
			assert_ok!(Forestry::record_damage(
				RuntimeOrigin::signed(WITNESS),
				t,
				DamageCause::Pest,
				1
			));
		}
		assert_noop!(
			Forestry::record_damage(RuntimeOrigin::signed(WITNESS), t, DamageCause::Pest, 1),
			Error::<Test>::HistoryFull
		);
	});
}

#[test]
fn felling_ends_measurements_but_logs_still_move_and_sell() {
	run(|| {
		let p = parcel_with_trees(1);
		let t = tree(p, 0);
		assert_noop!(
			Forestry::record_felling(RuntimeOrigin::signed(OWNER), t),
			Error::<Test>::NotWitness
		);
		assert_ok!(Forestry::record_felling(RuntimeOrigin::signed(WITNESS), t));
		assert_eq!(Trees::<Test>::get(p, 0).unwrap().status, TreeStatus::Felled);
		assert_noop!(
			Forestry::record_felling(RuntimeOrigin::signed(WITNESS), t),
			Error::<Test>::TreeFelled
		);
		assert_noop!(
			Forestry::record_measurement(RuntimeOrigin::signed(WITNESS), t, 1_000, 100, None),
			Error::<Test>::TreeFelled
		);
		// The logs are still handed over, sold and documented.
		assert_ok!(Forestry::hand_over(RuntimeOrigin::signed(OWNER), t, LOGISTICS));
		assert_ok!(Forestry::transfer_tree(RuntimeOrigin::signed(OWNER), t, BUYER));
		assert_ok!(doc(BUYER, t));
		assert_eq!(Forestry::tree_view(t).unwrap().owner, BUYER);
	});
}

#[test]
fn custody_and_sale_are_recorded() {
	run(|| {
		let p = parcel_with_trees(2);
		let t = tree(p, 0);
		assert_noop!(
			Forestry::hand_over(RuntimeOrigin::signed(BUYER), t, LOGISTICS),
			Error::<Test>::NotTreeOwner
		);
		assert_noop!(
			Forestry::hand_over(RuntimeOrigin::signed(OWNER), t, OWNER),
			Error::<Test>::SelfTransfer
		);
		assert_ok!(Forestry::hand_over(RuntimeOrigin::signed(OWNER), t, LOGISTICS));
		assert_eq!(Trees::<Test>::get(p, 0).unwrap().custodian, Some(LOGISTICS));
		// The custodian passes it on, then back to the owner, which ends custody.
		assert_ok!(Forestry::hand_over(RuntimeOrigin::signed(LOGISTICS), t, 21));
		assert_noop!(
			Forestry::hand_over(RuntimeOrigin::signed(LOGISTICS), t, OWNER),
			Error::<Test>::NotTreeOwner
		);
		assert_ok!(Forestry::hand_over(RuntimeOrigin::signed(21), t, OWNER));
		assert_eq!(Trees::<Test>::get(p, 0).unwrap().custodian, None);

		assert_noop!(
			Forestry::transfer_tree(RuntimeOrigin::signed(BUYER), t, 3),
			Error::<Test>::NotTreeOwner
		);
		assert_noop!(
			Forestry::transfer_tree(RuntimeOrigin::signed(OWNER), t, OWNER),
			Error::<Test>::SelfTransfer
		);
		assert_ok!(Forestry::transfer_tree(RuntimeOrigin::signed(OWNER), t, BUYER));
		assert_noop!(
			Forestry::transfer_tree(RuntimeOrigin::signed(OWNER), t, 3),
			Error::<Test>::NotTreeOwner
		);
		let view = Forestry::tree_view(t).unwrap();
		assert_eq!(view.owner, BUYER);
		let events: Vec<_> = view.history.iter().map(|r| (r.event.clone(), r.by)).collect();
		assert_eq!(
			events,
			vec![
				(TreeEvent::HandedOver { to: LOGISTICS }, OWNER),
				(TreeEvent::HandedOver { to: 21 }, LOGISTICS),
				(TreeEvent::HandedOver { to: OWNER }, 21),
				(TreeEvent::OwnerChanged { from: OWNER, to: BUYER }, OWNER),
			]
		);
		// A sold tree stays the buyer's when the parcel changes hands.
		assert_ok!(Forestry::transfer_parcel(RuntimeOrigin::signed(OWNER), p, 3));
		assert_eq!(Forestry::tree_view(t).unwrap().owner, BUYER);
		assert_eq!(Forestry::tree_view(tree(p, 1)).unwrap().owner, 3);
	});
}

#[test]
fn parcels_change_hands_and_are_leased() {
	run(|| {
		let p = parcel_with_trees(0);
		assert_noop!(
			Forestry::transfer_parcel(RuntimeOrigin::signed(BUYER), p, 3),
			Error::<Test>::NotParcelOwner
		);
		assert_noop!(
			Forestry::transfer_parcel(RuntimeOrigin::signed(OWNER), 5, 3),
			Error::<Test>::UnknownParcel
		);
		assert_noop!(
			Forestry::transfer_parcel(RuntimeOrigin::signed(OWNER), p, OWNER),
			Error::<Test>::SelfTransfer
		);
		assert_noop!(
			Forestry::lease_parcel(RuntimeOrigin::signed(OWNER), p, BUYER, 1),
			Error::<Test>::BadLeaseTerm
		);
		assert_noop!(
			Forestry::lease_parcel(RuntimeOrigin::signed(BUYER), p, 3, 10),
			Error::<Test>::NotParcelOwner
		);
		assert_noop!(
			Forestry::lease_parcel(RuntimeOrigin::signed(OWNER), p, OWNER, 10),
			Error::<Test>::SelfTransfer
		);
		assert_noop!(Forestry::end_lease(RuntimeOrigin::signed(OWNER), p), Error::<Test>::NoLease);
		assert_ok!(Forestry::lease_parcel(RuntimeOrigin::signed(OWNER), p, BUYER, 10));
		assert_eq!(last_event(), Event::ParcelLeased { parcel: p, lessee: BUYER, until: 10 });
		assert_noop!(
			Forestry::lease_parcel(RuntimeOrigin::signed(OWNER), p, 3, 20),
			Error::<Test>::LeaseActive
		);
		assert_noop!(
			Forestry::end_lease(RuntimeOrigin::signed(OWNER), p),
			Error::<Test>::LeaseActive
		);
		assert_noop!(
			Forestry::end_lease(RuntimeOrigin::signed(3), p),
			Error::<Test>::NotParcelOwner
		);
		// The lessee may attach documents; strangers may not.
		assert_ok!(Forestry::attach_parcel_document(
			RuntimeOrigin::signed(BUYER),
			p,
			DocumentKind::SurveyReport,
			cid(CID_V1)
		));
		assert_noop!(
			Forestry::attach_parcel_document(
				RuntimeOrigin::signed(3),
				p,
				DocumentKind::Other,
				cid(CID_V1)
			),
			Error::<Test>::NotAllowed
		);
		// The land changes hands with the lease running.
		assert_ok!(Forestry::transfer_parcel(RuntimeOrigin::signed(OWNER), p, 3));
		assert_eq!(last_event(), Event::ParcelTransferred { parcel: p, from: OWNER, to: 3 });
		let parcel = Parcels::<Test>::get(p).unwrap();
		assert_eq!((parcel.owner, parcel.lease.unwrap().lessee), (3, BUYER));
		// Once the term is over the new owner ends it.
		System::set_block_number(10);
		assert_ok!(Forestry::end_lease(RuntimeOrigin::signed(3), p));
		assert_eq!(last_event(), Event::LeaseEnded { parcel: p, lessee: BUYER });
		assert!(Parcels::<Test>::get(p).unwrap().lease.is_none());
		// A lessee may give up early.
		assert_ok!(Forestry::lease_parcel(RuntimeOrigin::signed(3), p, BUYER, 50));
		assert_ok!(Forestry::end_lease(RuntimeOrigin::signed(BUYER), p));
	});
}

#[test]
fn parcel_documents_are_bounded_and_checked() {
	run(|| {
		let p = parcel_with_trees(0);
		assert_noop!(
			Forestry::attach_parcel_document(
				RuntimeOrigin::signed(OWNER),
				p,
				DocumentKind::Certificate,
				cid(b"bafy")
			),
			Error::<Test>::BadCid
		);
		assert_noop!(
			Forestry::attach_parcel_document(
				RuntimeOrigin::signed(OWNER),
				4,
				DocumentKind::Certificate,
				cid(CID_V0)
			),
			Error::<Test>::UnknownParcel
		);
		assert_ok!(Forestry::attach_parcel_document(
			RuntimeOrigin::signed(OWNER),
			p,
			DocumentKind::Certificate,
			cid(CID_V0)
		));
		// A witness of another region may not (finding 4); one of the parcel's region may.
		assert_noop!(
			Forestry::attach_parcel_document(
				RuntimeOrigin::signed(FAR_WITNESS),
				p,
				DocumentKind::SurveyReport,
				cid(CID_V1)
			),
			Error::<Test>::WrongRegion
		);
		assert_ok!(Forestry::attach_parcel_document(
			RuntimeOrigin::signed(WITNESS),
			p,
			DocumentKind::SurveyReport,
			cid(CID_V1)
		));
		assert_eq!(
			last_event(),
			Event::DocumentAttached {
				parcel: p,
				seq: 1,
				kind: DocumentKind::SurveyReport,
				cid: cid(CID_V1)
			}
		);
		assert_eq!(ParcelDocuments::<Test>::get(p, 0).unwrap().by, OWNER);
		assert_noop!(
			Forestry::attach_parcel_document(
				RuntimeOrigin::signed(OWNER),
				p,
				DocumentKind::Voucher,
				cid(CID_V0)
			),
			Error::<Test>::TooManyDocuments
		);
	});
}

#[test]
fn locked_parcels_and_trees_are_frozen() {
	run(|| {
		let p = parcel_with_trees(4);
		// Not the owner, not attested, unknown.
		assert_noop!(
			<Forestry as TreeAssetLock<_>>::lock(&BUYER, p, &[], LockId::Token(1)),
			Error::<Test>::NotParcelOwner
		);
		assert_ok!(Forestry::register_parcel(RuntimeOrigin::signed(OWNER), info(b"CN-35")));
		assert_noop!(
			<Forestry as TreeAssetLock<_>>::lock(&OWNER, 1, &[], LockId::Token(1)),
			Error::<Test>::ParcelNotAttested
		);
		assert_noop!(
			<Forestry as TreeAssetLock<_>>::lock(&OWNER, 9, &[], LockId::Token(1)),
			Error::<Test>::UnknownParcel
		);

		// Two trees back token 7; listing a tree twice or an unknown tree fails as a whole.
		assert_noop!(
			<Forestry as TreeAssetLock<_>>::lock(&OWNER, p, &[0, 0], LockId::Token(7)),
			Error::<Test>::AlreadyLocked
		);
		assert_noop!(
			<Forestry as TreeAssetLock<_>>::lock(&OWNER, p, &[0, 4], LockId::Token(7)),
			Error::<Test>::UnknownTree
		);
		assert_ok!(<Forestry as TreeAssetLock<_>>::lock(&OWNER, p, &[0, 1], LockId::Token(7)));
		assert_eq!(last_event(), Event::Locked { parcel: p, trees: 2, by: LockId::Token(7) });
		let t = tree(p, 0);
		assert_noop!(
			Forestry::record_felling(RuntimeOrigin::signed(WITNESS), t),
			Error::<Test>::TreeLocked
		);
		assert_noop!(
			Forestry::transfer_tree(RuntimeOrigin::signed(OWNER), t, BUYER),
			Error::<Test>::TreeLocked
		);
		assert_noop!(
			Forestry::hand_over(RuntimeOrigin::signed(OWNER), t, LOGISTICS),
			Error::<Test>::TreeLocked
		);
		assert_noop!(
			Forestry::record_measurement(RuntimeOrigin::signed(WITNESS), t, 1_000, 100, None),
			Error::<Test>::TreeLocked
		);
		assert_noop!(
			Forestry::transfer_parcel(RuntimeOrigin::signed(OWNER), p, BUYER),
			Error::<Test>::ParcelLocked
		);
		// No second token on the same trees, nor on the whole parcel.
		assert_noop!(
			<Forestry as TreeAssetLock<_>>::lock(&OWNER, p, &[1, 2], LockId::Token(8)),
			Error::<Test>::AlreadyLocked
		);
		assert_noop!(
			<Forestry as TreeAssetLock<_>>::lock(&OWNER, p, &[], LockId::Token(8)),
			Error::<Test>::AlreadyLocked
		);
		// Documents may still be attached; other trees still move.
		assert_ok!(Forestry::attach_tree_document(
			RuntimeOrigin::signed(WITNESS),
			t,
			DocumentKind::Other,
			cid(CID_V0)
		));
		assert_ok!(Forestry::record_felling(RuntimeOrigin::signed(WITNESS), tree(p, 3)));
		assert_noop!(
			<Forestry as TreeAssetLock<_>>::lock(&OWNER, p, &[3], LockId::Token(8)),
			Error::<Test>::TreeFelled
		);
		// Only the locking token unlocks.
		assert_noop!(
			<Forestry as TreeAssetLock<_>>::unlock(p, &[0, 1], LockId::Token(8)),
			Error::<Test>::NotLockedByToken
		);
		assert_ok!(<Forestry as TreeAssetLock<_>>::unlock(p, &[0, 1], LockId::Token(7)));
		assert_eq!(Parcels::<Test>::get(p).unwrap().locked_trees, 0);
		assert_ok!(Forestry::transfer_tree(RuntimeOrigin::signed(OWNER), t, BUYER));
		// A tree sold on its own can no longer be locked by the parcel owner.
		assert_noop!(
			<Forestry as TreeAssetLock<_>>::lock(&OWNER, p, &[0], LockId::Token(9)),
			Error::<Test>::NotTreeOwner
		);

		// The whole parcel: every tree, also ones registered later.
		assert_ok!(<Forestry as TreeAssetLock<_>>::lock(&OWNER, p, &[], LockId::Token(9)));
		assert_ok!(Forestry::register_trees(RuntimeOrigin::signed(WITNESS), p, batch_of([9])));
		assert_noop!(
			Forestry::record_felling(RuntimeOrigin::signed(WITNESS), tree(p, 4)),
			Error::<Test>::TreeLocked
		);
		assert_eq!(Forestry::tree_view(tree(p, 4)).unwrap().locked_by, Some(LockId::Token(9)));
		assert_noop!(
			<Forestry as TreeAssetLock<_>>::lock(&OWNER, p, &[2], LockId::Token(10)),
			Error::<Test>::AlreadyLocked
		);
		assert_noop!(
			<Forestry as TreeAssetLock<_>>::unlock(p, &[], LockId::Token(10)),
			Error::<Test>::NotLockedByToken
		);
		assert_ok!(<Forestry as TreeAssetLock<_>>::unlock(p, &[], LockId::Token(9)));
		assert_eq!(last_event(), Event::Unlocked { parcel: p, trees: 0, by: LockId::Token(9) });
		assert_ok!(Forestry::record_felling(RuntimeOrigin::signed(WITNESS), tree(p, 4)));
		assert_eq!(<Forestry as TreeAssetLock<_>>::parcel_owner(p), Some(OWNER));
		assert_eq!(<Forestry as TreeAssetLock<_>>::parcel_owner(99), None);
	});
}

#[test]
fn parcel_trees_are_listed_in_pages() {
	run(|| {
		let p = parcel_with_trees(50);
		assert_ok!(Forestry::register_trees(RuntimeOrigin::signed(WITNESS), p, batch_of(50..70)));
		let page = Forestry::parcel_trees(p, 0, 30);
		assert_eq!(page.len(), 30);
		assert_eq!(page[29].0, tree(p, 29));
		assert_eq!(smart_code::decode(&page[29].1), Some(tree(p, 29)));
		let last = Forestry::parcel_trees(p, 60, 30);
		assert_eq!(
			last.iter().map(|(id, _, _)| id.index).collect::<Vec<_>>(),
			(60..70).collect::<Vec<_>>()
		);
		assert_eq!(last[9].2.survey, survey(69));
		assert!(Forestry::parcel_trees(p, 70, 30).is_empty());
		assert!(Forestry::parcel_trees(42, 0, 30).is_empty());
		assert_eq!(Forestry::parcel_trees(p, 0, u32::MAX).len(), 70);
	});
}

#[test]
fn genesis_and_hooks_are_quiet() {
	run(|| {
		assert_eq!(Witnesses::<Test>::get(WITNESS).unwrap().region.to_vec(), b"CN-35".to_vec());
		assert_eq!(Species::<Test>::iter().count(), 2);
		assert_eq!(Forestry::on_initialize(2), frame_support::weights::Weight::zero());
	});
}

#[test]
fn the_species_list_is_bounded_and_sorted() {
	run(|| {
		assert_eq!(SpeciesIds::<Test>::get().to_vec(), vec![PINE, OAK]);
		let name = SpeciesName::try_from(b"Larix".to_vec()).unwrap();
		for id in (3..1_024).rev() {
			assert_ok!(Forestry::add_species(RuntimeOrigin::root(), id, name.clone()));
		}
		assert_eq!(SpeciesIds::<Test>::get().to_vec(), (1..1_024).collect::<Vec<_>>());
		assert_ok!(Forestry::add_species(RuntimeOrigin::root(), 0, name.clone()));
		assert_noop!(
			Forestry::add_species(RuntimeOrigin::root(), 5_000, name),
			Error::<Test>::TooManySpecies
		);
		assert_ok!(Forestry::remove_species(RuntimeOrigin::root(), 500));
		assert!(SpeciesIds::<Test>::get().binary_search(&500).is_err());
		// Trees of a removed species are refused; the others still go in.
		let p = parcel_with_trees(0);
		let mut tree = survey(0);
		tree.species = 500;
		assert_noop!(
			Forestry::register_trees(
				RuntimeOrigin::signed(WITNESS),
				p,
				bounded(vec![tree.clone()])
			),
			Error::<Test>::UnknownSpecies
		);
		tree.species = 501;
		assert_ok!(Forestry::register_trees(
			RuntimeOrigin::signed(WITNESS),
			p,
			bounded(vec![tree])
		));
	});
}

#[test]
fn trees_and_parcels_are_frozen_while_traded_and_change_hands_on_delivery() {
	run(|| {
		let p = parcel_with_trees(3);
		let t = tree(p, 1);
		let item = TradeItem::Tree { parcel: p, index: 1 };
		type Items = Forestry;
		assert_noop!(
			<Items as TradeItems<_>>::ensure_sellable(&BUYER, &item),
			Error::<Test>::NotTreeOwner
		);
		assert_noop!(
			<Items as TradeItems<_>>::ensure_sellable(
				&OWNER,
				&TradeItem::Tree { parcel: p, index: 9 }
			),
			Error::<Test>::UnknownTree
		);
		assert_noop!(
			<Items as TradeItems<_>>::ensure_sellable(
				&OWNER,
				&TradeItem::Service { terms: [0; 32] }
			),
			Error::<Test>::NotARegistryItem
		);
		assert_ok!(<Items as TradeItems<_>>::freeze(&OWNER, &item, 5));
		assert_eq!(Trees::<Test>::get(p, 1).unwrap().locked_by, Some(LockId::Trade(5)));
		// Frozen: no second sale, no felling, no parcel transfer.
		assert_noop!(<Items as TradeItems<_>>::freeze(&OWNER, &item, 6), Error::<Test>::TreeLocked);
		assert_noop!(
			Forestry::record_felling(RuntimeOrigin::signed(WITNESS), t),
			Error::<Test>::TreeLocked
		);
		assert_noop!(
			<Items as TradeItems<_>>::ensure_sellable(&OWNER, &TradeItem::Parcel(p)),
			Error::<Test>::ParcelLocked
		);
		assert_ok!(<Items as TradeItems<_>>::deliver(&OWNER, &BUYER, &item, 5));
		let view = Forestry::tree_view(t).unwrap();
		assert_eq!((view.owner, view.locked_by), (BUYER, None));
		assert_eq!(
			view.history.last().unwrap().event,
			TreeEvent::OwnerChanged { from: OWNER, to: BUYER }
		);

		// The buyer resells the tree (felled logs too); a lapsed trade releases it.
		assert_ok!(Forestry::record_felling(RuntimeOrigin::signed(WITNESS), t));
		assert_ok!(<Items as TradeItems<_>>::freeze(&BUYER, &item, 7));
		assert_ok!(<Items as TradeItems<_>>::release(&BUYER, &item, 7));
		assert_eq!(Forestry::tree_view(t).unwrap().locked_by, None);
		assert_noop!(
			<Items as TradeItems<_>>::release(&BUYER, &item, 7),
			Error::<Test>::NotLockedByToken
		);

		// A whole parcel.
		let land = TradeItem::Parcel(p);
		assert_noop!(
			<Items as TradeItems<_>>::freeze(&BUYER, &land, 8),
			Error::<Test>::NotParcelOwner
		);
		assert_ok!(<Items as TradeItems<_>>::freeze(&OWNER, &land, 8));
		assert_noop!(
			Forestry::transfer_parcel(RuntimeOrigin::signed(OWNER), p, 3),
			Error::<Test>::ParcelLocked
		);
		assert_ok!(<Items as TradeItems<_>>::deliver(&OWNER, &3, &land, 8));
		assert_eq!(last_event(), Event::ParcelTransferred { parcel: p, from: OWNER, to: 3 });
		assert_eq!(Parcels::<Test>::get(p).unwrap().owner, 3);
		// The tree sold earlier stays the buyer's.
		assert_eq!(Forestry::tree_view(t).unwrap().owner, BUYER);
	});
}

#[test]
fn a_parcel_cannot_overflow_its_tree_index() {
	run(|| {
		let p = parcel_with_trees(0);
		Parcels::<Test>::mutate(p, |parcel| parcel.as_mut().unwrap().trees = u32::MAX - 1);
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), p, batch_of([0, 1])),
			ArithmeticError::Overflow
		);
		assert_ok!(Forestry::register_trees(RuntimeOrigin::signed(WITNESS), p, batch_of([0])));
		assert!(Trees::<Test>::contains_key(p, u32::MAX - 1));
	});
}

type Lock = Forestry;

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Forestry::deposit_held(reason, &who)
}

fn doc(who: AccountId, t: TreeId) -> DispatchResult {
	Forestry::attach_tree_document(RuntimeOrigin::signed(who), t, DocumentKind::Other, cid(CID_V0))
}

/// Finding 1: a whole-parcel lock binds only the trees that belong to the parcel (and, for a
/// token, only standing ones); `locked_trees` counts only the parcel's own trees.
#[test]
fn a_parcel_lock_binds_only_the_parcels_own_free_trees() {
	run(|| {
		let p = parcel_with_trees(4);
		// Tree 0 is sold on its own; tree 2 is felled.
		assert_ok!(Forestry::transfer_tree(RuntimeOrigin::signed(OWNER), tree(p, 0), BUYER));
		assert_ok!(Forestry::record_felling(RuntimeOrigin::signed(WITNESS), tree(p, 2)));
		// The buyer puts its tree in a trade: the parcel owner is not blocked by it.
		let sold = TradeItem::Tree { parcel: p, index: 0 };
		assert_ok!(<Forestry as TradeItems<_>>::freeze(&BUYER, &sold, 1));
		assert_eq!(Parcels::<Test>::get(p).unwrap().locked_trees, 0);
		assert_ok!(<Forestry as TradeItems<_>>::ensure_sellable(&OWNER, &TradeItem::Parcel(p)));
		assert_ok!(<Lock as TreeAssetLock<_>>::lock(&OWNER, p, &[], LockId::Token(7)));
		assert_ok!(<Forestry as TradeItems<_>>::release(&BUYER, &sold, 1));
		// The token covers the parcel's standing trees, not the buyer's, not the felled logs.
		assert_eq!(Forestry::tree_view(tree(p, 1)).unwrap().locked_by, Some(LockId::Token(7)));
		assert_eq!(Forestry::tree_view(tree(p, 0)).unwrap().locked_by, None);
		assert_eq!(Forestry::tree_view(tree(p, 2)).unwrap().locked_by, None);
		assert_noop!(
			Forestry::hand_over(RuntimeOrigin::signed(OWNER), tree(p, 1), LOGISTICS),
			Error::<Test>::TreeLocked
		);
		// The buyer still moves, sells and tokenises its tree.
		assert_ok!(Forestry::hand_over(RuntimeOrigin::signed(BUYER), tree(p, 0), LOGISTICS));
		assert_ok!(<Forestry as TradeItems<_>>::ensure_sellable(&BUYER, &sold));
		assert_ok!(<Lock as TreeAssetLock<_>>::lock(&BUYER, p, &[0], LockId::Token(8)));
		assert_eq!(Forestry::tree_view(tree(p, 0)).unwrap().locked_by, Some(LockId::Token(8)));
		assert_eq!(Parcels::<Test>::get(p).unwrap().locked_trees, 0);
		// The felled logs are traded on their own while the token holds the standing trees.
		let logs = TradeItem::Tree { parcel: p, index: 2 };
		assert_ok!(Forestry::hand_over(RuntimeOrigin::signed(OWNER), tree(p, 2), LOGISTICS));
		assert_ok!(<Forestry as TradeItems<_>>::freeze(&OWNER, &logs, 2));
		assert_eq!(Parcels::<Test>::get(p).unwrap().locked_trees, 1);
		assert_ok!(<Forestry as TradeItems<_>>::deliver(&OWNER, &3, &logs, 2));
		assert_eq!(Parcels::<Test>::get(p).unwrap().locked_trees, 0);
		assert_ok!(<Lock as TreeAssetLock<_>>::unlock(p, &[], LockId::Token(7)));
		assert_ok!(<Lock as TreeAssetLock<_>>::unlock(p, &[0], LockId::Token(8)));
		// A trade of the whole parcel covers its felled logs too.
		assert_ok!(Forestry::record_felling(RuntimeOrigin::signed(WITNESS), tree(p, 3)));
		assert_ok!(<Forestry as TradeItems<_>>::freeze(&OWNER, &TradeItem::Parcel(p), 3));
		assert_eq!(Forestry::tree_view(tree(p, 3)).unwrap().locked_by, Some(LockId::Trade(3)));
		assert_noop!(
			Forestry::hand_over(RuntimeOrigin::signed(OWNER), tree(p, 3), LOGISTICS),
			Error::<Test>::TreeLocked
		);
		assert_noop!(
			<Lock as TreeAssetLock<_>>::lock(&OWNER, p, &[3], LockId::Trade(4)),
			Error::<Test>::AlreadyLocked
		);
	});
}

/// Finding 2: a parcel frozen by a trade or backing a token is not leased, nor documented by
/// its owner or lessee; a witness of its region still documents it.
#[test]
fn a_locked_parcel_is_not_leased_nor_documented_by_its_parties() {
	run(|| {
		let p = parcel_with_trees(1);
		assert_ok!(Forestry::lease_parcel(RuntimeOrigin::signed(OWNER), p, BUYER, 10));
		// A leased parcel cannot be sold (the buyer did not agree to the lease), but it can be
		// tokenised by its owner.
		assert_ok!(<Forestry as TreeAssetLock<_>>::lock(&OWNER, p, &[], LockId::Token(1)));
		for who in [OWNER, BUYER] {
			assert_noop!(
				Forestry::attach_parcel_document(
					RuntimeOrigin::signed(who),
					p,
					DocumentKind::Other,
					cid(CID_V0)
				),
				Error::<Test>::ParcelLocked
			);
		}
		assert_ok!(Forestry::attach_parcel_document(
			RuntimeOrigin::signed(WITNESS),
			p,
			DocumentKind::SurveyReport,
			cid(CID_V0)
		));
		// The lessee may still give up; the owner may not lease again.
		assert_ok!(Forestry::end_lease(RuntimeOrigin::signed(BUYER), p));
		assert_noop!(
			Forestry::lease_parcel(RuntimeOrigin::signed(OWNER), p, 3, 10),
			Error::<Test>::ParcelLocked
		);
		// Now unleased, a trade may freeze it (after the token is gone) and no lease slips in.
		assert_ok!(<Lock as TreeAssetLock<_>>::unlock(p, &[], LockId::Token(1)));
		assert_ok!(<Forestry as TradeItems<_>>::freeze(&OWNER, &TradeItem::Parcel(p), 1));
		assert_noop!(
			Forestry::lease_parcel(RuntimeOrigin::signed(OWNER), p, 3, 10),
			Error::<Test>::ParcelLocked
		);
		assert_ok!(<Forestry as TradeItems<_>>::release(&OWNER, &TradeItem::Parcel(p), 1));
		assert_ok!(<Lock as TreeAssetLock<_>>::lock(&OWNER, p, &[], LockId::Token(1)));
		assert_noop!(
			Forestry::transfer_parcel(RuntimeOrigin::signed(OWNER), p, 3),
			Error::<Test>::ParcelLocked
		);
		assert_ok!(<Lock as TreeAssetLock<_>>::unlock(p, &[], LockId::Token(1)));
		assert_ok!(Forestry::lease_parcel(RuntimeOrigin::signed(OWNER), p, 3, 10));
	});
}

/// Finding 3: the owner cannot document a locked tree, and nobody can fill the history slots
/// kept for trade hand-overs, so a frozen sale always completes.
#[test]
fn a_full_history_still_takes_the_trade_hand_over() {
	run(|| {
		let p = parcel_with_trees(1);
		let t = tree(p, 0);
		let item = TradeItem::Tree { parcel: p, index: 0 };
		assert_ok!(<Forestry as TradeItems<_>>::freeze(&OWNER, &item, 1));
		assert_noop!(doc(OWNER, t), Error::<Test>::TreeLocked);
		for _ in 0..MAX_RECORDS - RESERVED {
			assert_ok!(doc(WITNESS, t));
		}
		assert_noop!(doc(WITNESS, t), Error::<Test>::HistoryFull);
		assert_ok!(<Forestry as TradeItems<_>>::deliver(&OWNER, &BUYER, &item, 1));
		let view = Forestry::tree_view(t).unwrap();
		assert_eq!(view.owner, BUYER);
		assert_eq!(view.history.len() as u32, MAX_RECORDS - RESERVED + 1);
		// Ordinary records stay refused; the buyer can still resell through escrow.
		assert_noop!(
			Forestry::transfer_tree(RuntimeOrigin::signed(BUYER), t, 3),
			Error::<Test>::HistoryFull
		);
		assert_ok!(<Forestry as TradeItems<_>>::freeze(&BUYER, &item, 2));
		assert_ok!(<Forestry as TradeItems<_>>::deliver(&BUYER, &3, &item, 2));
		assert_eq!(Trees::<Test>::get(p, 0).unwrap().records, MAX_RECORDS);
	});
}

/// Finding 4: a witness documents only parcels and trees of its own region.
#[test]
fn witnesses_document_only_their_region() {
	run(|| {
		let p = parcel_with_trees(1);
		assert_noop!(doc(FAR_WITNESS, tree(p, 0)), Error::<Test>::WrongRegion);
		assert_noop!(
			Forestry::attach_parcel_document(
				RuntimeOrigin::signed(FAR_WITNESS),
				p,
				DocumentKind::Other,
				cid(CID_V0)
			),
			Error::<Test>::WrongRegion
		);
		assert_noop!(doc(BUYER, tree(p, 0)), Error::<Test>::NotAllowed);
		assert_ok!(doc(WITNESS, tree(p, 0)));
	});
}

/// Finding 5: whoever makes the chain store bytes holds a deposit; a mistaken parcel can be
/// removed, which releases its deposit.
#[test]
fn storage_is_paid_for_by_its_author() {
	run(|| {
		let parcel_deposit = PARCEL_DEPOSIT + PER_BYTE * info(b"CN-3501").encoded_size() as u64;
		let p = parcel_with_trees(3);
		assert_eq!(held(HoldReason::ParcelDeposit, OWNER), parcel_deposit);
		assert_eq!(
			Parcels::<Test>::get(p).unwrap().deposit,
			Deposit { who: OWNER, amount: parcel_deposit }
		);
		assert_eq!(held(HoldReason::TreeDeposit, WITNESS), 3 * TREE_DEPOSIT);
		// Witness records are free; owner and custodian records cost a record deposit.
		let t = tree(p, 0);
		assert_ok!(Forestry::record_measurement(RuntimeOrigin::signed(WITNESS), t, 900, 1, None));
		assert_ok!(doc(WITNESS, t));
		assert_eq!(held(HoldReason::RecordDeposit, WITNESS), 0);
		assert_ok!(Forestry::hand_over(RuntimeOrigin::signed(OWNER), t, LOGISTICS));
		assert_ok!(Forestry::hand_over(RuntimeOrigin::signed(LOGISTICS), t, OWNER));
		assert_ok!(Forestry::transfer_tree(RuntimeOrigin::signed(OWNER), tree(p, 1), BUYER));
		assert_ok!(doc(BUYER, tree(p, 1)));
		assert_eq!(held(HoldReason::RecordDeposit, OWNER), 2 * RECORD_DEPOSIT);
		assert_eq!(held(HoldReason::RecordDeposit, LOGISTICS), RECORD_DEPOSIT);
		assert_eq!(held(HoldReason::RecordDeposit, BUYER), RECORD_DEPOSIT);
		assert_ok!(Forestry::attach_parcel_document(
			RuntimeOrigin::signed(OWNER),
			p,
			DocumentKind::Certificate,
			cid(CID_V0)
		));
		assert_eq!(held(HoldReason::RecordDeposit, OWNER), 3 * RECORD_DEPOSIT);
		// No funds, no storage.
		assert_noop!(
			Forestry::register_parcel(RuntimeOrigin::signed(PAUPER), info(b"CN-35")),
			TokenError::FundsUnavailable
		);
		assert_noop!(
			Forestry::hand_over(RuntimeOrigin::signed(PAUPER), tree(p, 2), OWNER),
			Error::<Test>::NotTreeOwner
		);
		assert_ok!(Forestry::hand_over(RuntimeOrigin::signed(OWNER), tree(p, 2), PAUPER));
		assert_noop!(
			Forestry::hand_over(RuntimeOrigin::signed(PAUPER), tree(p, 2), 3),
			TokenError::FundsUnavailable
		);

		// Deregistration: the owner, of an unattested parcel without trees or documents.
		assert_noop!(
			Forestry::deregister_parcel(RuntimeOrigin::signed(OWNER), p),
			Error::<Test>::AlreadyAttested
		);
		assert_ok!(Forestry::register_parcel(RuntimeOrigin::signed(OWNER), info(b"CN-35")));
		let q = p + 1;
		assert_eq!(held(HoldReason::ParcelDeposit, OWNER), 2 * parcel_deposit - 2);
		assert_noop!(
			Forestry::deregister_parcel(RuntimeOrigin::signed(BUYER), q),
			Error::<Test>::NotParcelOwner
		);
		assert_noop!(
			Forestry::deregister_parcel(RuntimeOrigin::signed(OWNER), 9),
			Error::<Test>::UnknownParcel
		);
		assert_ok!(Forestry::attach_parcel_document(
			RuntimeOrigin::signed(OWNER),
			q,
			DocumentKind::Certificate,
			cid(CID_V0)
		));
		assert_noop!(
			Forestry::deregister_parcel(RuntimeOrigin::signed(OWNER), q),
			Error::<Test>::ParcelNotEmpty
		);
		assert_ok!(Forestry::register_parcel(RuntimeOrigin::signed(OWNER), info(b"CN-35")));
		let r = q + 1;
		assert_ok!(Forestry::lease_parcel(RuntimeOrigin::signed(OWNER), r, BUYER, 10));
		assert_noop!(
			Forestry::deregister_parcel(RuntimeOrigin::signed(OWNER), r),
			Error::<Test>::LeaseActive
		);
		assert_ok!(Forestry::end_lease(RuntimeOrigin::signed(BUYER), r));
		let before = held(HoldReason::ParcelDeposit, OWNER);
		assert_ok!(Forestry::deregister_parcel(RuntimeOrigin::signed(OWNER), r));
		assert_eq!(last_event(), Event::ParcelDeregistered { parcel: r, owner: OWNER });
		assert!(Parcels::<Test>::get(r).is_none());
		assert_eq!(held(HoldReason::ParcelDeposit, OWNER), before - (parcel_deposit - 2));
	});
}

/// Finding 6: what a person types is clean text, and region codes are `A-Z 0-9 -`.
#[test]
fn typed_text_is_clean() {
	run(|| {
		let licence = |s: &[u8]| Licence::try_from(s.to_vec()).unwrap();
		let region = |s: &[u8]| Region::try_from(s.to_vec()).unwrap();
		for bad in [&b""[..], b" LIC-9", b"LIC\n9", &[0xff, 0x01]] {
			assert_noop!(
				Forestry::appoint_witness(RuntimeOrigin::root(), 5, licence(bad), region(b"CN")),
				Error::<Test>::BadText
			);
		}
		for bad in [&b""[..], b"cn-35", b"CN 35", b"CN_35", "CN–35".as_bytes()] {
			assert_noop!(
				Forestry::appoint_witness(RuntimeOrigin::root(), 5, licence(b"LIC-9"), region(bad)),
				Error::<Test>::BadRegion
			);
			assert_noop!(
				Forestry::register_parcel(RuntimeOrigin::signed(OWNER), info(bad)),
				Error::<Test>::BadRegion
			);
		}
		for bad in [&b""[..], b"Pinus\tmassoniana", b"Pinus "] {
			assert_noop!(
				Forestry::add_species(
					RuntimeOrigin::root(),
					9,
					SpeciesName::try_from(bad.to_vec()).unwrap()
				),
				Error::<Test>::BadText
			);
		}
		assert_ok!(Forestry::add_species(
			RuntimeOrigin::root(),
			9,
			SpeciesName::try_from("杉木 Cunninghamia".as_bytes().to_vec()).unwrap()
		));
		assert_ok!(Forestry::appoint_witness(
			RuntimeOrigin::root(),
			5,
			licence(b"LIC-9"),
			region(b"CN-3501")
		));
	});
}

#[test]
#[should_panic(expected = "species list valid")]
fn genesis_refuses_unclean_species_names() {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_forestry_genesis(vec![(1, b" Pinus".to_vec())], vec![])
		.assimilate_storage(&mut t)
		.unwrap();
}

#[test]
#[should_panic(expected = "witness valid")]
fn genesis_refuses_bad_region_codes() {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_forestry_genesis(vec![], vec![(1, b"LIC".to_vec(), b"cn".to_vec())])
		.assimilate_storage(&mut t)
		.unwrap();
}

fn pallet_forestry_genesis(
	species: Vec<(SpeciesId, Vec<u8>)>,
	witnesses: Vec<(AccountId, Vec<u8>, Vec<u8>)>,
) -> crate::GenesisConfig<Test> {
	crate::GenesisConfig::<Test> { species, witnesses }
}

/// Finding 8: `do_try_state` catches broken bookkeeping.
#[test]
fn try_state_catches_broken_bookkeeping() {
	new_test_ext().execute_with(|| {
		let p = parcel_with_trees(2);
		assert_ok!(doc(OWNER, tree(p, 0)));
		assert_ok!(Forestry::do_try_state());
		let broken = |f: &dyn Fn()| {
			let snapshot = frame_support::storage::with_transaction(|| {
				f();
				let r = Forestry::do_try_state();
				sp_runtime::TransactionOutcome::Rollback(Ok::<_, DispatchError>(r))
			})
			.unwrap();
			assert!(snapshot.is_err());
		};
		broken(&|| Parcels::<Test>::mutate(p, |x| x.as_mut().unwrap().locked_trees = 1));
		broken(&|| {
			Trees::<Test>::mutate(p, 0, |t| t.as_mut().unwrap().locked_by = Some(LockId::Token(1)));
			Parcels::<Test>::mutate(p, |x| {
				let x = x.as_mut().unwrap();
				x.locked_by = Some(LockId::Token(1));
				x.locked_trees = 1;
			});
		});
		broken(&|| Parcels::<Test>::mutate(p, |x| x.as_mut().unwrap().trees = 1));
		broken(&|| TreeHistory::<Test>::remove(tree(p, 0), 0));
		broken(&|| Trees::<Test>::mutate(p, 1, |t| t.as_mut().unwrap().records = 1));
		broken(&|| Parcels::<Test>::mutate(p, |x| x.as_mut().unwrap().documents = 1));
		broken(&|| Trees::<Test>::mutate(p, 1, |t| t.as_mut().unwrap().deposit = 0));
		broken(&|| Parcels::<Test>::mutate(p, |x| x.as_mut().unwrap().deposit.who = BUYER));
		assert_ok!(Forestry::do_try_state());
	});
}

/// Random histories: locks, trades, sales, records and documents in any order keep every
/// invariant after every step.
#[test]
fn random_histories_keep_the_invariants() {
	run(|| {
		let p = parcel_with_trees(4);
		let accounts = [OWNER, BUYER, 3, WITNESS, LOGISTICS];
		let mut seed = 0x2545_f491_4f6c_dd1du64;
		let mut next = |n: u64| {
			seed ^= seed << 13;
			seed ^= seed >> 7;
			seed ^= seed << 17;
			seed % n
		};
		for step in 0..600u64 {
			let who = accounts[next(5) as usize];
			let other = accounts[next(5) as usize];
			let index = next(4) as u32;
			let t = tree(p, index);
			let lock =
				if next(2) == 0 { LockId::Token(next(3) as u32) } else { LockId::Trade(next(3)) };
			let trees: Vec<u32> = if next(3) == 0 { vec![] } else { vec![index] };
			let item = if next(4) == 0 {
				TradeItem::Parcel(p)
			} else {
				TradeItem::Tree { parcel: p, index }
			};
			let contract = next(3);
			let _ = match next(11) {
				0 => <Lock as TreeAssetLock<_>>::lock(&who, p, &trees, lock),
				1 => <Lock as TreeAssetLock<_>>::unlock(p, &trees, lock),
				2 => <Forestry as TradeItems<_>>::freeze(&who, &item, contract),
				3 => <Forestry as TradeItems<_>>::release(&who, &item, contract),
				4 => <Forestry as TradeItems<_>>::deliver(&who, &other, &item, contract),
				5 => Forestry::transfer_tree(RuntimeOrigin::signed(who), t, other),
				6 => Forestry::hand_over(RuntimeOrigin::signed(who), t, other),
				7 => doc(who, t),
				8 => Forestry::record_felling(RuntimeOrigin::signed(WITNESS), t),
				9 => Forestry::transfer_parcel(RuntimeOrigin::signed(who), p, other),
				_ => Forestry::attach_parcel_document(
					RuntimeOrigin::signed(who),
					p,
					DocumentKind::Other,
					cid(CID_V1),
				),
			};
			Forestry::do_try_state().unwrap_or_else(|e| panic!("step {step}: {e:?}"));
		}
	});
}

/// Review finding: a lease slipped in between listing and acceptance, or under trees that back a
/// token, would bind a buyer or holders who never agreed to it.
#[test]
fn a_leased_parcel_cannot_be_sold_and_tokenised_trees_block_a_lease() {
	new_test_ext().execute_with(|| {
		let p = parcel_with_trees(2);
		let item = TradeItem::Parcel(p);
		assert_ok!(<Forestry as TradeItems<_>>::ensure_sellable(&OWNER, &item));
		assert_ok!(Forestry::lease_parcel(RuntimeOrigin::signed(OWNER), p, BUYER, 10));
		assert_noop!(
			<Forestry as TradeItems<_>>::freeze(&OWNER, &item, 1),
			Error::<Test>::LeaseActive
		);
		frame_system::Pallet::<Test>::set_block_number(10);
		assert_ok!(<Forestry as TradeItems<_>>::freeze(&OWNER, &item, 1));
		assert_ok!(<Forestry as TradeItems<_>>::release(&OWNER, &item, 1));

		let q = parcel_with_trees(2);
		assert_ok!(<Forestry as TreeAssetLock<_>>::lock(&OWNER, q, &[0], LockId::Token(7)));
		assert_noop!(
			Forestry::lease_parcel(RuntimeOrigin::signed(OWNER), q, BUYER, 100),
			Error::<Test>::ParcelLocked
		);
		assert_ok!(Forestry::do_try_state());
	});
}

// ---------------------------------------------------------------------------------------------
// Rarity: governance marks species and whole parcels rare; escrow asks `RareItems`.

fn set_rarity(target: RarityTarget, rare: bool) -> DispatchResult {
	Forestry::set_rarity(RuntimeOrigin::root(), target, rare)
}

fn is_rare(item: TradeItem) -> bool {
	<Forestry as RareItems>::is_rare(&item)
}

#[test]
fn only_governance_marks_species_and_parcels_rare() {
	run(|| {
		let p = parcel_with_trees(0);
		for target in [RarityTarget::Species(PINE), RarityTarget::Parcel(p)] {
			for who in [OWNER, WITNESS] {
				assert_noop!(
					Forestry::set_rarity(RuntimeOrigin::signed(who), target, true),
					DispatchError::BadOrigin
				);
			}
			assert_noop!(
				Forestry::set_rarity(RuntimeOrigin::none(), target, true),
				DispatchError::BadOrigin
			);
		}
		assert_eq!(RareSpecies::<Test>::iter().count() + RareParcels::<Test>::iter().count(), 0);
	});
}

#[test]
fn set_rarity_marks_and_unmarks_once_and_says_so() {
	run(|| {
		let p = parcel_with_trees(0);
		for target in [RarityTarget::Species(OAK), RarityTarget::Parcel(p)] {
			let marked = || match target {
				RarityTarget::Species(id) => RareSpecies::<Test>::contains_key(id),
				RarityTarget::Parcel(p) => RareParcels::<Test>::contains_key(p),
			};
			// Not rare yet: unmarking changes nothing.
			assert_noop!(set_rarity(target, false), Error::<Test>::RarityUnchanged);
			assert_ok!(set_rarity(target, true));
			assert!(marked());
			assert_eq!(last_event(), Event::RaritySet { target, rare: true });
			assert_noop!(set_rarity(target, true), Error::<Test>::RarityUnchanged);
			assert_ok!(set_rarity(target, false));
			assert!(!marked());
			assert_eq!(last_event(), Event::RaritySet { target, rare: false });
			assert_noop!(set_rarity(target, false), Error::<Test>::RarityUnchanged);
		}
	});
}

#[test]
fn set_rarity_refuses_unknown_species_and_parcels() {
	run(|| {
		for rare in [true, false] {
			assert_noop!(
				set_rarity(RarityTarget::Species(77), rare),
				Error::<Test>::UnknownSpecies
			);
			assert_noop!(set_rarity(RarityTarget::Parcel(9), rare), Error::<Test>::UnknownParcel);
		}
	});
}

#[test]
fn trees_are_rare_by_their_species_or_parcel_and_parcels_by_their_own_mark() {
	run(|| {
		let p = parcel_with_trees(2);
		// Tree 1 is an oak, tree 0 a pine.
		Trees::<Test>::mutate(p, 1, |t| t.as_mut().unwrap().survey.species = OAK);
		let (pine, oak) =
			(TradeItem::Tree { parcel: p, index: 0 }, TradeItem::Tree { parcel: p, index: 1 });
		let land = TradeItem::Parcel(p);
		let lot = TradeItem::TokenLot { token: 0, amount: 1 };
		let service = TradeItem::Service { terms: [0; 32] };
		for item in [&pine, &oak, &land, &lot, &service] {
			assert!(!is_rare(item.clone()), "nothing is rare yet: {item:?}");
		}

		assert_ok!(set_rarity(RarityTarget::Species(OAK), true));
		assert!(is_rare(oak.clone()));
		assert!(!is_rare(pine.clone()));
		// A rare species does not make the parcel rare, nor a tree that does not exist.
		assert!(!is_rare(land.clone()));
		assert!(!is_rare(TradeItem::Tree { parcel: p, index: 2 }));
		assert!(!is_rare(TradeItem::Tree { parcel: 9, index: 1 }));

		assert_ok!(set_rarity(RarityTarget::Parcel(p), true));
		assert!(is_rare(land.clone()));
		// A rare parcel makes its trees rare too: sold one by one they skip no pre-sale.
		assert!(is_rare(pine.clone()));
		assert!(is_rare(oak.clone()));
		assert!(!is_rare(TradeItem::Parcel(p + 1)));

		// Token lots and services are never rare here.
		assert!(!is_rare(lot));
		assert!(!is_rare(service));

		// A tree sold on its own, even felled, keeps its species and so its rarity.
		assert_ok!(Forestry::transfer_tree(RuntimeOrigin::signed(OWNER), tree(p, 1), BUYER));
		assert_ok!(Forestry::record_felling(RuntimeOrigin::signed(WITNESS), tree(p, 1)));
		assert!(is_rare(oak.clone()));

		assert_ok!(set_rarity(RarityTarget::Parcel(p), false));
		assert!(!is_rare(land));
		assert!(!is_rare(pine));
		assert!(is_rare(oak.clone()), "still by its species");
		assert_ok!(set_rarity(RarityTarget::Species(OAK), false));
		assert!(!is_rare(oak));
	});
}

#[test]
fn a_removed_species_loses_its_rare_mark() {
	run(|| {
		let p = parcel_with_trees(1);
		let pine = TradeItem::Tree { parcel: p, index: 0 };
		assert_ok!(set_rarity(RarityTarget::Species(PINE), true));
		assert!(is_rare(pine.clone()));

		assert_ok!(Forestry::remove_species(RuntimeOrigin::root(), PINE));
		let ours: Vec<_> = System::events()
			.into_iter()
			.filter_map(|r| match r.event {
				RuntimeEvent::Forestry(e) => Some(e),
				_ => None,
			})
			.rev()
			.take(2)
			.collect();
		assert_eq!(
			ours,
			vec![
				Event::SpeciesRemoved { id: PINE },
				Event::RaritySet { target: RarityTarget::Species(PINE), rare: false },
			]
		);
		assert!(!RareSpecies::<Test>::contains_key(PINE));
		// The tree keeps its species but is no longer rare; the mark cannot be set on a
		// species out of the list.
		assert_eq!(Trees::<Test>::get(p, 0).unwrap().survey.species, PINE);
		assert!(!is_rare(pine.clone()));
		assert_noop!(set_rarity(RarityTarget::Species(PINE), true), Error::<Test>::UnknownSpecies);

		// Added again under the same id, the species starts unmarked.
		let name = SpeciesName::try_from(b"Pinus massoniana".to_vec()).unwrap();
		assert_ok!(Forestry::add_species(RuntimeOrigin::root(), PINE, name));
		assert!(!is_rare(pine.clone()));
		assert_ok!(set_rarity(RarityTarget::Species(PINE), true));
		assert!(is_rare(pine));

		// An unmarked species is removed quietly, as before.
		System::reset_events();
		assert_ok!(Forestry::remove_species(RuntimeOrigin::root(), OAK));
		assert_eq!(System::events().len(), 1);
		assert_eq!(last_event(), Event::SpeciesRemoved { id: OAK });
	});
}

#[test]
fn a_deregistered_parcel_loses_its_rare_mark() {
	run(|| {
		assert_ok!(Forestry::register_parcel(RuntimeOrigin::signed(OWNER), info(b"CN-3501")));
		assert_ok!(set_rarity(RarityTarget::Parcel(0), true));
		assert!(is_rare(TradeItem::Parcel(0)));
		assert_ok!(Forestry::deregister_parcel(RuntimeOrigin::signed(OWNER), 0));
		assert_eq!(last_event(), Event::ParcelDeregistered { parcel: 0, owner: OWNER });
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::Forestry(Event::RaritySet {
				target: RarityTarget::Parcel(0),
				rare: false
			})));
		assert!(!RareParcels::<Test>::contains_key(0));
		assert!(!is_rare(TradeItem::Parcel(0)));
	});
}

#[test]
fn try_state_catches_stray_rare_marks() {
	new_test_ext().execute_with(|| {
		assert_ok!(Forestry::do_try_state());
		RareSpecies::<Test>::insert(77, ());
		assert!(Forestry::do_try_state().is_err());
		RareSpecies::<Test>::remove(77);
		RareParcels::<Test>::insert(9, ());
		assert!(Forestry::do_try_state().is_err());
		RareParcels::<Test>::remove(9);
		assert_ok!(Forestry::do_try_state());
	});
}

// ---------------------------------------------------------------------------------------------
// Pricing: the profile an insurer prices a parcel's cover by (`ForestryPricingApi`).

fn species_profile(
	species: SpeciesId,
	(standing, felled): (u32, u32),
	(mean_height_cm, max_height_cm, mean_crown_cm): (u32, u32, u32),
) -> SpeciesProfile {
	SpeciesProfile { species, standing, felled, mean_height_cm, max_height_cm, mean_crown_cm }
}

fn damage_profile(
	cause: DamageCause,
	(records, trees): (u32, u32),
	(mean_severity, max_severity): (u8, u8),
	last_at: u64,
) -> DamageProfile<u64> {
	DamageProfile { cause, records, trees, mean_severity, max_severity, last_at }
}

/// Parcel of 5 trees: pines 0–2 (1,200–1,202 cm, crown 450), oaks 3–4 (1,203–1,204 cm, crown
/// 600). Pine 0 re-measured twice (last 1,500 / 500), pine 1 burnt (30 %) then felled, oak 3
/// storm-damaged twice (10 %, 40 %), oak 4 burnt twice (50 %, 25 %).
fn priced_parcel() -> ParcelId {
	let p = parcel_with_trees(0);
	let trees = (0..5)
		.map(|i| {
			let mut s = survey(i);
			if i >= 3 {
				s.species = OAK;
				s.crown_cm = 600;
			}
			s
		})
		.collect();
	assert_ok!(Forestry::register_trees(RuntimeOrigin::signed(WITNESS), p, bounded(trees)));
	let w = || RuntimeOrigin::signed(WITNESS);
	let damage = |t: TreeIndex, cause, severity| {
		assert_ok!(Forestry::record_damage(w(), tree(p, t), cause, severity));
	};
	System::set_block_number(2);
	assert_ok!(Forestry::record_measurement(w(), tree(p, 0), 1_400, 480, None));
	damage(1, DamageCause::Fire, 30);
	System::set_block_number(3);
	assert_ok!(Forestry::record_measurement(w(), tree(p, 0), 1_500, 500, Some(400)));
	System::set_block_number(4);
	assert_ok!(Forestry::record_felling(w(), tree(p, 1)));
	System::set_block_number(5);
	damage(3, DamageCause::Storm, 10);
	System::set_block_number(6);
	damage(3, DamageCause::Storm, 40);
	System::set_block_number(7);
	damage(4, DamageCause::Fire, 50);
	System::set_block_number(8);
	damage(4, DamageCause::Fire, 25);
	p
}

#[test]
fn a_parcel_profile_prices_species_and_damage() {
	run(|| {
		let p = priced_parcel();
		assert_eq!(
			Forestry::parcel_profile(p, 0, MAX_PAGE),
			Some(ParcelProfile {
				region: Region::try_from(b"CN-3501".to_vec()).unwrap(),
				area_m2: 125_000,
				attested: true,
				trees: 5,
				scanned_from: 0,
				next: None,
				species: vec![
					// Pines 0 (re-measured: 1,500 / 500) and 2 (survey: 1,202 / 450) stand.
					species_profile(PINE, (2, 1), (1_351, 1_500, 475)),
					// Oaks 3 and 4: (1,203 + 1,204) / 2 rounds down.
					species_profile(OAK, (2, 0), (1_203, 1_204, 600)),
				],
				damage: vec![
					// 30 (felled pine 1) + 50 + 25 (oak 4): 105 / 3.
					damage_profile(DamageCause::Fire, (3, 2), (35, 50), 8),
					damage_profile(DamageCause::Storm, (2, 1), (25, 40), 6),
				],
			})
		);
		// Measurements and the felling are no damage; the history is read as it is.
		assert_eq!(Forestry::tree_view(tree(p, 0)).unwrap().history.len(), 2);
		assert_eq!(Forestry::tree_view(tree(p, 1)).unwrap().history.len(), 2);
	});
}

#[test]
fn parcel_profiles_are_paged() {
	run(|| {
		let p = priced_parcel();
		let first = Forestry::parcel_profile(p, 0, 2).unwrap();
		assert_eq!((first.trees, first.scanned_from, first.next), (5, 0, Some(2)));
		assert_eq!(first.species, vec![species_profile(PINE, (1, 1), (1_500, 1_500, 500))]);
		assert_eq!(first.damage, vec![damage_profile(DamageCause::Fire, (1, 1), (30, 30), 2)]);

		let rest = Forestry::parcel_profile(p, 2, 2).unwrap();
		assert_eq!((rest.scanned_from, rest.next), (2, Some(4)));
		assert_eq!(
			rest.species,
			vec![
				species_profile(PINE, (1, 0), (1_202, 1_202, 450)),
				species_profile(OAK, (1, 0), (1_203, 1_203, 600)),
			]
		);
		assert_eq!(rest.damage, vec![damage_profile(DamageCause::Storm, (2, 1), (25, 40), 6)]);

		let last = Forestry::parcel_profile(p, 4, 2).unwrap();
		assert_eq!((last.scanned_from, last.next), (4, None));
		assert_eq!(last.species, vec![species_profile(OAK, (1, 0), (1_204, 1_204, 600))]);
		assert_eq!(last.damage, vec![damage_profile(DamageCause::Fire, (2, 1), (37, 50), 8)]);

		// The rest in one page from where the first left off.
		let rest = Forestry::parcel_profile(p, 2, 10).unwrap();
		assert_eq!((rest.scanned_from, rest.next), (2, None));
		assert_eq!(
			rest.species,
			vec![
				species_profile(PINE, (1, 0), (1_202, 1_202, 450)),
				species_profile(OAK, (2, 0), (1_203, 1_204, 600)),
			]
		);
		assert_eq!(
			rest.damage,
			vec![
				damage_profile(DamageCause::Fire, (2, 1), (37, 50), 8),
				damage_profile(DamageCause::Storm, (2, 1), (25, 40), 6),
			]
		);

		// Empty pages: nothing scanned, nothing next; the parcel is still described.
		for (start, limit) in [(0, 0), (3, 0), (5, 10), (9, 10), (u32::MAX, u32::MAX)] {
			let empty = Forestry::parcel_profile(p, start, limit).unwrap();
			assert_eq!(
				(empty.trees, empty.scanned_from, empty.next),
				(5, start, None),
				"start {start}, limit {limit}"
			);
			assert!(empty.species.is_empty() && empty.damage.is_empty());
			assert_eq!((empty.area_m2, empty.attested), (125_000, true));
		}
	});
}

#[test]
fn parcel_profiles_of_unknown_unattested_and_large_parcels() {
	run(|| {
		assert_eq!(Forestry::parcel_profile(42, 0, 10), None);

		assert_ok!(Forestry::register_parcel(RuntimeOrigin::signed(OWNER), info(b"CN-35")));
		let bare = Forestry::parcel_profile(0, 0, 10).unwrap();
		assert_eq!(
			bare,
			ParcelProfile {
				region: Region::try_from(b"CN-35".to_vec()).unwrap(),
				area_m2: 125_000,
				attested: false,
				trees: 0,
				scanned_from: 0,
				next: None,
				species: vec![],
				damage: vec![],
			}
		);

		// A page is at most `MAX_PAGE` trees, whatever the limit.
		let p = parcel_with_trees(50);
		for first in (50..MAX_PAGE + 1).step_by(50) {
			let last = (first + 50).min(MAX_PAGE + 1);
			assert_ok!(Forestry::register_trees(
				RuntimeOrigin::signed(WITNESS),
				p,
				batch_of(first..last)
			));
		}
		let page = Forestry::parcel_profile(p, 0, u32::MAX).unwrap();
		assert_eq!((page.trees, page.next), (MAX_PAGE + 1, Some(MAX_PAGE)));
		// Heights 1,200 … 2,199.
		assert_eq!(page.species, vec![species_profile(PINE, (MAX_PAGE, 0), (1_699, 2_199, 450))]);
		let tail = Forestry::parcel_profile(p, MAX_PAGE, u32::MAX).unwrap();
		assert_eq!(tail.next, None);
		assert_eq!(tail.species, vec![species_profile(PINE, (1, 0), (2_200, 2_200, 450))]);
	});
}
