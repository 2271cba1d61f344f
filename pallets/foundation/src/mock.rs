use crate as pallet_foundation;
use cec_primitives::{SpendIndex, TreasurySpend};
use frame_support::{derive_impl, parameter_types, traits::ConstU64};
use frame_system::{EnsureRoot, EnsureRootWithSuccess};
use sp_runtime::{BuildStorage, DispatchError};

pub type AccountId = u64;
pub type Balance = u64;
type Block = frame_system::mocking::MockBlock<Test>;

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
/// The most Root may approve in one spend.
pub const SPEND_LIMIT: Balance = 1_000;
/// What the mock treasury can pay at the start of each test.
pub const TREASURY_FUNDS: Balance = 5_000;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Foundation: pallet_foundation,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
}

impl pallet_foundation::Config for Test {
	type Balance = Balance;
	type Treasury = MockTreasury;
	type SpendOrigin = EnsureRootWithSuccess<AccountId, ConstU64<SPEND_LIMIT>>;
	type ReportOrigin = EnsureRoot<AccountId>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockHelper;
}

parameter_types! {
	/// What the mock treasury can pay now.
	pub static Spendable: Balance = TREASURY_FUNDS;
	/// The index the mock treasury gives the next spend.
	pub static NextSpendIndex: SpendIndex = 0;
	/// Make the mock treasury refuse every approval.
	pub static RefuseApprovals: bool = false;
	/// The spends the mock treasury approved: (index, beneficiary, amount).
	pub static Approved: Vec<(SpendIndex, AccountId, Balance)> = Vec::new();
	/// The spends the mock treasury still has pending ([`TreasurySpend::is_open`]).
	pub static Pending: Vec<SpendIndex> = Vec::new();
}

/// A treasury like `pallet-treasury`: it approves every spend (unless told to refuse) with the
/// next index and keeps it pending, without setting the amount aside — what it can pay drops
/// only at the payout ([`pay_out`]). The spend stays pending until [`clear`].
pub struct MockTreasury;
impl TreasurySpend<AccountId, Balance> for MockTreasury {
	fn spendable() -> Balance {
		Spendable::get()
	}
	fn approve(beneficiary: &AccountId, amount: Balance) -> Result<SpendIndex, DispatchError> {
		if RefuseApprovals::get() {
			return Err(DispatchError::Other("treasury refuses"));
		}
		let index = NextSpendIndex::get();
		NextSpendIndex::set(index + 1);
		Approved::mutate(|a| a.push((index, *beneficiary, amount)));
		Pending::mutate(|p| p.push(index));
		Ok(index)
	}
	fn is_open(index: SpendIndex) -> bool {
		Pending::get().contains(&index)
	}
}

/// Pay spend `index` out, as `treasury.payout` does: what the treasury can pay drops by its
/// amount; the spend stays pending until [`clear`] (`treasury.check_status`).
pub fn pay_out(index: SpendIndex) {
	let (_, _, amount) =
		Approved::get().into_iter().find(|(i, ..)| *i == index).expect("an approved spend");
	Spendable::mutate(|s| *s = s.checked_sub(amount).expect("the treasury holds it"));
}

/// The treasury no longer has spend `index` pending (cleared after its payout, voided or
/// expired).
pub fn clear(index: SpendIndex) {
	Pending::mutate(|p| p.retain(|i| *i != index));
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, Balance> for MockHelper {
	fn fund_treasury(amount: Balance) {
		Spendable::mutate(|s| *s = s.saturating_add(amount));
	}
}

/// The mock chain at block 1, with the mock treasury holding [`TREASURY_FUNDS`].
pub fn new_test_ext() -> sp_io::TestExternalities {
	Spendable::set(TREASURY_FUNDS);
	NextSpendIndex::set(0);
	RefuseApprovals::set(false);
	Approved::set(Vec::new());
	Pending::set(Vec::new());
	let t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run `test` on [`new_test_ext`], then check the pallet's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Foundation::do_try_state().expect("invariants hold");
	});
}
