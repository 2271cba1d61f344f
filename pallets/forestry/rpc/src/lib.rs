//! JSON-RPC of the forestry registry, for integrators who do not decode SCALE.
//!
//! - `forestry_treeByCode(code, at?)`: the tree a smart code names, with its whole history.
//! - `forestry_parcel(parcel, at?)`: a parcel.
//! - `forestry_parcelTrees(parcel, start, limit, at?)`: a page (≤ 1,000) of a parcel's trees.
//!
//! Answers are plain JSON: accounts as SS58 strings, CIDs as text, coordinates in degrees,
//! deposits as decimal strings (in the smallest unit).
//! @polkadot/api users can also call the runtime API directly (`api.call.forestryApi.*`), typed
//! from the metadata.

use std::{fmt::Display, marker::PhantomData, sync::Arc};

use codec::Codec;
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::error::{ErrorObject, ErrorObjectOwned},
};
use pallet_forestry::{Cid, DocumentKind, Parcel, Tree, TreeEvent, TreeId, TreeRecord, TreeView};
use serde::Serialize;
use serde_json::{json, Value};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

pub use pallet_forestry::ForestryApi as ForestryRuntimeApi;

#[rpc(server)]
pub trait ForestryApi<BlockHash> {
	/// The tree a smart code names (e.g. `"1-2A8"`), with its whole history; `null` if none.
	#[method(name = "forestry_treeByCode")]
	fn tree_by_code(&self, code: String, at: Option<BlockHash>) -> RpcResult<Option<Value>>;

	/// A parcel; `null` if none.
	#[method(name = "forestry_parcel")]
	fn parcel(&self, parcel: u32, at: Option<BlockHash>) -> RpcResult<Option<Value>>;

