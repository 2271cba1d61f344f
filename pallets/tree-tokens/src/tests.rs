use crate::{mock::*, *};
use codec::{Decode, Encode};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect as _, InspectHold as _},
		fungibles::Inspect as _,
	},
};
use frame_support::{traits::ConstU32, BoundedVec};
use pallet_forestry::{GeoPoint, ParcelInfo, TreeId, TreeOrigin, TreeSurvey};
use sp_runtime::{
	traits::{AccountIdConversion, Zero},
	DispatchError, DispatchResult, TokenError,
};

const CID: &[u8] = b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

/// An attested parcel of OWNER with `n` trees.
fn parcel(n: u32) -> ParcelId {
	let id = pallet_forestry::NextParcelId::<Test>::get();
	let cid = pallet_forestry::Cid::try_from(CID.to_vec()).unwrap();
	let info = ParcelInfo {
		region: b"CN-35".to_vec().try_into().unwrap(),
		area_m2: 10_000,
		boundary_cid: cid.clone(),
		boundary_hash: [1; 32],
		certificate_cid: cid,
	};
	assert_ok!(Forestry::register_parcel(RuntimeOrigin::signed(OWNER), info));
	assert_ok!(Forestry::attest_parcel(RuntimeOrigin::signed(WITNESS), id));
	let trees: Vec<TreeSurvey> = (0..n)
		.map(|i| TreeSurvey {
			species: 1,
			position: GeoPoint { lat: i as i32, lon: 0 },
			height_cm: 900,
			crown_cm: 300,
			trunk_mm: None,
			planted: None,
			origin: TreeOrigin::Natural,
		})
		.collect();
	assert_ok!(Forestry::register_trees(
		RuntimeOrigin::signed(WITNESS),
		id,
		trees.try_into().unwrap()
	));
	id
}

/// Run a test, then check the pallet's invariants.
fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		assert_ok!(TreeTokens::do_try_state());
	});
}

fn trees(list: Vec<TreeIndex>) -> BoundedVec<TreeIndex, ConstU32<5>> {
	list.try_into().expect("at most 5 trees")
}

fn name(s: &[u8]) -> TokenName {
	s.to_vec().try_into().expect("short name")
}

fn symbol(s: &[u8]) -> TokenSymbol {
	s.to_vec().try_into().expect("short symbol")
}

const NAME: &[u8] = b"Fujian pine 2026";
const SYMBOL: &[u8] = b"FJP26";
/// The storage deposit of a token named `NAME` with symbol `SYMBOL`.
const DEPOSIT: Balance = TOKEN_DEPOSIT + DEPOSIT_PER_BYTE * (NAME.len() + SYMBOL.len()) as Balance;

fn held_deposit(who: AccountId) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::TreeTokens(HoldReason::TokenDeposit), &who)
}

fn tokenise(parcel: ParcelId, list: Vec<TreeIndex>, kind: TokenKind, supply: Balance) -> TokenId {
	let token = NextTokenId::<Test>::get();
	assert_ok!(TreeTokens::tokenise(
		RuntimeOrigin::signed(OWNER),
		parcel,
		trees(list),
		kind,
		supply,
		0,
		name(NAME),
		symbol(SYMBOL)
	));
	token
}

fn freeze(
	seller: AccountId,
	token: TokenId,
	amount: Balance,
	contract: ContractId,
) -> DispatchResult {
	<TreeTokens as TradeItems<_>>::freeze(&seller, &TradeItem::TokenLot { token, amount }, contract)
}

fn release(
	seller: AccountId,
	token: TokenId,
	amount: Balance,
	contract: ContractId,
) -> DispatchResult {
	<TreeTokens as TradeItems<_>>::release(
		&seller,
		&TradeItem::TokenLot { token, amount },
		contract,
	)
}

fn deliver(
	seller: AccountId,
	buyer: AccountId,
	token: TokenId,
	amount: Balance,
	contract: ContractId,
) -> DispatchResult {
	<TreeTokens as TradeItems<_>>::deliver(
		&seller,
		&buyer,
		&TradeItem::TokenLot { token, amount },
		contract,
	)
}

/// The account the old implementation parked a contract's lot in.
fn old_custody(contract: ContractId) -> AccountId {
	TreeTokensPalletId::get().into_sub_account_truncating((*b"tr", contract))
}

fn send(from: AccountId, token: TokenId, to: AccountId, amount: Balance) {
	assert_ok!(TreeTokens::transfer(RuntimeOrigin::signed(from), token, to, amount));
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::TreeTokens(e) => Some(e),
			_ => None,
		})
		.expect("an event")
}

