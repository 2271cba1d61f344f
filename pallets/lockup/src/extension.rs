//! [`PrioritiseHolders`]: long holders' transactions first, and the day's activity count.

use crate::{Config, DayActivity, Pallet, WeightInfo};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::{DispatchInfo, PostDispatchInfo},
	pallet_prelude::TransactionSource,
};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, DispatchInfoOf, Dispatchable, Implication, PostDispatchInfoOf,
		TransactionExtension, ValidateResult,
	},
	transaction_validity::{TransactionValidityError, ValidTransaction},
	DispatchResult, Weight,
};

/// A transaction extension with no payload (it adds nothing to an extrinsic's bytes):
///
/// - **Priority**: a signed transaction whose signer has at least
///   [`crate::LockupParams::min_priority_lock`] locked gains [`Config::PriorityPerDay`] pool
///   priority per whole day its locked CEC has been held (amount-weighted), up to
///   [`Config::MaxPriorityDays`] days. The boost adds to the fee-and-tip priority of
///   `ChargeTransactionPayment`; it is bounded, so a newcomer outbids it with a small tip and
///   nothing starves, and locking a lot at once resets the age, so it cannot be bought.
///   Priority only orders the pool: inside a block ([`TransactionSource::InBlock`]) the
///   signer's lock is not read, so a block pays only for the activity count (the weight
///   [`crate::WeightInfo::prioritise_holders`] measures that in-block path).
/// - **Activity**: each signed extrinsic that dispatches successfully counts one in
///   [`DayActivity`], the metric the day's drip rate is set by.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct PrioritiseHolders<T: Config + Send + Sync>(core::marker::PhantomData<T>);

impl<T: Config + Send + Sync> PrioritiseHolders<T> {
	/// The extension (it carries nothing).
	pub fn new() -> Self {
		Self(core::marker::PhantomData)
	}
}

impl<T: Config + Send + Sync> Default for PrioritiseHolders<T> {
	fn default() -> Self {
		Self::new()
	}
}

impl<T: Config + Send + Sync> core::fmt::Debug for PrioritiseHolders<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "PrioritiseHolders")
	}
}

impl<T: Config + Send + Sync> TransactionExtension<T::RuntimeCall> for PrioritiseHolders<T>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
{
	const IDENTIFIER: &'static str = "PrioritiseHolders";
	type Implicit = ();
	type Val = bool;
	type Pre = bool;

	fn weight(&self, _: &T::RuntimeCall) -> Weight {
		T::WeightInfo::prioritise_holders()
	}

	fn validate(
		&self,
		origin: <T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		_call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
		_self_implicit: Self::Implicit,
		_inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		let Some(who) = origin.as_system_origin_signer() else {
			return Ok((ValidTransaction::default(), false, origin));
		};
		// A block's author and importers apply the extrinsic: priority plays no part there.
		if source == TransactionSource::InBlock {
			return Ok((ValidTransaction::default(), true, origin));
		}
		let priority = Pallet::<T>::holder_priority(who);
		Ok((ValidTransaction { priority, ..Default::default() }, true, origin))
	}

	fn prepare(
		self,
		signed: Self::Val,
		_origin: &<T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		_call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		Ok(signed)
	}

	fn post_dispatch_details(
		signed: Self::Pre,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		_len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		if signed && result.is_ok() {
			DayActivity::<T>::mutate(|a| *a = a.saturating_add(1));
		}
		Ok(Weight::zero())
	}
}
