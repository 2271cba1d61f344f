//! Driving the real runtime block by block, as the node does: BABE pre-digests, the timestamp
//! inherent, signed extrinsics with every transaction extension, `Executive`.
//!
//! # Time
//!
//! [`Chain::open_block`] starts the next block at the next slot. A jump of `n` blocks
//! ([`crate::Action::Jump`]) either executes `n` empty blocks (`n ≤`
//! [`crate::actions::CONSECUTIVE_LIMIT`]: every hook sees every block, so each 10-block dev
//! lockup day closes on time) or, for longer jumps, **skips block numbers**: the chain's number is
//! set to `current + n` between two blocks (`frame_system::Pallet::set_block_number`; `Executive`
//! itself only insists that the next block is `number + 1`), and the next block runs at slot
//! `current + n + 1`, so BABE and the timestamp stay consistent (6 s per block number). The hooks
//! of the skipped numbers never run, as on a chain that stalled for `n` slots with its block
//! numbers following the slots: the lockup then closes one (late) day, BABE enacts the skipped
//! epochs, a session rotates. This is what makes escrow's deadlines (1 day of 14,400 blocks to
//! fund, 7 to confirm receipt, 14 to arbitrate, 30 to rate) and staking eras reachable at all.

use crate::{
	actions::{Action, Ctx, Who},
	invariants, Breach, Config, Stats,
};
use cec_runtime::{
	constants::time::SLOT_DURATION, AccountId, BlockNumber, Executive, Header, Nonce, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeGenesisConfig, RuntimeOrigin, SignedPayload, System,
	Timestamp, TxExtension, UncheckedExtrinsic,
};
use codec::Encode;
use frame_support::{
	dispatch::GetDispatchInfo,
	storage::{with_transaction, TransactionOutcome},
	traits::GetCallMetadata,
};
use sp_consensus_babe::{
	digests::{PreDigest, SecondaryPlainPreDigest},
	Slot, BABE_ENGINE_ID,
};
use sp_core::Pair as _;
use sp_runtime::{
	traits::{Dispatchable, Header as _},
	ApplyExtrinsicResult, BuildStorage, Digest, DigestItem, DispatchError,
};
use std::time::Instant;

/// The slot of block 1 (as in the runtime tests; a live chain starts at `now / 6 s`).
pub const GENESIS_SLOT: u64 = 1_000_000;

/// Merge a JSON patch into a JSON value (as the node does with genesis presets).
fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(b), serde_json::Value::Object(p)) => {
			for (k, v) in p {
				merge(b.entry(k).or_insert(serde_json::Value::Null), v);
			}
		},
		(b, p) => *b = p,
	}
}

/// The genesis storage of the `development` chain: the dev preset merged into the default
/// genesis config, as the node builds it.
///
/// # Panics
///
/// If the preset does not build: the runtime itself is broken.
pub fn genesis_storage() -> sp_runtime::Storage {
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default())
		.expect("the genesis config serialises");
	merge(&mut config, cec_runtime::genesis_config_presets::development_config_genesis());
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("the development preset is a valid genesis config");
	config.build_storage().expect("the development genesis builds")
}

/// A BABE pre-runtime digest claiming `slot` for authority 0 (Alice) with a secondary claim.
pub fn babe_digest(slot: u64) -> Digest {
	let pre = PreDigest::SecondaryPlain(SecondaryPlainPreDigest {
		authority_index: 0,
		slot: Slot::from(slot),
	});
	Digest { logs: vec![DigestItem::PreRuntime(BABE_ENGINE_ID, pre.encode())] }
}

/// A signed extrinsic as a wallet would submit it: immortal, no tip, every extension checked
/// (the runtime's `TxExtension`, in its order).
pub fn signed_extrinsic(
	signer: Who,
	nonce: Nonce,
	call: RuntimeCall,
) -> Result<UncheckedExtrinsic, String> {
	signed_extrinsic_paying(signer, nonce, call, None)
}