/// Money is neither made nor lost: issuance is what genesis minted, and the pot holds exactly its
/// existential deposit plus what was deposited and not yet paid out.
fn assert_money_conserved(token: TokenId) {
	assert_eq!(Balances::total_issuance(), 5 * START);
	match Tokens::<Test>::get(token) {
		Some(info) if info.kind == TokenKind::Revenue => assert_eq!(
			Balances::balance(&TreeTokens::pot(token)),
			ED + info.deposited - info.claimed
		),
		Some(_) => {},
		// A removed token's pot was swept.
		None => assert_eq!(Balances::balance(&TreeTokens::pot(token)), 0),
	}
}

#[test]
fn tokenising_a_parcel_locks_it_and_mints_the_supply() {
	run(|| {
		let p = parcel(3);
		let token = tokenise(p, vec![], TokenKind::Revenue, 1_000);
		assert_eq!(
			last_event(),
			Event::Tokenised {
				token,
				issuer: OWNER,
				parcel: p,
				trees: 0,
				kind: TokenKind::Revenue,
				supply: 1_000,
				deposit: DEPOSIT,
			}
		);
		assert_eq!(Assets::balance(token, OWNER), 1_000);
		assert_eq!(Assets::total_issuance(token), 1_000);
		use frame_support::traits::fungibles::metadata::Inspect;
		assert_eq!(Assets::symbol(token), b"FJP26".to_vec());
		// The asset belongs to the pallet; nobody else can mint.
		assert_eq!(
			pallet_assets::Asset::<Test>::get(token).unwrap().issuer,
			TreeTokens::account_id()
		);
		assert_eq!(
			pallet_forestry::Parcels::<Test>::get(p).unwrap().locked_by,
			Some(LockId::Token(token))
		);
		// The issuer opened the pot with the existential deposit, and the storage deposit is held.
		assert_eq!(DEPOSIT, 121);
		assert_eq!(held_deposit(OWNER), DEPOSIT);
		assert_eq!(Tokens::<Test>::get(token).unwrap().deposit, DEPOSIT);
		assert_eq!(Balances::balance(&OWNER), START - ED - DEPOSIT);
		assert_money_conserved(token);

		// The trees are frozen: no felling, no sale, no second token, no parcel transfer.
		let tree = TreeId { parcel: p, index: 0 };
		assert_noop!(
			Forestry::record_felling(RuntimeOrigin::signed(WITNESS), tree),
			pallet_forestry::Error::<Test>::TreeLocked
		);
		assert_noop!(
			Forestry::transfer_tree(RuntimeOrigin::signed(OWNER), tree, ALICE),
			pallet_forestry::Error::<Test>::TreeLocked
		);
		assert_noop!(
			Forestry::transfer_parcel(RuntimeOrigin::signed(OWNER), p, ALICE),
			pallet_forestry::Error::<Test>::ParcelLocked
		);
		assert_noop!(
			TreeTokens::tokenise(
				RuntimeOrigin::signed(OWNER),
				p,
				trees(vec![1]),
				TokenKind::Timber,
				5,
				0,
				name(b"x"),
				symbol(b"X")
			),
			pallet_forestry::Error::<Test>::AlreadyLocked
		);
	});
}

