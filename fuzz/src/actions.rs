//! What the fuzzer may do: [`Action`]s, each a call of a pallet with arguments drawn from small
//! domains, a Root call through `sudo`, or time passing.
//!
//! Every argument domain is small on purpose: a handful of accounts ([`Who`]), ids `0..=7`
//! ([`Id`]), a few magnitudes of money ([`Amount`]), mostly-valid CIDs and texts. Random bytes
//! then hit the states where calls interact (the same parcel listed, tokenised and leased; the
//! same contract funded, disputed and ruled) instead of failing on an unknown id.
//!
//! Each `*Call` enum describes the calls of one pallet at the fuzzer's level; `call(&Ctx)` turns
//! it into the runtime's own [`RuntimeCall`], reading chain state where an argument depends on
//! it (the block number for expiries and leases, open council motions, what is unlockable).

use arbitrary::{Arbitrary, Unstructured};
use cec_primitives::{Cid, KycScope, TradeItem};
use cec_runtime::{
	configs::TEST_CNY, AccountId, Balance, BlockNumber, Runtime, RuntimeCall, CEC, DAYS,
	EXISTENTIAL_DEPOSIT,
};
use codec::{Decode, Encode};
use frame_support::{dispatch::GetDispatchInfo, traits::fungible::NativeOrWithId, BoundedVec};
use sp_core::{sr25519, Pair as _};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{AccountIdConversion, Hash as _},
	MultiAddress, Perbill, Percent,
};
use std::sync::OnceLock;

/// Largest [`Id`]: ids range over `0..=MAX_ID`.
pub const MAX_ID: u8 = 7;
/// Blocks a [`Action::Jump`] of at most this many runs one by one (every hook sees every block);
/// a longer one skips block numbers (see [`crate::chain`]).
pub const CONSECUTIVE_LIMIT: u32 = 30;
/// The longest jump, in days of 14,400 blocks: past the 30-day rating period of escrow.
pub const MAX_JUMP_DAYS: u32 = 40;

/// One step of a fuzz run.
///
/// `Arbitrary` is written by hand so that calls dominate: 80 % signed calls, 8 % Root calls, 8 %
/// next block, 4 % jumps (of which 60 % are a few blocks, 20 % up to two days, 20 % whole days).
#[derive(Debug, Clone)]
pub enum Action {
	/// `who` signs `call` and submits it through `Executive::apply_extrinsic`, paying its fee
	/// in `fee`.
	Signed {
		/// The signer.
		who: Who,
		/// What it calls.
		call: UserCall,
		/// What it pays the fee in.
		fee: FeeIn,
	},
	/// Alice (the dev chain's sudo key) dispatches a governance call as Root via `sudo.sudo`.
	Root(RootAction),
	/// End the block under way and start the next.
	NextBlock,
	/// End the block under way and let `blocks` blocks pass before the next one: up to
	/// [`CONSECUTIVE_LIMIT`] they are executed (empty), beyond that their numbers are skipped.
	Jump {
		/// How many block numbers pass between the block under way and the next one.
		blocks: u32,
	},
}

impl<'a> Arbitrary<'a> for Action {
	fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
		Ok(match u.int_in_range(0u8..=99)? {
			0..=79 => {
				Action::Signed { who: u.arbitrary()?, call: u.arbitrary()?, fee: u.arbitrary()? }
			},
			80..=87 => Action::Root(u.arbitrary()?),
			88..=95 => Action::NextBlock,
			_ => Action::Jump { blocks: jump_blocks(u)? },
		})
	}
}

/// What a signed call pays its fee in (`ChargeAssetTxPayment`'s asset id): mostly CEC, else a
/// settlement asset converted by a market maker (`MakerFees`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeIn {
	/// CEC (no asset id): 75 %.
	Cec,
	/// The test yuan: 15 %.
	Yuan,
	/// Settlement asset 2: 5 %.
	Second,
	/// Settlement asset 3 (minimum balance 100 once created): 5 %.
	Third,
}

impl<'a> Arbitrary<'a> for FeeIn {
	fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
		Ok(match u.int_in_range(0u8..=99)? {
			0..=74 => FeeIn::Cec,
			75..=89 => FeeIn::Yuan,
			90..=94 => FeeIn::Second,
			_ => FeeIn::Third,
		})
	}
}

impl FeeIn {
	/// The settlement asset, or `None` for CEC.
	pub fn asset(self) -> Option<u32> {
		match self {
			FeeIn::Cec => None,
			FeeIn::Yuan => Some(TEST_CNY),
			FeeIn::Second => Some(2),
			FeeIn::Third => Some(3),
		}
	}
}

/// A jump's length: mostly a few blocks (lockup days of the dev chain are 10 blocks), sometimes up
/// to two real days (escrow's funding period is one), sometimes whole days up to
/// [`MAX_JUMP_DAYS`] (delivery, receipt, arbitration and rating periods).
fn jump_blocks(u: &mut Unstructured<'_>) -> arbitrary::Result<u32> {
	Ok(match u.int_in_range(0u8..=9)? {
		0..=5 => u.int_in_range(1..=CONSECUTIVE_LIMIT)?,
		6..=7 => u.int_in_range(CONSECUTIVE_LIMIT + 1..=2 * DAYS)?,
		_ => u.int_in_range(1..=MAX_JUMP_DAYS)? * DAYS,
	})
}

/// What a call is built against: its signer and the chain's state.
pub struct Ctx {
	/// The account the call is dispatched for.
	pub who: AccountId,
	/// The block number the call will run in.
	pub now: BlockNumber,
}

impl Ctx {
	/// The context of a call `who` signs in the block under way (inside the externalities).
	pub fn new(who: Who) -> Self {
		// The block under way is initialised, so this is its number.
		Self { who: who.account(), now: frame_system::Pallet::<Runtime>::block_number() }
	}
}

// ---------------------------------------------------------------------------------------------
// Small domains.
// ---------------------------------------------------------------------------------------------

arbitrary_type! {
	/// The fixed accounts calls are signed by and refer to. All but [`Who::Nobody`] are endowed on
	/// the dev chain (10,000 CEC, 100,000.00 test yuan) and sit on the council; after the set-up
	/// ([`crate::set_up`]) Charlie is a witness and a KYC provider, Ferdie a KYC provider, Dave, Eve
	/// and Ferdie arbiters, and everyone but Nobody KYC-verified.
	#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
	pub enum Who {
		/// Validator, sudo key, the test yuan's market maker.
		Alice,
		/// Nominator; owns parcel 0 after the set-up.
		Bob,
		/// Witness of `CN-35`, KYC provider (verified by Ferdie).
		Charlie,
		/// Holds 1,000 CEC locked since genesis; arbiter.
		Dave,
		/// Arbiter.
		Eve,
		/// KYC provider, arbiter.
		Ferdie,
		/// `//One`: no funds, no KYC, no role.
		Nobody,
	}
}

impl Who {
	/// Every account, in order.
	pub const ALL: [Who; 7] =
		[Who::Alice, Who::Bob, Who::Charlie, Who::Dave, Who::Eve, Who::Ferdie, Who::Nobody];

	/// Its key.
	pub fn keyring(self) -> Sr25519Keyring {
		match self {
			Who::Alice => Sr25519Keyring::Alice,
			Who::Bob => Sr25519Keyring::Bob,
			Who::Charlie => Sr25519Keyring::Charlie,
			Who::Dave => Sr25519Keyring::Dave,
			Who::Eve => Sr25519Keyring::Eve,
			Who::Ferdie => Sr25519Keyring::Ferdie,
			Who::Nobody => Sr25519Keyring::One,
		}
	}

	/// Its key pair, derived once per process.
	pub fn pair(self) -> &'static sr25519::Pair {
		&keys()[self as usize].0
	}

	/// Its account.
	pub fn account(self) -> AccountId {
		keys()[self as usize].1.clone()
	}

	fn address(self) -> MultiAddress<AccountId, ()> {
		MultiAddress::Id(self.account())
	}
}

/// Each [`Who`]'s key pair and account, in [`Who::ALL`] order, derived once: a derivation from
/// the dev phrase runs PBKDF2 (2,048 rounds of SHA-512), and deriving for every signature and
/// every account lookup was 60 % of a fuzz run's time.
fn keys() -> &'static [(sr25519::Pair, AccountId); 7] {
	static KEYS: OnceLock<[(sr25519::Pair, AccountId); 7]> = OnceLock::new();
	KEYS.get_or_init(|| {
		Who::ALL.map(|w| {
			let pair = w.keyring().pair();
			let account = AccountId::from(pair.public());
			(pair, account)
		})
	})
}

arbitrary_type! {
	/// A transfer's destination: an account of [`Who`] or a pallet's keyless account (whose
	/// bookkeeping a donation must not break).
	#[derive(Debug, Clone, Copy)]
	pub enum Target {
		/// A fixed account.
		Who(Who),
		/// The treasury (the foundation allocation's account).
		Treasury,
		/// The revenue account the dividend pool pays from.
		Revenue,
		/// The escrow's account.
		Escrow,
		/// The tree-token pallet's account (owner of every token asset).
		TreeTokens,
	}
}

impl Target {
	/// Its account.
	pub fn account(self) -> AccountId {
		match self {
			Target::Who(w) => w.account(),
			Target::Treasury => cec_runtime::configs::governance::TreasuryAccount::get(),
			Target::Revenue => cec_runtime::configs::TradeFeeAccount::get(),
			Target::Escrow => cec_runtime::configs::EscrowPalletId::get().into_account_truncating(),
			Target::TreeTokens => pallet_tree_tokens::Pallet::<Runtime>::account_id(),
		}
	}

	fn address(self) -> MultiAddress<AccountId, ()> {
		MultiAddress::Id(self.account())
	}
}

/// A small id (parcel, tree index, token, listing, contract, spend, …): `0..=MAX_ID`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Id(pub u8);

impl Id {
	/// As a `u32` id.
	pub fn u32(self) -> u32 {
		u32::from(self.0)
	}
	/// As a `u64` id.
	pub fn u64(self) -> u64 {
		u64::from(self.0)
	}
}

impl<'a> Arbitrary<'a> for Id {
	fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
		Ok(Id(u.int_in_range(0..=MAX_ID)?))
	}
}

impl core::fmt::Debug for Id {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		write!(f, "{}", self.0)
	}
}

/// At most `MAX` items (possibly none).
#[derive(Debug, Clone)]
pub struct Few<T, const MAX: usize = 4>(pub Vec<T>);

impl<'a, T: Arbitrary<'a>, const MAX: usize> Arbitrary<'a> for Few<T, MAX> {
	fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
		let n = u.int_in_range(0..=MAX)?;
		(0..n).map(|_| u.arbitrary()).collect::<arbitrary::Result<Vec<T>>>().map(Few)
	}
}

arbitrary_type! {
	/// An amount, read as CEC, test yuan or token units depending on the call.
	#[derive(Debug, Clone, Copy, PartialEq, Eq)]
	pub enum Amount {
		/// The smallest unit.
		Planck,
		/// Just below the existential deposit (CEC) or a yuan (yuan).
		BelowMinimum,
		/// The existential deposit (CEC), one yuan.
		Minimum,
		/// 1 CEC, 100 yuan.
		One,
		/// 10 CEC, 1,000 yuan.
		Ten,
		/// 100 CEC, 10,000 yuan.
		Hundred,
		/// 1,000 CEC, everything a test account has in yuan.
		Thousand,
		/// Half of `u128::MAX` (CEC); the largest supply of a settlement asset or a tree token, 10^36
		/// (yuan, token units).
		Huge,
		/// `u128::MAX`.
		Max,
	}
}

impl Amount {
	/// In planck of CEC.
	pub fn cec(self) -> Balance {
		match self {
			Amount::Planck => 1,
			Amount::BelowMinimum => EXISTENTIAL_DEPOSIT - 1,
			Amount::Minimum => EXISTENTIAL_DEPOSIT,
			Amount::One => CEC,
			Amount::Ten => 10 * CEC,
			Amount::Hundred => 100 * CEC,
			Amount::Thousand => 1_000 * CEC,
			Amount::Huge => Balance::MAX / 2,
			Amount::Max => Balance::MAX,
		}
	}

	/// In test-yuan units (0.01 yuan).
	pub fn yuan(self) -> Balance {
		match self {
			Amount::Planck => 1,
			Amount::BelowMinimum => 99,
			Amount::Minimum => 100,
			Amount::One => 10_000,
			Amount::Ten => 100_000,
			Amount::Hundred => 1_000_000,
			Amount::Thousand => cec_runtime::genesis_config_presets::TEST_ACCOUNT_YUAN,
			Amount::Huge => cec_runtime::configs::MaxSettlementSupply::get(),
			Amount::Max => Balance::MAX,
		}
	}

