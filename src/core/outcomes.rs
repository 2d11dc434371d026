//! Comparing a person's own results over time: reliable change on one
//! measure, and the NHS Talking Therapies paired outcomes (case at start,
//! recovery, reliable improvement, reliable deterioration, reliable
//! recovery) from a depression and an anxiety measure, as the project's
//! clinical reference defines them.
//!
//! All built-in measures score symptoms or impairment, so a fall in the
//! total is an improvement.

use thiserror::Error;

use crate::core::instruments::{Instrument, Total};

/// Whether a change between two totals is larger than measurement error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The total fell by at least the reliable change index.
    ReliablyImproved,
    /// The total rose by at least the reliable change index.
    ReliablyDeteriorated,
    /// The change is smaller than the index.
    NoReliableChange,
}

/// Compares two totals of one instrument (PHQ-9: a change of 6 or more;
/// GAD-7: 4 or more). `None` when the instrument has no verified reliable
/// change index (WSAS, phobia scales, PCL-5), so no change is ever claimed
/// without a source.
pub fn reliable_change(instrument: &Instrument, before: Total, after: Total) -> Option<Change> {
    instrument.reliable_change.map(|index| change_by(index, before, after))
}

fn change_by(index: u32, before: Total, after: Total) -> Change {
    if before.abs_diff(after) < Total::whole(index) {
        Change::NoReliableChange
    } else if after < before {
        Change::ReliablyImproved
    } else {
        Change::ReliablyDeteriorated
    }
}

/// The totals of the paired measures from one occasion. Only occasions with
/// a total on both count as measured points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sitting {
    /// The depression measure's total (PHQ-9).
    pub depression: Total,
    /// The anxiety measure's total (GAD-7, or an anxiety-disorder-specific
    /// measure with a verified threshold and reliable change index).
    pub anxiety: Total,
}

/// The NHS Talking Therapies outcomes between the first and last sittings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PairedOutcome {
    /// Above the caseness threshold on either measure at the first sitting
    /// (PHQ-9 ≥ 10 and/or GAD-7 ≥ 8).
    pub case_at_start: bool,
    /// A case at the first sitting and below both thresholds at the last;
    /// `None` when not a case at the start, as recovery does not apply.
    pub recovered: Option<bool>,
    /// A reliable fall on at least one measure and no reliable rise on the
    /// other.
    pub reliably_improved: bool,
    /// A reliable rise on either measure.
    pub reliably_deteriorated: bool,
    /// Recovered and reliably improved; `None` when recovery does not apply.
    pub reliably_recovered: Option<bool>,
}

/// Why two instruments cannot be paired for outcomes.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum OutcomeError {
    /// Recovery needs a caseness threshold on both measures.
    #[error("`{0}` has no caseness threshold, so recovery cannot be judged")]
    NoCaseness(String),
    /// Reliable improvement needs a reliable change index on both measures.
    #[error("`{0}` has no reliable change index")]
    NoReliableChange(String),
}

/// One side of a pair: the thresholds the comparison needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Thresholds {
    caseness: u32,
    reliable_change: u32,
}

impl Thresholds {
    fn of(instrument: &Instrument) -> Result<Self, OutcomeError> {
        let caseness = instrument.caseness.as_ref().ok_or_else(|| OutcomeError::NoCaseness(instrument.id.clone()))?;
        let reliable_change =
            instrument.reliable_change.ok_or_else(|| OutcomeError::NoReliableChange(instrument.id.clone()))?;
        Ok(Thresholds { caseness: caseness.at_least, reliable_change })
    }

    fn is_case(self, total: Total) -> bool {
        total >= Total::whole(self.caseness)
    }
}

/// A depression measure and an anxiety measure compared together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PairedMeasures {
    depression: Thresholds,
    anxiety: Thresholds,
}

impl PairedMeasures {
    /// Pairs two instruments; both need a caseness threshold and a reliable
    /// change index.
    pub fn new(depression: &Instrument, anxiety: &Instrument) -> Result<Self, OutcomeError> {
        Ok(PairedMeasures { depression: Thresholds::of(depression)?, anxiety: Thresholds::of(anxiety)? })
    }

    /// PHQ-9 with GAD-7, the usual pair; `None` only if the built-in data
    /// lacked them, which the tests rule out.
    pub fn phq9_gad7() -> Option<Self> {
        let depression = Instrument::by_id("phq9")?;
        let anxiety = Instrument::by_id("gad7")?;
        PairedMeasures::new(depression, anxiety).ok()
    }

    /// Compares the first and last of a person's sittings, in time order.
    /// `None` with fewer than two sittings: recovery is only reported for
    /// people with two or more measured points.
    pub fn compare(&self, sittings: &[Sitting]) -> Option<PairedOutcome> {
        let [first, .., last] = sittings else { return None };
        let case_at_start = self.depression.is_case(first.depression) || self.anxiety.is_case(first.anxiety);
        let below_both_at_end = !self.depression.is_case(last.depression) && !self.anxiety.is_case(last.anxiety);

        let depression = change_by(self.depression.reliable_change, first.depression, last.depression);
        let anxiety = change_by(self.anxiety.reliable_change, first.anxiety, last.anxiety);
        let improved_without_other_worse =
            |one: Change, other: Change| one == Change::ReliablyImproved && other != Change::ReliablyDeteriorated;
        let reliably_improved =
            improved_without_other_worse(depression, anxiety) || improved_without_other_worse(anxiety, depression);
        let reliably_deteriorated =
            depression == Change::ReliablyDeteriorated || anxiety == Change::ReliablyDeteriorated;

        let recovered = case_at_start.then_some(below_both_at_end);
        Some(PairedOutcome {
            case_at_start,
            recovered,
            reliably_improved,
            reliably_deteriorated,
            reliably_recovered: recovered.map(|recovered| recovered && reliably_improved),
        })
    }
}