/// [`signed_extrinsic`] paying its fee in settlement asset `fee_asset` (`None`: in CEC), named by
/// its location as a wallet names it.
pub fn signed_extrinsic_paying(
	signer: Who,
	nonce: Nonce,
	call: RuntimeCall,
	fee_asset: Option<u32>,
) -> Result<UncheckedExtrinsic, String> {
	let tx_ext: TxExtension = (
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(sp_runtime::generic::Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_asset_tx_payment::ChargeAssetTxPayment::from(
			0,
			fee_asset.map(cec_runtime::configs::fee_asset_location),
		),
		pallet_lockup::PrioritiseHolders::new(),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	);
	let payload = SignedPayload::new(call.clone(), tx_ext.clone())
		.map_err(|e| format!("the signed payload does not build: {e:?}"))?;
	let signature = payload.using_encoded(|bytes| signer.pair().sign(bytes));
	Ok(UncheckedExtrinsic::new_signed(
		call,
		sp_runtime::MultiAddress::Id(signer.account()),
		sp_runtime::MultiSignature::Sr25519(signature),
		tx_ext,
	))
}

/// `pallet.call` of a runtime call.
pub fn call_name(call: &RuntimeCall) -> String {
	let m = call.get_call_metadata();
	format!("{}.{}", m.pallet_name, m.function_name)
}

/// A dispatch error, by pallet and variant where it is a pallet's (`Escrow(NoKyc)`).
pub fn describe_error(e: DispatchError) -> String {
	match cec_runtime::RuntimeError::from_dispatch_error(e) {
		Some(err) => format!("{err:?}"),
		None => format!("{e:?}"),
	}
}

/// How a dispatch went, as a label for the statistics.
fn outcome(result: &Result<(), DispatchError>) -> String {
	match result {
		Ok(()) => "ok".into(),
		Err(e) => describe_error(*e),
	}
}

/// The chain under the fuzzer's control, inside the externalities. Tracks the block under way
/// and what was done.
pub struct Chain<'a> {
	config: &'a Config,
	/// What was done so far.
	pub stats: Stats,
	open: bool,
	in_block: u32,
	action: Option<usize>,
}

impl<'a> Chain<'a> {
	/// A driver for the chain in the current externalities, with no block under way.
	pub fn new(config: &'a Config) -> Self {
		Self { config, stats: Stats::default(), open: false, in_block: 0, action: None }
	}

	/// Note which action is being performed (for breach reports).
	pub fn set_action(&mut self, action: Option<usize>) {
		self.action = action;
	}

	/// A breach at the current block and action.
	pub fn breach(&self, message: impl Into<String>) -> Breach {
		Breach { block: System::block_number(), action: self.action, message: message.into() }
	}

	/// Start the next block, `skip` block numbers (and slots) after the last one, with its
	/// timestamp inherent. See the module docs for what a skip means.
	pub fn open_block(&mut self, skip: u32) -> Result<(), Breach> {
		if self.open {
			return Err(self.breach("harness: a block is already open"));
		}
		let parent = System::block_number();
		let parent_hash = if parent == 0 { Default::default() } else { System::block_hash(parent) };
		let last_slot = if parent == 0 {
			GENESIS_SLOT - 1
		} else {
			*pallet_babe::CurrentSlot::<Runtime>::get()
		};
		let slot = last_slot + 1 + u64::from(skip);
		if skip > 0 {
			// `frame_system::initialize` wants exactly `number + 1`: skip the numbers here.
			System::set_block_number(parent + skip);
			skip_quiet_agendas(parent + skip + 1);
		}
		let number = parent + skip + 1;
		let header = Header::new(
			number,
			Default::default(),
			Default::default(),
			parent_hash,
			babe_digest(slot),
		);
		let _mode = Executive::initialize_block(&header);
		Timestamp::set(RuntimeOrigin::none(), slot * SLOT_DURATION)
			.map_err(|e| self.breach(format!("the timestamp inherent failed: {e:?}")))?;
		self.open = true;
		self.in_block = 0;
		Ok(())
	}

	/// Finalise the block under way, remember its hash (the parent of the next one), and check
	/// every invariant.
	pub fn close_block(&mut self) -> Result<(), Breach> {
		if !self.open {
			return Ok(());
		}
		let header = Executive::finalize_block();
		let number = *header.number();
		frame_system::BlockHash::<Runtime>::insert(number, header.hash());
		self.open = false;
		self.stats.blocks += 1;
		self.stats.last_block = number;
		invariants::check_all().map_err(|m| self.breach(m))
	}

	/// End the block under way and let `blocks` block numbers pass before opening the next (0:
	/// just the next block).
	pub fn advance(&mut self, blocks: u32) -> Result<(), Breach> {
		self.close_block()?;
		if blocks <= crate::actions::CONSECUTIVE_LIMIT {
			for _ in 0..blocks {
				self.open_block(0)?;
				self.close_block()?;
			}
			self.open_block(0)
		} else {
			self.open_block(blocks)
		}
	}

