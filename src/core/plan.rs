//! A waiting plan chosen with the person: a few steps a week from the
//! content pack's topics, ticked off on the device. Which plan to suggest
//! comes from their latest self-check results and what they say would help
//! most; plans themselves are data (`content/pack.json`), so a service
//! edits them without code.
//!
//! A saved plan is read back like any stored record: checked, never
//! trusted. One from another build, for a plan the pack no longer has, or
//! tampered with, is a typed error, and the page says so in words.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::core::calendar::local_day;
use crate::core::content::{Pack, PlanEntry};
use crate::core::instruments::{Instrument, Outcome};

/// The saved plan format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// The plan to suggest: the one the person says would help most, if any;
/// otherwise the first plan linked to a questionnaire whose latest result is
/// at or above its caseness threshold (PHQ-9 ≥ 10, GAD-7 ≥ 8). `None` when
/// nothing points to one: the person chooses.
pub fn suggest<'a>(pack: &'a Pack, latest: &[(&Instrument, Outcome)], wanted: Option<&str>) -> Option<&'a PlanEntry> {
    if let Some(plan) = wanted.and_then(|id| pack.plan(id)) {
        return Some(plan);
    }
    pack.plans.iter().find(|plan| {
        latest.iter().any(|(instrument, outcome)| plan.checks.contains(&instrument.id) && outcome.case == Some(true))
    })
}

/// A plan the person started, as stored on the device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedPlan {
    pub format_version: u32,
    /// The plan's id in the content pack.
    pub plan: String,
    /// When the person started it, Unix milliseconds.
    pub started_at_ms: i64,
    /// The steps ticked off, by step id.
    pub done: Vec<String>,
}

/// Why a saved plan cannot be used.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum PlanError {
    #[error("the saved plan is not in the expected format: {0}")]
    Malformed(String),
    #[error("the saved plan has format version {0}; this build reads version {FORMAT_VERSION}")]
    UnsupportedVersion(u64),
    #[error("the saved plan `{0}` is not in this content pack")]
    UnknownPlan(String),
    #[error("the saved plan has an impossible start time ({0} ms)")]
    ImpossibleTime(i64),
    #[error("the saved plan ticks a step `{0}` its plan does not have")]
    UnknownStep(String),
}

/// The latest plausible time, 9999-12-31T23:59:59.999Z.
const LATEST_PLAUSIBLE_MS: i64 = 253_402_300_799_999;

impl SavedPlan {
    /// A new plan, started now, nothing done.
    pub fn start(plan: &PlanEntry, now_ms: i64) -> SavedPlan {
        SavedPlan { format_version: FORMAT_VERSION, plan: plan.id.clone(), started_at_ms: now_ms, done: Vec::new() }
    }