	/// In a tree-backed token's units.
	pub fn units(self) -> Balance {
		match self {
			Amount::Planck => 1,
			Amount::BelowMinimum => 999,
			Amount::Minimum => 1_000,
			Amount::One => 10_000,
			Amount::Ten => 100_000,
			Amount::Hundred => 250_000,
			Amount::Thousand => 1_000_000,
			Amount::Huge => cec_runtime::configs::MaxTreeTokenSupply::get(),
			Amount::Max => Balance::MAX,
		}
	}

	/// In the units of `asset`: CEC or a settlement asset.
	pub fn of(self, asset: &NativeOrWithId<u32>) -> Balance {
		match asset {
			NativeOrWithId::Native => self.cec(),
			NativeOrWithId::WithId(_) => self.yuan(),
		}
	}
}

/// A CID: mostly valid (three real ones), sometimes not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CidPick {
	/// A base32 CIDv1 (`bafy…`).
	V1,
	/// A CIDv0 (`Qm…`).
	V0,
	/// A raw-leaves CIDv1 (`bafk…`).
	Raw,
	/// Not a CID.
	Invalid,
	/// Empty.
	Empty,
}

impl<'a> Arbitrary<'a> for CidPick {
	fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
		Ok(match u.int_in_range(0u8..=9)? {
			0..=3 => CidPick::V1,
			4..=5 => CidPick::V0,
			6..=7 => CidPick::Raw,
			8 => CidPick::Invalid,
			_ => CidPick::Empty,
		})
	}
}

impl CidPick {
	/// The CID.
	pub fn cid(self) -> Cid {
		let bytes: &[u8] = match self {
			CidPick::V1 => b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
			CidPick::V0 => b"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG",
			CidPick::Raw => b"bafkreidgvpkjawlxz6sffxzwgooowe5yt7i6wsyg236mfoks77nywkptdq",
			CidPick::Invalid => b"not-a-cid",
			CidPick::Empty => b"",
		};
		Cid::truncate_from(bytes.to_vec())
	}
}

/// A text a person typed (name, licence, symbol): mostly clean, sometimes not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
	/// Clean text (each call has its own).
	Clean,
	/// Surrounded by white space.
	Padded,
	/// Empty.
	Empty,
	/// With a control character.
	Control,
}

impl<'a> Arbitrary<'a> for Text {
	fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
		Ok(match u.int_in_range(0u8..=9)? {
			0..=6 => Text::Clean,
			7 => Text::Padded,
			8 => Text::Empty,
			_ => Text::Control,
		})
	}
}

impl Text {
	/// `clean`, or a broken text.
	pub fn bytes(self, clean: &str) -> Vec<u8> {
		match self {
			Text::Clean => clean.as_bytes().to_vec(),
			Text::Padded => format!(" {clean} ").into_bytes(),
			Text::Empty => Vec::new(),
			Text::Control => format!("{clean}\n").into_bytes(),
		}
	}
}

arbitrary_type! {
	/// A region code.
	#[derive(Debug, Clone, Copy)]
	pub enum RegionPick {
		/// `CN-350481` (Sanming; Charlie's `CN-35` covers it).
		Sanming,
		/// `CN-35` (Fujian).
		Fujian,
		/// `CN` (all of China).
		China,
		/// `CN-11` (Beijing: Charlie does not cover it).
		Beijing,
		/// `cn-35` (lower case: invalid).
		Invalid,
	}
}

impl RegionPick {
	fn region(self) -> pallet_forestry::Region {
		let code: &[u8] = match self {
			RegionPick::Sanming => b"CN-350481",
			RegionPick::Fujian => b"CN-35",
			RegionPick::China => b"CN",
			RegionPick::Beijing => b"CN-11",
			RegionPick::Invalid => b"cn-35",
		};
		BoundedVec::truncate_from(code.to_vec())
	}
}

arbitrary_type! {
	/// A settlement asset: CEC, the test yuan, or an asset that may not exist.
	#[derive(Debug, Clone, Copy)]
	pub enum Asset {
		/// CEC.
		Cec,
		/// The test yuan (id 1).
		Yuan,
		/// Settlement asset 2 (exists only once Root created it).
		Second,
	}
}

impl Asset {
	/// As the escrow's and dividend pool's asset kind.
	pub fn kind(self) -> NativeOrWithId<u32> {
		match self {
			Asset::Cec => NativeOrWithId::Native,
			Asset::Yuan => NativeOrWithId::WithId(TEST_CNY),
			Asset::Second => NativeOrWithId::WithId(2),
		}
	}
}

arbitrary_type! {
	/// A settlement asset of `SettlementAssets` (not CEC).
	#[derive(Debug, Clone, Copy)]
	pub enum AssetId {
		/// The test yuan (id 1).
		Yuan,
		/// Asset 2.
		Second,
		/// Asset 3.
		Third,
	}
}

impl AssetId {
	/// Its id.
	pub fn id(self) -> u32 {
		match self {
			AssetId::Yuan => TEST_CNY,
			AssetId::Second => 2,
			AssetId::Third => 3,
		}
	}
}

arbitrary_type! {
	/// A tree: parcel and index.
	#[derive(Debug, Clone, Copy)]
	pub struct TreePick {
		/// Its parcel.
		pub parcel: Id,
		/// Its index.
		pub index: Id,
	}
}

impl TreePick {
	fn id(self) -> pallet_forestry::TreeId {
		pallet_forestry::TreeId { parcel: self.parcel.u32(), index: self.index.u32() }
	}
}

arbitrary_type! {
	/// A tree height (or trunk) measurement.
	#[derive(Debug, Clone, Copy)]
	pub enum Height {
		/// 15 m.
		Typical,
		/// 1 cm.
		Least,
		/// 150 m, the most accepted.
		Most,
		/// Zero (invalid).
		Zero,
		/// Above the most accepted.
		TooTall,
	}
}

impl Height {
	fn cm(self) -> u32 {
		match self {
			Height::Typical => 1_500,
			Height::Least => 1,
			Height::Most => pallet_forestry::MAX_HEIGHT_CM,
			Height::Zero => 0,
			Height::TooTall => pallet_forestry::MAX_HEIGHT_CM + 1,
		}
	}
}

arbitrary_type! {
	/// How a surveyed tree came to grow.
	#[derive(Debug, Clone, Copy)]
	pub enum Origin {
		/// Grew by itself.
		Natural,
		/// Planted.
		Planted,
		/// Not known.
		Unknown,
	}
}

arbitrary_type! {
	/// A surveyed tree.
	#[derive(Debug, Clone, Copy)]
	pub struct SurveyPick {
		/// Species id `species % 12`: 1–10 are on the dev list, 0 and 11 are not.
		pub species: u8,
		/// Where it stands (255: out of range).
		pub spot: u8,
		/// Its height.
		pub height: Height,
		/// Whether the trunk was measured.
		pub trunk: bool,
		/// How it came to grow.
		pub origin: Origin,
	}
}

impl SurveyPick {
	fn survey(self) -> pallet_forestry::TreeSurvey {
		use pallet_forestry::{GeoPoint, TreeOrigin};
		let position = if self.spot == u8::MAX {
			GeoPoint { lat: 950_000_000, lon: 0 }
		} else {
			GeoPoint { lat: 261_000_000 + i32::from(self.spot) * 1_000, lon: 1_193_000_000 }
		};
		pallet_forestry::TreeSurvey {
			species: u16::from(self.species % 12),
			position,
			height_cm: self.height.cm(),
			crown_cm: 500,
			trunk_mm: self.trunk.then_some(280),
			planted: Some(2012),
			origin: match self.origin {
				Origin::Natural => TreeOrigin::Natural,
				Origin::Planted => TreeOrigin::Planted,
				Origin::Unknown => TreeOrigin::Unknown,
			},
		}
	}
}

arbitrary_type! {
	/// A document kind.
	#[derive(Debug, Clone, Copy)]
	pub enum DocKind {
		/// A survey report.
		SurveyReport,
		/// A certificate.
		Certificate,
		/// A voucher.
		Voucher,
		/// Anything else.
		Other,
	}
}

impl DocKind {
	fn kind(self) -> pallet_forestry::DocumentKind {
		use pallet_forestry::DocumentKind as K;
		match self {
			DocKind::SurveyReport => K::SurveyReport,
			DocKind::Certificate => K::Certificate,
			DocKind::Voucher => K::Voucher,
			DocKind::Other => K::Other,
		}
	}
}

arbitrary_type! {
	/// A cause of damage.
	#[derive(Debug, Clone, Copy)]
	pub enum Damage {
		/// Fire.
		Fire,
		/// Pests.
		Pest,
		/// Storm.
		Storm,
		/// Disease.
		Disease,
		/// Anything else.
		Other,
		/// Drought.
		Drought,
	}
}

impl Damage {
	fn cause(self) -> pallet_forestry::DamageCause {
		use pallet_forestry::DamageCause as C;
		match self {
			Damage::Fire => C::Fire,
			Damage::Pest => C::Pest,
			Damage::Storm => C::Storm,
			Damage::Disease => C::Disease,
			Damage::Other => C::Other,
			Damage::Drought => C::Drought,
		}
	}
}

arbitrary_type! {
	/// A KYC claim's expiry, relative to now.
	#[derive(Debug, Clone, Copy)]
	pub enum Expiry {
		/// Now (invalid: must be later).
		Now,
		/// In 5 blocks.
		Soon,
		/// In a day.
		Day,
		/// In a year.
		Year,
		/// In 730 days, the longest allowed.
		Longest,
		/// In 731 days (too long).
		TooLong,
	}
}

impl Expiry {
	fn at(self, now: BlockNumber) -> BlockNumber {
		now.saturating_add(match self {
			Expiry::Now => 0,
			Expiry::Soon => 5,
			Expiry::Day => DAYS,
			Expiry::Year => 365 * DAYS,
			Expiry::Longest => 730 * DAYS,
			Expiry::TooLong => 731 * DAYS,
		})
	}
}

arbitrary_type! {
	/// A KYC claim's scope.
	#[derive(Debug, Clone, Copy)]
	pub enum Scope {
		/// Every use.
		All,
		/// Trade only.
		Trade,
		/// Land only.
		Land,
		/// Nothing (invalid).
		Nothing,
	}
}

impl Scope {
	fn scope(self) -> KycScope {
		match self {
			Scope::All => KycScope::ALL,
			Scope::Trade => KycScope::TRADE,
			Scope::Land => KycScope::only(cec_primitives::KycUse::Land),
			Scope::Nothing => KycScope::default(),
		}
	}
}

arbitrary_type! {
	/// Something sold through escrow.
	#[derive(Debug, Clone, Copy)]
	pub enum ItemPick {
		/// A tree.
		Tree(TreePick),
		/// A whole parcel.
		Parcel(Id),
		/// A lot of a tree-backed token.
		TokenLot {
			/// The token.
			token: Id,
			/// How many units.
			amount: Amount,
		},
		/// A service, by the hash of its terms.
		Service {
			/// Fills the terms hash.
			terms: u8,
		},
	}
}

impl ItemPick {
	fn item(self) -> TradeItem {
		match self {
			ItemPick::Tree(t) => TradeItem::Tree { parcel: t.parcel.u32(), index: t.index.u32() },
			ItemPick::Parcel(p) => TradeItem::Parcel(p.u32()),
			ItemPick::TokenLot { token, amount } => {
				TradeItem::TokenLot { token: token.u32(), amount: amount.units() }
			},
			ItemPick::Service { terms } => TradeItem::Service { terms: [terms; 32] },
		}
	}
}

arbitrary_type! {
	/// A delivery period.
	#[derive(Debug, Clone, Copy)]
	pub enum Delivery {
		/// None at all.
		Zero,
		/// 10 blocks.
		Blocks,
		/// A day.
		Day,
		/// 30 days.
		Month,
		/// 365 days, the longest allowed.
		Year,
		/// 366 days (too long).
		TooLong,
	}
}

impl Delivery {
	fn blocks(self) -> BlockNumber {
		match self {
			Delivery::Zero => 0,
			Delivery::Blocks => 10,
			Delivery::Day => DAYS,
			Delivery::Month => 30 * DAYS,
			Delivery::Year => 365 * DAYS,
			Delivery::TooLong => 366 * DAYS,
		}
	}
}

arbitrary_type! {
	/// A price of CEC in test-yuan units (0.01 yuan) per CEC; the set-up quotes 99/101 (a
	/// reference price of 100).
	#[derive(Debug, Clone, Copy)]
	pub enum CecPrice {
		/// Zero (no price).
		Zero,
		/// 0.01 yuan.
		Penny,
		/// 0.98 yuan (in the 2 % band).
		Low,
		/// 1.00 yuan.
		Par,
		/// 1.02 yuan (in the band).
		High,
		/// 1.04 yuan (out of the band).
		Stale,
		/// 10,000 yuan.
		Huge,
	}
}

