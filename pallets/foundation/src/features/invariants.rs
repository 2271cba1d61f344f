//! What must always hold, checked by `try_state` (and after every mock test).

#[cfg(any(feature = "std", feature = "try-runtime"))]
use crate::*;
#[cfg(any(feature = "std", feature = "try-runtime"))]
use sp_runtime::TryRuntimeError;

#[cfg(any(feature = "std", feature = "try-runtime"))]
impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - every spend has a non-zero amount and a valid justification CID;
	/// - `Committed` is the sum of the amounts of the open spends;
	/// - every report has a valid CID and an id below `NextReportId`.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut open = T::Balance::zero();
		for (_, s) in Spends::<T>::iter() {
			ensure!(!s.amount.is_zero(), "a spend of nothing");
			ensure!(is_valid_cid(&s.justification), "a spend's justification is not a CID");
			if s.open {
				open = open.checked_add(&s.amount).ok_or("the open spends' sum overflows")?;
			}
		}
		ensure!(Committed::<T>::get() == open, "Committed is not the sum of the open spends");
		let next = NextReportId::<T>::get();
		for (id, r) in Reports::<T>::iter() {
			ensure!(id < next, "a report id at or above NextReportId");
			ensure!(is_valid_cid(&r.report), "a report is not a CID");
		}
		Ok(())
	}
}
