//! # Tree sponsorship: carbon-offset certificates for registered trees
//!
//! The sample CEC DApp. Anyone may sponsor a standing tree of CEC Chain's forestry registry for
//! a number of days at the admin's price per day; the whole payment goes to the tree's owner
//! at once and the sponsor gets a certificate (stored here, announced by a `Sponsored` event).
//! A tree has at most one active sponsorship at a time in this contract, so its certificates never
//! count one tree's offset twice (another deployment keeps its own list). What it cannot see: an
//! owner sponsoring its own tree from a second account, and a tree felled or sold during the
//! term (the certificate stays active, and the payment went to the owner of the day).
//!
//! Trees are looked up through CEC Chain's chain extension (`cec_env`), by smart code.
#![cfg_attr(not(feature = "std"), no_std, no_main)]

#[ink::contract(env = cec_env::CecEnvironment)]
mod tree_sponsorship {
	use cec_env::{CecError, TreeStatus};
	use ink::{prelude::vec::Vec, storage::Mapping};

	/// Blocks per day (6 s blocks).
	pub const BLOCKS_PER_DAY: BlockNumber = 14_400;
	/// Shortest sponsorship, in days.
	pub const MIN_DAYS: u32 = 1;
	/// Longest sponsorship, in days (about ten years).
	pub const MAX_DAYS: u32 = 3_650;