	/// Perform one action.
	pub fn perform(&mut self, action: &Action) -> Result<(), Breach> {
		self.stats.actions += 1;
		match action {
			Action::Signed { who, call, fee } => {
				self.make_room()?;
				let call = call.call(&Ctx::new(*who));
				self.submit_paying(*who, call, None, fee.asset())
			},
			Action::Root(root) => {
				self.make_room()?;
				let inner = root.call(&Ctx::new(Who::Alice));
				let sudo =
					RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(inner.clone()) });
				self.submit(Who::Alice, sudo, Some(inner))
			},
			Action::NextBlock => self.advance(0),
			Action::Jump { blocks } => self.advance(*blocks),
		}
	}

	/// Start a new block if the one under way has its share of extrinsics.
	fn make_room(&mut self) -> Result<(), Breach> {
		if !self.open {
			return self.open_block(0);
		}
		if self.in_block >= self.config.extrinsics_per_block {
			self.close_block()?;
			self.open_block(0)?;
		}
		Ok(())
	}

	/// Sign `call` by `who` with its next nonce and apply it through `Executive`, checking the
	/// per-extrinsic invariants. `root` is the call `sudo` dispatches, if `call` is a sudo call:
	/// its weight is checked (as Root) and its outcome recorded.
	///
	/// A failed dispatch and an invalid transaction (cannot pay, block full…) are outcomes, not
	/// breaches.
	pub fn submit(
		&mut self,
		who: Who,
		call: RuntimeCall,
		root: Option<RuntimeCall>,
	) -> Result<(), Breach> {
		self.submit_paying(who, call, root, None)
	}

	/// [`Self::submit`], the fee paid in settlement asset `fee_asset` (`None`: in CEC).
	pub fn submit_paying(
		&mut self,
		who: Who,
		call: RuntimeCall,
		root: Option<RuntimeCall>,
		fee_asset: Option<u32>,
	) -> Result<(), Breach> {
		let account = who.account();
		let label = call_name(root.as_ref().unwrap_or(&call));
		if self.config.check_weights {
			let (checked, origin) = match &root {
				Some(inner) => (inner, RuntimeOrigin::root()),
				None => (&call, RuntimeOrigin::signed(account.clone())),
			};
			check_weight(checked, origin).map_err(|m| self.breach(m))?;
		}
		let nonce = System::account_nonce(&account);
		let xt =
			signed_extrinsic_paying(who, nonce, call, fee_asset).map_err(|m| self.breach(m))?;

		let started = Instant::now();
		let result = apply_as_the_block_builder_does(xt);
		let took = started.elapsed();

		self.in_block += 1;
		self.stats.extrinsics += 1;
		self.stats.slowest = self.stats.slowest.max(took);
		if let Some(limit) = self.config.time_limit {
			if took > limit {
				return Err(self.breach(format!(
					"{label} took {} ms, over the limit of {} ms",
					took.as_millis(),
					limit.as_millis()
				)));
			}
		}
		let after = System::account_nonce(&account);
		let key = match result {
			Ok(dispatched) => {
				// Nonce 0 after an applied extrinsic: the call reaped the signer's account (and a
				// fee refund may have opened it again).
				if after != nonce + 1 && after != 0 {
					return Err(self.breach(format!(
						"{label}: applied, but {who:?}'s nonce went from {nonce} to {after}"
					)));
				}
				match dispatched {
					Ok(()) => self.stats.succeeded += 1,
					Err(_) => self.stats.failed += 1,
				}
				// A sudo call succeeds whatever its call does: `Sudid` says how that went.
				let dispatched = match (&root, dispatched) {
					(Some(_), Ok(())) => last_sudid().unwrap_or(Ok(())),
					(_, d) => d,
				};
				outcome(&dispatched)
			},
			Err(invalid) => {
				if after != nonce {
					return Err(self.breach(format!(
						"{label}: invalid ({invalid:?}), but {who:?}'s nonce went from {nonce} to \
						 {after}"
					)));
				}
				self.stats.invalid += 1;
				format!("invalid {invalid:?}")
			},
		};
		*self.stats.outcomes.entry(format!("{label}: {key}")).or_default() += 1;
		Ok(())
	}

	/// Apply `call` signed by `who` and insist it succeeds (the set-up).
	pub fn submit_ok(&mut self, who: Who, call: RuntimeCall) -> Result<(), Breach> {
		let is_sudo = matches!(call, RuntimeCall::Sudo(_));
		let label = match &call {
			RuntimeCall::Sudo(pallet_sudo::Call::sudo { call }) => call_name(call),
			_ => call_name(&call),
		};
		let account = who.account();
		let nonce = System::account_nonce(&account);
		let xt = signed_extrinsic(who, nonce, call).map_err(|m| self.breach(m))?;
		match apply_as_the_block_builder_does(xt) {
			Ok(Ok(())) => {},
			Ok(Err(e)) => {
				return Err(self.breach(format!("set-up: {label} failed: {}", describe_error(e))))
			},
			Err(e) => return Err(self.breach(format!("set-up: {label} is invalid: {e:?}"))),
		}
		if is_sudo {
			if let Some(Err(e)) = last_sudid() {
				return Err(
					self.breach(format!("set-up: {label} (as Root) failed: {}", describe_error(e)))
				);
			}
		}
		self.in_block += 1;
		Ok(())
	}
}