    /// Reads stored JSON and checks it against the pack.
    pub fn from_json(text: &str, pack: &Pack) -> Result<SavedPlan, PlanError> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| PlanError::Malformed(e.to_string()))?;
        let version = value
            .get("format_version")
            .and_then(serde_json::Value::as_u64)
            .ok_or_else(|| PlanError::Malformed("missing format_version".into()))?;
        if version != u64::from(FORMAT_VERSION) {
            return Err(PlanError::UnsupportedVersion(version));
        }
        let saved: SavedPlan = serde_json::from_value(value).map_err(|e| PlanError::Malformed(e.to_string()))?;
        let plan = pack.plan(&saved.plan).ok_or_else(|| PlanError::UnknownPlan(saved.plan.clone()))?;
        if !(0..=LATEST_PLAUSIBLE_MS).contains(&saved.started_at_ms) {
            return Err(PlanError::ImpossibleTime(saved.started_at_ms));
        }
        if let Some(unknown) = saved.done.iter().find(|id| !plan.steps.iter().any(|s| s.id == **id)) {
            return Err(PlanError::UnknownStep(unknown.clone()));
        }
        Ok(saved)
    }

    /// Ticks a step of the plan off, or back on. Unknown steps change nothing.
    pub fn toggle(&mut self, plan: &PlanEntry, step: &str) {
        if !plan.steps.iter().any(|s| s.id == step) {
            return;
        }
        match self.done.iter().position(|d| d == step) {
            Some(index) => {
                self.done.remove(index);
            }
            None => self.done.push(step.to_string()),
        }
    }

    pub fn is_done(&self, step: &str) -> bool {
        self.done.iter().any(|d| d == step)
    }

    /// Steps done, of all the plan's steps.
    pub fn progress(&self, plan: &PlanEntry) -> (usize, usize) {
        (plan.steps.iter().filter(|s| self.is_done(&s.id)).count(), plan.steps.len())
    }

    /// The week of the plan it is now, from 1, in the person's own calendar
    /// days. A clock moved backwards gives week 1, never week 0.
    pub fn week(&self, now_ms: i64, offset_minutes: i32) -> u32 {
        let days = local_day(now_ms, offset_minutes) - local_day(self.started_at_ms, offset_minutes);
        (days.max(0) / 7 + 1) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar::DAY_MS;

    fn pack() -> Pack {
        Pack::from_json(include_str!("../../content/pack.json")).unwrap()
    }

    fn scored(id: &str, answers: &[u8]) -> (&'static Instrument, Outcome) {
        let instrument = Instrument::by_id(id).unwrap();
        let mut all: Vec<Option<u8>> = answers.iter().map(|a| Some(*a)).collect();
        all.resize(instrument.items.len(), None);
        (instrument, instrument.score(&all).unwrap())
    }

    #[test]
    fn the_suggestion_follows_what_the_person_wants_then_their_results() {
        let pack = pack();
        let low = scored("phq9", &[2, 2, 2, 2, 1, 1, 0, 0, 0]); // 10: a case
        let calm = scored("gad7", &[1, 1, 0, 0, 0, 0, 0]); // 2: not a case
        let anxious = scored("gad7", &[2, 2, 1, 1, 1, 1, 0]); // 8: a case
        assert_eq!(suggest(&pack, std::slice::from_ref(&low), None).unwrap().id, "plan-low-mood");
        assert_eq!(suggest(&pack, &[calm.clone(), anxious.clone()], None).unwrap().id, "plan-worry");
        assert_eq!(suggest(&pack, std::slice::from_ref(&calm), None), None, "nothing points to a plan");
        assert_eq!(suggest(&pack, &[], None), None);
        assert_eq!(suggest(&pack, &[low], Some("plan-panic")).unwrap().id, "plan-panic", "their choice first");
        assert_eq!(suggest(&pack, &[anxious], Some("plan-nope")).unwrap().id, "plan-worry");
    }

    #[test]
    fn steps_tick_on_and_off_and_unknown_ones_change_nothing() {
        let pack = pack();
        let plan = pack.plan("plan-worry").unwrap();
        let mut saved = SavedPlan::start(plan, 1_000);
        saved.toggle(plan, "worry-time");
        saved.toggle(plan, "made-up");
        assert_eq!(saved.progress(plan), (1, plan.steps.len()));
        saved.toggle(plan, "worry-time");
        assert_eq!(saved.progress(plan), (0, plan.steps.len()));
    }

    #[test]
    fn a_saved_plan_round_trips_and_a_tampered_or_old_one_is_refused_in_words() {
        let pack = pack();
        let plan = pack.plan("plan-panic").unwrap();
        let mut saved = SavedPlan::start(plan, 1_700_000_000_000);
        saved.toggle(plan, "paced-breathing");
        let text = serde_json::to_string(&saved).unwrap();
        assert_eq!(SavedPlan::from_json(&text, &pack), Ok(saved.clone()));

        let cases = [
            ("not json", "Malformed"),
            (r#"{"format_version":2,"plan":"plan-panic","started_at_ms":0,"done":[]}"#, "UnsupportedVersion"),
            (r#"{"format_version":1,"plan":"plan-gone","started_at_ms":0,"done":[]}"#, "UnknownPlan"),
            (r#"{"format_version":1,"plan":"plan-panic","started_at_ms":-5,"done":[]}"#, "ImpossibleTime"),
            (r#"{"format_version":1,"plan":"plan-panic","started_at_ms":0,"done":["hack"]}"#, "UnknownStep"),
            (r#"{"format_version":1,"plan":"plan-panic","started_at_ms":0,"done":[],"score":9}"#, "Malformed"),
        ];
        for (text, kind) in cases {
            let error = SavedPlan::from_json(text, &pack).unwrap_err();
            assert!(format!("{error:?}").starts_with(kind), "{text}: {error:?}");
            assert!(!error.to_string().is_empty());
        }
    }

    #[test]
    fn weeks_count_local_days_and_never_go_below_one() {
        let pack = pack();
        let plan = pack.plan("plan-low-mood").unwrap();
        let start = 20_000 * DAY_MS + 22 * 3_600_000; // 22:00 UTC
        let saved = SavedPlan::start(plan, start);
        assert_eq!(saved.week(start, 0), 1);
        assert_eq!(saved.week(start + 6 * DAY_MS, 0), 1);
        assert_eq!(saved.week(start + 7 * DAY_MS, 0), 2);
        assert_eq!(saved.week(start + 21 * DAY_MS, 0), 4, "three weeks later");
        assert_eq!(saved.week(start - 30 * DAY_MS, 0), 1, "a clock moved backwards");
        // At UTC+3 the start was already the next local day (01:00), so
        // the same moment a week on is still that person's week 1.
        let later = start + 7 * DAY_MS - 2 * 3_600_000;
        assert_eq!(saved.week(later, 0), 2);
        assert_eq!(saved.week(later, 180), 1);
    }

    #[test]
    fn the_shipped_pack_has_plans_for_low_mood_worry_and_panic() {
        let pack = pack();
        assert!(pack.problems().is_empty(), "{:?}", pack.problems());
        for id in ["plan-low-mood", "plan-worry", "plan-panic"] {
            let plan = pack.plan(id).unwrap();
            assert!(plan.steps.iter().any(|s| s.week == 1), "{id} starts in week 1");
        }
    }
}
