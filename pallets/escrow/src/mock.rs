//! A test runtime: CEC (pallet-balances) and a fiat-backed asset (pallet-assets with
//! pallet-assets-holder) behind one `fungibles` union, the real KYC pallet, and an in-memory
//! registry of items.

use crate as pallet_escrow;
use cec_primitives::{ContractId, KycScope, KycUse, PreSale, RareItems, TradeItem, TradeItems};
use codec::Encode;
use frame_support::{
	derive_impl, parameter_types,
	traits::{
		fungible::{NativeFromLeft, NativeOrWithId, UnionOf},
		AsEnsureOriginWithArg, ConstU32, ConstU64, ConstU8,
	},
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Permill};
use std::{
	cell::RefCell,
	collections::{BTreeMap, BTreeSet},
};

pub type AccountId = u64;
pub type Balance = u64;
pub type AssetId = NativeOrWithId<u32>;
type Block = frame_system::mocking::MockBlock<Test>;

pub const SELLER: AccountId = 1;
pub const BUYER: AccountId = 2;
pub const EVE: AccountId = 3;
/// Has CEC but no KYC claim.
pub const NOKYC: AccountId = 4;
pub const ARBITER_A: AccountId = 10;
pub const ARBITER_B: AccountId = 11;
pub const ARBITER_C: AccountId = 12;
pub const PROVIDER: AccountId = 100;
pub const ISSUER: AccountId = 200;
pub const FEES: AccountId = 99;

/// The fiat-backed settlement asset.
pub const CNY: AssetId = NativeOrWithId::WithId(1);
pub const CEC: AssetId = NativeOrWithId::Native;
pub const ED: Balance = 10;
pub const CNY_MIN: Balance = 5;
pub const START_BALANCE: Balance = 1_000_000;

pub const DAY: u64 = 14_400;
pub const FUNDING: u64 = DAY;
pub const RECEIPT: u64 = 7 * DAY;
pub const ARBITRATION: u64 = 14 * DAY;
pub const MAX_DELIVERY: u64 = 90 * DAY;
pub const COOLDOWN: u64 = 3 * DAY;
pub const RATING: u64 = 30 * DAY;
/// Storage deposits, in CEC.
pub const LISTING_DEPOSIT: Balance = 30;
pub const CONTRACT_DEPOSIT: Balance = 50;
pub const EVIDENCE_DEPOSIT: Balance = 20;
pub const REVIEW_DEPOSIT: Balance = 10;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		AssetsHolder: pallet_assets_holder,
		Kyc: pallet_kyc,
		Escrow: pallet_escrow,
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
	type ExistentialDeposit = ConstU64<ED>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type CreateOrigin = AsEnsureOriginWithArg<frame_system::EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Currency = Balances;
	type Holder = AssetsHolder;
}

impl pallet_assets_holder::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeEvent = RuntimeEvent;
}

impl pallet_kyc::Config for Test {
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MaxClaimDuration = ConstU64<{ 730 * DAY }>;
	type WeightInfo = ();
}

/// CEC and every fiat-backed asset, one `fungibles` with holds.
pub type Settlement = UnionOf<Balances, AssetsHolder, NativeFromLeft, AssetId, AccountId>;
/// CEC payments go into the escrow's account; the fiat-backed asset is held on the buyer.
pub struct OnlyCec;
impl frame_support::traits::Contains<AssetId> for OnlyCec {
	fn contains(asset: &AssetId) -> bool {
		*asset == NativeOrWithId::Native
	}
}

/// The same, for transfers of free balances.
pub type Payments = UnionOf<Balances, Assets, NativeFromLeft, AssetId, AccountId>;

thread_local! {
	/// Revenue noted: asset and amount.
	pub static NOTED: core::cell::RefCell<Vec<(AssetId, Balance)>> = core::cell::RefCell::new(Vec::new());
}