#[test]
fn tokenising_checks_its_input() {
	run(|| {
		let p = parcel(8);
		let call = |who, parcel, trees: Vec<u32>, supply, decimals, name: &[u8], symbol: &[u8]| {
			TreeTokens::tokenise(
				RuntimeOrigin::signed(who),
				parcel,
				self::trees(trees),
				TokenKind::Timber,
				supply,
				decimals,
				self::name(name),
				self::symbol(symbol),
			)
		};
		assert_noop!(call(OWNER, p, vec![], 0, 0, b"n", b"S"), Error::<Test>::ZeroSupply);
		assert_noop!(
			call(OWNER, p, vec![], MAX_SUPPLY + 1, 0, b"n", b"S"),
			Error::<Test>::SupplyTooLarge
		);
		assert_noop!(call(OWNER, p, vec![], 9, 19, b"n", b"S"), Error::<Test>::BadDecimals);
		// Names and symbols are clean text.
		let bad: [&[u8]; 6] = [b"", b" pine", b"pine ", b"pi\nne", b"pi\x07ne", &[0xff, 0xfe]];
		for bad in bad {
			assert_noop!(call(OWNER, p, vec![], 9, 0, bad, b"S"), Error::<Test>::BadName);
			assert_noop!(call(OWNER, p, vec![], 9, 0, b"n", bad), Error::<Test>::BadSymbol);
		}
		assert_ok!(TreeTokens::do_try_state());
		// Overlong names, symbols and tree lists do not even decode.
		assert!(TokenName::decode(&mut &[b'n'; 33].to_vec().encode()[..]).is_err());
		assert!(TokenSymbol::decode(&mut &[b'S'; 13].to_vec().encode()[..]).is_err());
		let six: Vec<TreeIndex> = (0..6).collect();
		assert!(BoundedVec::<TreeIndex, ConstU32<5>>::decode(&mut &six.encode()[..]).is_err());
		assert_noop!(
			call(ALICE, p, vec![], 9, 0, b"n", b"S"),
			pallet_forestry::Error::<Test>::NotParcelOwner
		);
		assert_noop!(
			call(OWNER, 77, vec![], 9, 0, b"n", b"S"),
			pallet_forestry::Error::<Test>::UnknownParcel
		);
		assert_noop!(
			call(OWNER, p, vec![8], 9, 0, b"n", b"S"),
			pallet_forestry::Error::<Test>::UnknownTree
		);
		assert_noop!(
			call(OWNER, p, vec![2, 2], 9, 0, b"n", b"S"),
			pallet_forestry::Error::<Test>::AlreadyLocked
		);
		assert_ok!(Forestry::record_felling(
			RuntimeOrigin::signed(WITNESS),
			TreeId { parcel: p, index: 3 }
		));
		assert_noop!(
			call(OWNER, p, vec![3], 9, 0, b"n", b"S"),
			pallet_forestry::Error::<Test>::TreeFelled
		);
		assert_noop!(
			TreeTokens::tokenise(
				RuntimeOrigin::none(),
				p,
				trees(vec![]),
				TokenKind::Timber,
				9,
				0,
				name(b"n"),
				symbol(b"S")
			),
			DispatchError::BadOrigin
		);
		assert_eq!(NextTokenId::<Test>::get(), 0, "refusals leave no trace");

		// Two tokens on disjoint trees of one parcel; overlapping is refused.
		let a = tokenise(p, vec![0, 1], TokenKind::Timber, 100);
		assert_noop!(
			call(OWNER, p, vec![1, 2], 9, 0, b"n", b"S"),
			pallet_forestry::Error::<Test>::AlreadyLocked
		);
		assert_noop!(
			call(OWNER, p, vec![], 9, 0, b"n", b"S"),
			pallet_forestry::Error::<Test>::AlreadyLocked
		);
		let b = tokenise(p, vec![2, 4], TokenKind::Timber, 100);
		assert_eq!((a, b), (0, 1));
		assert_eq!(pallet_forestry::Parcels::<Test>::get(p).unwrap().locked_trees, 4);
	});
}

#[test]
fn revenue_is_shared_pro_rata_and_claimed_once() {
	run(|| {
		let token = tokenise(parcel(1), vec![], TokenKind::Revenue, 1_000);
		send(OWNER, token, ALICE, 250);
		send(OWNER, token, BOB, 150);
		assert_noop!(
			TreeTokens::deposit_revenue(RuntimeOrigin::signed(ALICE), token, 100),
			Error::<Test>::NotIssuer
		);
		assert_noop!(
			TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), 9, 100),
			Error::<Test>::UnknownToken
		);
		assert_noop!(
			TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, START),
			TokenError::FundsUnavailable
		);

		assert_ok!(TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, 10_000));
		assert_eq!(
			last_event(),
			Event::RevenueDeposited { token, amount: 10_000, per_unit: 10 * ACC_SCALE, carry: 0 }
		);
		assert_money_conserved(token);
		assert_eq!(TreeTokens::claimable(token, &ALICE), 2_500);
		assert_eq!(TreeTokens::claimable(token, &BOB), 1_500);
		assert_eq!(TreeTokens::claimable(token, &OWNER), 6_000);

		assert_ok!(TreeTokens::claim(RuntimeOrigin::signed(ALICE), token));
		assert_eq!(last_event(), Event::RevenueClaimed { token, who: ALICE, amount: 2_500 });
		assert_eq!(Balances::balance(&ALICE), START + 2_500);
		assert_noop!(
			TreeTokens::claim(RuntimeOrigin::signed(ALICE), token),
			Error::<Test>::NothingToClaim
		);
		assert_noop!(
			TreeTokens::claim(RuntimeOrigin::signed(CAROL), token),
			Error::<Test>::NothingToClaim
		);
		assert_noop!(
			TreeTokens::claim(RuntimeOrigin::signed(CAROL), 9),
			Error::<Test>::UnknownToken
		);
		assert_money_conserved(token);

		// Bob sells after the deposit: the share stays his, Carol gets nothing of it.
		send(BOB, token, CAROL, 150);
		assert!(!Holders::<Test>::get(token, BOB).pending.is_zero());
		assert_noop!(
			TreeTokens::claim(RuntimeOrigin::signed(CAROL), token),
			Error::<Test>::NothingToClaim
		);
		assert_ok!(TreeTokens::claim(RuntimeOrigin::signed(BOB), token));
		assert_eq!(Balances::balance(&BOB), START + 1_500);
		// Bob is forgotten once he holds and is owed nothing.
		assert!(!Holders::<Test>::contains_key(token, BOB));

		// The next period is Carol's.
		assert_ok!(TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, 2_000));
		assert_eq!(TreeTokens::claimable(token, &CAROL), 300);
		assert_eq!(TreeTokens::claimable(token, &BOB), 0);
		assert_eq!(TreeTokens::claimable(token, &ALICE), 500);
		assert_ok!(TreeTokens::claim(RuntimeOrigin::signed(OWNER), token));
		assert_eq!(Balances::balance(&OWNER), START - ED - DEPOSIT - 12_000 + 6_000 + 1_200);
		assert_money_conserved(token);
	});
}

