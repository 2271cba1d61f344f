//! The oracle committee's reports: a quorum of members reporting the same event (peril, region,
//! day) makes it an event of record at the median of their severities.

use crate::*;
use alloc::vec::Vec;
use sp_runtime::{traits::Zero, SaturatedConversion};

impl<T: Config> Pallet<T> {
	/// The event day's length: the genesis override, else [`Config::DayLength`].
	pub fn day_length() -> BlockNumberFor<T> {
		DayLengthOverride::<T>::get().unwrap_or_else(T::DayLength::get)
	}

	/// Today, as an event day.
	pub fn today() -> u32 {
		let len = Self::day_length();
		if len.is_zero() {
			return 0;
		}
		(frame_system::Pallet::<T>::block_number() / len).saturated_into()
	}

	/// Report an event (see [`Pallet::report_event`]).
	pub(crate) fn do_report_event(
		who: T::AccountId,
		key: EventKey,
		severity: u8,
		evidence: Cid,
	) -> DispatchResult {
		ensure!(T::OracleMembers::contains(&who), Error::<T>::NotOracleMember);
		ensure!(cec_primitives::is_region_code(&key.region), Error::<T>::BadRegion);
		ensure!((1..=100).contains(&severity), Error::<T>::BadSeverity);
		ensure!(cec_primitives::is_valid_cid(&evidence), Error::<T>::BadCid);
		let today = Self::today();
		ensure!(key.day <= today, Error::<T>::FutureEvent);
		ensure!(today <= key.day.saturating_add(T::ReportWindow::get()), Error::<T>::ReportTooLate);
		ensure!(!EventsOfRecord::<T>::contains_key(&key), Error::<T>::AlreadyRecorded);
		let mut reports = PendingReports::<T>::get(&key);
		ensure!(!reports.iter().any(|r| r.by == who), Error::<T>::AlreadyReported);
		// Reports of members governance has since removed no longer count.
		reports.retain(|r| T::OracleMembers::contains(&r.by));
		reports
			.try_push(Report { by: who.clone(), severity, evidence })
			.map_err(|_| Error::<T>::TooManyReports)?;
		let count = reports.len() as u32;
		Self::deposit_event(Event::EventReported {
			key: key.clone(),
			by: who,
			severity,
			reports: count,
		});
		if count >= T::OracleQuorum::get().max(1) {
			let mut severities: Vec<u8> = reports.iter().map(|r| r.severity).collect();
			severities.sort_unstable();
			let median = severities.get((severities.len().saturating_sub(1)) / 2).copied();
			let median = median.unwrap_or(severity);
			PendingReports::<T>::remove(&key);
			EventsOfRecord::<T>::insert(
				&key,
				EventRecord {
					severity: median,
					recorded_at: frame_system::Pallet::<T>::block_number(),
					reports,
				},
			);
			Self::deposit_event(Event::EventRecorded { key, severity: median });
		} else {
			PendingReports::<T>::insert(&key, reports);
		}
		Ok(())
	}
}