impl CecPrice {
	/// In test-yuan units.
	pub fn units(self) -> Balance {
		match self {
			CecPrice::Zero => 0,
			CecPrice::Penny => 1,
			CecPrice::Low => 98,
			CecPrice::Par => 100,
			CecPrice::High => 102,
			CecPrice::Stale => 104,
			CecPrice::Huge => 1_000_000,
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Signed calls.
// ---------------------------------------------------------------------------------------------

/// A signed call of one pallet.
///
/// `Arbitrary` is written by hand to weight the pallets: 67 % our pallets, 33 % the SDK's.
#[derive(Debug, Clone)]
pub enum UserCall {
	/// `Forestry`.
	Forestry(ForestryCall),
	/// `TreeTokens`.
	TreeTokens(TreeTokensCall),
	/// `Kyc`.
	Kyc(KycCall),
	/// `Escrow`.
	Escrow(EscrowCall),
	/// `Foundation`.
	Foundation(FoundationCall),
	/// `Lockup`.
	Lockup(LockupCall),
	/// `Dividends`.
	Dividends(DividendsCall),
	/// `MarketMaker`.
	MarketMaker(MarketMakerCall),
	/// `DappBond`, and the contracts upload it gates.
	DappBond(DappBondCall),
	/// `Insurance`.
	Insurance(InsuranceCall),
	/// `Crowdfunding`.
	Crowdfunding(CrowdfundingCall),
	/// `Balances`.
	Balances(BalancesCall),
	/// `SettlementAssets`.
	Assets(AssetsCall),
	/// `Staking`.
	Staking(StakingCall),
	/// `Utility`.
	Utility(UtilityCall),
	/// `Proxy`.
	Proxy(ProxyCall),
	/// `Multisig`.
	Multisig(MultisigCall),
	/// `Vesting`.
	Vesting(VestingCall),
	/// `Council`.
	Council(CouncilCall),
	/// `Treasury`.
	Treasury(TreasuryCall),
	/// `System`.
	System(SystemCall),
}

/// Deepest nesting of calls in calls (batch, proxy, multisig) the decoder produces: the real
/// chain refuses deep call trees when it decodes an extrinsic, and deep recursion would only
/// exercise the stack.
pub const MAX_NESTING: u32 = 2;

std::thread_local! {
	/// How deep the [`UserCall`] being decoded is nested.
	static NESTING: core::cell::Cell<u32> = const { core::cell::Cell::new(0) };
}

/// One level of nesting, for as long as it lives.
struct Nested;

impl Nested {
	fn enter() -> Self {
		NESTING.with(|n| n.set(n.get() + 1));
		Nested
	}
}

impl Drop for Nested {
	fn drop(&mut self) {
		NESTING.with(|n| n.set(n.get().saturating_sub(1)));
	}
}

impl<'a> Arbitrary<'a> for UserCall {
	fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
		let mut pick = u.int_in_range(0u8..=99)?;
		// Too deep: a call of our pallets instead of another batch, proxy or multisig.
		if NESTING.with(|n| n.get()) >= MAX_NESTING && (84..=89).contains(&pick) {
			pick -= 84;
		}
		Ok(match pick {
			84..=89 => {
				let _nested = Nested::enter();
				match pick {
					84..=86 => UserCall::Utility(u.arbitrary()?),
					87..=88 => UserCall::Proxy(u.arbitrary()?),
					_ => UserCall::Multisig(u.arbitrary()?),
				}
			},
			0..=13 => UserCall::Forestry(u.arbitrary()?),
			14..=23 => UserCall::TreeTokens(u.arbitrary()?),
			24..=31 => UserCall::Kyc(u.arbitrary()?),
			32..=40 => UserCall::Escrow(u.arbitrary()?),
			41..=44 => UserCall::Crowdfunding(u.arbitrary()?),
			45..=49 => UserCall::MarketMaker(u.arbitrary()?),
			50..=52 => UserCall::Foundation(u.arbitrary()?),
			53..=62 => UserCall::Lockup(u.arbitrary()?),
			63..=65 => UserCall::Dividends(u.arbitrary()?),
			66..=67 => UserCall::DappBond(u.arbitrary()?),
			68..=71 => UserCall::Insurance(u.arbitrary()?),
			72 => UserCall::Balances(u.arbitrary()?),
			73..=77 => UserCall::Assets(u.arbitrary()?),
			78..=83 => UserCall::Staking(u.arbitrary()?),
			90..=91 => UserCall::Vesting(u.arbitrary()?),
			92..=95 => UserCall::Council(u.arbitrary()?),
			96..=97 => UserCall::Treasury(u.arbitrary()?),
			_ => UserCall::System(u.arbitrary()?),
		})
	}
}

impl UserCall {
	/// The runtime call.
	pub fn call(&self, ctx: &Ctx) -> RuntimeCall {
		match self {
			UserCall::Forestry(c) => c.call(ctx),
			UserCall::TreeTokens(c) => c.call(),
			UserCall::Kyc(c) => c.call(ctx),
			UserCall::Escrow(c) => c.call(),
			UserCall::Foundation(c) => c.call(),
			UserCall::Lockup(c) => c.call(ctx),
			UserCall::Dividends(c) => c.call(),
			UserCall::DappBond(c) => c.call(),
			UserCall::Insurance(c) => c.call(),
			UserCall::Crowdfunding(c) => c.call(),
			UserCall::MarketMaker(c) => c.call(ctx),
			UserCall::Balances(c) => c.call(),
			UserCall::Assets(c) => c.call(),
			UserCall::Staking(c) => c.call(),
			UserCall::Utility(c) => c.call(ctx),
			UserCall::Proxy(c) => c.call(ctx),
			UserCall::Multisig(c) => c.call(ctx),
			UserCall::Vesting(c) => c.call(),
			UserCall::Council(c) => c.call(ctx),
			UserCall::Treasury(c) => c.call(),
			UserCall::System(c) => c.call(),
		}
	}
}

arbitrary_type! {
	/// Signed calls of `pallet-forestry` (governance calls are in [`RootAction`]).
	#[derive(Debug, Clone)]
	pub enum ForestryCall {
		/// `register_parcel`.
		RegisterParcel {
			/// Its region.
			region: RegionPick,
			/// Zero area (invalid) or 20 ha.
			zero_area: bool,
			/// The boundary's CID.
			boundary: CidPick,
			/// The certificate's CID.
			certificate: CidPick,
		},
		/// `attest_parcel`.
		AttestParcel {
			/// The parcel.
			parcel: Id,
		},
		/// `transfer_parcel`.
		TransferParcel {
			/// The parcel.
			parcel: Id,
			/// The new owner.
			to: Who,
		},
		/// `lease_parcel` until `now + blocks`.
		LeaseParcel {
			/// The parcel.
			parcel: Id,
			/// The lessee.
			lessee: Who,
			/// Length of the lease (0: invalid).
			blocks: u16,
		},
		/// `end_lease`.
		EndLease {
			/// The parcel.
			parcel: Id,
		},
		/// `attach_parcel_document`.
		AttachParcelDocument {
			/// The parcel.
			parcel: Id,
			/// Its kind.
			kind: DocKind,
			/// Its CID.
			cid: CidPick,
		},
		/// `register_trees`.
		RegisterTrees {
			/// The parcel.
			parcel: Id,
			/// The batch (possibly empty: invalid).
			trees: Few<SurveyPick>,
		},
		/// `record_measurement`.
		RecordMeasurement {
			/// The tree.
			tree: TreePick,
			/// Its height.
			height: Height,
			/// Whether the trunk was measured.
			trunk: bool,
		},
		/// `record_damage`.
		RecordDamage {
			/// The tree.
			tree: TreePick,
			/// The cause.
			cause: Damage,
			/// Severity in percent (over 100: invalid).
			severity: u8,
		},
		/// `record_felling`.
		RecordFelling {
			/// The tree.
			tree: TreePick,
		},
		/// `hand_over`.
		HandOver {
			/// The tree.
			tree: TreePick,
			/// The new custodian.
			to: Who,
		},
		/// `transfer_tree`.
		TransferTree {
			/// The tree.
			tree: TreePick,
			/// The new owner.
			to: Who,
		},
		/// `attach_tree_document`.
		AttachTreeDocument {
			/// The tree.
			tree: TreePick,
			/// Its kind.
			kind: DocKind,
			/// Its CID.
			cid: CidPick,
		},
		/// `deregister_parcel`.
		DeregisterParcel {
			/// The parcel.
			parcel: Id,
		},
	}
}

impl ForestryCall {
	/// The runtime call.
	pub fn call(&self, ctx: &Ctx) -> RuntimeCall {
		use pallet_forestry::Call as C;
		let c = match self.clone() {
			ForestryCall::RegisterParcel { region, zero_area, boundary, certificate } => {
				C::register_parcel {
					info: pallet_forestry::ParcelInfo {
						region: region.region(),
						area_m2: if zero_area { 0 } else { 200_000 },
						boundary_cid: boundary.cid(),
						boundary_hash: [9; 32],
						certificate_cid: certificate.cid(),
					},
				}
			},
			ForestryCall::AttestParcel { parcel } => C::attest_parcel { parcel: parcel.u32() },
			ForestryCall::TransferParcel { parcel, to } => {
				C::transfer_parcel { parcel: parcel.u32(), to: to.account() }
			},
			ForestryCall::LeaseParcel { parcel, lessee, blocks } => C::lease_parcel {
				parcel: parcel.u32(),
				lessee: lessee.account(),
				until: ctx.now.saturating_add(u32::from(blocks)),
			},
			ForestryCall::EndLease { parcel } => C::end_lease { parcel: parcel.u32() },
			ForestryCall::AttachParcelDocument { parcel, kind, cid } => C::attach_parcel_document {
				parcel: parcel.u32(),
				kind: kind.kind(),
				cid: cid.cid(),
			},
			ForestryCall::RegisterTrees { parcel, trees } => C::register_trees {
				parcel: parcel.u32(),
				trees: BoundedVec::truncate_from(trees.0.iter().map(|t| t.survey()).collect()),
			},
			ForestryCall::RecordMeasurement { tree, height, trunk } => C::record_measurement {
				tree: tree.id(),
				height_cm: height.cm(),
				crown_cm: 520,
				trunk_mm: trunk.then_some(300),
			},
			ForestryCall::RecordDamage { tree, cause, severity } => {
				C::record_damage { tree: tree.id(), cause: cause.cause(), severity }
			},
			ForestryCall::RecordFelling { tree } => C::record_felling { tree: tree.id() },
			ForestryCall::HandOver { tree, to } => {
				C::hand_over { tree: tree.id(), to: to.account() }
			},
			ForestryCall::TransferTree { tree, to } => {
				C::transfer_tree { tree: tree.id(), to: to.account() }
			},
			ForestryCall::AttachTreeDocument { tree, kind, cid } => {
				C::attach_tree_document { tree: tree.id(), kind: kind.kind(), cid: cid.cid() }
			},
			ForestryCall::DeregisterParcel { parcel } => {
				C::deregister_parcel { parcel: parcel.u32() }
			},
		};
		RuntimeCall::Forestry(c)
	}
}

arbitrary_type! {
	/// What a tree-backed token gives its holders.
	#[derive(Debug, Clone, Copy)]
	pub enum TokenKind {
		/// The trees' appreciation.
		Timber,
		/// A share of each period's revenue.
		Revenue,
	}
}

arbitrary_type! {
	/// Calls of `pallet-tree-tokens`.
	#[derive(Debug, Clone)]
	pub enum TreeTokensCall {
		/// `tokenise`.
		Tokenise {
			/// The parcel.
			parcel: Id,
			/// Trees of it (none: the whole parcel).
			trees: Few<Id, 3>,
			/// The token's kind.
			kind: TokenKind,
			/// Its supply.
			supply: Amount,
			/// Decimals, `decimals % 20` (over 18: invalid).
			decimals: u8,
			/// Its name.
			name: Text,
			/// Its symbol.
			symbol: Text,
		},
		/// `transfer`.
		Transfer {
			/// The token.
			token: Id,
			/// The recipient.
			to: Who,
			/// How many units.
			amount: Amount,
		},
		/// `deposit_revenue` (CEC).
		DepositRevenue {
			/// The token.
			token: Id,
			/// How much CEC.
			amount: Amount,
		},
		/// `claim`.
		Claim {
			/// The token.
			token: Id,
		},
		/// `redeem`.
		Redeem {
			/// The token.
			token: Id,
		},
	}
}

impl TreeTokensCall {
	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		use pallet_tree_tokens::Call as C;
		let c = match self.clone() {
			TreeTokensCall::Tokenise { parcel, trees, kind, supply, decimals, name, symbol } => {
				C::tokenise {
					parcel: parcel.u32(),
					trees: BoundedVec::truncate_from(trees.0.iter().map(|t| t.u32()).collect()),
					kind: match kind {
						TokenKind::Timber => pallet_tree_tokens::TokenKind::Timber,
						TokenKind::Revenue => pallet_tree_tokens::TokenKind::Revenue,
					},
					supply: supply.units(),
					decimals: decimals % 20,
					name: BoundedVec::truncate_from(name.bytes("Sanming fir revenue")),
					symbol: BoundedVec::truncate_from(symbol.bytes("SMFIR")),
				}
			},
			TreeTokensCall::Transfer { token, to, amount } => {
				C::transfer { token: token.u32(), to: to.account(), amount: amount.units() }
			},
			TreeTokensCall::DepositRevenue { token, amount } => {
				C::deposit_revenue { token: token.u32(), amount: amount.cec() }
			},
			TreeTokensCall::Claim { token } => C::claim { token: token.u32() },
			TreeTokensCall::Redeem { token } => C::redeem { token: token.u32() },
		};
		RuntimeCall::TreeTokens(c)
	}
}

arbitrary_type! {
	/// Signed calls of `pallet-kyc` (a provider's; governance calls are in [`RootAction`]).
	#[derive(Debug, Clone)]
	pub enum KycCall {
		/// `issue_claim`.
		IssueClaim {
			/// The verified account.
			who: Who,
			/// Level `level % 5` (valid: 1–3).
			level: u8,
			/// The uses covered.
			scope: Scope,
			/// When it expires.
			expiry: Expiry,
		},
		/// `renew_claim`.
		RenewClaim {
			/// The verified account.
			who: Who,
			/// The new expiry.
			expiry: Expiry,
			/// Whether a new record commitment comes with it.
			new_commitment: bool,
		},
		/// `revoke_claim` (by its provider).
		RevokeClaim {
			/// The account.
			who: Who,
		},
		/// `flag`.
		Flag {
			/// The account.
			who: Who,
			/// The evidence.
			evidence: CidPick,
		},
		/// `clear_flag` (by its provider).
		ClearFlag {
			/// The account.
			who: Who,
		},
		/// `attach_envelope`.
		AttachEnvelope {
			/// Who the envelope is encrypted to.
			grantee: Who,
			/// Its CID.
			envelope: CidPick,
		},
	}
}

impl KycCall {
	/// The runtime call.
	pub fn call(&self, ctx: &Ctx) -> RuntimeCall {
		use pallet_kyc::Call as C;
		let c = match self.clone() {
			KycCall::IssueClaim { who, level, scope, expiry } => C::issue_claim {
				who: who.account(),
				level: level % 5,
				scope: scope.scope(),
				expires_at: expiry.at(ctx.now),
				commitment: [1; 32],
			},
			KycCall::RenewClaim { who, expiry, new_commitment } => C::renew_claim {
				who: who.account(),
				expires_at: expiry.at(ctx.now),
				commitment: new_commitment.then_some([2; 32]),
			},
			KycCall::RevokeClaim { who } => C::revoke_claim { who: who.account() },
			KycCall::Flag { who, evidence } => {
				C::flag { who: who.account(), evidence: evidence.cid() }
			},
			KycCall::ClearFlag { who } => C::clear_flag { who: who.account() },
			KycCall::AttachEnvelope { grantee, envelope } => {
				C::attach_envelope { grantee: grantee.account(), envelope: envelope.cid() }
			},
		};
		RuntimeCall::Kyc(c)
	}
}

arbitrary_type! {
	/// Signed calls of `pallet-escrow` (`set_arbiters` and a governance ruling are in
	/// [`RootAction`]).
	#[derive(Debug, Clone)]
	pub enum EscrowCall {
		/// `list`.
		List {
			/// What is sold.
			item: ItemPick,
			/// In what it is paid.
			asset: Asset,
			/// Its price (in units of `asset`).
			price: Amount,
			/// The delivery period.
			delivery: Delivery,
		},
		/// `cancel_listing`.
		CancelListing {
			/// The listing.
			listing: Id,
		},
		/// `accept`.
		Accept {
			/// The listing.
			listing: Id,
		},
		/// `fund`.
		Fund {
			/// The contract.
			contract: Id,
		},
		/// `confirm_delivery`.
		ConfirmDelivery {
			/// The contract.
			contract: Id,
			/// The purchase voucher.
			voucher: CidPick,
		},
		/// `confirm_receipt`.
		ConfirmReceipt {
			/// The contract.
			contract: Id,
		},
		/// `finalize`.
		Finalize {
			/// The contract.
			contract: Id,
		},
		/// `cancel`.
		Cancel {
			/// The contract.
			contract: Id,
		},
		/// `open_dispute`.
		OpenDispute {
			/// The contract.
			contract: Id,
			/// The evidence.
			evidence: CidPick,
		},
		/// `add_evidence`.
		AddEvidence {
			/// The contract.
			contract: Id,
			/// The evidence.
			cid: CidPick,
		},
		/// `escalate`.
		Escalate {
			/// The contract.
			contract: Id,
		},
		/// `rule`, signed (by the assigned arbiter, or not).
		Rule {
			/// The contract.
			contract: Id,
			/// The buyer's share of the price, `min(100)` percent.
			buyer_share: u8,
			/// Whether the item goes to the buyer.
			item_to_buyer: bool,
		},
		/// `rate`.
		Rate {
			/// The contract.
			contract: Id,
			/// Score `score % 7` (valid: 1–5).
			score: u8,
			/// An optional comment.
			comment: Option<CidPick>,
		},
		/// `prune`.
		Prune {
			/// The contract.
			contract: Id,
		},
	}
}

impl EscrowCall {
	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		use pallet_escrow::Call as C;
		let c = match self.clone() {
			EscrowCall::List { item, asset, price, delivery } => {
				let asset = asset.kind();
				C::list {
					item: item.item(),
					price: price.of(&asset),
					asset,
					terms: [3; 32],
					delivery_period: delivery.blocks(),
				}
			},
			EscrowCall::CancelListing { listing } => C::cancel_listing { listing: listing.u64() },
			EscrowCall::Accept { listing } => C::accept { listing: listing.u64() },
			EscrowCall::Fund { contract } => C::fund { contract: contract.u64() },
			EscrowCall::ConfirmDelivery { contract, voucher } => {
				C::confirm_delivery { contract: contract.u64(), voucher: voucher.cid() }
			},
			EscrowCall::ConfirmReceipt { contract } => {
				C::confirm_receipt { contract: contract.u64() }
			},
			EscrowCall::Finalize { contract } => C::finalize { contract: contract.u64() },
			EscrowCall::Cancel { contract } => C::cancel { contract: contract.u64() },
			EscrowCall::OpenDispute { contract, evidence } => {
				C::open_dispute { contract: contract.u64(), evidence: evidence.cid() }
			},
			EscrowCall::AddEvidence { contract, cid } => {
				C::add_evidence { contract: contract.u64(), cid: cid.cid() }
			},
			EscrowCall::Escalate { contract } => C::escalate { contract: contract.u64() },
			EscrowCall::Rule { contract, buyer_share, item_to_buyer } => C::rule {
				contract: contract.u64(),
				buyer_share: Percent::from_percent(buyer_share.min(100)),
				item_to_buyer,
			},
			EscrowCall::Rate { contract, score, comment } => C::rate {
				contract: contract.u64(),
				score: score % 7,
				comment: comment.map(CidPick::cid),
			},
			EscrowCall::Prune { contract } => C::prune { contract: contract.u64() },
		};
		RuntimeCall::Escrow(c)
	}
}