#[test]
fn rounding_dust_is_carried_never_lost() {
	run(|| {
		let token = tokenise(parcel(1), vec![], TokenKind::Revenue, 3);
		send(OWNER, token, ALICE, 1);
		send(OWNER, token, BOB, 1);
		// 10 over 3 units: 3 each, 1 carried.
		assert_ok!(TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, 10));
		let Event::RevenueDeposited { carry, .. } = last_event() else { panic!() };
		assert_eq!(carry, 1);
		for who in [OWNER, ALICE, BOB] {
			assert_eq!(TreeTokens::claimable(token, &who), 3);
		}
		// 2 more plus the carried 1: one each, nothing carried.
		assert_ok!(TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, 2));
		assert_eq!(Tokens::<Test>::get(token).unwrap().carry, 0);
		for who in [OWNER, ALICE, BOB] {
			assert_ok!(TreeTokens::claim(RuntimeOrigin::signed(who), token));
		}
		let info = Tokens::<Test>::get(token).unwrap();
		assert_eq!((info.deposited, info.claimed), (12, 12));
		assert_eq!(Balances::balance(&TreeTokens::pot(token)), ED);
		assert_money_conserved(token);
	});
}

#[test]
fn timber_tokens_move_but_carry_no_revenue() {
	run(|| {
		let token = tokenise(parcel(2), vec![0], TokenKind::Timber, 10);
		assert_eq!(Balances::balance(&OWNER), START - DEPOSIT, "no pot for timber tokens");
		assert_noop!(
			TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, 5),
			Error::<Test>::NotRevenueToken
		);
		assert_noop!(
			TreeTokens::claim(RuntimeOrigin::signed(OWNER), token),
			Error::<Test>::NotRevenueToken
		);
		assert_noop!(
			TreeTokens::transfer(RuntimeOrigin::signed(OWNER), token, ALICE, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			TreeTokens::transfer(RuntimeOrigin::signed(OWNER), token, OWNER, 1),
			Error::<Test>::SelfTransfer
		);
		assert_noop!(
			TreeTokens::transfer(RuntimeOrigin::signed(OWNER), 5, ALICE, 1),
			Error::<Test>::UnknownToken
		);
		assert_noop!(
			TreeTokens::transfer(RuntimeOrigin::signed(ALICE), token, BOB, 1),
			TokenError::FundsUnavailable
		);
		send(OWNER, token, ALICE, 4);
		assert_eq!(last_event(), Event::Transferred { token, from: OWNER, to: ALICE, amount: 4 });
		assert_eq!((Assets::balance(token, OWNER), Assets::balance(token, ALICE)), (6, 4));
		// The untokenised tree is still free to fell.
		assert_ok!(Forestry::record_felling(
			RuntimeOrigin::signed(WITNESS),
			TreeId { parcel: 0, index: 1 }
		));
	});
}

/// Found by the runtime fuzzer (seed 179 of `fuzz/tests/ci.rs`): a token of supply `u128::MAX`
/// lost every unit it moved, because the assets ledger credits a `fungibles` transfer through a
/// supply-plus-amount overflow check whose failure it ignores. Supplies are capped at half the
/// range, and at the cap every unit arrives.
#[test]
fn a_token_at_the_largest_supply_moves_without_losing_units() {
	run(|| {
		for kind in [TokenKind::Timber, TokenKind::Revenue] {
			let token = tokenise(parcel(1), vec![], kind, MAX_SUPPLY);
			send(OWNER, token, ALICE, 999);
			send(ALICE, token, BOB, 998);
			send(OWNER, token, BOB, MAX_SUPPLY - 999);
			assert_eq!(Assets::balance(token, OWNER), 0);
			assert_eq!(Assets::balance(token, ALICE), 1);
			assert_eq!(Assets::balance(token, BOB), MAX_SUPPLY - 1);
			assert_eq!(Assets::total_issuance(token), MAX_SUPPLY);
			assert_money_conserved(token);
		}
		assert_ok!(TreeTokens::do_try_state());
	});
}

