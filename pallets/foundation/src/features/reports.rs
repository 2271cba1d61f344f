//! Publishing the foundation's audit reports.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Publish a report; see [`Pallet::publish_report`].
	pub(crate) fn do_publish_report(report: Cid) -> DispatchResult {
		ensure!(is_valid_cid(&report), Error::<T>::BadCid);
		let id = NextReportId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Reports::<T>::insert(
			id,
			ReportRecord { report: report.clone(), published_at: Self::now() },
		);
		NextReportId::<T>::put(next);
		Self::deposit_event(Event::ReportPublished { id, report });
		Ok(())
	}
}