arbitrary_type! {
	/// Signed calls of `pallet-foundation` (`spend` and `publish_report` are in [`RootAction`]).
	#[derive(Debug, Clone)]
	pub enum FoundationCall {
		/// `settle`.
		Settle {
			/// The spend.
			index: Id,
		},
	}
}

impl FoundationCall {
	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		match self {
			FoundationCall::Settle { index } => {
				RuntimeCall::Foundation(pallet_foundation::Call::settle { index: index.u32() })
			},
		}
	}
}

arbitrary_type! {
	/// A settlement asset the C2C market may list in.
	#[derive(Debug, Clone, Copy)]
	pub enum LockupAsset {
		/// The test yuan (has a reference price).
		Yuan,
		/// Asset 2 (no reference price).
		Second,
	}
}

arbitrary_type! {
	/// Signed calls of `pallet-lockup` (`set_params` is in [`RootAction`]).
	#[derive(Debug, Clone)]
	pub enum LockupCall {
		/// `lock` (`None`: everything available).
		Lock {
			/// How much.
			amount: Option<Amount>,
		},
		/// `unlock` (`None`: everything unlockable now).
		Unlock {
			/// How much.
			amount: Option<Amount>,
		},
		/// `list`.
		List {
			/// The asset it is sold for.
			asset: LockupAsset,
			/// How much CEC.
			amount: Amount,
			/// Its price.
			price: CecPrice,
		},
		/// `cancel`.
		Cancel {
			/// The listing.
			listing: Id,
		},
		/// `buy`.
		Buy {
			/// The listing.
			listing: Id,
			/// How much CEC.
			amount: Amount,
		},
		/// `refresh`.
		Refresh {
			/// Whose freeze.
			who: Who,
		},
	}
}

impl LockupCall {
	/// The runtime call.
	pub fn call(&self, ctx: &Ctx) -> RuntimeCall {
		use pallet_lockup::Call as C;
		type Lockup = pallet_lockup::Pallet<Runtime>;
		let c = match self.clone() {
			LockupCall::Lock { amount } => {
				C::lock { amount: amount.map_or_else(|| Lockup::available(&ctx.who), Amount::cec) }
			},
			LockupCall::Unlock { amount } => C::unlock {
				amount: amount.map_or_else(
					|| {
						pallet_lockup::Locks::<Runtime>::get(&ctx.who)
							.map(|r| Lockup::unlockable_of(&r))
							.unwrap_or_default()
					},
					Amount::cec,
				),
			},
			LockupCall::List { asset, amount, price } => C::list {
				asset: match asset {
					LockupAsset::Yuan => TEST_CNY,
					LockupAsset::Second => 2,
				},
				amount: amount.cec(),
				price: price.units(),
			},
			LockupCall::Cancel { listing } => C::cancel { id: listing.u64() },
			LockupCall::Buy { listing, amount } => {
				C::buy { id: listing.u64(), amount: amount.cec() }
			},
			LockupCall::Refresh { who } => C::refresh { who: who.account() },
		};
		RuntimeCall::Lockup(c)
	}
}

arbitrary_type! {
	/// A developer bond: around the minimum (1,000 CEC on the dev chain), a top-up, nothing, or
	/// more than anyone has.
	#[derive(Debug, Clone, Copy)]
	pub enum BondAmount {
		/// 1 planck below the minimum.
		BelowMinimum,
		/// The minimum.
		Minimum,
		/// 1 CEC (a top-up).
		TopUp,
		/// Zero.
		Zero,
		/// `u128::MAX`.
		Max,
	}
}

impl BondAmount {
	/// In planck of CEC.
	pub fn cec(self) -> Balance {
		use frame_support::traits::Get;
		let min = cec_runtime::configs::dapps::MinDeveloperBond::get();
		match self {
			BondAmount::BelowMinimum => min.saturating_sub(1),
			BondAmount::Minimum => min,
			BondAmount::TopUp => CEC,
			BondAmount::Zero => 0,
			BondAmount::Max => Balance::MAX,
		}
	}
}

arbitrary_type! {
	/// Signed calls of `pallet-dapp-bond` (`slash` is in [`RootAction`]), and a code upload to
	/// `pallet-contracts`, which only a bonded developer gets past the origin check with (the
	/// code is an empty Wasm module the pallet then rejects).
	#[derive(Debug, Clone)]
	pub enum DappBondCall {
		/// `bond`.
		Bond {
			/// How much.
			amount: BondAmount,
		},
		/// `unbond`.
		Unbond,
		/// `rebond`.
		Rebond,
		/// `withdraw`.
		Withdraw,
		/// `contracts.upload_code` of an empty module.
		UploadCode,
		/// `contracts.instantiate_with_code` of the probe contract (the runtime tests'
		/// `fixtures/ext_probe.wat`), salt 0 or 1.
		InstantiateProbe {
			/// Salt 1 rather than 0.
			second: bool,
		},
		/// `contracts.call` of the probe Eve instantiated in the set-up: it asks the chain
		/// extension `query` and returns the answer.
		CallProbe {
			/// What it asks the chain extension.
			query: ProbeQuery,
		},
	}
}