#[test]
fn redeeming_needs_the_whole_supply_and_frees_the_trees() {
	run(|| {
		let p = parcel(2);
		let token = tokenise(p, vec![0, 1], TokenKind::Revenue, 100);
		send(OWNER, token, ALICE, 40);
		assert_ok!(TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, 1_001));
		assert_noop!(
			TreeTokens::redeem(RuntimeOrigin::signed(OWNER), token),
			Error::<Test>::NotWholeSupply
		);
		assert_noop!(
			TreeTokens::redeem(RuntimeOrigin::signed(ALICE), token),
			Error::<Test>::NotIssuer
		);
		// Alice sells back without claiming; her share stays hers.
		send(ALICE, token, OWNER, 40);
		assert_ok!(TreeTokens::redeem(RuntimeOrigin::signed(OWNER), token));
		// 1,001 over 100 units is 10.01 each, nothing carried; the owner's 60 units earn 600.6,
		// floored to 600. The storage deposit comes back too.
		assert_eq!(last_event(), Event::Redeemed { token, issuer: OWNER, refund: 600 });
		assert_eq!(held_deposit(OWNER), 0);
		assert_eq!(Balances::balance(&OWNER), START - ED - 1_001 + 600);
		assert!(!Assets::asset_exists(token));
		// Alice is still owed, so the record stays.
		let info = Tokens::<Test>::get(token).unwrap();
		assert_eq!((info.status, info.claimants, info.deposit), (TokenStatus::Redeemed, 1, 0));
		let t = pallet_forestry::Trees::<Test>::get(p, 0).unwrap();
		assert_eq!(t.locked_by, None);
		assert_eq!(pallet_forestry::Parcels::<Test>::get(p).unwrap().locked_trees, 0);
		assert_ok!(Forestry::record_felling(
			RuntimeOrigin::signed(WITNESS),
			TreeId { parcel: p, index: 0 }
		));
		assert_ok!(TreeTokens::do_try_state());

		assert_noop!(
			TreeTokens::redeem(RuntimeOrigin::signed(OWNER), token),
			Error::<Test>::TokenRedeemed
		);
		assert_noop!(
			TreeTokens::transfer(RuntimeOrigin::signed(OWNER), token, ALICE, 1),
			Error::<Test>::TokenRedeemed
		);
		assert_noop!(
			TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, 5),
			Error::<Test>::TokenRedeemed
		);
		assert_noop!(
			TreeTokens::claim(RuntimeOrigin::signed(OWNER), token),
			Error::<Test>::NothingToClaim
		);
		assert_money_conserved(token);
		// Alice still claims what she earned; hers was the last claim, so the record goes and
		// the pot's existential deposit and the planck of dust (0.6 + 0.4) go to the issuer.
		assert_ok!(TreeTokens::claim(RuntimeOrigin::signed(ALICE), token));
		assert_eq!(Balances::balance(&ALICE), START + 400);
		assert_eq!(last_event(), Event::TokenRemoved { token, issuer: OWNER, swept: ED + 1 });
		assert!(!Tokens::<Test>::contains_key(token));
		assert_eq!(Holders::<Test>::iter_prefix(token).count(), 0);
		assert!(!frame_system::Account::<Test>::contains_key(TreeTokens::pot(token)));
		assert_eq!(Balances::balance(&OWNER), START - 1_001 + 600 + 1);
		assert_money_conserved(token);
		assert_noop!(
			TreeTokens::claim(RuntimeOrigin::signed(ALICE), token),
			Error::<Test>::UnknownToken
		);

		// The trees can back a new token, under a new id.
		let again = tokenise(p, vec![1], TokenKind::Timber, 5);
		assert_eq!(again, token + 1);
	});
}