	/// Up to `limit` (at most 1,000) trees of a parcel from index `start`, without history.
	#[method(name = "forestry_parcelTrees")]
	fn parcel_trees(
		&self,
		parcel: u32,
		start: u32,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<Value>>;
}

/// The forestry RPC handler.
pub struct Forestry<C, B, AccountId, BlockNumber, Balance> {
	client: Arc<C>,
	_marker: PhantomData<(B, AccountId, BlockNumber, Balance)>,
}

impl<C, B, AccountId, BlockNumber, Balance> Forestry<C, B, AccountId, BlockNumber, Balance> {
	/// A handler answering from `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

fn runtime_error(e: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObject::owned(1, "Runtime API error", Some(e.to_string()))
}

fn text(cid: &Cid) -> String {
	String::from_utf8_lossy(cid).into_owned()
}

fn lock_json(lock: Option<pallet_forestry::LockId>) -> Value {
	match lock {
		Some(pallet_forestry::LockId::Token(token)) => json!({ "token": token }),
		Some(pallet_forestry::LockId::Trade(contract)) => json!({ "trade": contract }),
		None => Value::Null,
	}
}

fn degrees(e7: i32) -> f64 {
	e7 as f64 / 1e7
}

fn document_kind(kind: DocumentKind) -> &'static str {
	match kind {
		DocumentKind::SurveyReport => "surveyReport",
		DocumentKind::Certificate => "certificate",
		DocumentKind::Voucher => "voucher",
		DocumentKind::Other => "other",
	}
}

fn event_json<A: Serialize>(event: &TreeEvent<A>) -> Value {
	match event {
		TreeEvent::Measured { height_cm, crown_cm, trunk_mm } => json!({
			"kind": "measured", "heightCm": height_cm, "crownCm": crown_cm, "trunkMm": trunk_mm,
		}),
		TreeEvent::Damaged { cause, severity } => json!({
			"kind": "damaged", "cause": format!("{cause:?}").to_lowercase(), "severity": severity,
		}),
		TreeEvent::Felled => json!({ "kind": "felled" }),
		TreeEvent::HandedOver { to } => json!({ "kind": "handedOver", "to": to }),
		TreeEvent::OwnerChanged { from, to } => {
			json!({ "kind": "ownerChanged", "from": from, "to": to })
		},
		TreeEvent::Document { kind, cid } => {
			json!({ "kind": "document", "documentKind": document_kind(*kind), "cid": text(cid) })
		},
	}
}

fn record_json<A: Serialize, N: Serialize, B: Display>(
	seq: usize,
	r: &TreeRecord<A, N, B>,
) -> Value {
	json!({
		"seq": seq,
		"at": r.at,
		"by": r.by,
		"event": event_json(&r.event),
		"deposit": r.deposit.to_string(),
	})
}

fn tree_json<A: Serialize, N: Serialize, B: Display>(
	id: TreeId,
	code: &[u8],
	t: &Tree<A, N, B>,
) -> Value {
	let s = &t.survey;
	json!({
		"id": { "parcel": id.parcel, "index": id.index },
		"code": String::from_utf8_lossy(code),
		"species": s.species,
		"lat": degrees(s.position.lat),
		"lon": degrees(s.position.lon),
		"heightCm": s.height_cm,
		"crownCm": s.crown_cm,
		"trunkMm": s.trunk_mm,
		"planted": s.planted,
		"origin": format!("{:?}", s.origin).to_lowercase(),
		"witness": t.witness,
		"registeredAt": t.registered_at,
		"owner": t.owner,
		"custodian": t.custodian,
		"status": format!("{:?}", t.status).to_lowercase(),
		"records": t.records,
		"deposit": t.deposit.to_string(),
	})
}

fn view_json<A: Serialize, N: Serialize, B: Display>(v: &TreeView<A, N, B>) -> Value {
	let mut tree = tree_json(v.id, &v.code, &v.tree);
	tree["owner"] = json!(v.owner);
	tree["lockedBy"] = lock_json(v.locked_by);
	tree["history"] =
		Value::Array(v.history.iter().enumerate().map(|(i, r)| record_json(i, r)).collect());
	tree
}

fn parcel_json<A: Serialize, N: Serialize, B: Display>(id: u32, p: &Parcel<A, N, B>) -> Value {
	json!({
		"id": id,
		"owner": p.owner,
		"region": String::from_utf8_lossy(&p.info.region),
		"areaM2": p.info.area_m2,
		"boundaryCid": text(&p.info.boundary_cid),
		"boundaryHash": format!("0x{}", p.info.boundary_hash.iter().map(|b| format!("{b:02x}")).collect::<String>()),
		"certificateCid": text(&p.info.certificate_cid),
		"registeredAt": p.registered_at,
		"attestedBy": p.attested_by,
		"lease": p.lease.as_ref().map(|l| json!({ "lessee": l.lessee, "until": l.until })),
		"trees": p.trees,
		"lockedBy": lock_json(p.locked_by),
		"lockedTrees": p.locked_trees,
		"documents": p.documents,
		"deposit": { "who": p.deposit.who, "amount": p.deposit.amount.to_string() },
	})
}

impl<C, Block, AccountId, BlockNumber, Balance> ForestryApiServer<<Block as BlockT>::Hash>
	for Forestry<C, Block, AccountId, BlockNumber, Balance>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ForestryRuntimeApi<Block, AccountId, BlockNumber, Balance>,
	AccountId: Codec + Serialize + Send + Sync + 'static,
	BlockNumber: Codec + Serialize + Send + Sync + 'static,
	Balance: Codec + Display + Send + Sync + 'static,
{
	fn tree_by_code(&self, code: String, at: Option<Block::Hash>) -> RpcResult<Option<Value>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let view = self
			.client
			.runtime_api()
			.tree_by_code(at, code.trim().as_bytes().to_vec())
			.map_err(runtime_error)?;
		Ok(view.as_ref().map(view_json))
	}

	fn parcel(&self, parcel: u32, at: Option<Block::Hash>) -> RpcResult<Option<Value>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let p = self.client.runtime_api().parcel(at, parcel).map_err(runtime_error)?;
		Ok(p.as_ref().map(|p| parcel_json(parcel, p)))
	}

	fn parcel_trees(
		&self,
		parcel: u32,
		start: u32,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<Value>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let trees = self
			.client
			.runtime_api()
			.parcel_trees(at, parcel, start, limit)
			.map_err(runtime_error)?;
		Ok(trees.iter().map(|(id, code, t)| tree_json(*id, code, t)).collect())
	}
}
