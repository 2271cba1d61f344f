//! The base weights the runtime charges, put together from the reference machine's figures.

use crate::{
	configs::{remark_extensions_weight, ExtrinsicBase, RuntimeBlockWeights},
	weights, RuntimeCall,
};
use frame_support::{dispatch::DispatchClass, traits::Get};
use sp_runtime::traits::TransactionExtension;

#[test]
fn an_extrinsic_counts_each_extension_once_and_at_least_what_was_measured() {
	let remark: RuntimeCall = frame_system::Call::remark { remark: vec![] }.into();
	// The sum `configs::system` subtracts is what the extension tuple declares for a remark.
	// (Mortal, as `benchmark overhead` signs it.)
	let extensions = super::tx_extension(sp_runtime::generic::Era::mortal(64, 1), 0, 0, None);
	assert_eq!(extensions.weight(&remark), remark_extensions_weight());
	let measured = weights::extrinsic_weights::ExtrinsicBaseWeight::get();
	let base = ExtrinsicBase::get();
	// Never less than the signature check, the part no extension weighs …
	assert!(base.all_gte(weights::SR25519_VERIFY));
	// … and a remark is charged at least what `benchmark overhead` measured for it.
	assert!(base.saturating_add(remark_extensions_weight()).all_gte(measured));
	// Every class uses that base, and a block its measured base.
	let limits = RuntimeBlockWeights::get();
	for class in [DispatchClass::Normal, DispatchClass::Operational, DispatchClass::Mandatory] {
		assert_eq!(limits.get(class).base_extrinsic, base);
	}
	assert_eq!(limits.base_block, weights::block_weights::BlockExecutionWeight::get());
	println!(
		"extrinsic base {} µs (measured remark {} µs, its extensions {} µs)",
		base.ref_time() / 1_000_000,
		measured.ref_time() / 1_000_000,
		remark_extensions_weight().ref_time() / 1_000_000
	);
}
