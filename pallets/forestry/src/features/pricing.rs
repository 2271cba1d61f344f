//! Pricing: the read-only profile of a parcel an insurer prices its cover by (the
//! [`ForestryPricingApi`] runtime API). It walks a page of the parcel's trees and each one's
//! history, so it is for off-chain callers only, never for a call or a hook.

use crate::*;
use alloc::collections::BTreeMap;
use sp_runtime::traits::Bounded;

/// Running totals of one species.
#[derive(Default)]
struct SpeciesAcc {
	standing: u32,
	felled: u32,
	height_sum: u64,
	max_height: u32,
	crown_sum: u64,
}

/// Running totals of one damage cause.
struct DamageAcc<BlockNumber> {
	cause: DamageCause,
	records: u32,
	trees: u32,
	/// The last tree counted in `trees`: trees are scanned in order, so a tree is new to the
	/// cause exactly when it differs from this.
	last_tree: TreeIndex,
	severity_sum: u64,
	max_severity: u8,
	last_at: BlockNumber,
}

/// `sum / count` rounded down, 0 when `count` is 0, saturated to `N`.
fn mean<N: TryFrom<u64> + Bounded>(sum: u64, count: u32) -> N {
	sum.checked_div(u64::from(count))
		.map_or_else(N::min_value, |m| N::try_from(m).unwrap_or_else(|_| N::max_value()))
}

impl<T: Config> Pallet<T> {
	/// The pricing profile of trees `start .. start + limit` of `parcel` (`limit` at most
	/// [`MAX_PAGE`], the page ending at the parcel's last tree), or `None` if there is no such
	/// parcel. Reads every history record of the page's trees (at most `MaxRecordsPerTree`
	/// each).
	pub fn parcel_profile(
		parcel: ParcelId,
		start: TreeIndex,
		limit: u32,
	) -> Option<ParcelProfile<BlockNumberFor<T>>> {
		let p = Parcels::<T>::get(parcel)?;
		let end = p.trees.min(start.saturating_add(limit.min(MAX_PAGE)));
		let max_records = T::MaxRecordsPerTree::get();

		let mut species = BTreeMap::<SpeciesId, SpeciesAcc>::new();
		// Keyed by the cause's discriminant, which is its SCALE index (no `codec(index)`).
		let mut damage = BTreeMap::<u8, DamageAcc<BlockNumberFor<T>>>::new();
		for index in start..end {
			let Some(tree) = Trees::<T>::get(parcel, index) else { continue };
			let id = TreeId { parcel, index };
			let acc = species.entry(tree.survey.species).or_default();
			match tree.status {
				TreeStatus::Felled => acc.felled = acc.felled.saturating_add(1),
				TreeStatus::Standing => {
					let (height_cm, crown_cm) = match LatestMeasurements::<T>::get(id) {
						Some(m) => (m.height_cm, m.crown_cm),
						None => (tree.survey.height_cm, tree.survey.crown_cm),
					};
					acc.standing = acc.standing.saturating_add(1);
					acc.height_sum = acc.height_sum.saturating_add(height_cm.into());
					acc.max_height = acc.max_height.max(height_cm);
					acc.crown_sum = acc.crown_sum.saturating_add(crown_cm.into());
				},
			}
			for seq in 0..tree.records.min(max_records) {
				let Some(record) = TreeHistory::<T>::get(id, seq) else { continue };
				let TreeEvent::Damaged { cause, severity } = record.event else { continue };
				let acc = damage.entry(cause as u8).or_insert_with(|| DamageAcc {
					cause,
					records: 0,
					trees: 1,
					last_tree: index,
					severity_sum: 0,
					max_severity: 0,
					last_at: record.at,
				});
				if acc.last_tree != index {
					acc.last_tree = index;
					acc.trees = acc.trees.saturating_add(1);
				}
				acc.records = acc.records.saturating_add(1);
				acc.severity_sum = acc.severity_sum.saturating_add(severity.into());
				acc.max_severity = acc.max_severity.max(severity);
				acc.last_at = acc.last_at.max(record.at);
			}
		}

		Some(ParcelProfile {
			region: p.info.region,
			area_m2: p.info.area_m2,
			attested: p.attested_by.is_some(),
			trees: p.trees,
			scanned_from: start,
			next: (start < end && end < p.trees).then_some(end),
			species: species
				.into_iter()
				.map(|(id, a)| SpeciesProfile {
					species: id,
					standing: a.standing,
					felled: a.felled,
					mean_height_cm: mean(a.height_sum, a.standing),
					max_height_cm: a.max_height,
					mean_crown_cm: mean(a.crown_sum, a.standing),
				})
				.collect(),
			damage: damage
				.into_values()
				.map(|a| DamageProfile {
					cause: a.cause,
					records: a.records,
					trees: a.trees,
					mean_severity: mean(a.severity_sum, a.records),
					max_severity: a.max_severity,
					last_at: a.last_at,
				})
				.collect(),
		})
	}
}