#[test]
fn a_redeemed_token_nobody_is_owed_goes_at_once() {
	run(|| {
		let p = parcel(1);
		let token = tokenise(p, vec![], TokenKind::Timber, 7);
		assert_ok!(TreeTokens::redeem(RuntimeOrigin::signed(OWNER), token));
		assert_eq!(last_event(), Event::TokenRemoved { token, issuer: OWNER, swept: 0 });
		assert!(!Tokens::<Test>::contains_key(token));
		assert_eq!(Balances::balance(&OWNER), START);
		assert_eq!(pallet_forestry::Parcels::<Test>::get(p).unwrap().locked_by, None);
		assert_ok!(Forestry::transfer_parcel(RuntimeOrigin::signed(OWNER), p, ALICE));

		// A revenue token whose holders all claimed before redemption: the pot is swept.
		let token = tokenise(parcel(1), vec![], TokenKind::Revenue, 10);
		send(OWNER, token, ALICE, 5);
		assert_ok!(TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, 100));
		assert_ok!(TreeTokens::claim(RuntimeOrigin::signed(ALICE), token));
		send(ALICE, token, OWNER, 5);
		// Only the issuer's own share is pending, and redemption pays it.
		assert_eq!(Tokens::<Test>::get(token).unwrap().claimants, 1);
		assert_ok!(TreeTokens::redeem(RuntimeOrigin::signed(OWNER), token));
		let redeemed = System::events().iter().any(|r| {
			r.event
				== RuntimeEvent::TreeTokens(Event::Redeemed { token, issuer: OWNER, refund: 50 })
		});
		assert!(redeemed);
		assert_eq!(last_event(), Event::TokenRemoved { token, issuer: OWNER, swept: ED });
		assert!(!Tokens::<Test>::contains_key(token));
		assert_eq!(held_deposit(OWNER), 0);
		assert_eq!(Balances::balance(&OWNER), START - 100 + 50);
		assert_money_conserved(token);
	});
}

#[test]
fn tokenising_holds_a_deposit_sized_by_its_text() {
	run(|| {
		let p = parcel(3);
		let long = [b'n'; MAX_NAME_LEN as usize];
		let short = tokenise(p, vec![0], TokenKind::Timber, 5);
		assert_ok!(TreeTokens::tokenise(
			RuntimeOrigin::signed(OWNER),
			p,
			trees(vec![1]),
			TokenKind::Timber,
			5,
			0,
			name(&long),
			symbol(b"S")
		));
		let big = TOKEN_DEPOSIT + DEPOSIT_PER_BYTE * (MAX_NAME_LEN as Balance + 1);
		assert_eq!(TreeTokens::token_deposit(MAX_NAME_LEN + 1), big);
		assert_eq!(Tokens::<Test>::get(short + 1).unwrap().deposit, big);
		assert_eq!(held_deposit(OWNER), DEPOSIT + big);
		assert_eq!(Balances::balance(&OWNER), START - DEPOSIT - big);
		assert_ok!(TreeTokens::do_try_state());
		assert_ok!(TreeTokens::redeem(RuntimeOrigin::signed(OWNER), short));
		assert_eq!(held_deposit(OWNER), big);

		// An issuer that cannot pay the deposit cannot tokenise.
		let spare = Balances::balance(&OWNER) - (DEPOSIT - 1);
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<_>>::transfer(
			&OWNER,
			&CAROL,
			spare,
			frame_support::traits::tokens::Preservation::Preserve
		));
		assert_noop!(
			TreeTokens::tokenise(
				RuntimeOrigin::signed(OWNER),
				p,
				trees(vec![2]),
				TokenKind::Timber,
				5,
				0,
				name(NAME),
				symbol(SYMBOL)
			),
			TokenError::FundsUnavailable
		);
	});
}

/// Random transfers, deposits, claims and trades of lots among four holders: after every step
/// the pallet's invariants hold, the pot holds its deposit plus exactly what is unpaid, what
/// holders can claim never exceeds it, and in the end everyone claims all but a few planck of
/// rounding per deposit.
#[test]
fn random_flows_conserve_money() {
	run(|| {
		let token = tokenise(parcel(1), vec![], TokenKind::Revenue, 1_000_003);
		let holders = [OWNER, ALICE, BOB, CAROL];
		let mut seed = 0x2545_f491_4f6c_dd1du64;
		let mut rand = |n: u64| {
			seed ^= seed << 13;
			seed ^= seed >> 7;
			seed ^= seed << 17;
			seed % n
		};
		let mut deposits = 0u128;
		let mut open: Vec<(ContractId, AccountId, Balance)> = Vec::new();
		let mut next_contract = 0;
		let (mut refused, mut traded) = (0, 0);
		for _ in 0..600 {
			match rand(5) {
				0 => {
					let from = holders[rand(4) as usize];
					let to = holders[rand(4) as usize];
					let held = Assets::balance(token, from);
					if from != to && held > 0 {
						let amount = 1 + rand(held as u64) as u128;
						let free = TreeTokens::transferable(token, &from);
						let r =
							TreeTokens::transfer(RuntimeOrigin::signed(from), token, to, amount);
						if amount <= free {
							assert_ok!(r);
						} else {
							assert_eq!(r, Err(Error::<Test>::LotInTrade.into()));
							refused += 1;
						}
					}
				},
				1 => {
					assert_ok!(TreeTokens::deposit_revenue(
						RuntimeOrigin::signed(OWNER),
						token,
						1 + rand(5_000) as u128
					));
					deposits += 1;
				},
				2 => {
					let who = holders[rand(4) as usize];
					let _ = TreeTokens::claim(RuntimeOrigin::signed(who), token);
				},
				3 => {
					let seller = holders[rand(4) as usize];
					let free = TreeTokens::transferable(token, &seller);
					if free > 0 {
						let amount = 1 + rand(free as u64) as u128;
						assert_ok!(freeze(seller, token, amount, next_contract));
						open.push((next_contract, seller, amount));
						next_contract += 1;
					}
				},
				_ => {
					if !open.is_empty() {
						let (contract, seller, amount) =
							open.swap_remove(rand(open.len() as u64) as usize);
						if rand(2) == 0 {
							assert_ok!(release(seller, token, amount, contract));
						} else {
							let buyer = holders[rand(4) as usize];
							assert_ok!(deliver(seller, buyer, token, amount, contract));
						}
						traded += 1;
					}
				},
			}
			assert_ok!(TreeTokens::do_try_state());
			assert_money_conserved(token);
			let owed: u128 = holders.iter().map(|h| TreeTokens::claimable(token, h)).sum();
			let info = Tokens::<Test>::get(token).unwrap();
			assert!(owed + info.carry <= info.deposited - info.claimed);
			assert_eq!(holders.iter().map(|h| Assets::balance(token, h)).sum::<u128>(), 1_000_003);
		}
		assert!(deposits > 50 && traded > 50 && refused > 0, "{deposits} {traded} {refused}");
		for (contract, seller, amount) in open {
			assert_ok!(release(seller, token, amount, contract));
		}
		for who in holders {
			let _ = TreeTokens::claim(RuntimeOrigin::signed(who), token);
		}
		let info = Tokens::<Test>::get(token).unwrap();
		let left = info.deposited - info.claimed - info.carry;
		// Each settlement floors at most one planck per holder.
		assert!(left <= 4 * 600, "{left} planck unpaid");
		assert_money_conserved(token);
	});
}