arbitrary_type! {
	/// What the probe contract asks the chain extension.
	#[derive(Debug, Clone, Copy)]
	pub enum ProbeQuery {
		/// Function 1 with the smart code of tree `index % 5` of parcel 0 (4 trees exist).
		Tree {
			/// The tree's index.
			index: u8,
		},
		/// Function 1 with a code whose check symbol is wrong.
		BadCode,
		/// Function 1 with 300 bytes of garbage.
		Garbage,
		/// Function 2: is `who` verified for trade at level 1?
		Kyc {
			/// The account.
			who: Who,
		},
		/// Function 9, which does not exist.
		Unknown,
	}
}

impl ProbeQuery {
	/// The probe's input: the extension id, then the function's input.
	fn input(self) -> Vec<u8> {
		let code = |index: u32| {
			pallet_forestry::smart_code::encode(pallet_forestry::TreeId { parcel: 0, index })
				.to_vec()
		};
		let (id, rest): (u32, Vec<u8>) = match self {
			ProbeQuery::Tree { index } => (1, code(u32::from(index % 5)).encode()),
			ProbeQuery::BadCode => {
				let mut c = code(1);
				if let Some(last) = c.last_mut() {
					*last = if *last == b'0' { b'1' } else { b'0' };
				}
				(1, c.encode())
			},
			ProbeQuery::Garbage => (1, vec![0xff; 300]),
			ProbeQuery::Kyc { who } => {
				(2, (who.account(), 1u8, cec_primitives::KycUse::Trade).encode())
			},
			ProbeQuery::Unknown => (9, code(0).encode()),
		};
		let mut input = id.to_le_bytes().to_vec();
		input.extend(rest);
		input
	}
}

/// The probe contract's Wasm, assembled once.
pub fn probe_code() -> &'static [u8] {
	static CODE: OnceLock<Vec<u8>> = OnceLock::new();
	CODE.get_or_init(|| {
		wat::parse_str(include_str!("../../runtime/src/tests/fixtures/ext_probe.wat"))
			.expect("the probe assembles")
	})
}

/// The address of the probe Eve instantiates in the set-up (salt 0).
pub fn probe_address() -> AccountId {
	let code_hash = <Runtime as frame_system::Config>::Hashing::hash(probe_code());
	pallet_contracts::Pallet::<Runtime>::contract_address(
		&Who::Eve.account(),
		&code_hash,
		&[],
		&[0],
	)
}

/// Gas for a probe instantiation or call: well above what it uses, far below a block.
const PROBE_GAS: frame_support::weights::Weight =
	frame_support::weights::Weight::from_parts(10_000_000_000, 512 * 1024);

impl DappBondCall {
	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		use pallet_dapp_bond::Call as C;
		RuntimeCall::DappBond(match *self {
			DappBondCall::Bond { amount } => C::bond { amount: amount.cec() },
			DappBondCall::Unbond => C::unbond {},
			DappBondCall::Rebond => C::rebond {},
			DappBondCall::Withdraw => C::withdraw {},
			DappBondCall::UploadCode => {
				return RuntimeCall::Contracts(pallet_contracts::Call::upload_code {
					code: b"\0asm\x01\0\0\0".to_vec(),
					storage_deposit_limit: None,
					determinism: pallet_contracts::Determinism::Enforced,
				})
			},
			DappBondCall::InstantiateProbe { second } => {
				return RuntimeCall::Contracts(pallet_contracts::Call::instantiate_with_code {
					value: 0,
					gas_limit: PROBE_GAS,
					storage_deposit_limit: None,
					code: probe_code().to_vec(),
					data: vec![],
					salt: vec![u8::from(second)],
				})
			},
			DappBondCall::CallProbe { query } => {
				return RuntimeCall::Contracts(pallet_contracts::Call::call {
					dest: MultiAddress::Id(probe_address()),
					value: 0,
					gas_limit: PROBE_GAS,
					storage_deposit_limit: None,
					data: query.input(),
				});
			},
		})
	}
}

arbitrary_type! {
	/// A peril.
	#[derive(Debug, Clone, Copy)]
	pub enum PerilPick {
		/// Fire (the set-up's CEC product).
		Fire,
		/// Pests (the set-up's yuan product).
		Pest,
		/// Storm.
		Storm,
		/// Drought.
		Drought,
		/// Disease.
		Disease,
	}
}

impl PerilPick {
	/// The peril.
	pub fn peril(self) -> cec_primitives::Peril {
		use cec_primitives::Peril as P;
		match self {
			PerilPick::Fire => P::Fire,
			PerilPick::Pest => P::Pest,
			PerilPick::Storm => P::Storm,
			PerilPick::Drought => P::Drought,
			PerilPick::Disease => P::Disease,
		}
	}
}

arbitrary_type! {
	/// Signed calls of `pallet-insurance` (appointments and the oracle committee are in
	/// [`RootAction`]). The set-up makes Ferdie an insurer with product 0 (fire, per tree, CEC)
	/// and product 1 (pests, per hectare, yuan), and Dave and Eve oracle members.
	#[derive(Debug, Clone)]
	pub enum InsuranceCall {
		/// `deposit_collateral`.
		DepositCollateral {
			/// The asset.
			asset: Asset,
			/// How much (CEC or yuan).
			amount: Amount,
		},
		/// `withdraw_collateral`.
		WithdrawCollateral {
			/// The asset.
			asset: Asset,
			/// How much (CEC or yuan).
			amount: Amount,
		},
		/// `create_product` for `CN-35`, 7 days of cover.
		CreateProduct {
			/// The asset.
			asset: Asset,
			/// The peril.
			peril: PerilPick,
			/// Per hectare rather than per tree.
			per_hectare: bool,
		},
		/// `close_product` of product `product % 4`.
		CloseProduct {
			/// The product.
			product: u8,
		},
		/// `buy_policy` of product `product % 3` on parcel 0 (or, one time in eight, parcel 1),
		/// for the trees whose bit is set in `trees` (in order; bit 4 adds a duplicate).
		BuyPolicy {
			/// The product.
			product: u8,
			/// Parcel 1 if `parcel % 8 == 7`.
			parcel: u8,
			/// Which of trees 0–3 (bit 4: list tree 0 twice).
			trees: u8,
		},
		/// `report_event` for `CN-35` (or `CN-11`), `days_back % 3` days ago.
		ReportEvent {
			/// The peril.
			peril: PerilPick,
			/// In `CN-11` rather than `CN-35`.
			elsewhere: bool,
			/// Days before today.
			days_back: u8,
			/// Severity in percent (0 and above 100 are invalid).
			severity: u8,
			/// The evidence.
			evidence: CidPick,
		},
		/// `report_event` of a fire in `CN-35` today at 50 %, with a valid CID: two members
		/// reporting it make it an event of record.
		ReportFireToday,
		/// `claim_event` of policy `policy % 4` for today's fire in `CN-35`.
		ClaimFireToday {
			/// The policy.
			policy: u8,
		},
		/// `claim_event` of policy `policy % 4` for an event as [`InsuranceCall::ReportEvent`]
		/// names it.
		ClaimEvent {
			/// The policy.
			policy: u8,
			/// The peril.
			peril: PerilPick,
			/// In `CN-11` rather than `CN-35`.
			elsewhere: bool,
			/// Days before today.
			days_back: u8,
		},
		/// `claim_tree` of policy `policy % 4`, tree `tree % 4`, history records `damage % 4`
		/// and, if set, `felling % 4`.
		ClaimTree {
			/// The policy.
			policy: u8,
			/// The tree.
			tree: u8,
			/// The damage record.
			damage: u8,
			/// The felling record.
			felling: Option<u8>,
		},
		/// `expire_policy` of policy `policy % 4`.
		ExpirePolicy {
			/// The policy.
			policy: u8,
		},
	}
}

impl InsuranceCall {
	/// An amount of `asset`.
	fn amount(asset: Asset, amount: Amount) -> Balance {
		match asset {
			Asset::Cec => amount.cec(),
			_ => amount.yuan(),
		}
	}

	/// The event key a report or claim names.
	fn key(peril: PerilPick, elsewhere: bool, days_back: u8) -> pallet_insurance::EventKey {
		let today = (frame_system::Pallet::<Runtime>::block_number() / DAYS) as u32;
		pallet_insurance::EventKey {
			region: BoundedVec::truncate_from(
				if elsewhere { &b"CN-11"[..] } else { &b"CN-35"[..] }.to_vec(),
			),
			peril: peril.peril(),
			day: today.saturating_sub(u32::from(days_back % 3)),
		}
	}

	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		use pallet_insurance::Call as C;
		RuntimeCall::Insurance(match self.clone() {
			InsuranceCall::DepositCollateral { asset, amount } => {
				C::deposit_collateral { asset: asset.kind(), amount: Self::amount(asset, amount) }
			},
			InsuranceCall::WithdrawCollateral { asset, amount } => {
				C::withdraw_collateral { asset: asset.kind(), amount: Self::amount(asset, amount) }
			},
			InsuranceCall::CreateProduct { asset, peril, per_hectare } => C::create_product {
				asset: asset.kind(),
				peril: peril.peril(),
				region: BoundedVec::truncate_from(b"CN-35".to_vec()),
				cover_period: 7 * DAYS,
				premium_rate: Perbill::from_percent(2),
				rule: if per_hectare {
					pallet_insurance::PayoutRule::PerHectare { rate: 10 * CEC }
				} else {
					pallet_insurance::PayoutRule::PerTree { base: CEC, per_metre: CEC / 10 }
				},
				max_payout: 500 * CEC,
			},
			InsuranceCall::CloseProduct { product } => {
				C::close_product { product: u32::from(product % 4) }
			},
			InsuranceCall::BuyPolicy { product, parcel, trees } => {
				let mut list: Vec<u32> = (0..4u32).filter(|i| trees & (1 << i) != 0).collect();
				if trees & 16 != 0 {
					list.insert(0, 0);
				}
				C::buy_policy {
					product: u32::from(product % 3),
					parcel: u32::from(parcel % 8 == 7),
					trees: BoundedVec::truncate_from(list),
					max_premium: 1_000 * CEC,
				}
			},
			InsuranceCall::ReportEvent { peril, elsewhere, days_back, severity, evidence } => {
				C::report_event {
					key: Self::key(peril, elsewhere, days_back),
					severity,
					evidence: evidence.cid(),
				}
			},
			InsuranceCall::ReportFireToday => C::report_event {
				key: Self::key(PerilPick::Fire, false, 0),
				severity: 50,
				evidence: CidPick::V1.cid(),
			},
			InsuranceCall::ClaimFireToday { policy } => C::claim_event {
				policy: u32::from(policy % 4),
				key: Self::key(PerilPick::Fire, false, 0),
			},
			InsuranceCall::ClaimEvent { policy, peril, elsewhere, days_back } => C::claim_event {
				policy: u32::from(policy % 4),
				key: Self::key(peril, elsewhere, days_back),
			},
			InsuranceCall::ClaimTree { policy, tree, damage, felling } => C::claim_tree {
				policy: u32::from(policy % 4),
				tree: u32::from(tree % 4),
				damage: u32::from(damage % 4),
				felling: felling.map(|f| u32::from(f % 4)),
			},
			InsuranceCall::ExpirePolicy { policy } => {
				C::expire_policy { policy: u32::from(policy % 4) }
			},
		})
	}
}

arbitrary_type! {
	/// Signed calls of `pallet-crowdfunding` (milestone decisions and defaults are in
	/// [`RootAction`]). The set-up has Dave open campaign 0 (CEC, 10–1,000 CEC) and campaign 1
	/// (yuan, 100–10,000 yuan), both with a deadline 40 blocks on and two milestones.
	#[derive(Debug, Clone)]
	pub enum CrowdfundingCall {
		/// `create_campaign` in `asset`, from `min` to 100 × `min`, deadline `deadline` blocks on
		/// (0 is invalid), `milestones % 4` milestones of equal shares (0 is invalid).
		CreateCampaign {
			/// The settlement asset.
			asset: Asset,
			/// The minimum raise.
			min: Amount,
			/// Blocks to the deadline.
			deadline: u8,
			/// How many milestones.
			milestones: u8,
		},
		/// `contribute` to campaign `campaign % 4`.
		Contribute {
			/// The campaign.
			campaign: u8,
			/// How much (CEC for even campaigns, yuan for odd ones: the set-up's assets).
			amount: Amount,
		},
		/// `finalize` campaign `campaign % 4`.
		Finalize {
			/// The campaign.
			campaign: u8,
		},
		/// `settle` `investor`'s contribution to campaign `campaign % 4`.
		Settle {
			/// The campaign.
			campaign: u8,
			/// The investor.
			investor: Who,
		},
		/// `submit_milestone` `index % 3` of campaign `campaign % 4`.
		SubmitMilestone {
			/// The campaign.
			campaign: u8,
			/// The milestone.
			index: u8,
			/// The evidence.
			evidence: CidPick,
		},
		/// `release_milestone` `index % 3` of campaign `campaign % 4`.
		ReleaseMilestone {
			/// The campaign.
			campaign: u8,
			/// The milestone.
			index: u8,
		},
		/// `report_progress` on campaign `campaign % 4`.
		ReportProgress {
			/// The campaign.
			campaign: u8,
			/// The report.
			report: CidPick,
		},
		/// `flag_missed_reports` of campaign `campaign % 4`.
		FlagMissedReports {
			/// The campaign.
			campaign: u8,
		},
		/// `deposit_revenue` into campaign `campaign % 4`.
		DepositRevenue {
			/// The campaign.
			campaign: u8,
			/// How much (as for contributions).
			amount: Amount,
		},
		/// `claim` from campaign `campaign % 4`.
		Claim {
			/// The campaign.
			campaign: u8,
		},
		/// `transfer` project tokens of campaign `campaign % 4`.
		Transfer {
			/// The campaign.
			campaign: u8,
			/// The receiver.
			to: Who,
			/// Token units.
			amount: Amount,
		},
	}
}

