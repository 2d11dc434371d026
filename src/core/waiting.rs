//! While a person waits for their assessment or therapy: when to repeat a
//! self-check, and whether a repeat shows things have got harder.
//!
//! Check-ins are counted in the person's own calendar days (see
//! [`crate::core::calendar`]), from their last kept result of the same
//! questionnaire. Missed check-ins never pile up: one is due, however long
//! it has been. A clock moved backwards makes nothing due early.

use crate::core::calendar::local_day;
use crate::core::history::HistoryEntry;
use crate::core::instruments::{Instrument, Outcome, Total};
use crate::core::outcomes::{reliable_change, Change};

/// Days between check-ins: every two weeks, as the service's waiting-list
/// contacts usually are (clinical reference, "while you wait").
pub const CHECK_IN_EVERY_DAYS: i64 = 14;

/// The questionnaires a check-in repeats: those with a verified reliable
/// change index and bands, so a change can be judged.
pub const CHECK_IN_INSTRUMENTS: [&str; 2] = ["phq9", "gad7"];

/// When the next check-in of one questionnaire is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckIn {
    /// Due on `due_day` (a local day number), not yet.
    NotYet { due_day: i64 },
    /// Due since `due_day`; `missed` more fell due since and were not taken.
    Due { due_day: i64, missed: u32 },
}

impl CheckIn {
    /// From the local day of the last result and today's.
    pub fn after(last_day: i64, today: i64) -> CheckIn {
        let due_day = last_day + CHECK_IN_EVERY_DAYS;
        if today < due_day {
            CheckIn::NotYet { due_day }
        } else {
            CheckIn::Due { due_day, missed: ((today - due_day) / CHECK_IN_EVERY_DAYS) as u32 }
        }
    }

    /// The local day it is (or was) due.
    pub fn due_day(self) -> i64 {
        match self {
            CheckIn::NotYet { due_day } | CheckIn::Due { due_day, .. } => due_day,
        }
    }
}

/// The check-in of each questionnaire in [`CHECK_IN_INSTRUMENTS`] the
/// person has kept a result of, from their newest kept result. Entries that
/// fail validation (tampered, another build's) are left out, never trusted.
pub fn check_ins(history: &[HistoryEntry], now_ms: i64, offset_minutes: i32) -> Vec<(&'static Instrument, CheckIn)> {
    let today = local_day(now_ms, offset_minutes);
    CHECK_IN_INSTRUMENTS
        .iter()
        .filter_map(|id| Instrument::by_id(id))
        .filter_map(|instrument| {
            let newest = history
                .iter()
                .filter(|e| e.instrument == instrument.id && e.validate(Instrument::builtin()).is_ok())
                .map(|e| e.taken_at_ms)
                .max()?;
            Some((instrument, CheckIn::after(local_day(newest, offset_minutes), today)))
        })
        .collect()
}

/// The newest kept result of a questionnaire taken before `before_ms`.
pub fn previous_entry<'a>(
    history: &'a [HistoryEntry],
    instrument: &Instrument,
    before_ms: i64,
) -> Option<&'a HistoryEntry> {
    history.iter().filter(|e| e.instrument == instrument.id && e.taken_at_ms < before_ms).max_by_key(|e| e.taken_at_ms)
}

/// Why a result suggests telling the service things have changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Harder {
    /// The total rose by at least the questionnaire's reliable change index.
    ReliablyWorse { before: Total, after: Total },
    /// The total is in the questionnaire's highest band, and the last kept
    /// result (if any) was not.
    IntoHighestBand,
}

/// What a result means for a person who is waiting, in the order the page
/// must show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// A risk answer: crisis routes before anything else.
    Risk,
    /// Things look harder: the option to tell the service comes first.
    Harder(Vec<Harder>),
    /// Nothing that needs the service told now.
    Steady,
}

/// Judges a result against the last kept one (if any). Risk comes first,
/// whatever the totals say.
pub fn assess(instrument: &Instrument, previous: Option<&Outcome>, latest: &Outcome) -> Finding {
    if !latest.risk_items.is_empty() {
        return Finding::Risk;
    }
    let harder = harder_since(instrument, previous, latest);
    if harder.is_empty() {
        Finding::Steady
    } else {
        Finding::Harder(harder)
    }
}