#[test]
fn token_lots_are_frozen_on_the_seller_during_a_trade() {
	run(|| {
		let token = tokenise(parcel(1), vec![], TokenKind::Revenue, 100);
		let lot = TradeItem::TokenLot { token, amount: 40 };
		assert_noop!(
			<TreeTokens as TradeItems<_>>::ensure_sellable(&ALICE, &lot),
			Error::<Test>::InsufficientTokens
		);
		assert_noop!(
			<TreeTokens as TradeItems<_>>::ensure_sellable(
				&OWNER,
				&TradeItem::TokenLot { token, amount: 0 }
			),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			<TreeTokens as TradeItems<_>>::ensure_sellable(&OWNER, &TradeItem::Parcel(0)),
			Error::<Test>::NotATokenLot
		);
		assert_ok!(freeze(OWNER, token, 40, 7));
		// The lot stays on the seller's account, frozen.
		assert_eq!(Assets::balance(token, OWNER), 100);
		assert_eq!(Frozen::<Test>::get(token, OWNER), 40);
		assert_eq!(TreeTokens::transferable(token, &OWNER), 60);
		assert_eq!(TradeLots::<Test>::get(7), Some(TradeLot { seller: OWNER, token, amount: 40 }));
		assert_noop!(freeze(OWNER, token, 1, 7), Error::<Test>::LotAlreadyFrozen);
		// The seller cannot sell the lot twice.
		assert_noop!(
			<TreeTokens as TradeItems<_>>::ensure_sellable(
				&OWNER,
				&TradeItem::TokenLot { token, amount: 61 }
			),
			Error::<Test>::InsufficientTokens
		);
		assert_noop!(freeze(OWNER, token, 61, 8), Error::<Test>::InsufficientTokens);
		// Revenue during the trade is the seller's; after delivery it is the buyer's.
		assert_ok!(TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, 1_000));
		assert_eq!(TreeTokens::claimable(token, &OWNER), 1_000);
		assert_noop!(deliver(OWNER, BOB, token, 40, 9), Error::<Test>::UnknownLot);
		assert_noop!(deliver(OWNER, BOB, token, 39, 7), Error::<Test>::UnknownLot);
		assert_noop!(deliver(ALICE, BOB, token, 40, 7), Error::<Test>::UnknownLot);
		assert_ok!(deliver(OWNER, BOB, token, 40, 7));
		assert_eq!(last_event(), Event::Transferred { token, from: OWNER, to: BOB, amount: 40 });
		assert_eq!((Assets::balance(token, OWNER), Assets::balance(token, BOB)), (60, 40));
		assert_eq!(Frozen::<Test>::get(token, OWNER), 0);
		assert!(!Frozen::<Test>::contains_key(token, OWNER));
		assert!(!TradeLots::<Test>::contains_key(7));
		assert_eq!(TreeTokens::claimable(token, &OWNER), 1_000);
		assert_eq!(TreeTokens::claimable(token, &BOB), 0);
		assert_ok!(TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, 1_000));
		assert_eq!(TreeTokens::claimable(token, &BOB), 400);
		assert_money_conserved(token);
		assert_noop!(release(OWNER, token, 40, 7), Error::<Test>::UnknownLot);

		// A lapsed trade unfreezes the lot.
		assert_ok!(freeze(BOB, token, 10, 9));
		assert_eq!(TreeTokens::transferable(token, &BOB), 30);
		assert_ok!(release(BOB, token, 10, 9));
		assert_eq!(TreeTokens::transferable(token, &BOB), 40);
		assert_eq!(Assets::balance(token, BOB), 40);
		assert_money_conserved(token);
	});
}