impl CrowdfundingCall {
	/// An amount for campaign `campaign`: CEC for even ones, yuan for odd ones.
	fn amount(campaign: u8, amount: Amount) -> Balance {
		if campaign % 2 == 0 {
			amount.cec()
		} else {
			amount.yuan()
		}
	}

	/// Campaign parameters as [`CrowdfundingCall::CreateCampaign`] describes them.
	pub fn params(
		asset: Asset,
		min: Amount,
		deadline: u8,
		milestones: u8,
	) -> pallet_crowdfunding::CampaignParamsOf<Runtime> {
		let min = match asset {
			Asset::Cec => min.cec(),
			_ => min.yuan(),
		};
		let now = frame_system::Pallet::<Runtime>::block_number();
		let deadline = now + BlockNumber::from(deadline);
		let n = u32::from(milestones % 4);
		let plan = (0..n)
			.map(|i| pallet_crowdfunding::MilestonePlan {
				share: if i + 1 == n {
					sp_runtime::Permill::from_parts(1_000_000 - (1_000_000 / n) * (n - 1))
				} else {
					sp_runtime::Permill::from_parts(1_000_000 / n)
				},
				due: deadline + 10 * (i + 1),
				proof: CidPick::V1.cid(),
			})
			.collect::<Vec<_>>();
		pallet_crowdfunding::CampaignParams {
			description: CidPick::V0.cid(),
			asset: asset.kind(),
			target: min.saturating_mul(10),
			min_raise: min,
			max_raise: min.saturating_mul(100),
			deadline,
			token_supply: 1_000_000_000,
			equity: sp_runtime::Permill::from_percent(10),
			name: BoundedVec::truncate_from(b"Forest project".to_vec()),
			symbol: BoundedVec::truncate_from(b"FP".to_vec()),
			decimals: 0,
			milestones: BoundedVec::truncate_from(plan),
			report_interval: DAYS,
		}
	}

	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		use pallet_crowdfunding::Call as C;
		let id = |c: u8| u32::from(c % 4);
		RuntimeCall::Crowdfunding(match self.clone() {
			CrowdfundingCall::CreateCampaign { asset, min, deadline, milestones } => {
				C::create_campaign { params: Self::params(asset, min, deadline, milestones) }
			},
			CrowdfundingCall::Contribute { campaign, amount } => {
				C::contribute { campaign: id(campaign), amount: Self::amount(campaign, amount) }
			},
			CrowdfundingCall::Finalize { campaign } => C::finalize { campaign: id(campaign) },
			CrowdfundingCall::Settle { campaign, investor } => {
				C::settle { campaign: id(campaign), investor: investor.account() }
			},
			CrowdfundingCall::SubmitMilestone { campaign, index, evidence } => {
				C::submit_milestone {
					campaign: id(campaign),
					index: u32::from(index % 3),
					evidence: evidence.cid(),
				}
			},
			CrowdfundingCall::ReleaseMilestone { campaign, index } => {
				C::release_milestone { campaign: id(campaign), index: u32::from(index % 3) }
			},
			CrowdfundingCall::ReportProgress { campaign, report } => {
				C::report_progress { campaign: id(campaign), report: report.cid() }
			},
			CrowdfundingCall::FlagMissedReports { campaign } => {
				C::flag_missed_reports { campaign: id(campaign) }
			},
			CrowdfundingCall::DepositRevenue { campaign, amount } => C::deposit_revenue {
				campaign: id(campaign),
				amount: Self::amount(campaign, amount),
			},
			CrowdfundingCall::Claim { campaign } => C::claim { campaign: id(campaign) },
			CrowdfundingCall::Transfer { campaign, to, amount } => {
				C::transfer { campaign: id(campaign), to: to.account(), amount: amount.units() }
			},
		})
	}
}

arbitrary_type! {
	/// Signed calls of `pallet-dividends` (`set_params` and `open_pool` are in [`RootAction`]).
	#[derive(Debug, Clone)]
	pub enum DividendsCall {
		/// `claim`.
		Claim,
	}
}

impl DividendsCall {
	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		match self {
			DividendsCall::Claim => RuntimeCall::Dividends(pallet_dividends::Call::claim {}),
		}
	}
}

arbitrary_type! {
	/// When a quote expires: blocks after the block under way.
	#[derive(Debug, Clone, Copy)]
	pub enum QuoteExpiry {
		/// Now (already expired).
		Now,
		/// The next block.
		Next,
		/// Ten blocks on.
		Soon,
		/// A day on (the longest allowed).
		Day,
		/// A day and a block on (too far).
		TooFar,
	}
}

impl QuoteExpiry {
	fn at(self, ctx: &Ctx) -> BlockNumber {
		ctx.now.saturating_add(match self {
			QuoteExpiry::Now => 0,
			QuoteExpiry::Next => 1,
			QuoteExpiry::Soon => 10,
			QuoteExpiry::Day => DAYS,
			QuoteExpiry::TooFar => DAYS + 1,
		})
	}
}

arbitrary_type! {
	/// Signed calls of `pallet-market-maker` (`appoint`, `dismiss` and `set_max_spread` are in
	/// [`RootAction`]). Payment references are `[id; 32]`: id 0 is the missing reference.
	#[derive(Debug, Clone)]
	pub enum MarketMakerCall {
		/// `add_inventory`.
		AddInventory {
			/// CEC.
			amount: Amount,
		},
		/// `withdraw_inventory`.
		WithdrawInventory {
			/// CEC.
			amount: Amount,
		},
		/// `mint`.
		Mint {
			/// The asset.
			asset: AssetId,
			/// The recipient.
			to: Target,
			/// Units of the asset.
			amount: Amount,
			/// The reference.
			reference: Id,
		},
		/// `burn`.
		Burn {
			/// The asset.
			asset: AssetId,
			/// Units of the asset.
			amount: Amount,
			/// The reference.
			reference: Id,
		},
		/// `attest_reserve`.
		Attest {
			/// The asset.
			asset: AssetId,
			/// The reserve.
			reserve: Amount,
			/// The report.
			cid: CidPick,
		},
		/// `post_quote`.
		PostQuote {
			/// The asset.
			asset: AssetId,
			/// The bid.
			bid: CecPrice,
			/// The ask.
			ask: CecPrice,
			/// Its expiry.
			expiry: QuoteExpiry,
		},
		/// `withdraw_quote`.
		WithdrawQuote {
			/// The asset.
			asset: AssetId,
		},
		/// `buy_cec`.
		Buy {
			/// The maker.
			maker: Who,
			/// The asset paid in.
			asset: AssetId,
			/// CEC.
			amount: Amount,
			/// The highest ask accepted.
			max_ask: CecPrice,
		},
		/// `sell_cec`.
		Sell {
			/// The maker.
			maker: Who,
			/// The asset paid out.
			asset: AssetId,
			/// CEC.
			amount: Amount,
			/// The lowest bid accepted.
			min_bid: CecPrice,
		},
		/// `prune_ref`.
		PruneRef {
			/// The asset.
			asset: AssetId,
			/// The reference.
			reference: Id,
		},
	}
}

impl MarketMakerCall {
	/// The runtime call.
	pub fn call(&self, ctx: &Ctx) -> RuntimeCall {
		use pallet_market_maker::Call as C;
		let reference = |id: Id| [id.0; 32];
		let c = match self.clone() {
			MarketMakerCall::AddInventory { amount } => C::add_inventory { amount: amount.cec() },
			MarketMakerCall::WithdrawInventory { amount } => {
				C::withdraw_inventory { amount: amount.cec() }
			},
			MarketMakerCall::Mint { asset, to, amount, reference: r } => C::mint {
				asset: asset.id(),
				to: to.address(),
				amount: amount.yuan(),
				reference: reference(r),
			},
			MarketMakerCall::Burn { asset, amount, reference: r } => {
				C::burn { asset: asset.id(), amount: amount.yuan(), reference: reference(r) }
			},
			MarketMakerCall::Attest { asset, reserve, cid } => {
				C::attest_reserve { asset: asset.id(), reserve: reserve.yuan(), cid: cid.cid() }
			},
			MarketMakerCall::PostQuote { asset, bid, ask, expiry } => C::post_quote {
				asset: asset.id(),
				bid: bid.units(),
				ask: ask.units(),
				expires_at: expiry.at(ctx),
			},
			MarketMakerCall::WithdrawQuote { asset } => C::withdraw_quote { asset: asset.id() },
			MarketMakerCall::Buy { maker, asset, amount, max_ask } => C::buy_cec {
				maker: maker.address(),
				asset: asset.id(),
				amount: amount.cec(),
				max_ask: max_ask.units(),
			},
			MarketMakerCall::Sell { maker, asset, amount, min_bid } => C::sell_cec {
				maker: maker.address(),
				asset: asset.id(),
				amount: amount.cec(),
				min_bid: min_bid.units(),
			},
			MarketMakerCall::PruneRef { asset, reference: r } => {
				C::prune_ref { asset: asset.id(), reference: reference(r) }
			},
		};
		RuntimeCall::MarketMaker(c)
	}
}

arbitrary_type! {
	/// Calls of `pallet-balances`.
	#[derive(Debug, Clone)]
	pub enum BalancesCall {
		/// `transfer_allow_death`.
		TransferAllowDeath {
			/// The recipient.
			to: Target,
			/// How much CEC.
			amount: Amount,
		},
		/// `transfer_keep_alive`.
		TransferKeepAlive {
			/// The recipient.
			to: Target,
			/// How much CEC.
			amount: Amount,
		},
		/// `transfer_all`.
		TransferAll {
			/// The recipient.
			to: Target,
			/// Keep the sender alive.
			keep_alive: bool,
		},
	}
}

impl BalancesCall {
	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		use pallet_balances::Call as C;
		let c = match *self {
			BalancesCall::TransferAllowDeath { to, amount } => {
				C::transfer_allow_death { dest: to.address(), value: amount.cec() }
			},
			BalancesCall::TransferKeepAlive { to, amount } => {
				C::transfer_keep_alive { dest: to.address(), value: amount.cec() }
			},
			BalancesCall::TransferAll { to, keep_alive } => {
				C::transfer_all { dest: to.address(), keep_alive }
			},
		};
		RuntimeCall::Balances(c)
	}
}

arbitrary_type! {
	/// Signed calls of the settlement assets (`pallet-assets` instance 2).
	#[derive(Debug, Clone)]
	pub enum AssetsCall {
		/// `transfer`.
		Transfer {
			/// The asset.
			asset: AssetId,
			/// The recipient.
			to: Target,
			/// How much.
			amount: Amount,
		},
		/// `transfer_keep_alive`.
		TransferKeepAlive {
			/// The asset.
			asset: AssetId,
			/// The recipient.
			to: Target,
			/// How much.
			amount: Amount,
		},
		/// `mint` (only the issuer may: Alice for the test yuan).
		Mint {
			/// The asset.
			asset: AssetId,
			/// The recipient.
			to: Who,
			/// How much.
			amount: Amount,
		},
		/// `touch`.
		Touch {
			/// The asset.
			asset: AssetId,
		},
		/// `refund`.
		Refund {
			/// The asset.
			asset: AssetId,
			/// Burn a remaining balance.
			allow_burn: bool,
		},
	}
}

impl AssetsCall {
	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		use pallet_assets::Call as C;
		let id = |a: AssetId| codec::Compact(a.id());
		let c = match *self {
			AssetsCall::Transfer { asset, to, amount } => {
				C::transfer { id: id(asset), target: to.address(), amount: amount.yuan() }
			},
			AssetsCall::TransferKeepAlive { asset, to, amount } => C::transfer_keep_alive {
				id: id(asset),
				target: to.address(),
				amount: amount.yuan(),
			},
			AssetsCall::Mint { asset, to, amount } => {
				C::mint { id: id(asset), beneficiary: to.address(), amount: amount.yuan() }
			},
			AssetsCall::Touch { asset } => C::touch { id: id(asset) },
			AssetsCall::Refund { asset, allow_burn } => C::refund { id: id(asset), allow_burn },
		};
		RuntimeCall::SettlementAssets(c)
	}
}