/// The revenue account is [`FEES`]; what is noted is kept in [`NOTED`].
pub struct MockRevenue;
impl cec_primitives::RevenueSink<AccountId, AssetId, Balance> for MockRevenue {
	fn account() -> AccountId {
		FEES
	}
	fn note(asset: AssetId, amount: Balance) {
		NOTED.with(|n| n.borrow_mut().push((asset, amount)));
	}
	fn note_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

parameter_types! {
	pub const FeeRate: Permill = Permill::from_percent(1);
	pub const DepositAsset: AssetId = NativeOrWithId::Native;
	pub const EscrowPalletId: frame_support::PalletId = frame_support::PalletId(*b"cec/escr");
}

/// Test randomness: a hash of the subject and the block number.
pub struct TestRandomness;
impl frame_support::traits::Randomness<sp_core::H256, u64> for TestRandomness {
	fn random(subject: &[u8]) -> (sp_core::H256, u64) {
		let block = System::block_number();
		(sp_io::hashing::blake2_256(&(subject, block).encode()).into(), block)
	}
}

thread_local! {
	/// The mock reference price of CEC in the yuan (units per whole CEC); `None`: none.
	pub static PRICE: core::cell::Cell<Option<Balance>> = const { core::cell::Cell::new(None) };
}

/// Planck in one whole CEC in the mock.
pub const CEC_UNIT: Balance = 100;

/// Set the mock reference price of CEC in the yuan.
pub fn set_price(price: Option<Balance>) {
	PRICE.with(|p| p.set(price));
}

/// A reference price for the yuan only.
pub struct MockPrice;
impl cec_primitives::ReferencePrice<AssetId, Balance> for MockPrice {
	fn price(asset: &AssetId) -> Option<Balance> {
		if *asset == CNY {
			PRICE.with(|p| p.get())
		} else {
			None
		}
	}
}

impl pallet_escrow::Config for Test {
	type Currency = Settlement;
	type Payments = Payments;
	type PalletId = EscrowPalletId;
	type PaidIntoEscrow = OnlyCec;
	type RuntimeHoldReason = RuntimeHoldReason;
	type DepositAsset = DepositAsset;
	type DepositPrice = MockPrice;
	type CecUnit = ConstU64<CEC_UNIT>;
	type ListingDeposit = ConstU64<LISTING_DEPOSIT>;
	type ContractDeposit = ConstU64<CONTRACT_DEPOSIT>;
	type EvidenceDeposit = ConstU64<EVIDENCE_DEPOSIT>;
	type ReviewDeposit = ConstU64<REVIEW_DEPOSIT>;
	type Randomness = TestRandomness;
	type ReacceptCooldown = ConstU64<COOLDOWN>;
	type RatingPeriod = ConstU64<RATING>;
	type Kyc = Kyc;
	type MinKycLevel = ConstU8<1>;
	type Identity = Kyc;
	type Items = MockItems;
	type Rare = MockRare;
	type PreSale = MockPreSale;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type FeeRate = FeeRate;
	type Revenue = MockRevenue;
	type FundingPeriod = ConstU64<FUNDING>;
	type MaxDeliveryPeriod = ConstU64<MAX_DELIVERY>;
	type ReceiptPeriod = ConstU64<RECEIPT>;
	type ArbitrationPeriod = ConstU64<ARBITRATION>;
	type MaxEscalations = ConstU8<2>;
	type MaxArbiters = ConstU32<8>;
	type MaxEvidence = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockHelper;
}

// An in-memory registry: item (encoded) → (owner, frozen for a contract).
thread_local! {
	pub static REGISTRY: RefCell<BTreeMap<Vec<u8>, (AccountId, Option<ContractId>)>> =
		RefCell::new(BTreeMap::new());
}

/// Register `item` as owned by `owner`.
pub fn register(item: &TradeItem, owner: AccountId) {
	REGISTRY.with(|r| r.borrow_mut().insert(item.encode(), (owner, None)));
}

/// The item's owner and the contract it is frozen for.
pub fn registry(item: &TradeItem) -> Option<(AccountId, Option<ContractId>)> {
	REGISTRY.with(|r| r.borrow().get(&item.encode()).cloned())
}

pub struct MockItems;
impl MockItems {
	fn entry(item: &TradeItem) -> Result<(AccountId, Option<ContractId>), DispatchError> {
		registry(item).ok_or(DispatchError::Other("unknown item"))
	}
}
impl TradeItems<AccountId> for MockItems {
	fn ensure_sellable(seller: &AccountId, item: &TradeItem) -> DispatchResult {
		if matches!(item, TradeItem::Service { .. }) {
			return Ok(());
		}
		let (owner, frozen) = Self::entry(item)?;
		if owner != *seller {
			return Err(DispatchError::Other("not the owner"));
		}
		if frozen.is_some() {
			return Err(DispatchError::Other("frozen"));
		}
		Ok(())
	}
	fn freeze(seller: &AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult {
		Self::ensure_sellable(seller, item)?;
		if matches!(item, TradeItem::Service { .. }) {
			return Ok(());
		}
		REGISTRY.with(|r| r.borrow_mut().insert(item.encode(), (*seller, Some(contract))));
		Ok(())
	}
	fn release(seller: &AccountId, item: &TradeItem, contract: ContractId) -> DispatchResult {
		Self::deliver(seller, seller, item, contract)
	}
	fn deliver(
		seller: &AccountId,
		buyer: &AccountId,
		item: &TradeItem,
		contract: ContractId,
	) -> DispatchResult {
		if matches!(item, TradeItem::Service { .. }) {
			return Ok(());
		}
		let (owner, frozen) = Self::entry(item)?;
		if owner != *seller || frozen != Some(contract) {
			return Err(DispatchError::Other("not frozen for this contract"));
		}
		REGISTRY.with(|r| r.borrow_mut().insert(item.encode(), (*buyer, None)));
		Ok(())
	}
}

/// Trees with this index are rare, and so is every item marked with [`mark_rare`].
pub const RARE_INDEX: u32 = u32::MAX - 7;
/// A rare tree of SELLER's (registered in `new_test_ext`).
pub const RARE_TREE: TradeItem = TradeItem::Tree { parcel: 8, index: RARE_INDEX };
/// Blocks after listing in which a rare item sells only to eligible buyers.
pub const PRESALE_WINDOW: u64 = 10;
/// What the test pre-sale answers an ineligible buyer.
pub const NOT_ELIGIBLE: DispatchError = DispatchError::Other("NotEligible");

thread_local! {
	/// Items marked rare besides the trees with index `RARE_INDEX` (encoded).
	pub static RARE: RefCell<BTreeSet<Vec<u8>>> = RefCell::new(BTreeSet::new());
	/// Buyers the pre-sale lets buy during its window (long holders).
	pub static ELIGIBLE: RefCell<BTreeSet<AccountId>> = RefCell::new(BTreeSet::new());
}

/// Mark `item` rare.
pub fn mark_rare(item: &TradeItem) {
	RARE.with(|r| r.borrow_mut().insert(item.encode()));
}

/// Let `who` buy rare items during their pre-sale window.
pub fn make_eligible(who: AccountId) {
	ELIGIBLE.with(|e| e.borrow_mut().insert(who));
}

/// Rare: trees with index `RARE_INDEX` and items marked with [`mark_rare`].
pub struct MockRare;
impl RareItems for MockRare {
	fn is_rare(item: &TradeItem) -> bool {
		matches!(item, TradeItem::Tree { index: RARE_INDEX, .. })
			|| RARE.with(|r| r.borrow().contains(&item.encode()))
	}
}

/// Eligible: an allow-listed buyer at any time, anyone from `PRESALE_WINDOW` blocks after
/// listing; otherwise [`NOT_ELIGIBLE`].
pub struct MockPreSale;
impl PreSale<AccountId, u64> for MockPreSale {
	fn ensure_eligible(who: &AccountId, listed_at: u64) -> DispatchResult {
		let after_window = System::block_number() >= listed_at.saturating_add(PRESALE_WINDOW);
		if after_window || ELIGIBLE.with(|e| e.borrow().contains(who)) {
			Ok(())
		} else {
			Err(NOT_ELIGIBLE)
		}
	}
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, AssetId, Balance> for MockHelper {
	/// A rare parcel, so that the benchmarks run the pre-sale check.
	fn item(seller: &AccountId) -> TradeItem {
		let item = TradeItem::Parcel(*seller as u32);
		register(&item, *seller);
		mark_rare(&item);
		item
	}
	fn asset() -> AssetId {
		CNY
	}
	fn endow(asset: &AssetId, who: &AccountId, amount: Balance) {
		use frame_support::traits::{fungible, fungibles};
		let _ = <Balances as fungible::Mutate<_>>::mint_into(who, START_BALANCE);
		if let NativeOrWithId::WithId(id) = asset {
			let _ = <Assets as fungibles::Mutate<_>>::mint_into(*id, who, amount);
		} else {
			let _ = <Balances as fungible::Mutate<_>>::mint_into(who, amount);
		}
	}
	fn verify(who: &AccountId) {
		pallet_kyc::Pallet::<Test>::bench_verify(who);
	}
	fn make_eligible(who: &AccountId) {
		make_eligible(*who);
	}
}

pub const TREE: TradeItem = TradeItem::Tree { parcel: 7, index: 3 };
pub const LAND: TradeItem = TradeItem::Parcel(7);
pub const SERVICE: TradeItem = TradeItem::Service { terms: [9; 32] };
pub const ACCOUNTS: [AccountId; 9] =
	[SELLER, BUYER, EVE, NOKYC, ARBITER_A, ARBITER_B, ARBITER_C, PROVIDER, FEES];

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		// The escrow's account starts with the existential deposit, as in the runtime.
		balances: ACCOUNTS
			.iter()
			.chain([ISSUER].iter())
			.map(|a| (*a, START_BALANCE))
			.chain([(Escrow::escrow_account(), ED)])
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(1, ISSUER, true, CNY_MIN)],
		metadata: vec![(1, b"Digital yuan".to_vec(), b"CNY".to_vec(), 2)],
		accounts: vec![(1, SELLER, START_BALANCE), (1, BUYER, START_BALANCE)],
		next_asset_id: None,
		reserves: vec![],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_kyc::GenesisConfig::<Test> { providers: vec![(PROVIDER, b"KYC Co".to_vec())] }
		.assimilate_storage(&mut t)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_price(None);
		REGISTRY.with(|r| r.borrow_mut().clear());
		RARE.with(|r| r.borrow_mut().clear());
		ELIGIBLE.with(|e| e.borrow_mut().clear());
		register(&TREE, SELLER);
		register(&LAND, SELLER);
		register(&RARE_TREE, SELLER);
		for who in [SELLER, BUYER, EVE] {
			verify(who, 1 + 365 * DAY);
		}
	});
	ext
}

/// A level-1 claim for trade and land for `who` until `expires_at`.
pub fn verify(who: AccountId, expires_at: u64) {
	let scope = KycScope::TRADE.union(KycScope::only(KycUse::Land));
	pallet_kyc::Pallet::<Test>::issue_claim(
		RuntimeOrigin::signed(PROVIDER),
		who,
		1,
		scope,
		expires_at,
		[who as u8; 32],
	)
	.unwrap();
}

/// A level-1 claim covering the trade market only.
pub fn verify_trade_only(who: AccountId) {
	pallet_kyc::Pallet::<Test>::issue_claim(
		RuntimeOrigin::signed(PROVIDER),
		who,
		1,
		KycScope::TRADE,
		1 + 365 * DAY,
		[who as u8; 32],
	)
	.unwrap();
}
