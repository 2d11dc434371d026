//! The journey through one self-check: which step comes next, so that a risk
//! answer reaches the crisis routes before anything else and no result is
//! shown until every required question is answered.

use serde::{Deserialize, Serialize};

use crate::core::instruments::Instrument;
use crate::core::route::CheckStep;

/// Answers so far, kept for the session so a reload loses nothing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// One entry per item: the chosen option's position, or `None`.
    pub answers: Vec<Option<u8>>,
    /// Whether the person has seen the crisis routes for their risk answer.
    #[serde(default)]
    pub safety_seen: bool,
}

impl Progress {
    /// Empty progress for an instrument.
    pub fn new(instrument: &Instrument) -> Self {
        Progress { answers: vec![None; instrument.items.len()], safety_seen: false }
    }

    /// Progress read from storage, if it still fits the instrument (a
    /// different length or an impossible answer means it is from another
    /// version: start again rather than score it wrongly).
    pub fn restored(instrument: &Instrument, stored: Option<Progress>) -> Self {
        let Some(mut p) = stored else { return Progress::new(instrument) };
        // Progress saved before an unscored question was added at the end
        // (the GAD-7's difficulty question) keeps its answers.
        let trailing_unscored = instrument.items.iter().rev().take_while(|i| !i.scored).count();
        if p.answers.len() < instrument.items.len() && p.answers.len() + trailing_unscored >= instrument.items.len() {
            p.answers.resize(instrument.items.len(), None);
        }
        if p.answers.len() == instrument.items.len() && instrument.check_answers(&p.answers).is_ok() {
            p
        } else {
            Progress::new(instrument)
        }
    }

    /// Records the answer to question `n` (from 1). Returns false if the
    /// answer is not one of the item's options.
    pub fn answer(&mut self, instrument: &Instrument, n: usize, value: u8) -> bool {
        let Some(slot) = n.checked_sub(1).filter(|i| *i < self.answers.len()) else { return false };
        let mut candidate = self.answers.clone();
        candidate[slot] = Some(value);
        if instrument.check_answers(&candidate).is_err() {
            return false;
        }
        self.answers = candidate;
        true
    }

    /// Whether any answer so far calls for the crisis routes.
    pub fn risk(&self, instrument: &Instrument) -> bool {
        instrument.risk_flagged(&self.answers)
    }

    /// Whether question `n` needs an answer before the result.
    pub fn is_required(instrument: &Instrument, n: usize) -> bool {
        instrument.items.get(n - 1).is_some_and(|item| item.scored)
    }

    /// The first required question not yet answered.
    pub fn first_missing(&self, instrument: &Instrument) -> Option<usize> {
        (1..=self.answers.len()).find(|n| Self::is_required(instrument, *n) && self.answers[n - 1].is_none())
    }

    /// Where to go after question `n` is answered: the crisis routes first if
    /// this answer is a risk answer not yet acknowledged, otherwise onward.
    pub fn after_question(&self, instrument: &Instrument, n: usize) -> CheckStep {
        if instrument.risk_items(&self.answers).contains(&(n - 1)) && !self.safety_seen {
            return CheckStep::Safety;
        }
        self.onward_from(instrument, n)
    }

    /// Where "Continue" on the safety page leads.
    pub fn after_safety(&self, instrument: &Instrument) -> CheckStep {
        let last_risk = instrument.risk_items(&self.answers).into_iter().max().map_or(0, |i| i + 1);
        self.onward_from(instrument, last_risk)
    }

    fn onward_from(&self, instrument: &Instrument, n: usize) -> CheckStep {
        if n < self.answers.len() {
            CheckStep::Question(n + 1)
        } else {
            self.result_or_missing(instrument)
        }
    }

    /// The result if it may be shown; else the step that must come first.
    pub fn result_or_missing(&self, instrument: &Instrument) -> CheckStep {
        if self.risk(instrument) && !self.safety_seen {
            CheckStep::Safety
        } else if let Some(n) = self.first_missing(instrument) {
            CheckStep::Question(n)
        } else {
            CheckStep::Result
        }
    }

    /// Whether the person has started (answered anything).
    pub fn started(&self) -> bool {
        self.answers.iter().any(Option::is_some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phq9() -> &'static Instrument {
        Instrument::by_id("phq9").unwrap()
    }

    #[test]
    fn risk_answer_goes_to_safety_before_anything_else() {
        let i = phq9();
        let mut p = Progress::new(i);
        for n in 1..=8 {
            assert!(p.answer(i, n, 0));
            assert_eq!(p.after_question(i, n), CheckStep::Question(n + 1));
        }
        assert!(p.answer(i, 9, 1));
        assert_eq!(p.after_question(i, 9), CheckStep::Safety);
        assert_eq!(p.result_or_missing(i), CheckStep::Safety, "no result before the safety page");
        p.safety_seen = true;
        assert_eq!(p.after_safety(i), CheckStep::Question(10));
        assert_eq!(p.result_or_missing(i), CheckStep::Result, "the difficulty question is optional");
    }

    #[test]
    fn result_waits_for_every_required_answer() {
        let i = Instrument::by_id("gad7").unwrap();
        let mut p = Progress::new(i);
        assert_eq!(p.result_or_missing(i), CheckStep::Question(1));
        for n in [1, 2, 3, 5, 6, 7] {
            p.answer(i, n, 2);
        }
        assert_eq!(p.result_or_missing(i), CheckStep::Question(4));
        p.answer(i, 4, 3);
        // The published difficulty question comes next; it is optional.
        assert_eq!(p.after_question(i, 7), CheckStep::Question(8));
        assert_eq!(p.result_or_missing(i), CheckStep::Result);
        assert!(p.answer(i, 8, 1));
        assert_eq!(p.after_question(i, 8), CheckStep::Result);
    }

    #[test]
    fn impossible_answers_and_stale_progress_are_refused() {
        let i = Instrument::by_id("gad7").unwrap();
        let mut p = Progress::new(i);
        assert!(!p.answer(i, 1, 9));
        assert!(!p.answer(i, 0, 1));
        assert!(!p.answer(i, 9, 1));
        assert!(!p.answer(i, 8, 4), "the difficulty question has four answers");
        // Seven answers saved before the difficulty question existed are kept.
        let before = Progress { answers: vec![Some(1); 7], safety_seen: false };
        assert_eq!(Progress::restored(i, Some(before)).answers, [vec![Some(1); 7], vec![None]].concat());
        let stale = Progress { answers: vec![Some(1); 3], safety_seen: false };
        assert_eq!(Progress::restored(i, Some(stale)), Progress::new(i));
        let tampered = Progress { answers: vec![Some(7); 7], safety_seen: false };
        assert_eq!(Progress::restored(i, Some(tampered)), Progress::new(i));
    }
}