arbitrary_type! {
	/// Where staking rewards go.
	#[derive(Debug, Clone, Copy)]
	pub enum Payee {
		/// Added to the bond.
		Staked,
		/// To the stash, free.
		Stash,
		/// To another account.
		Account(Who),
		/// Nowhere.
		Nowhere,
	}
}

impl Payee {
	fn destination(self) -> pallet_staking::RewardDestination<AccountId> {
		use pallet_staking::RewardDestination as D;
		match self {
			Payee::Staked => D::Staked,
			Payee::Stash => D::Stash,
			Payee::Account(w) => D::Account(w.account()),
			Payee::Nowhere => D::None,
		}
	}
}

arbitrary_type! {
	/// Calls of `pallet-staking` a stash makes.
	#[derive(Debug, Clone)]
	pub enum StakingCall {
		/// `bond`.
		Bond {
			/// How much CEC.
			amount: Amount,
			/// Where rewards go.
			payee: Payee,
		},
		/// `bond_extra`.
		BondExtra {
			/// How much CEC.
			amount: Amount,
		},
		/// `unbond`.
		Unbond {
			/// How much CEC.
			amount: Amount,
		},
		/// `rebond`.
		Rebond {
			/// How much CEC.
			amount: Amount,
		},
		/// `withdraw_unbonded`.
		WithdrawUnbonded,
		/// `nominate`.
		Nominate {
			/// The targets (Alice is the only validator).
			targets: Few<Who, 3>,
		},
		/// `chill`.
		Chill,
		/// `set_payee`.
		SetPayee {
			/// Where rewards go.
			payee: Payee,
		},
		/// `payout_stakers` of Alice for era `era % 4`.
		PayoutStakers {
			/// The era.
			era: u8,
		},
	}
}

impl StakingCall {
	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		use pallet_staking::Call as C;
		let c = match self.clone() {
			StakingCall::Bond { amount, payee } => {
				C::bond { value: amount.cec(), payee: payee.destination() }
			},
			StakingCall::BondExtra { amount } => C::bond_extra { max_additional: amount.cec() },
			StakingCall::Unbond { amount } => C::unbond { value: amount.cec() },
			StakingCall::Rebond { amount } => C::rebond { value: amount.cec() },
			StakingCall::WithdrawUnbonded => C::withdraw_unbonded { num_slashing_spans: 0 },
			StakingCall::Nominate { targets } => {
				C::nominate { targets: targets.0.iter().map(|w| w.address()).collect() }
			},
			StakingCall::Chill => C::chill {},
			StakingCall::SetPayee { payee } => C::set_payee { payee: payee.destination() },
			StakingCall::PayoutStakers { era } => {
				C::payout_stakers { validator_stash: Who::Alice.account(), era: u32::from(era % 4) }
			},
		};
		RuntimeCall::Staking(c)
	}
}

arbitrary_type! {
	/// Calls of `pallet-utility`.
	#[derive(Debug, Clone)]
	pub enum UtilityCall {
		/// `batch` or (`atomic`) `batch_all`.
		Batch {
			/// `batch_all` rather than `batch`.
			atomic: bool,
			/// The calls.
			calls: Few<UserCall, 3>,
		},
	}
}

impl UtilityCall {
	/// The runtime call.
	pub fn call(&self, ctx: &Ctx) -> RuntimeCall {
		let UtilityCall::Batch { atomic, calls } = self;
		let calls = calls.0.iter().map(|c| c.call(ctx)).collect();
		RuntimeCall::Utility(if *atomic {
			pallet_utility::Call::batch_all { calls }
		} else {
			pallet_utility::Call::batch { calls }
		})
	}
}

arbitrary_type! {
	/// A proxy's powers.
	#[derive(Debug, Clone, Copy)]
	pub enum ProxyKind {
		/// Anything.
		Any,
		/// Anything but moving value.
		NonTransfer,
		/// Staking only.
		Staking,
	}
}

impl ProxyKind {
	fn kind(self) -> cec_runtime::configs::ProxyType {
		use cec_runtime::configs::ProxyType as P;
		match self {
			ProxyKind::Any => P::Any,
			ProxyKind::NonTransfer => P::NonTransfer,
			ProxyKind::Staking => P::Staking,
		}
	}
}

arbitrary_type! {
	/// Calls of `pallet-proxy`.
	#[derive(Debug, Clone)]
	pub enum ProxyCall {
		/// `add_proxy` (no delay).
		AddProxy {
			/// The proxy.
			delegate: Who,
			/// Its powers.
			kind: ProxyKind,
		},
		/// `remove_proxies`.
		RemoveProxies,
		/// `proxy`: the signer acts for `real`.
		Proxy {
			/// The account acted for.
			real: Who,
			/// What it calls.
			call: Box<UserCall>,
		},
	}
}

impl ProxyCall {
	/// The runtime call.
	pub fn call(&self, ctx: &Ctx) -> RuntimeCall {
		use pallet_proxy::Call as C;
		let c = match self {
			ProxyCall::AddProxy { delegate, kind } => {
				C::add_proxy { delegate: delegate.address(), proxy_type: kind.kind(), delay: 0 }
			},
			ProxyCall::RemoveProxies => C::remove_proxies {},
			ProxyCall::Proxy { real, call } => {
				let inner = Ctx { who: real.account(), now: ctx.now };
				C::proxy {
					real: real.address(),
					force_proxy_type: None,
					call: Box::new(call.call(&inner)),
				}
			},
		};
		RuntimeCall::Proxy(c)
	}
}

arbitrary_type! {
	/// Calls of `pallet-multisig`.
	#[derive(Debug, Clone)]
	pub enum MultisigCall {
		/// `as_multi_threshold_1` with the signer and `others` (sorted, without the signer).
		AsMultiThreshold1 {
			/// The other signatories.
			others: Few<Who, 3>,
			/// What the multisig account calls.
			call: Box<UserCall>,
		},
	}
}

impl MultisigCall {
	/// The runtime call.
	pub fn call(&self, ctx: &Ctx) -> RuntimeCall {
		let MultisigCall::AsMultiThreshold1 { others, call } = self;
		let mut others: Vec<AccountId> =
			others.0.iter().map(|w| w.account()).filter(|a| *a != ctx.who).collect();
		others.sort();
		others.dedup();
		RuntimeCall::Multisig(pallet_multisig::Call::as_multi_threshold_1 {
			other_signatories: others,
			call: Box::new(call.call(ctx)),
		})
	}
}

arbitrary_type! {
	/// Whose vesting to release.
	#[derive(Debug, Clone, Copy)]
	pub enum VestTarget {
		/// A fixed account (none of them vests).
		Who(Who),
		/// The tech team's allocation (four tranches).
		TechTeam,
		/// The foundation's allocation, the treasury (four tranches).
		Foundation,
		/// The promotion allocation (12 months).
		Promotion,
	}
}

arbitrary_type! {
	/// Calls of `pallet-vesting`.
	#[derive(Debug, Clone)]
	pub enum VestingCall {
		/// `vest`.
		Vest,
		/// `vest_other`.
		VestOther {
			/// Whose.
			target: VestTarget,
		},
	}
}

impl VestingCall {
	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		use cec_runtime::genesis_config_presets::allocation_accounts as allocations;
		let c = match *self {
			VestingCall::Vest => pallet_vesting::Call::vest {},
			VestingCall::VestOther { target } => {
				let who = match target {
					VestTarget::Who(w) => w.account(),
					VestTarget::TechTeam => allocations::tech_team(),
					VestTarget::Foundation => allocations::foundation(),
					VestTarget::Promotion => allocations::promotion(),
				};
				pallet_vesting::Call::vest_other { target: MultiAddress::Id(who) }
			},
		};
		RuntimeCall::Vesting(c)
	}
}

arbitrary_type! {
	/// Calls of the council (`pallet-collective` instance 1). Six of the eight seats are in
	/// [`Who`], so motions can pass with a majority (5) and a supermajority (6).
	#[derive(Debug, Clone)]
	pub enum CouncilCall {
		/// `propose` a governance call, needing `threshold % 9` ayes (below 2: executed at once).
		Propose {
			/// Ayes needed.
			threshold: u8,
			/// The call.
			motion: Box<RootAction>,
		},
		/// `vote` on the `motion % open`-th open motion.
		Vote {
			/// Which open motion.
			motion: Id,
			/// Aye or nay.
			aye: bool,
		},
		/// `close` the `motion % open`-th open motion.
		Close {
			/// Which open motion.
			motion: Id,
		},
	}
}

/// The `n`-th (modulo) open council motion: its hash, index and call.
fn open_motion(n: Id) -> Option<(cec_runtime::Hash, u32, RuntimeCall)> {
	use cec_runtime::configs::governance::CouncilCollective;
	let hashes = pallet_collective::Proposals::<Runtime, CouncilCollective>::get();
	if hashes.is_empty() {
		return None;
	}
	let hash = hashes[usize::from(n.0) % hashes.len()];
	let call = pallet_collective::ProposalOf::<Runtime, CouncilCollective>::get(hash)?;
	// `Votes`' fields are private; its index is the first field of its SCALE encoding, a plain
	// (not compact) `u32` in pallet-collective 50.
	let index = pallet_collective::Voting::<Runtime, CouncilCollective>::get(hash)
		.and_then(|v| u32::decode(&mut &v.encode()[..]).ok())?;
	Some((hash, index, call))
}

impl CouncilCall {
	/// The runtime call.
	pub fn call(&self, ctx: &Ctx) -> RuntimeCall {
		use pallet_collective::Call as C;
		let c = match self {
			CouncilCall::Propose { threshold, motion } => {
				let proposal = motion.call(ctx);
				let length_bound = proposal.encoded_size() as u32;
				C::propose {
					threshold: u32::from(threshold % 9),
					proposal: Box::new(proposal),
					length_bound,
				}
			},
			CouncilCall::Vote { motion, aye } => {
				// With no motion open, vote on nothing (fails with `ProposalMissing`).
				let (hash, index) =
					open_motion(*motion).map(|(h, i, _)| (h, i)).unwrap_or_default();
				C::vote { proposal: hash, index, approve: *aye }
			},
			CouncilCall::Close { motion } => match open_motion(*motion) {
				Some((hash, index, call)) => C::close {
					proposal_hash: hash,
					index,
					proposal_weight_bound: call.get_dispatch_info().call_weight,
					length_bound: call.encoded_size() as u32,
				},
				None => C::close {
					proposal_hash: Default::default(),
					index: 0,
					proposal_weight_bound: Default::default(),
					length_bound: 0,
				},
			},
		};
		RuntimeCall::Council(c)
	}
}

arbitrary_type! {
	/// Signed calls of `pallet-treasury` (anyone's).
	#[derive(Debug, Clone)]
	pub enum TreasuryCall {
		/// `payout`.
		Payout {
			/// The spend.
			index: Id,
		},
		/// `check_status`.
		CheckStatus {
			/// The spend.
			index: Id,
		},
	}
}

impl TreasuryCall {
	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		use pallet_treasury::Call as C;
		RuntimeCall::Treasury(match *self {
			TreasuryCall::Payout { index } => C::payout { index: index.u32() },
			TreasuryCall::CheckStatus { index } => C::check_status { index: index.u32() },
		})
	}
}

arbitrary_type! {
	/// Calls of `frame-system` (activity for the lockup's drip).
	#[derive(Debug, Clone)]
	pub enum SystemCall {
		/// `remark` of `len` bytes.
		Remark {
			/// Its length.
			len: u8,
		},
	}
}

impl SystemCall {
	/// The runtime call.
	pub fn call(&self) -> RuntimeCall {
		let SystemCall::Remark { len } = *self;
		RuntimeCall::System(frame_system::Call::remark { remark: vec![7; usize::from(len)] })
	}
}

// ---------------------------------------------------------------------------------------------
// Governance calls.
// ---------------------------------------------------------------------------------------------

arbitrary_type! {
	/// A set of lockup parameters.
	#[derive(Debug, Clone, Copy)]
	pub enum LockupParamsPick {
		/// The runtime's defaults, with the dev chain's 10-block day.
		Default,
		/// A 5 %-a-day drip (the most allowed).
		FastDrip,
		/// A 5-block day (the shortest allowed).
		ShortDay,
		/// A 10 % band and a 5 % fee (the most allowed).
		Wide,
		/// A 4-block day (invalid).
		TooShortDay,
		/// A 6 % drip (invalid).
		TooFast,
	}
}