/// What makes a result look harder than the last kept one, risk aside.
pub fn harder_since(instrument: &Instrument, previous: Option<&Outcome>, latest: &Outcome) -> Vec<Harder> {
    let Some(after) = latest.total else { return Vec::new() };
    let mut harder = Vec::new();
    if let Some(before) = previous.and_then(|p| p.total) {
        if reliable_change(instrument, before, after) == Some(Change::ReliablyDeteriorated) {
            harder.push(Harder::ReliablyWorse { before, after });
        }
    }
    let highest = instrument.bands.last().map(|band| band.id.as_str());
    let band_of = |outcome: &Outcome| outcome.band.as_ref().map(|band| band.id.clone());
    let now_highest = highest.is_some() && band_of(latest).as_deref() == highest;
    let was_highest = previous.is_some_and(|p| band_of(p).as_deref() == highest);
    if now_highest && !was_highest {
        harder.push(Harder::IntoHighestBand);
    }
    harder
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar::{Date, DAY_MS};

    fn phq9() -> &'static Instrument {
        Instrument::by_id("phq9").unwrap()
    }

    /// PHQ-9 answers adding up to `total` (item 9 always 0), and item 9 as given.
    fn phq9_answers(total: u8, item9: u8) -> Vec<Option<u8>> {
        let mut left = total;
        let mut answers: Vec<Option<u8>> = (0..8)
            .map(|_| {
                let a = left.min(3);
                left -= a;
                Some(a)
            })
            .collect();
        answers.push(Some(item9));
        answers
    }

    fn outcome(total: u8, item9: u8) -> Outcome {
        phq9().score(&phq9_answers(total, item9)).unwrap()
    }

    #[test]
    fn a_check_in_is_due_fourteen_local_days_after_the_last() {
        assert_eq!(CheckIn::after(100, 100), CheckIn::NotYet { due_day: 114 });
        assert_eq!(CheckIn::after(100, 113), CheckIn::NotYet { due_day: 114 });
        assert_eq!(CheckIn::after(100, 114), CheckIn::Due { due_day: 114, missed: 0 });
        // Three weeks later: one due, none missed yet.
        assert_eq!(CheckIn::after(100, 121), CheckIn::Due { due_day: 114, missed: 0 });
        // Missed ones do not pile up: still one check-in, with a count.
        assert_eq!(CheckIn::after(100, 142), CheckIn::Due { due_day: 114, missed: 2 });
    }

    #[test]
    fn a_clock_moved_backwards_makes_nothing_due_early() {
        assert_eq!(CheckIn::after(100, 40), CheckIn::NotYet { due_day: 114 });
    }

    #[test]
    fn the_clock_change_does_not_move_a_check_in() {
        // Kept at 23:30 BST on Saturday 17 October 2026 (22:30 UTC); two
        // weeks later the clocks have gone back to GMT.
        let kept = Date { year: 2026, month: 10, day: 17 }.day_number() * DAY_MS + 22 * 3_600_000 + 1_800_000;
        let entry = HistoryEntry::new(phq9(), kept, phq9_answers(12, 0)).unwrap();
        let due = Date { year: 2026, month: 10, day: 31 }.day_number();
        let just_before = due * DAY_MS - 60_000; // 23:59 GMT on the 30th
        let [(_, check_in)] = check_ins(std::slice::from_ref(&entry), just_before, 0)[..] else { panic!() };
        assert_eq!(check_in, CheckIn::NotYet { due_day: due });
        let [(_, check_in)] = check_ins(std::slice::from_ref(&entry), due * DAY_MS + 60_000, 0)[..] else { panic!() };
        assert_eq!(check_in, CheckIn::Due { due_day: due, missed: 0 });
        // In UTC alone the result was kept on the 17th too; east of UTC by
        // two hours it was the 18th, so the check-in is the 1st.
        let [(_, check_in)] = check_ins(std::slice::from_ref(&entry), just_before, 120)[..] else { panic!() };
        assert_eq!(check_in.due_day(), due + 1);
    }

    #[test]
    fn check_ins_follow_the_newest_valid_result_of_each_questionnaire() {
        let day = |d: i64| Date { year: 2026, month: 11, day: 1 }.day_number() * DAY_MS + d * DAY_MS + 43_200_000;
        let mut tampered = HistoryEntry::new(phq9(), day(10), phq9_answers(5, 0)).unwrap();
        tampered.answers[0] = Some(9);
        let history = vec![
            HistoryEntry::new(phq9(), day(0), phq9_answers(5, 0)).unwrap(),
            HistoryEntry::new(phq9(), day(3), phq9_answers(5, 0)).unwrap(),
            tampered,
        ];
        let found = check_ins(&history, day(16), 0);
        assert_eq!(found.len(), 1, "no GAD-7 kept, so no GAD-7 check-in");
        assert_eq!(found[0].0.id, "phq9");
        assert_eq!(found[0].1, CheckIn::NotYet { due_day: local_day(day(3), 0) + 14 });
        assert!(check_ins(&[], day(16), 0).is_empty());
    }

    #[test]
    fn risk_comes_before_any_change() {
        assert_eq!(assess(phq9(), Some(&outcome(20, 0)), &outcome(2, 1)), Finding::Risk);
        assert_eq!(assess(phq9(), None, &outcome(0, 1)), Finding::Risk);
    }

    #[test]
    fn reliable_deterioration_is_six_points_on_the_phq9() {
        let worse = assess(phq9(), Some(&outcome(5, 0)), &outcome(11, 0));
        assert_eq!(
            worse,
            Finding::Harder(vec![Harder::ReliablyWorse { before: Total::whole(5), after: Total::whole(11) }])
        );
        assert_eq!(assess(phq9(), Some(&outcome(5, 0)), &outcome(10, 0)), Finding::Steady);
        assert_eq!(assess(phq9(), Some(&outcome(11, 0)), &outcome(5, 0)), Finding::Steady, "better is steady");
    }

    #[test]
    fn moving_into_the_highest_band_counts_even_without_reliable_change() {
        // PHQ-9 severe is 20 and above.
        assert_eq!(
            assess(phq9(), Some(&outcome(17, 0)), &outcome(20, 0)),
            Finding::Harder(vec![Harder::IntoHighestBand])
        );
        assert_eq!(assess(phq9(), Some(&outcome(21, 0)), &outcome(22, 0)), Finding::Steady, "already there");
        assert_eq!(assess(phq9(), None, &outcome(24, 0)), Finding::Harder(vec![Harder::IntoHighestBand]));
        assert_eq!(
            assess(phq9(), Some(&outcome(8, 0)), &outcome(23, 0)),
            Finding::Harder(vec![
                Harder::ReliablyWorse { before: Total::whole(8), after: Total::whole(23) },
                Harder::IntoHighestBand
            ])
        );
    }

    #[test]
    fn every_phq9_and_gad7_pair_of_totals_follows_the_rules() {
        for id in CHECK_IN_INSTRUMENTS {
            let instrument = Instrument::by_id(id).unwrap();
            let index = instrument.reliable_change.unwrap();
            let highest = instrument.bands.last().unwrap();
            let items = instrument.items.iter().filter(|i| i.scored).count();
            let answers_for = |total: u32| -> Vec<Option<u8>> {
                let mut left = total;
                let mut answers: Vec<Option<u8>> = instrument
                    .items
                    .iter()
                    .map(|item| {
                        if !item.scored {
                            return None;
                        }
                        // Fill from the first item, so PHQ-9 item 9 stays 0 below 25.
                        let a = left.min(3);
                        left -= a;
                        Some(a as u8)
                    })
                    .collect();
                if id == "phq9" && total > 24 {
                    answers[8] = Some((total - 24) as u8);
                }
                answers
            };
            let max = (items * 3) as u32;
            for before in 0..=max {
                for after in 0..=max {
                    let (b, a) = (
                        instrument.score(&answers_for(before)).unwrap(),
                        instrument.score(&answers_for(after)).unwrap(),
                    );
                    let finding = assess(instrument, Some(&b), &a);
                    if !a.risk_items.is_empty() {
                        assert_eq!(finding, Finding::Risk);
                        continue;
                    }
                    let worse = after >= before + index;
                    let into_highest = highest.contains(Total::whole(after)) && !highest.contains(Total::whole(before));
                    let expected = worse || into_highest;
                    assert_eq!(matches!(finding, Finding::Harder(_)), expected, "{id} {before} → {after}");
                }
            }
        }
    }
}