/// A jump stands for quiet blocks, and each of them would have serviced its own (empty)
/// scheduler agenda. Left alone, the scheduler of the block after a jump walks every skipped
/// block number from `IncompleteSince` as far as its weight allows (hundreds of thousands of
/// `Agenda` removals per block, for days after a long jump: that catch-up, not the runtime, made
/// long runs slow). So `IncompleteSince` moves past the skipped numbers that have no agenda; an
/// agenda with tasks in the skipped range stays due and runs late, as the scheduler's own
/// catch-up runs it.
fn skip_quiet_agendas(next: BlockNumber) {
	let Some(since) = pallet_scheduler::IncompleteSince::<Runtime>::get() else { return };
	let first_due = pallet_scheduler::Agenda::<Runtime>::iter_keys()
		.filter(|when| (since..next).contains(when))
		.min();
	pallet_scheduler::IncompleteSince::<Runtime>::put(first_due.unwrap_or(next));
}

/// Apply `xt` as the node's block builder does: in a storage transaction that is rolled back if
/// the extrinsic is invalid (its extensions may have written before one of them refused it, e.g.
/// `CheckNonce` before `CheckWeight`), so an invalid extrinsic leaves no trace.
fn apply_as_the_block_builder_does(xt: UncheckedExtrinsic) -> ApplyExtrinsicResult {
	sp_io::storage::start_transaction();
	let result = Executive::apply_extrinsic(xt);
	if result.is_ok() {
		sp_io::storage::commit_transaction();
	} else {
		sp_io::storage::rollback_transaction();
	}
	result
}

/// The result of the last `sudo` dispatch in this block, from its `Sudid` event.
fn last_sudid() -> Option<Result<(), DispatchError>> {
	System::events().into_iter().rev().find_map(|r| match r.event {
		RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result }) => Some(sudo_result),
		_ => None,
	})
}

/// Per extrinsic: the weight the call reports after dispatch must not exceed what it declared
/// (`get_dispatch_info().call_weight`), or blocks are under-charged.
///
/// `Executive::apply_extrinsic` returns no `PostDispatchInfo`, and the `ExtrinsicSuccess` /
/// `ExtrinsicFailed` events carry the weight already clamped to the declared one
/// (`PostDispatchInfo::calc_actual_weight` takes the minimum), so neither can show an excess.
/// The call is therefore dispatched once more, in a storage transaction that is rolled back,
/// before the real application: same state, same origin, its own `PostDispatchInfo`.
fn check_weight(call: &RuntimeCall, origin: RuntimeOrigin) -> Result<(), String> {
	let declared = call.get_dispatch_info().call_weight;
	let shadow = with_transaction(|| {
		let r = call.clone().dispatch(origin);
		TransactionOutcome::Rollback(Ok::<_, DispatchError>(r))
	});
	let post = match shadow {
		Ok(Ok(post)) => post,
		Ok(Err(e)) => e.post_info,
		// Too many nested storage layers: nothing to compare.
		Err(_) => return Ok(()),
	};
	match post.actual_weight {
		Some(actual) if actual.any_gt(declared) => Err(format!(
			"{} reported weight {actual:?} after dispatch, above the {declared:?} it declared",
			call_name(call)
		)),
		_ => Ok(()),
	}
}