/// The jam of the security review: a unit sent to the account a lot waited in made the
/// custody account undeletable, so release and delivery reverted for good.
#[test]
fn stray_transfers_cannot_jam_a_trade() {
	run(|| {
		let token = tokenise(parcel(1), vec![], TokenKind::Revenue, 100);
		send(OWNER, token, ALICE, 10);
		assert_ok!(freeze(OWNER, token, 40, 7));
		assert_ok!(freeze(OWNER, token, 20, 8));
		// Anyone sends a unit to what was the custody account (funded, so that it can hold
		// tokens), to the seller and to the buyer.
		for custody in [old_custody(7), old_custody(8)] {
			assert_ok!(<Balances as frame_support::traits::fungible::Mutate<_>>::transfer(
				&CAROL,
				&custody,
				10 * ED,
				frame_support::traits::tokens::Preservation::Preserve
			));
		}
		for to in [old_custody(7), old_custody(8), OWNER, BOB] {
			assert_ok!(TreeTokens::transfer(RuntimeOrigin::signed(ALICE), token, to, 1));
		}
		assert_ok!(TreeTokens::deposit_revenue(RuntimeOrigin::signed(OWNER), token, 1_000));
		assert_ok!(release(OWNER, token, 40, 7));
		assert_ok!(deliver(OWNER, BOB, token, 20, 8));
		assert_eq!(Assets::balance(token, BOB), 21);
		assert_eq!(Assets::balance(token, OWNER), 100 - 10 + 1 - 20);
		assert!(Frozen::<Test>::iter_prefix(token).next().is_none());
		assert_money_conserved(token);
	});
}

#[test]
fn frozen_units_cannot_be_moved_or_redeemed() {
	run(|| {
		let token = tokenise(parcel(1), vec![], TokenKind::Timber, 100);
		// Two lots of one seller add up.
		assert_ok!(freeze(OWNER, token, 30, 1));
		assert_ok!(freeze(OWNER, token, 20, 2));
		assert_eq!(Frozen::<Test>::get(token, OWNER), 50);
		assert_noop!(freeze(OWNER, token, 51, 3), Error::<Test>::InsufficientTokens);
		assert_ok!(TreeTokens::do_try_state());
		// The issuer holds the whole supply but cannot burn the frozen part.
		assert_noop!(
			TreeTokens::redeem(RuntimeOrigin::signed(OWNER), token),
			Error::<Test>::LotInTrade
		);
		// Only the unfrozen rest moves.
		assert_noop!(
			TreeTokens::transfer(RuntimeOrigin::signed(OWNER), token, ALICE, 51),
			Error::<Test>::LotInTrade
		);
		assert_noop!(
			TreeTokens::transfer(RuntimeOrigin::signed(OWNER), token, ALICE, 101),
			sp_runtime::ArithmeticError::Underflow
		);
		send(OWNER, token, ALICE, 50);
		assert_eq!(TreeTokens::transferable(token, &OWNER), 0);
		assert_noop!(
			TreeTokens::transfer(RuntimeOrigin::signed(OWNER), token, ALICE, 1),
			Error::<Test>::LotInTrade
		);
		assert_noop!(freeze(OWNER, token, 1, 3), Error::<Test>::InsufficientTokens);
		// Ending one trade frees its lot only.
		assert_ok!(release(OWNER, token, 30, 1));
		assert_eq!(Frozen::<Test>::get(token, OWNER), 20);
		assert_noop!(
			TreeTokens::transfer(RuntimeOrigin::signed(OWNER), token, ALICE, 31),
			Error::<Test>::LotInTrade
		);
		send(OWNER, token, ALICE, 30);
		send(ALICE, token, OWNER, 80);
		assert_noop!(
			TreeTokens::redeem(RuntimeOrigin::signed(OWNER), token),
			Error::<Test>::LotInTrade
		);
		assert_ok!(release(OWNER, token, 20, 2));
		assert_ok!(TreeTokens::redeem(RuntimeOrigin::signed(OWNER), token));
	});
}
