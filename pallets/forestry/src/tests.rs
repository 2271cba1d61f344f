use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::Hooks};
use sp_runtime::DispatchError;

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
		let trees = (0..n).map(survey).collect();
		assert_ok!(Forestry::register_trees(RuntimeOrigin::signed(WITNESS), parcel, trees));
	}
	parcel
}

fn tree(parcel: ParcelId, index: TreeIndex) -> TreeId {
	TreeId { parcel, index }
}

#[test]
fn governance_appoints_and_removes_witnesses() {
	new_test_ext().execute_with(|| {
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
	new_test_ext().execute_with(|| {
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
	new_test_ext().execute_with(|| {
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
	new_test_ext().execute_with(|| {
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
	new_test_ext().execute_with(|| {
		assert_ok!(Forestry::register_parcel(RuntimeOrigin::signed(OWNER), info(b"CN-3501")));
		let batch = |n: u32| (0..n).map(survey).collect::<Vec<_>>();
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, batch(3)),
			Error::<Test>::ParcelNotAttested
		);
		assert_ok!(Forestry::attest_parcel(RuntimeOrigin::signed(WITNESS), 0));
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(OWNER), 0, batch(3)),
			Error::<Test>::NotWitness
		);
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(FAR_WITNESS), 0, batch(3)),
			Error::<Test>::WrongRegion
		);
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 1, batch(3)),
			Error::<Test>::UnknownParcel
		);
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, vec![]),
			Error::<Test>::EmptyBatch
		);
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, batch(51)),
			Error::<Test>::BatchTooLarge
		);
		// One bad tree spoils the batch, and nothing of it is written.
		let mut bad = batch(3);
		bad[2].species = 99;
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, bad),
			Error::<Test>::UnknownSpecies
		);
		let mut bad = batch(3);
		bad[1].position.lat = 900_000_001;
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, bad),
			Error::<Test>::BadCoordinates
		);
		let mut bad = batch(3);
		bad[1].position.lon = -1_800_000_001;
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, bad),
			Error::<Test>::BadCoordinates
		);
		for (h, c, t) in
			[(0, 100, None), (15_001, 100, None), (100, 10_001, None), (100, 100, Some(0))]
		{
			let mut bad = batch(1);
			(bad[0].height_cm, bad[0].crown_cm, bad[0].trunk_mm) = (h, c, t);
			assert_noop!(
				Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, bad),
				Error::<Test>::BadMeasurement
			);
		}

		assert_ok!(Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, batch(50)));
		assert_eq!(
			last_event(),
			Event::TreesRegistered { parcel: 0, first: 0, count: 50, witness: WITNESS }
		);
		let mut second = batch(2);
		second[1].species = OAK;
		assert_ok!(Forestry::register_trees(RuntimeOrigin::signed(WITNESS), 0, second));
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
	new_test_ext().execute_with(|| {
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
	new_test_ext().execute_with(|| {
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
		// The history is bounded (5 in the mock).
		for _ in 0..5 {
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
	new_test_ext().execute_with(|| {
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
	});
}

#[test]
fn custody_and_sale_are_recorded() {
	new_test_ext().execute_with(|| {
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
	new_test_ext().execute_with(|| {
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
	new_test_ext().execute_with(|| {
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
		assert_ok!(Forestry::attach_parcel_document(
			RuntimeOrigin::signed(FAR_WITNESS),
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
	new_test_ext().execute_with(|| {
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
		assert_ok!(Forestry::register_trees(RuntimeOrigin::signed(WITNESS), p, vec![survey(9)]));
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
	new_test_ext().execute_with(|| {
		let p = parcel_with_trees(50);
		assert_ok!(Forestry::register_trees(
			RuntimeOrigin::signed(WITNESS),
			p,
			(50..70).map(survey).collect()
		));
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
	new_test_ext().execute_with(|| {
		assert_eq!(Witnesses::<Test>::get(WITNESS).unwrap().region.to_vec(), b"CN-35".to_vec());
		assert_eq!(Species::<Test>::iter().count(), 2);
		assert_eq!(Forestry::on_initialize(2), frame_support::weights::Weight::zero());
	});
}

#[test]
fn the_species_list_is_bounded_and_sorted() {
	new_test_ext().execute_with(|| {
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
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), p, vec![tree.clone()]),
			Error::<Test>::UnknownSpecies
		);
		tree.species = 501;
		assert_ok!(Forestry::register_trees(RuntimeOrigin::signed(WITNESS), p, vec![tree]));
	});
}

#[test]
fn trees_and_parcels_are_frozen_while_traded_and_change_hands_on_delivery() {
	new_test_ext().execute_with(|| {
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
	new_test_ext().execute_with(|| {
		let p = parcel_with_trees(0);
		Parcels::<Test>::mutate(p, |parcel| parcel.as_mut().unwrap().trees = u32::MAX - 1);
		assert_noop!(
			Forestry::register_trees(RuntimeOrigin::signed(WITNESS), p, vec![survey(0), survey(1)]),
			Error::<Test>::ParcelFull
		);
		assert_ok!(Forestry::register_trees(RuntimeOrigin::signed(WITNESS), p, vec![survey(0)]));
		assert!(Trees::<Test>::contains_key(p, u32::MAX - 1));
	});
}