	/// A sponsorship: who paid whom how much for which tree, and for which blocks
	/// (`from` included, `until` excluded).
	#[derive(Debug, Clone, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Certificate {
		/// Its id (from 1).
		pub id: u64,
		/// Who paid.
		pub sponsor: AccountId,
		/// The tree's parcel.
		pub parcel: u32,
		/// The tree's index in its parcel.
		pub index: u32,
		/// The tree's species at the time.
		pub species: u16,
		/// The tree's owner at the time, who was paid.
		pub owner: AccountId,
		/// What was paid.
		pub paid: Balance,
		/// First block of the sponsorship.
		pub from: BlockNumber,
		/// First block after the sponsorship.
		pub until: BlockNumber,
	}

	/// A tree was sponsored.
	#[ink(event)]
	pub struct Sponsored {
		/// The certificate's id.
		#[ink(topic)]
		pub id: u64,
		/// Who paid.
		#[ink(topic)]
		pub sponsor: AccountId,
		/// The tree's parcel.
		pub parcel: u32,
		/// The tree's index in its parcel.
		pub index: u32,
		/// Who was paid.
		pub owner: AccountId,
		/// What was paid.
		pub paid: Balance,
		/// First block after the sponsorship.
		pub until: BlockNumber,
	}

	/// Why a call failed.
	#[derive(Debug, Clone, Copy, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	pub enum Error {
		/// Only the admin may do this.
		NotAdmin,
		/// Days must be within 1..=3650.
		InvalidDays,
		/// The transferred value is not exactly price per day × days.
		WrongPayment,
		/// The code is not a valid smart code.
		MalformedCode,
		/// The smart code names no registered tree.
		UnknownTree,
		/// The tree is felled.
		TreeFelled,
		/// The sponsor owns the tree.
		OwnTree,
		/// The tree already has an active sponsorship.
		AlreadySponsored,
		/// Paying the owner failed.
		TransferFailed,
		/// The chain extension failed otherwise (unknown function, undecodable answer).
		ExtensionFailed,
		/// A number would overflow (price × days, the end block, the next id).
		Overflow,
		/// The price per day must not be zero.
		ZeroPrice,
	}

	impl From<CecError> for Error {
		fn from(e: CecError) -> Self {
			match e {
				CecError::MalformedCode => Error::MalformedCode,
				CecError::TreeNotFound => Error::UnknownTree,
				CecError::UnknownFunction | CecError::InvalidInput | CecError::Decode => {
					Error::ExtensionFailed
				},
			}
		}
	}

	/// The contract's result type.
	pub type Result<T> = core::result::Result<T, Error>;

	/// The contract's storage.
	#[ink(storage)]
	pub struct TreeSponsorship {
		/// Who may change the price.
		admin: AccountId,
		/// Price of one day of sponsorship.
		price_per_day: Balance,
		/// Certificates issued so far (also the last id).
		count: u64,
		/// Every certificate by id.
		certificates: Mapping<u64, Certificate>,
		/// The latest certificate of each tree, by `(parcel, index)`.
		latest: Mapping<(u32, u32), u64>,
	}

	impl TreeSponsorship {
		/// A sponsorship contract at `price_per_day` (not zero: free sponsorships would let
		/// anyone hold every tree for ten years); the caller becomes its admin.
		#[ink(constructor)]
		pub fn new(price_per_day: Balance) -> Result<Self> {
			if price_per_day == 0 {
				return Err(Error::ZeroPrice);
			}
			Ok(Self {
				admin: Self::env().caller(),
				price_per_day,
				count: 0,
				certificates: Mapping::default(),
				latest: Mapping::default(),
			})
		}

		/// Sets the price of one day of sponsorship (admin only).
		#[ink(message)]
		pub fn set_price(&mut self, price_per_day: Balance) -> Result<()> {
			if self.env().caller() != self.admin {
				return Err(Error::NotAdmin);
			}
			if price_per_day == 0 {
				return Err(Error::ZeroPrice);
			}
			self.price_per_day = price_per_day;
			Ok(())
		}

		/// Sponsors the tree `code` names for `days` days, paying exactly price per day ×
		/// days (transferred with the call), all of it to the tree's owner. Returns the
		/// certificate's id.
		#[ink(message, payable)]
		pub fn sponsor(&mut self, code: Vec<u8>, days: u32) -> Result<u64> {
			if !(MIN_DAYS..=MAX_DAYS).contains(&days) {
				return Err(Error::InvalidDays);
			}
			let price =
				self.price_per_day.checked_mul(Balance::from(days)).ok_or(Error::Overflow)?;
			let paid = self.env().transferred_value();
			if paid != price {
				return Err(Error::WrongPayment);
			}

			let tree = self.env().extension().tree_by_code(code)?;
			if tree.status == TreeStatus::Felled {
				return Err(Error::TreeFelled);
			}
			let sponsor = self.env().caller();
			if sponsor == tree.owner {
				return Err(Error::OwnTree);
			}
			let key = (tree.parcel, tree.index);
			if self.active_certificate(tree.parcel, tree.index).is_some() {
				return Err(Error::AlreadySponsored);
			}

			let now = self.env().block_number();
			let until = days
				.checked_mul(BLOCKS_PER_DAY)
				.and_then(|blocks| now.checked_add(blocks))
				.ok_or(Error::Overflow)?;
			let id = self.count.checked_add(1).ok_or(Error::Overflow)?;

			// A plain balance transfer runs no code, so paying before recording is safe; an
			// `Err` from this message reverts everything on chain anyway.
			self.env().transfer(tree.owner, paid).map_err(|_| Error::TransferFailed)?;

			let certificate = Certificate {
				id,
				sponsor,
				parcel: tree.parcel,
				index: tree.index,
				species: tree.species,
				owner: tree.owner,
				paid,
				from: now,
				until,
			};
			self.certificates.insert(id, &certificate);
			self.latest.insert(key, &id);
			self.count = id;
			self.env().emit_event(Sponsored {
				id,
				sponsor,
				parcel: tree.parcel,
				index: tree.index,
				owner: tree.owner,
				paid,
				until,
			});
			Ok(id)
		}

		/// Certificate `id`, if issued (expired ones stay readable).
		#[ink(message)]
		pub fn certificate(&self, id: u64) -> Option<Certificate> {
			self.certificates.get(id)
		}

		/// The id of the tree's active (not yet expired) certificate, if any.
		#[ink(message)]
		pub fn active_certificate(&self, parcel: u32, index: u32) -> Option<u64> {
			let id = self.latest.get((parcel, index))?;
			let certificate = self.certificates.get(id)?;
			(self.env().block_number() < certificate.until).then_some(id)
		}

		/// Price of one day of sponsorship.
		#[ink(message)]
		pub fn price_per_day(&self) -> Balance {
			self.price_per_day
		}

		/// Certificates issued so far (the last id).
		#[ink(message)]
		pub fn certificates_count(&self) -> u64 {
			self.count
		}

		/// The admin.
		#[ink(message)]
		pub fn admin(&self) -> AccountId {
			self.admin
		}
	}

	/// Shared set-up of the off-chain tests: accounts, the mocked chain extension, payments.
	#[cfg(test)]
	mod testing {
		use super::*;
		use cec_env::mock::{tree, MockCec};
		use ink::env::test::{self, DefaultAccounts};

		pub type Env = cec_env::CecEnvironment;

		pub const PRICE: Balance = 10;
		pub const FUNDS: Balance = 1_000_000_000;

		pub struct World {
			pub chain: MockCec,
			pub accounts: DefaultAccounts<Env>,
			pub contract: AccountId,
		}

		/// Alice deploys at `PRICE`; the chain knows no trees yet. Bob, Charlie, Eve and
		/// Frank have `FUNDS`; Django owns the trees `add_tree` adds.
		pub fn world() -> (World, TreeSponsorship) {
			let chain = MockCec::register();
			let accounts = test::default_accounts::<Env>();
			let contract = AccountId::from([0xC0; 32]);
			for who in [accounts.bob, accounts.charlie, accounts.eve, accounts.frank] {
				test::set_account_balance::<Env>(who, FUNDS);
			}
			test::set_account_balance::<Env>(accounts.django, 0);
			test::set_account_balance::<Env>(contract, 0);
			test::set_callee::<Env>(contract);
			test::set_caller::<Env>(accounts.alice);
			let c = TreeSponsorship::new(PRICE).expect("a price");
			(World { chain, accounts, contract }, c)
		}

		impl World {
			/// Registers a standing tree owned by `owner`; returns its smart code.
			pub fn add_tree(&self, parcel: u32, index: u32, owner: AccountId) -> Vec<u8> {
				self.chain.add_tree(tree(parcel, index, owner))
			}
		}

		pub fn balance(who: AccountId) -> Balance {
			test::get_account_balance::<Env>(who).unwrap_or_default()
		}

		/// `who` calls `sponsor(code, days)` transferring `value`: moved from `who` to the
		/// contract first, and back if the message returns `Err`, as pallet-contracts does
		/// (ink! 5 reverts a message that returns `Err`; the off-chain engine does not).
		pub fn sponsor_as(
			c: &mut TreeSponsorship,
			who: AccountId,
			code: &[u8],
			days: u32,
			value: Balance,
		) -> Result<u64> {
			test::set_caller::<Env>(who);
			let (who_before, contract_before) = (balance(who), balance(test::callee::<Env>()));
			test::transfer_in::<Env>(value);
			let result = c.sponsor(code.to_vec(), days);
			if result.is_err() {
				test::set_account_balance::<Env>(who, who_before);
				test::set_account_balance::<Env>(test::callee::<Env>(), contract_before);
			}
			result
		}

		pub fn advance_blocks(n: u32) {
			for _ in 0..n {
				test::advance_block::<Env>();
			}
		}

		pub fn now() -> BlockNumber {
			ink::env::block_number::<Env>()
		}

		/// The `Sponsored` events emitted so far, decoded.
		pub fn sponsored_events() -> Vec<Sponsored> {
			test::recorded_events()
				.map(|e| {
					<Sponsored as ink::scale::Decode>::decode(&mut &e.data[..])
						.expect("a Sponsored event")
				})
				.collect()
		}
	}

	/// Unit tests: one behaviour each, off-chain, with the chain extension mocked.
	#[cfg(test)]
	mod tests {
		use super::{testing::*, *};
		use ink::env::test;

		#[ink::test]
		fn new_sets_admin_and_price() {
			let (w, c) = world();
			assert_eq!(c.admin(), w.accounts.alice);
			assert_eq!(c.price_per_day(), PRICE);
			assert_eq!(c.certificates_count(), 0);
			assert_eq!(c.certificate(1), None);
			assert_eq!(c.active_certificate(1, 74), None);
		}

		#[ink::test]
		fn happy_path_pays_owner_and_issues_certificate() {
			let (w, mut c) = world();
			let a = &w.accounts;
			let code = w.add_tree(1, 74, a.django);
			assert_eq!(code, b"1-2A8");
			advance_blocks(5);

			let id = sponsor_as(&mut c, a.bob, &code, 30, 30 * PRICE);
			assert_eq!(id, Ok(1));
			assert_eq!(balance(a.django), 30 * PRICE);
			assert_eq!(balance(a.bob), FUNDS - 30 * PRICE);
			assert_eq!(balance(w.contract), 0);

			let until = 5 + 30 * BLOCKS_PER_DAY;
			let expected = Certificate {
				id: 1,
				sponsor: a.bob,
				parcel: 1,
				index: 74,
				species: 1,
				owner: a.django,
				paid: 30 * PRICE,
				from: 5,
				until,
			};
			assert_eq!(c.certificate(1), Some(expected));
			assert_eq!(c.certificates_count(), 1);
			assert_eq!(c.active_certificate(1, 74), Some(1));

			let events = sponsored_events();
			assert_eq!(events.len(), 1);
			let e = &events[0];
			assert_eq!(
				(e.id, e.sponsor, e.parcel, e.index, e.owner, e.paid, e.until),
				(1, a.bob, 1, 74, a.django, 30 * PRICE, until)
			);
			// Signature topic plus the two `#[ink(topic)]` fields.
			assert_eq!(test::recorded_events().next().unwrap().topics.len(), 3);
		}

		#[ink::test]
		fn invalid_days() {
			let (w, mut c) = world();
			let code = w.add_tree(1, 74, w.accounts.django);
			let bob = w.accounts.bob;
			assert_eq!(sponsor_as(&mut c, bob, &code, 0, 0), Err(Error::InvalidDays));
			assert_eq!(
				sponsor_as(&mut c, bob, &code, 3_651, 3_651 * PRICE),
				Err(Error::InvalidDays)
			);
			assert_eq!(sponsor_as(&mut c, bob, &code, 3_650, 3_650 * PRICE), Ok(1));
			assert_eq!(c.certificate(1).unwrap().until, 3_650 * BLOCKS_PER_DAY);
		}

		#[ink::test]
		fn wrong_payment() {
			let (w, mut c) = world();
			let code = w.add_tree(1, 74, w.accounts.django);
			let bob = w.accounts.bob;
			assert_eq!(sponsor_as(&mut c, bob, &code, 2, 2 * PRICE - 1), Err(Error::WrongPayment));
			assert_eq!(sponsor_as(&mut c, bob, &code, 2, 2 * PRICE + 1), Err(Error::WrongPayment));
			assert_eq!(sponsor_as(&mut c, bob, &code, 2, 0), Err(Error::WrongPayment));
			assert_eq!(c.certificates_count(), 0);
			assert_eq!(balance(bob), FUNDS);
			assert_eq!(balance(w.accounts.django), 0);
		}

		#[ink::test]
		fn price_times_days_overflow() {
			let (w, mut c) = world();
			let code = w.add_tree(1, 74, w.accounts.django);
			test::set_caller::<Env>(w.accounts.alice);
			assert_eq!(c.set_price(Balance::MAX / 2), Ok(()));
			assert_eq!(sponsor_as(&mut c, w.accounts.bob, &code, 3, 0), Err(Error::Overflow));
		}

		#[ink::test]
		fn malformed_code() {
			let (w, mut c) = world();
			w.add_tree(1, 74, w.accounts.django);
			let bob = w.accounts.bob;
			for bad in [&b"1-2A7"[..], b"12A8", b"", b"01-2A8", &[b'1'; 40]] {
				assert_eq!(sponsor_as(&mut c, bob, bad, 1, PRICE), Err(Error::MalformedCode));
			}
		}

		#[ink::test]
		fn unknown_tree() {
			let (w, mut c) = world();
			w.add_tree(1, 74, w.accounts.django);
			let other = cec_env::smart_code::encode(1, 75);
			assert_eq!(
				sponsor_as(&mut c, w.accounts.bob, &other, 1, PRICE),
				Err(Error::UnknownTree)
			);
		}

		#[ink::test]
		fn felled_tree() {
			let (w, mut c) = world();
			let code = w.add_tree(1, 74, w.accounts.django);
			w.chain.fell(1, 74);
			assert_eq!(sponsor_as(&mut c, w.accounts.bob, &code, 1, PRICE), Err(Error::TreeFelled));
		}

		#[ink::test]
		fn own_tree() {
			let (w, mut c) = world();
			let code = w.add_tree(1, 74, w.accounts.bob);
			assert_eq!(sponsor_as(&mut c, w.accounts.bob, &code, 1, PRICE), Err(Error::OwnTree));
		}

		#[ink::test]
		fn one_active_sponsorship_per_tree_whatever_the_spelling() {
			let (w, mut c) = world();
			let code = w.add_tree(1, 74, w.accounts.django);
			assert_eq!(sponsor_as(&mut c, w.accounts.bob, &code, 1, PRICE), Ok(1));
			// Same tree, look-alike spellings, another sponsor.
			for spelling in [&b"1-2A8"[..], b"1-2a8", b"I-2A8", b"l-2a8"] {
				assert_eq!(
					sponsor_as(&mut c, w.accounts.charlie, spelling, 1, PRICE),
					Err(Error::AlreadySponsored)
				);
			}
			// Still active on the last block.
			advance_blocks(BLOCKS_PER_DAY - 1);
			assert_eq!(
				sponsor_as(&mut c, w.accounts.charlie, &code, 1, PRICE),
				Err(Error::AlreadySponsored)
			);
		}

		#[ink::test]
		fn expiry_then_sponsor_again() {
			let (w, mut c) = world();
			let code = w.add_tree(1, 74, w.accounts.django);
			assert_eq!(sponsor_as(&mut c, w.accounts.bob, &code, 2, 2 * PRICE), Ok(1));
			advance_blocks(2 * BLOCKS_PER_DAY);
			assert_eq!(now(), 2 * BLOCKS_PER_DAY);
			assert_eq!(c.active_certificate(1, 74), None);
			assert_eq!(sponsor_as(&mut c, w.accounts.charlie, b"1-2a8", 1, PRICE), Ok(2));
			assert_eq!(c.active_certificate(1, 74), Some(2));
			// The expired certificate stays readable.
			assert_eq!(c.certificate(1).unwrap().sponsor, w.accounts.bob);
			assert_eq!(c.certificate(2).unwrap().from, 2 * BLOCKS_PER_DAY);
			assert_eq!(balance(w.accounts.django), 3 * PRICE);
		}

		#[ink::test]
		fn transfer_failure_is_reported() {
			let (w, mut c) = world();
			let code = w.add_tree(1, 74, w.accounts.django);
			// A contract account the off-chain engine has no balance for: its transfer fails.
			test::set_callee::<Env>(AccountId::from([0xEE; 32]));
			test::set_caller::<Env>(w.accounts.bob);
			test::set_value_transferred::<Env>(PRICE);
			assert_eq!(c.sponsor(code, 1), Err(Error::TransferFailed));
			assert_eq!(balance(w.accounts.django), 0);
		}

		#[ink::test]
		fn a_zero_price_is_refused() {
			let (w, mut c) = world();
			test::set_caller::<Env>(w.accounts.alice);
			assert_eq!(TreeSponsorship::new(0).err(), Some(Error::ZeroPrice));
			assert_eq!(c.set_price(0), Err(Error::ZeroPrice));
			assert_eq!(c.price_per_day(), PRICE);
		}

		#[ink::test]
		fn set_price_admin_only() {
			let (w, mut c) = world();
			test::set_caller::<Env>(w.accounts.bob);
			assert_eq!(c.set_price(1), Err(Error::NotAdmin));
			assert_eq!(c.price_per_day(), PRICE);
			test::set_caller::<Env>(w.accounts.alice);
			assert_eq!(c.set_price(25), Ok(()));
			assert_eq!(c.price_per_day(), 25);

			let code = w.add_tree(1, 74, w.accounts.django);
			assert_eq!(
				sponsor_as(&mut c, w.accounts.bob, &code, 2, 2 * PRICE),
				Err(Error::WrongPayment)
			);
			assert_eq!(sponsor_as(&mut c, w.accounts.bob, &code, 2, 50), Ok(1));
		}

		#[test]
		fn extension_errors_map_onto_contract_errors() {
			assert_eq!(Error::from(CecError::MalformedCode), Error::MalformedCode);
			assert_eq!(Error::from(CecError::TreeNotFound), Error::UnknownTree);
			for e in [CecError::UnknownFunction, CecError::InvalidInput, CecError::Decode] {
				assert_eq!(Error::from(e), Error::ExtensionFailed);
			}
		}
	}

	/// Off-chain end-to-end: a whole story through the contract's public API only, on one
	/// mocked chain (several sponsors and trees, owners paid, expiry, a tree felled midway,
	/// a price change). Not `ink_e2e`: no node, the chain extension is `cec_env::mock`.
	#[cfg(test)]
	mod offchain_end_to_end {
		use super::{testing::*, *};
		use ink::env::test;

		#[ink::test]
		fn forest_sponsorship_story() {
			let (w, mut c) = world();
			let a = &w.accounts;
			// Django owns two trees of parcel 1, Eve one tree of parcel 7.
			let oak = w.add_tree(1, 74, a.django);
			let pine = w.add_tree(1, 75, a.django);
			let birch = w.add_tree(7, 3, a.eve);

			// Block 0: Bob sponsors the oak for 10 days, Charlie the birch for 1 day.
			assert_eq!(sponsor_as(&mut c, a.bob, &oak, 10, 10 * PRICE), Ok(1));
			assert_eq!(sponsor_as(&mut c, a.charlie, &birch, 1, PRICE), Ok(2));
			// Charlie also wants the oak (typed in lower case): taken.
			assert_eq!(
				sponsor_as(&mut c, a.charlie, b"1-2a8", 5, 5 * PRICE),
				Err(Error::AlreadySponsored)
			);
			// Eve cannot sponsor her own birch, but may sponsor Django's pine.
			assert_eq!(sponsor_as(&mut c, a.eve, &birch, 1, PRICE), Err(Error::OwnTree));
			assert_eq!(sponsor_as(&mut c, a.eve, &pine, 3, 3 * PRICE), Ok(3));
			assert_eq!(balance(a.django), 13 * PRICE);
			assert_eq!(balance(a.eve), FUNDS - 3 * PRICE + PRICE);

			// One day later the birch is free again; the oak and the pine are not.
			advance_blocks(BLOCKS_PER_DAY);
			assert_eq!(c.active_certificate(7, 3), None);
			assert_eq!(c.active_certificate(1, 74), Some(1));
			assert_eq!(c.active_certificate(1, 75), Some(3));
			assert_eq!(sponsor_as(&mut c, a.frank, &birch, 2, 2 * PRICE), Ok(4));

			// The pine is felled while sponsored: its certificate runs out as issued, but it
			// cannot be sponsored again.
			w.chain.fell(1, 75);
			advance_blocks(3 * BLOCKS_PER_DAY);
			assert_eq!(c.active_certificate(1, 75), None);
			assert_eq!(sponsor_as(&mut c, a.bob, &pine, 1, PRICE), Err(Error::TreeFelled));

			// The admin doubles the price; the birch (free again since day 3) costs more now.
			test::set_caller::<Env>(a.bob);
			assert_eq!(c.set_price(2 * PRICE), Err(Error::NotAdmin));
			test::set_caller::<Env>(a.alice);
			assert_eq!(c.set_price(2 * PRICE), Ok(()));
			assert_eq!(sponsor_as(&mut c, a.charlie, &birch, 1, PRICE), Err(Error::WrongPayment));
			assert_eq!(sponsor_as(&mut c, a.charlie, &birch, 1, 2 * PRICE), Ok(5));

			// The oak's ten days run out; Frank takes it over.
			advance_blocks(6 * BLOCKS_PER_DAY);
			assert_eq!(now(), 10 * BLOCKS_PER_DAY);
			assert_eq!(c.active_certificate(1, 74), None);
			assert_eq!(sponsor_as(&mut c, a.frank, b"I-2A8", 30, 600), Ok(6));

			// Ledger: six certificates, each owner paid exactly what the sponsors paid.
			assert_eq!(c.certificates_count(), 6);
			let certificates: Vec<Certificate> =
				(1..=6).map(|id| c.certificate(id).unwrap()).collect();
			let paid_to = |owner: AccountId| -> Balance {
				certificates.iter().filter(|x| x.owner == owner).map(|x| x.paid).sum()
			};
			assert_eq!(balance(a.django), paid_to(a.django));
			assert_eq!(balance(a.eve), FUNDS - 3 * PRICE + paid_to(a.eve));
			assert_eq!(paid_to(a.django), 10 * PRICE + 3 * PRICE + 600);
			assert_eq!(paid_to(a.eve), PRICE + 2 * PRICE + 2 * PRICE);
			assert_eq!(balance(w.contract), 0);
			assert_eq!(
				certificates.iter().map(|x| (x.sponsor, x.parcel, x.index)).collect::<Vec<_>>(),
				vec![
					(a.bob, 1, 74),
					(a.charlie, 7, 3),
					(a.eve, 1, 75),
					(a.frank, 7, 3),
					(a.charlie, 7, 3),
					(a.frank, 1, 74),
				]
			);
			// One event per certificate, same ids, same payments.
			let events = sponsored_events();
			assert_eq!(
				events.iter().map(|e| (e.id, e.paid)).collect::<Vec<_>>(),
				certificates.iter().map(|x| (x.id, x.paid)).collect::<Vec<_>>()
			);
			// The contract only ever asked the extension for trees (function 1).
			assert!(w.chain.calls().iter().all(|(f, _)| *f == 1));
		}
	}
}
