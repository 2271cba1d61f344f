//! A test runtime: CEC (pallet-balances, 12 decimals like the chain's) and a fiat-backed asset
//! (pallet-assets) behind one `fungibles` interface, as the runtime has them. The lockup pallet
//! is played by the tests: they call the [`cec_primitives::PowerObserver`] hooks themselves, with
//! power equal to shares.

use crate as pallet_dividends;
use crate::Balance;
use frame_support::{
	derive_impl, parameter_types,
	traits::{
		fungible::{NativeFromLeft, NativeOrWithId, UnionOf},
		AsEnsureOriginWithArg, ConstU128, ConstU32,
	},
	PalletId,
};
use frame_system::EnsureRoot;
use sp_runtime::{traits::AccountIdConversion, BuildStorage};

pub type AccountId = u64;
pub type AssetKind = NativeOrWithId<u32>;
type Block = frame_system::mocking::MockBlock<Test>;

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const PAYER: AccountId = 10;
pub const BUYBACK: AccountId = 98;
pub const ISSUER: AccountId = 200;
/// The market maker the mock converter trades with.
pub const MAKER: AccountId = 50;

/// One CEC.
pub const CEC: Balance = 1_000_000_000_000;
pub const ED: Balance = CEC / 100;
/// The test yuan (min balance 1).
pub const CNY: u32 = 1;
/// A second settlement asset, and one more than the pools allow.
pub const USD: u32 = 2;
pub const EUR: u32 = 3;
/// Every account starts with this much CEC and of each asset.
pub const START: Balance = 1_000_000 * CEC;
/// The pools allowed: CEC, CNY, USD.
pub const MAX_ASSETS: u32 = 3;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Dividends: pallet_dividends,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<ED>;
	type AccountStore = System;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type CreateOrigin = AsEnsureOriginWithArg<frame_system::EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Currency = Balances;
}

/// CEC and the assets as one `fungibles`.
pub type Payments = UnionOf<Balances, Assets, NativeFromLeft, AssetKind, AccountId>;

/// Power is shares one to one: what the pool itself counts.
pub struct MockPower;
impl cec_primitives::Power<AccountId, Balance> for MockPower {
	fn power_of(_who: &AccountId) -> Balance {
		0
	}
	fn total_power() -> Balance {
		crate::Eligible::<Test>::get().saturating_add(crate::Pending::<Test>::get())
	}
	fn shares_of(_who: &AccountId) -> u128 {
		0
	}
	fn total_shares() -> u128 {
		Self::total_power()
	}
}

parameter_types! {
	pub const DividendsPalletId: PalletId = PalletId(*b"cec/fees");
	pub const Buyback: AccountId = BUYBACK;
	pub const Native: AssetKind = NativeOrWithId::Native;
}

thread_local! {
	/// The mock maker's ask: units of a settlement asset for one CEC; `None`: no quote.
	pub static ASK: core::cell::Cell<Option<Balance>> = const { core::cell::Cell::new(None) };
}

/// Set the mock maker's ask (`None`: it quotes nothing).
pub fn set_ask(ask: Option<Balance>) {
	ASK.with(|a| a.set(ask));
}

/// A market maker at a fixed ask: it takes the asset and pays CEC out of its free balance,
/// if it has enough.
pub struct MockConverter;
impl cec_primitives::RevenueConverter<AccountId, AssetKind, Balance> for MockConverter {
	fn convert(from: &AccountId, asset: &AssetKind, amount: Balance) -> Option<Balance> {
		use frame_support::traits::{fungibles::Mutate, tokens::Preservation};
		let ask = ASK.with(|a| a.get())?;
		if *asset == NativeOrWithId::Native {
			return None;
		}
		let cec = amount.checked_mul(CEC)? / ask;
		frame_support::storage::with_storage_layer(|| {
			<Payments as Mutate<_>>::transfer(
				asset.clone(),
				from,
				&MAKER,
				amount,
				Preservation::Preserve,
			)?;
			<Payments as Mutate<_>>::transfer(
				NativeOrWithId::Native,
				&MAKER,
				from,
				cec,
				Preservation::Preserve,
			)
		})
		.ok()?;
		Some(cec)
	}
	fn convert_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::from_parts(1_000, 0)
	}
}

impl pallet_dividends::Config for Test {
	type AssetKind = AssetKind;
	type Converter = MockConverter;
	type Assets = Payments;
	type NativeAsset = Native;
	type Power = MockPower;
	type PalletId = DividendsPalletId;
	type BuybackAccount = Buyback;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MaxAssets = ConstU32<MAX_ASSETS>;
	type CecUnit = ConstU128<CEC>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockHelper;
}

/// Benchmark set-up in the mock.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, AssetKind> for MockHelper {
	fn asset(i: u32) -> AssetKind {
		if i == 0 {
			NativeOrWithId::Native
		} else {
			NativeOrWithId::WithId(i)
		}
	}
	fn endow(asset: &AssetKind, who: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::{Create, Inspect, Mutate};
		if let NativeOrWithId::WithId(id) = asset {
			if !<Assets as Inspect<_>>::asset_exists(*id) {
				let _ = <Assets as Create<_>>::create(*id, ISSUER, true, 1);
			}
		}
		let _ = <Payments as Mutate<_>>::mint_into(asset.clone(), who, amount);
	}
}

/// The revenue account.
pub fn pool_account() -> AccountId {
	DividendsPalletId::get().into_account_truncating()
}

/// Accounts with CEC and yuan; the revenue account with its existential deposit; CEC's, the
/// yuan's and USD's pools open (EUR has none).
pub fn new_test_ext() -> sp_io::TestExternalities {
	ext_with_pools(vec![NativeOrWithId::WithId(CNY), NativeOrWithId::WithId(USD)])
}

/// [`new_test_ext`] with CEC's pool and `pools` opened at genesis.
pub fn ext_with_pools(pools: Vec<AssetKind>) -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let people = [ALICE, BOB, CHARLIE, DAVE, PAYER, BUYBACK, ISSUER];
	let mut balances: Vec<(AccountId, Balance)> = people.iter().map(|a| (*a, START)).collect();
	balances.push((pool_account(), ED));
	// The mock maker: CEC for 1,000 conversions' worth at an ask of 1 (and an asset account).
	balances.push((MAKER, 1_000 * CEC));
	set_ask(None);
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: [CNY, USD, EUR].iter().map(|id| (*id, ISSUER, true, 1)).collect(),
		accounts: [CNY, USD, EUR]
			.iter()
			.flat_map(|id| people.iter().chain([MAKER].iter()).map(move |a| (*id, *a, START)))
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_dividends::GenesisConfig::<Test> { pools }.assimilate_storage(&mut t).unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