impl LockupParamsPick {
	fn params(self) -> pallet_lockup::ParamsOf<Runtime> {
		let mut p = <Runtime as pallet_lockup::Config>::DefaultParams::get();
		p.day_length = cec_runtime::genesis_config_presets::DEV_DAY_LENGTH;
		match self {
			LockupParamsPick::Default => {},
			LockupParamsPick::FastDrip => {
				p.min_rate = Perbill::from_percent(5);
				p.max_rate = Perbill::from_percent(5);
			},
			LockupParamsPick::ShortDay => p.day_length = 5,
			LockupParamsPick::Wide => {
				p.band = Perbill::from_percent(10);
				p.fee = Perbill::from_percent(5);
			},
			LockupParamsPick::TooShortDay => p.day_length = 4,
			LockupParamsPick::TooFast => p.max_rate = Perbill::from_percent(6),
		}
		p
	}
}

arbitrary_type! {
	/// A rarity target.
	#[derive(Debug, Clone, Copy)]
	pub enum RarityPick {
		/// Species `species % 12`.
		Species(u8),
		/// A parcel.
		Parcel(Id),
	}
}

arbitrary_type! {
	/// A governance call: dispatched as Root through `sudo.sudo` by [`Action::Root`], or proposed to
	/// the council by [`CouncilCall::Propose`].
	#[derive(Debug, Clone)]
	pub enum RootAction {
		/// `forestry.appoint_witness`.
		AppointWitness {
			/// The witness.
			who: Who,
			/// Its region prefix.
			region: RegionPick,
			/// Its licence.
			licence: Text,
		},
		/// `forestry.remove_witness`.
		RemoveWitness {
			/// The witness.
			who: Who,
		},
		/// `forestry.add_species` with id `id % 16`.
		AddSpecies {
			/// The id.
			id: u8,
			/// Its name.
			name: Text,
		},
		/// `forestry.remove_species` with id `id % 16`.
		RemoveSpecies {
			/// The id.
			id: u8,
		},
		/// `forestry.set_rarity`.
		SetRarity {
			/// What.
			target: RarityPick,
			/// Rare or not.
			rare: bool,
		},
		/// `kyc.appoint_provider`.
		AppointProvider {
			/// The provider.
			who: Who,
			/// Its name.
			name: Text,
		},
		/// `kyc.remove_provider`.
		RemoveProvider {
			/// The provider.
			who: Who,
		},
		/// `kyc.revoke_claim` by governance.
		RevokeClaim {
			/// The account.
			who: Who,
		},
		/// `kyc.clear_flag` by governance.
		ClearFlag {
			/// The account.
			who: Who,
		},
		/// `kyc.lift_revocation`.
		LiftRevocation {
			/// The account.
			who: Who,
		},
		/// `escrow.set_arbiters`.
		SetArbiters {
			/// The panel.
			arbiters: Few<Who, 4>,
		},
		/// `escrow.rule` by governance.
		Rule {
			/// The contract.
			contract: Id,
			/// The buyer's share, `min(100)` percent.
			buyer_share: u8,
			/// Whether the item goes to the buyer.
			item_to_buyer: bool,
		},
		/// `foundation.spend`.
		Spend {
			/// The beneficiary.
			to: Who,
			/// How much CEC.
			amount: Amount,
			/// The justification.
			justification: CidPick,
		},
		/// `foundation.publish_report`.
		PublishReport {
			/// The report.
			report: CidPick,
		},
		/// `treasury.void_spend`.
		VoidSpend {
			/// The spend.
			index: Id,
		},
		/// `lockup.set_params`.
		SetLockupParams {
			/// The parameters.
			params: LockupParamsPick,
		},
		/// `dividends.set_params`: `dividend_percent.min(100)` to holders, the rest to buy-back
		/// (`!whole`: one percent short, invalid).
		SetDividendParams {
			/// Holders' share in percent.
			dividend_percent: u8,
			/// Whether the shares add up to 100 %.
			whole: bool,
		},
		/// `dividends.open_pool`.
		OpenPool {
			/// The asset.
			asset: Asset,
		},
		/// `market_maker.appoint`.
		AppointMaker {
			/// The maker.
			who: Who,
		},
		/// `market_maker.dismiss`.
		DismissMaker {
			/// The maker.
			who: Who,
		},
		/// `market_maker.set_max_spread` of `percent` (above the 10 % ceiling from 11).
		SetMaxSpread {
			/// The bound in percent.
			percent: u8,
		},
		/// `dapp_bond.slash` of `amount` CEC of `who`'s bond, citing `evidence`, banning it or not.
		SlashDeveloper {
			/// The developer.
			who: Who,
			/// How much.
			amount: Amount,
			/// The evidence.
			evidence: CidPick,
			/// Ban the account too.
			ban: bool,
		},
		/// `dapp_bond.unban`.
		UnbanDeveloper {
			/// The developer.
			who: Who,
		},
		/// `insurance.appoint_insurer`.
		AppointInsurer {
			/// The insurer.
			who: Who,
		},
		/// `insurance.remove_insurer`.
		RemoveInsurer {
			/// The insurer.
			who: Who,
		},
		/// `crowdfunding.approve_milestone` `index % 3` of campaign `campaign % 4`.
		ApproveMilestone {
			/// The campaign.
			campaign: u8,
			/// The milestone.
			index: u8,
		},
		/// `crowdfunding.reject_milestone` `index % 3` of campaign `campaign % 4`.
		RejectMilestone {
			/// The campaign.
			campaign: u8,
			/// The milestone.
			index: u8,
		},
		/// `crowdfunding.declare_default` of campaign `campaign % 4`.
		DeclareDefault {
			/// The campaign.
			campaign: u8,
			/// The evidence.
			evidence: CidPick,
		},
		/// `oracle_committee.add_member`.
		AddOracleMember {
			/// The member.
			who: Who,
		},
		/// `oracle_committee.remove_member`.
		RemoveOracleMember {
			/// The member.
			who: Who,
		},
		/// `settlement_assets.force_create`: asset 2 (minimum balance 1) or 3 (minimum balance
		/// 100, so that payments can leave dust).
		CreateAsset {
			/// Asset 3 rather than 2.
			third: bool,
			/// Its owner and issuer.
			owner: Who,
		},
	}
}

impl RootAction {
	/// The governance call (not wrapped in `sudo`).
	pub fn call(&self, _ctx: &Ctx) -> RuntimeCall {
		match self.clone() {
			RootAction::AppointWitness { who, region, licence } => {
				RuntimeCall::Forestry(pallet_forestry::Call::appoint_witness {
					who: who.account(),
					licence: BoundedVec::truncate_from(licence.bytes("FJ-WIT-0002")),
					region: region.region(),
				})
			},
			RootAction::RemoveWitness { who } => {
				RuntimeCall::Forestry(pallet_forestry::Call::remove_witness { who: who.account() })
			},
			RootAction::AddSpecies { id, name } => {
				RuntimeCall::Forestry(pallet_forestry::Call::add_species {
					id: u16::from(id % 16),
					name: BoundedVec::truncate_from(name.bytes("Taxus chinensis")),
				})
			},
			RootAction::RemoveSpecies { id } => {
				RuntimeCall::Forestry(pallet_forestry::Call::remove_species {
					id: u16::from(id % 16),
				})
			},
			RootAction::SetRarity { target, rare } => {
				let target = match target {
					RarityPick::Species(s) => {
						pallet_forestry::RarityTarget::Species(u16::from(s % 12))
					},
					RarityPick::Parcel(p) => pallet_forestry::RarityTarget::Parcel(p.u32()),
				};
				RuntimeCall::Forestry(pallet_forestry::Call::set_rarity { target, rare })
			},
			RootAction::AppointProvider { who, name } => {
				RuntimeCall::Kyc(pallet_kyc::Call::appoint_provider {
					provider: who.account(),
					name: BoundedVec::truncate_from(name.bytes("Fuzz KYC")),
				})
			},
			RootAction::RemoveProvider { who } => {
				RuntimeCall::Kyc(pallet_kyc::Call::remove_provider { provider: who.account() })
			},
			RootAction::RevokeClaim { who } => {
				RuntimeCall::Kyc(pallet_kyc::Call::revoke_claim { who: who.account() })
			},
			RootAction::ClearFlag { who } => {
				RuntimeCall::Kyc(pallet_kyc::Call::clear_flag { who: who.account() })
			},
			RootAction::LiftRevocation { who } => {
				RuntimeCall::Kyc(pallet_kyc::Call::lift_revocation { who: who.account() })
			},
			RootAction::SetArbiters { arbiters } => {
				RuntimeCall::Escrow(pallet_escrow::Call::set_arbiters {
					arbiters: BoundedVec::truncate_from(
						arbiters.0.iter().map(|w| w.account()).collect(),
					),
				})
			},
			RootAction::Rule { contract, buyer_share, item_to_buyer } => {
				RuntimeCall::Escrow(pallet_escrow::Call::rule {
					contract: contract.u64(),
					buyer_share: Percent::from_percent(buyer_share.min(100)),
					item_to_buyer,
				})
			},
			RootAction::Spend { to, amount, justification } => {
				RuntimeCall::Foundation(pallet_foundation::Call::spend {
					beneficiary: to.account(),
					amount: amount.cec(),
					justification: justification.cid(),
				})
			},
			RootAction::PublishReport { report } => {
				RuntimeCall::Foundation(pallet_foundation::Call::publish_report {
					report: report.cid(),
				})
			},
			RootAction::VoidSpend { index } => {
				RuntimeCall::Treasury(pallet_treasury::Call::void_spend { index: index.u32() })
			},
			RootAction::SetLockupParams { params } => {
				RuntimeCall::Lockup(pallet_lockup::Call::set_params { params: params.params() })
			},
			RootAction::SetDividendParams { dividend_percent, whole } => {
				let holders = u32::from(dividend_percent.min(100));
				let buyback = if whole { 100 - holders } else { 99u32.saturating_sub(holders) };
				RuntimeCall::Dividends(pallet_dividends::Call::set_params {
					params: pallet_dividends::DividendParams {
						dividend_share: Perbill::from_percent(holders),
						buyback_share: Perbill::from_percent(buyback),
					},
				})
			},
			RootAction::SlashDeveloper { who, amount, evidence, ban } => {
				RuntimeCall::DappBond(pallet_dapp_bond::Call::slash {
					who: who.account(),
					amount: amount.cec(),
					evidence: evidence.cid(),
					ban,
				})
			},
			RootAction::UnbanDeveloper { who } => {
				RuntimeCall::DappBond(pallet_dapp_bond::Call::unban { who: who.account() })
			},
			RootAction::AppointInsurer { who } => {
				RuntimeCall::Insurance(pallet_insurance::Call::appoint_insurer {
					who: who.account(),
				})
			},
			RootAction::RemoveInsurer { who } => {
				RuntimeCall::Insurance(pallet_insurance::Call::remove_insurer {
					who: who.account(),
				})
			},
			RootAction::ApproveMilestone { campaign, index } => {
				RuntimeCall::Crowdfunding(pallet_crowdfunding::Call::approve_milestone {
					campaign: u32::from(campaign % 4),
					index: u32::from(index % 3),
				})
			},
			RootAction::RejectMilestone { campaign, index } => {
				RuntimeCall::Crowdfunding(pallet_crowdfunding::Call::reject_milestone {
					campaign: u32::from(campaign % 4),
					index: u32::from(index % 3),
				})
			},
			RootAction::DeclareDefault { campaign, evidence } => {
				RuntimeCall::Crowdfunding(pallet_crowdfunding::Call::declare_default {
					campaign: u32::from(campaign % 4),
					evidence: evidence.cid(),
				})
			},
			RootAction::AddOracleMember { who } => {
				RuntimeCall::OracleCommittee(pallet_membership::Call::add_member {
					who: who.address(),
				})
			},
			RootAction::RemoveOracleMember { who } => {
				RuntimeCall::OracleCommittee(pallet_membership::Call::remove_member {
					who: who.address(),
				})
			},
			RootAction::OpenPool { asset } => {
				RuntimeCall::Dividends(pallet_dividends::Call::open_pool { asset: asset.kind() })
			},
			RootAction::AppointMaker { who } => {
				RuntimeCall::MarketMaker(pallet_market_maker::Call::appoint {
					maker: who.address(),
				})
			},
			RootAction::DismissMaker { who } => {
				RuntimeCall::MarketMaker(pallet_market_maker::Call::dismiss {
					maker: who.address(),
				})
			},
			RootAction::SetMaxSpread { percent } => {
				RuntimeCall::MarketMaker(pallet_market_maker::Call::set_max_spread {
					spread: Perbill::from_percent(u32::from(percent % 16)),
				})
			},
			RootAction::CreateAsset { third, owner } => {
				RuntimeCall::SettlementAssets(pallet_assets::Call::force_create {
					id: codec::Compact(if third { 3 } else { 2 }),
					owner: owner.address(),
					is_sufficient: true,
					min_balance: if third { 100 } else { 1 },
				})
			},
		}
	}
}