/// The one-time set-up every run starts from, made of the runtime's own calls, signed, through
/// `Executive` (on top of the dev genesis, block 0):
///
/// - block 1: empty;
/// - block 2: Root (Alice, via `sudo`) appoints Charlie witness of `CN-35` and KYC provider,
///   Ferdie KYC provider, and Dave, Eve and Ferdie arbiters; Bob registers parcel 0 in
///   `CN-350481`;
/// - block 3: Charlie attests parcel 0 and registers 4 trees on it (species 1–4); Charlie
///   verifies Alice, Bob, Dave, Eve and Ferdie, Ferdie verifies Charlie (level 1, every use,
///   for 700 days); Alice quotes CEC at 0.99/1.01 test yuan for a day; Eve bonds the minimum
///   developer bond and instantiates the probe contract (salt 0), which `CallProbe` calls.
///
/// Every invariant is checked after each block, and the result is checked (witness, providers,
/// parcel, trees, claims).
pub fn set_up(config: &Config) -> Result<(), Breach> {
	use cec_primitives::{KycCheck, KycScope, KycUse};
	use frame_support::BoundedVec;

	let mut chain = Chain::new(config);
	let account = |w: Who| w.account();
	let sudo =
		|call: RuntimeCall| RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
	let cid = crate::actions::CidPick::V1.cid();

	chain.open_block(0)?;
	chain.close_block()?;

	chain.open_block(0)?;
	chain.submit_ok(
		Who::Alice,
		sudo(RuntimeCall::Forestry(pallet_forestry::Call::appoint_witness {
			who: account(Who::Charlie),
			licence: BoundedVec::truncate_from(b"FJ-WIT-0001".to_vec()),
			region: BoundedVec::truncate_from(b"CN-35".to_vec()),
		})),
	)?;
	for (provider, name) in [(Who::Charlie, &b"Dev KYC"[..]), (Who::Ferdie, &b"Second KYC"[..])] {
		chain.submit_ok(
			Who::Alice,
			sudo(RuntimeCall::Kyc(pallet_kyc::Call::appoint_provider {
				provider: account(provider),
				name: BoundedVec::truncate_from(name.to_vec()),
			})),
		)?;
	}
	chain.submit_ok(
		Who::Alice,
		sudo(RuntimeCall::Escrow(pallet_escrow::Call::set_arbiters {
			arbiters: BoundedVec::truncate_from(vec![
				account(Who::Dave),
				account(Who::Eve),
				account(Who::Ferdie),
			]),
		})),
	)?;
	chain.submit_ok(
		Who::Bob,
		RuntimeCall::Forestry(pallet_forestry::Call::register_parcel {
			info: pallet_forestry::ParcelInfo {
				region: BoundedVec::truncate_from(b"CN-350481".to_vec()),
				area_m2: 200_000,
				boundary_cid: cid.clone(),
				boundary_hash: [9; 32],
				certificate_cid: cid,
			},
		}),
	)?;
	chain.close_block()?;

	chain.open_block(0)?;
	chain.submit_ok(
		Who::Charlie,
		RuntimeCall::Forestry(pallet_forestry::Call::attest_parcel { parcel: 0 }),
	)?;
	let trees = (1..=4u16)
		.map(|species| pallet_forestry::TreeSurvey {
			species,
			position: pallet_forestry::GeoPoint {
				lat: 261_000_000 + i32::from(species),
				lon: 1_193_000_000,
			},
			height_cm: 1_500,
			crown_cm: 500,
			trunk_mm: Some(280),
			planted: Some(2012),
			origin: pallet_forestry::TreeOrigin::Planted,
		})
		.collect::<Vec<_>>();
	chain.submit_ok(
		Who::Charlie,
		RuntimeCall::Forestry(pallet_forestry::Call::register_trees {
			parcel: 0,
			trees: BoundedVec::truncate_from(trees),
		}),
	)?;
	let expires = System::block_number() + 700 * cec_runtime::DAYS;
	let claims = [
		(Who::Charlie, Who::Alice),
		(Who::Charlie, Who::Bob),
		(Who::Charlie, Who::Dave),
		(Who::Charlie, Who::Eve),
		(Who::Charlie, Who::Ferdie),
		(Who::Ferdie, Who::Charlie),
	];
	for (provider, who) in claims {
		chain.submit_ok(
			provider,
			RuntimeCall::Kyc(pallet_kyc::Call::issue_claim {
				who: account(who),
				level: 1,
				scope: KycScope::ALL,
				expires_at: expires,
				commitment: [1; 32],
			}),
		)?;
	}
	// Alice, the test yuan's maker, quotes 0.99/1.01 for a day: the reference price is 1.00.
	chain.submit_ok(
		Who::Alice,
		RuntimeCall::MarketMaker(pallet_market_maker::Call::post_quote {
			asset: cec_runtime::configs::TEST_CNY,
			bid: 99,
			ask: 101,
			expires_at: System::block_number() + cec_runtime::DAYS,
		}),
	)?;
	// Eve, a bonded developer, deploys the probe contract the harness calls.
	chain.submit_ok(
		Who::Eve,
		RuntimeCall::DappBond(pallet_dapp_bond::Call::bond {
			amount: <cec_runtime::configs::dapps::MinDeveloperBond as frame_support::traits::Get<
				cec_runtime::Balance,
			>>::get(),
		}),
	)?;
	chain.submit_ok(
		Who::Eve,
		crate::actions::DappBondCall::InstantiateProbe { second: false }.call(),
	)?;
	chain.close_block()?;

	// Ferdie insures: 100 CEC and 10,000 yuan of collateral, product 0 (fire, per tree, CEC) and
	// product 1 (pests, per hectare, yuan); Dave and Eve sit on the oracle committee.
	chain.open_block(0)?;
	chain.submit_ok(
		Who::Alice,
		sudo(RuntimeCall::Insurance(pallet_insurance::Call::appoint_insurer {
			who: account(Who::Ferdie),
		})),
	)?;
	for member in [Who::Dave, Who::Eve] {
		chain.submit_ok(
			Who::Alice,
			sudo(RuntimeCall::OracleCommittee(pallet_membership::Call::add_member {
				who: sp_runtime::MultiAddress::Id(account(member)),
			})),
		)?;
	}
	for (asset, amount) in [
		(crate::actions::Asset::Cec, 100 * cec_runtime::CEC),
		(crate::actions::Asset::Yuan, 1_000_000),
	] {
		chain.submit_ok(
			Who::Ferdie,
			RuntimeCall::Insurance(pallet_insurance::Call::deposit_collateral {
				asset: asset.kind(),
				amount,
			}),
		)?;
	}
	for (asset, peril, per_hectare) in [
		(crate::actions::Asset::Cec, crate::actions::PerilPick::Fire, false),
		(crate::actions::Asset::Yuan, crate::actions::PerilPick::Pest, true),
	] {
		chain.submit_ok(
			Who::Ferdie,
			crate::actions::InsuranceCall::CreateProduct { asset, peril, per_hectare }.call(),
		)?;
	}
	// Dave promotes campaign 0 (CEC) and campaign 1 (yuan), deadlines 40 blocks on.
	for asset in [crate::actions::Asset::Cec, crate::actions::Asset::Yuan] {
		chain.submit_ok(
			Who::Dave,
			crate::actions::CrowdfundingCall::CreateCampaign {
				asset,
				min: crate::actions::Amount::Ten,
				deadline: 40,
				milestones: 2,
			}
			.call(),
		)?;
	}
	chain.close_block()?;

	// What the set-up promises.
	let fail = |m: String| chain.breach(format!("set-up: {m}"));
	if !pallet_forestry::Witnesses::<Runtime>::contains_key(account(Who::Charlie)) {
		return Err(fail("Charlie is not a witness".into()));
	}
	for p in [Who::Charlie, Who::Ferdie] {
		if !pallet_kyc::Providers::<Runtime>::contains_key(account(p)) {
			return Err(fail(format!("{p:?} is not a KYC provider")));
		}
	}
	let parcel =
		pallet_forestry::Parcels::<Runtime>::get(0).ok_or_else(|| fail("no parcel 0".into()))?;
	if parcel.owner != account(Who::Bob) || parcel.attested_by.is_none() || parcel.trees != 4 {
		return Err(fail(format!("parcel 0 is not Bob's, attested, with 4 trees: {parcel:?}")));
	}
	if pallet_insurance::Products::<Runtime>::iter().count() != 2 {
		return Err(fail("Ferdie's two insurance products are not there".into()));
	}
	if pallet_crowdfunding::Campaigns::<Runtime>::iter().count() != 2 {
		return Err(fail("Dave's two campaigns are not there".into()));
	}
	if pallet_contracts::Pallet::<Runtime>::code_hash(&crate::actions::probe_address()).is_none() {
		return Err(fail("Eve's probe contract is not there".into()));
	}
	for (_, who) in claims {
		<cec_runtime::Kyc as KycCheck<AccountId>>::ensure_verified(&account(who), 1, KycUse::Trade)
			.map_err(|e| fail(format!("{who:?} is not verified: {}", describe_error(e))))?;
	}
	Ok(())
}
