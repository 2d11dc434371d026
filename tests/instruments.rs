//! Native tests of the self-check instruments, outcome comparisons and
//! history entries. Expected values come from the clinical reference, written
//! out here independently of builtin.json, so a wrong edit to the data fails.

use std::collections::BTreeSet;

use proptest::prelude::*;
use waymark::core::history::{HistoryEntry, HistoryError, FORMAT_VERSION};
use waymark::core::instruments::{
    Instrument, InstrumentError, ItemReport, LicenceKind, ScoreError, Total, TranslationStatus, NOT_APPLICABLE,
};
use waymark::core::outcomes::{reliable_change, Change, OutcomeError, PairedMeasures, PairedOutcome, Sitting};

const CHECKS_FTL: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en-GB/checks.ftl"));

fn instrument(id: &str) -> &'static Instrument {
    Instrument::by_id(id).unwrap_or_else(|| panic!("built-in instrument {id}"))
}

/// Answers to the scored items that add up to `total`, filling items in
/// order with the option worth as much as possible; unscored items unanswered.
fn answers_with_total(instrument: &Instrument, total: u32) -> Vec<Option<u8>> {
    let mut remaining = total;
    let answers: Vec<Option<u8>> = (0..instrument.items.len())
        .map(|item| {
            if !instrument.items[item].scored {
                return None;
            }
            let options = instrument.options_for(item);
            let best = options
                .iter()
                .enumerate()
                .filter(|(_, option)| u32::from(option.score) <= remaining)
                .max_by_key(|(_, option)| option.score)
                .expect("an option fits");
            remaining -= u32::from(best.1.score);
            Some(u8::try_from(best.0).unwrap())
        })
        .collect();
    assert_eq!(remaining, 0, "{} cannot reach {total}", instrument.id);
    answers
}

fn score_total(instrument: &Instrument, answers: &[Option<u8>]) -> Option<Total> {
    instrument.score(answers).unwrap().total
}

fn band_id(instrument: &Instrument, answers: &[Option<u8>]) -> Option<String> {
    instrument.score(answers).unwrap().band.map(|band| band.id)
}

/// PHQ-9 severity from the reference: 0–4, 5–9, 10–14, 15–19, 20–27.
fn expected_phq9_band(total: u32) -> &'static str {
    match total {
        0..=4 => "minimal",
        5..=9 => "mild",
        10..=14 => "moderate",
        15..=19 => "moderately-severe",
        _ => "severe",
    }
}

/// GAD-7 severity from the reference: 0–4, 5–9, 10–14, 15–21.
fn expected_gad7_band(total: u32) -> &'static str {
    match total {
        0..=4 => "minimal",
        5..=9 => "mild",
        10..=14 => "moderate",
        _ => "severe",
    }
}

fn band_position(instrument: &Instrument, answers: &[Option<u8>]) -> usize {
    let band = instrument.score(answers).unwrap().band.expect("a band");
    instrument.bands.iter().position(|b| *b == band).unwrap()
}

/// Decodes `index` into `digits` answers of base `base` (one per item).
fn answers_from_index(mut index: u32, digits: usize, base: u32) -> Vec<Option<u8>> {
    (0..digits)
        .map(|_| {
            let digit = index % base;
            index /= base;
            Some(u8::try_from(digit).unwrap())
        })
        .collect()
}

// ----- the catalogue -----

#[test]
fn five_builtin_instruments_load_with_distinct_ids() {
    let ids: Vec<&str> = Instrument::builtin().iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["phq9", "gad7", "wsas", "phobia", "pcl5"]);
    assert!(Instrument::by_id("spin").is_none());
    for instrument in Instrument::builtin() {
        instrument.validate().unwrap();
    }
}

#[test]
fn item_counts_options_and_ranges_match_the_reference() {
    let phq9 = instrument("phq9");
    assert_eq!(phq9.items.iter().filter(|i| i.scored).count(), 9);
    assert_eq!(phq9.items.len(), 10, "the unscored difficulty question is part of the published form");
    assert!(!phq9.items[9].scored);
    assert_eq!((phq9.min_total(), phq9.max_total()), (0, 27));
    assert_eq!((instrument("gad7").items.len(), instrument("gad7").max_total()), (8, 21));
    assert!(!instrument("gad7").items[7].scored, "the GAD-7's difficulty question is published and unscored");
    assert_eq!((instrument("wsas").items.len(), instrument("wsas").max_total()), (5, 40));
    assert_eq!((instrument("phobia").items.len(), instrument("phobia").max_total()), (3, 24));
    assert_eq!((instrument("pcl5").items.len(), instrument("pcl5").max_total()), (20, 80));
    for (id, scores) in [("phq9", 0..=3), ("gad7", 0..=3), ("wsas", 0..=8), ("phobia", 0..=8), ("pcl5", 0..=4)] {
        let found: Vec<u8> = instrument(id).options.iter().map(|o| o.score).collect();
        assert_eq!(found, scores.collect::<Vec<u8>>(), "{id}");
    }
}

#[test]
fn thresholds_match_the_reference_and_unverified_ones_are_absent() {
    let caseness = |id: &str| instrument(id).caseness.as_ref().map(|c| c.at_least);
    assert_eq!(caseness("phq9"), Some(10));
    assert_eq!(caseness("gad7"), Some(8));
    assert_eq!(caseness("pcl5"), Some(32));
    assert_eq!(caseness("wsas"), None);
    assert_eq!(caseness("phobia"), None);
    let rci = |id: &str| instrument(id).reliable_change;
    assert_eq!(rci("phq9"), Some(6));
    assert_eq!(rci("gad7"), Some(4));
    // PCL-5's ≈10 is unverified for NHS Talking Therapies, so it is not shipped.
    assert_eq!(rci("pcl5"), None);
    assert_eq!(rci("wsas"), None);
    assert_eq!(rci("phobia"), None);
}

#[test]
fn licences_loinc_and_translation_status() {
    assert_eq!(instrument("phq9").licence.kind, LicenceKind::NoPermissionNeeded);
    assert_eq!(instrument("gad7").licence.kind, LicenceKind::NoPermissionNeeded);
    assert_eq!(instrument("wsas").licence.kind, LicenceKind::AuthorsCopyright);
    assert_eq!(instrument("phobia").licence.kind, LicenceKind::OpenGovernmentLicence);
    assert_eq!(instrument("pcl5").licence.kind, LicenceKind::PublicDomain);

    let loinc = |id: &str| instrument(id).loinc.clone().map(|l| (l.panel, l.total));
    assert_eq!(loinc("phq9"), Some(("44249-1".into(), Some("44261-6".into()))));
    assert_eq!(loinc("gad7"), Some(("69737-5".into(), Some("70274-6".into()))));
    for id in ["wsas", "phobia", "pcl5"] {
        assert_eq!(loinc(id), None, "{id}");
    }
    for id in ["phq9", "gad7"] {
        let items = &instrument(id).items;
        let codes: BTreeSet<&str> = items.iter().filter(|i| i.scored).filter_map(|i| i.loinc.as_deref()).collect();
        assert_eq!(codes.len(), items.iter().filter(|i| i.scored).count(), "{id}: one distinct code per scored item");
    }
    assert_eq!(instrument("phq9").items[8].loinc.as_deref(), Some("44260-8"));

    for instrument in Instrument::builtin() {
        assert_eq!(instrument.translation_status("en-GB"), Some(TranslationStatus::Official), "{}", instrument.id);
        assert_eq!(instrument.translation_status("ur"), Some(TranslationStatus::Machine), "{}", instrument.id);
    }
}

// ----- bands and caseness at every edge -----

#[test]
fn phq9_band_edges_and_caseness() {
    let phq9 = instrument("phq9");
    for total in [0, 4, 5, 9, 10, 14, 15, 19, 20, 27] {
        let answers = answers_with_total(phq9, total);
        let outcome = phq9.score(&answers).unwrap();
        assert_eq!(outcome.total, Some(Total::whole(total)));
        assert_eq!(outcome.band.map(|b| b.id).as_deref(), Some(expected_phq9_band(total)), "total {total}");
        assert_eq!(outcome.case, Some(total >= 10), "total {total}");
    }
}

#[test]
fn gad7_band_edges_and_caseness() {
    let gad7 = instrument("gad7");
    for total in [0, 4, 5, 7, 8, 9, 10, 14, 15, 21] {
        let answers = answers_with_total(gad7, total);
        let outcome = gad7.score(&answers).unwrap();
        assert_eq!(outcome.band.map(|b| b.id).as_deref(), Some(expected_gad7_band(total)), "total {total}");
        assert_eq!(outcome.case, Some(total >= 8), "total {total}");
    }
}

#[test]
fn wsas_band_edges() {
    let wsas = instrument("wsas");
    for (total, band) in [
        (0, "subclinical"),
        (9, "subclinical"),
        (10, "significant"),
        (20, "significant"),
        (21, "moderately-severe"),
        (40, "moderately-severe"),
    ] {
        let answers = answers_with_total(wsas, total);
        assert_eq!(band_id(wsas, &answers).as_deref(), Some(band), "total {total}");
        assert_eq!(wsas.score(&answers).unwrap().case, None, "WSAS has no caseness threshold");
    }
}

#[test]
fn pcl5_threshold_edges_without_bands() {
    let pcl5 = instrument("pcl5");
    for (total, case) in [(0, false), (31, false), (32, true), (80, true)] {
        let outcome = pcl5.score(&answers_with_total(pcl5, total)).unwrap();
        assert_eq!(outcome.total, Some(Total::whole(total)));
        assert_eq!(outcome.case, Some(case), "total {total}");
        assert_eq!(outcome.band, None, "PCL-5 has no severity bands");
    }
}

// ----- incomplete and invalid answers -----

#[test]
fn no_total_until_every_scored_item_is_answered() {
    let phq9 = instrument("phq9");
    let mut answers = answers_with_total(phq9, 12);
    answers[3] = None;
    let outcome = phq9.score(&answers).unwrap();
    assert!(!outcome.is_prorated());
    assert_eq!((outcome.total, outcome.band, outcome.case), (None, None, None));
    assert_eq!(outcome.missing_items, [3]);
}

#[test]
fn the_unscored_difficulty_question_never_changes_the_total() {
    let phq9 = instrument("phq9");
    let mut answers = answers_with_total(phq9, 11);
    let base = score_total(phq9, &answers);
    for difficulty in [None, Some(0), Some(1), Some(2), Some(3)] {
        answers[9] = difficulty;
        assert_eq!(score_total(phq9, &answers), base);
    }
    answers[9] = Some(4);
    assert_eq!(phq9.score(&answers), Err(ScoreError::AnswerOutOfRange { item: 9, value: 4 }));
}

#[test]
fn out_of_range_answers_and_wrong_lengths_are_errors() {
    let phq9 = instrument("phq9");
    let mut answers = answers_with_total(phq9, 0);
    answers[2] = Some(4);
    assert_eq!(phq9.score(&answers), Err(ScoreError::AnswerOutOfRange { item: 2, value: 4 }));
    answers[2] = Some(NOT_APPLICABLE);
    assert_eq!(phq9.score(&answers), Err(ScoreError::AnswerOutOfRange { item: 2, value: NOT_APPLICABLE }));
    // Answers may leave out the unscored questions at the end (kept results
    // saved before the GAD-7's difficulty question was added), nothing more.
    assert_eq!(phq9.score(&[Some(0); 9]).unwrap().total, Some(Total::whole(0)));
    assert_eq!(phq9.score(&[Some(0); 8]), Err(ScoreError::WrongLength { expected: 10, found: 8 }));
    assert_eq!(phq9.score(&[]), Err(ScoreError::WrongLength { expected: 10, found: 0 }));
    let gad7 = instrument("gad7");
    assert_eq!(gad7.score(&[Some(0); 9]), Err(ScoreError::WrongLength { expected: 8, found: 9 }));
    assert_eq!(gad7.score(&[Some(1); 7]).unwrap().total, Some(Total::whole(7)));
    let wsas = instrument("wsas");
    assert_eq!(wsas.score(&[Some(9), None, None, None, None]), Err(ScoreError::AnswerOutOfRange { item: 0, value: 9 }));
    let pcl5 = instrument("pcl5");
    let mut answers = vec![Some(0); 20];
    answers[19] = Some(5);
    assert_eq!(pcl5.score(&answers), Err(ScoreError::AnswerOutOfRange { item: 19, value: 5 }));
}

// ----- WSAS missing-item rule (NHS Data Dictionary) -----

#[test]
fn wsas_with_every_item_answered_is_a_plain_sum() {
    let wsas = instrument("wsas");
    let outcome = wsas.score(&[Some(1), Some(2), Some(3), Some(4), Some(5)]).unwrap();
    assert_eq!(outcome.total, Some(Total::whole(15)));
    assert!(outcome.missing_items.is_empty());
    assert!(!outcome.is_prorated());
}

#[test]
fn wsas_one_missing_item_is_replaced_by_the_mean_of_the_others() {
    let wsas = instrument("wsas");
    // 2+2+2+2 = 8; the missing item becomes 8/4 = 2, so 10.
    let outcome = wsas.score(&[None, Some(2), Some(2), Some(2), Some(2)]).unwrap();
    assert!(outcome.is_prorated());
    assert_eq!(outcome.total, Some(Total::whole(10)));
    assert_eq!(outcome.band.map(|b| b.id).as_deref(), Some("significant"));
    assert_eq!(outcome.missing_items, [0]);

    // 1+2+3+1 = 7 → 7 + 7/4 = 8.75: below 10.
    let outcome = wsas.score(&[Some(1), Some(2), None, Some(3), Some(1)]).unwrap();
    assert_eq!(outcome.total, Total::ratio(35, 4));
    assert_eq!(outcome.total.unwrap().to_string(), "8.75");
    assert_eq!(outcome.band.map(|b| b.id).as_deref(), Some("subclinical"));
}

#[test]
fn wsas_work_not_applicable_counts_as_the_one_missing_item() {
    let wsas = instrument("wsas");
    assert!(wsas.items[0].allows_not_applicable());
    // 4+4+4+5 = 17 → 17 + 17/4 = 21.25: above 20.
    let outcome = wsas.score(&[Some(NOT_APPLICABLE), Some(4), Some(4), Some(4), Some(5)]).unwrap();
    assert_eq!(outcome.total, Total::ratio(85, 4));
    assert!(outcome.total.unwrap() > Total::whole(21));
    assert_eq!(outcome.total.unwrap().to_string(), "21.25");
    assert_eq!(outcome.band.map(|b| b.id).as_deref(), Some("moderately-severe"));
    assert_eq!(outcome.missing_items, [0]);
}

#[test]
fn wsas_more_than_one_missing_item_gives_no_total() {
    let wsas = instrument("wsas");
    for answers in [
        [None, None, Some(3), Some(3), Some(3)],
        [Some(NOT_APPLICABLE), None, Some(3), Some(3), Some(3)],
        [Some(3), Some(3), None, None, None],
        [None; 5],
    ] {
        let outcome = wsas.score(&answers).unwrap();
        assert_eq!((outcome.total, outcome.band), (None, None), "{answers:?}");
    }
}

#[test]
fn wsas_not_applicable_only_on_the_work_item() {
    let wsas = instrument("wsas");
    for item in 1..5 {
        let mut answers = [Some(2); 5];
        answers[item] = Some(NOT_APPLICABLE);
        assert_eq!(wsas.score(&answers), Err(ScoreError::AnswerOutOfRange { item, value: NOT_APPLICABLE }));
    }
}

// ----- phobia scales, item by item -----

#[test]
fn phobia_scales_are_reported_item_by_item() {
    let phobia = instrument("phobia");
    let outcome = phobia.score(&[Some(3), Some(4), None]).unwrap();
    assert_eq!(outcome.total, None, "the phobia scales are reported item by item");
    assert_eq!(outcome.band, None);
    assert_eq!(
        outcome.item_reports,
        [
            ItemReport { item: 0, score: Some(3), explore_further: false },
            ItemReport { item: 1, score: Some(4), explore_further: true },
            ItemReport { item: 2, score: None, explore_further: false },
        ]
    );
    let outcome = phobia.score(&[Some(8), Some(0), Some(5)]).unwrap();
    let explore: Vec<bool> = outcome.item_reports.iter().map(|r| r.explore_further).collect();
    assert_eq!(explore, [true, false, true]);
    assert!(instrument("phq9").score(&answers_with_total(instrument("phq9"), 3)).unwrap().item_reports.is_empty());
}

// ----- risk -----

#[test]
fn risk_is_flagged_before_the_other_items_are_answered() {
    let phq9 = instrument("phq9");
    let mut answers = vec![None; 10];
    assert!(!phq9.risk_flagged(&answers));
    answers[8] = Some(1);
    assert!(phq9.risk_flagged(&answers));
    assert!(phq9.risk_flagged(&answers[..9]), "a shorter, in-progress slice still routes risk");
    assert!(!phq9.risk_flagged(&answers[..8]));
    let outcome = phq9.score(&answers).unwrap();
    assert_eq!(outcome.total, None);
    assert_eq!(outcome.risk_items, [8]);
    answers[8] = Some(0);
    assert!(!phq9.risk_flagged(&answers));
    for id in ["gad7", "wsas", "phobia", "pcl5"] {
        let instrument = instrument(id);
        let highest: Vec<Option<u8>> = (0..instrument.items.len())
            .map(|i| Some(u8::try_from(instrument.options_for(i).len() - 1).unwrap()))
            .collect();
        assert!(!instrument.risk_flagged(&highest), "{id} has no risk item in the reference");
    }
}

#[test]
fn every_phq9_answer_vector_scores_in_range_as_the_sum_with_the_right_band_and_risk() {
    let phq9 = instrument("phq9");
    for index in 0..4u32.pow(9) {
        let mut answers = answers_from_index(index, 9, 4);
        let sum: u32 = answers.iter().map(|a| u32::from(a.unwrap())).sum();
        let item9 = answers[8].unwrap();
        answers.push(None);
        let outcome = phq9.score(&answers).unwrap();
        assert_eq!(outcome.total, Some(Total::whole(sum)));
        assert!(sum <= 27);
        assert_eq!(outcome.band.as_ref().map(|b| b.id.as_str()), Some(expected_phq9_band(sum)));
        assert_eq!(outcome.case, Some(sum >= 10));
        assert_eq!(phq9.risk_flagged(&answers), item9 > 0, "{answers:?}");
        assert_eq!(outcome.risk_items, if item9 > 0 { vec![8] } else { vec![] });
    }
}

#[test]
fn every_gad7_answer_vector_is_in_range_summed_and_monotonic() {
    let gad7 = instrument("gad7");
    for index in 0..4u32.pow(7) {
        let answers = answers_from_index(index, 7, 4);
        let sum: u32 = answers.iter().map(|a| u32::from(a.unwrap())).sum();
        let outcome = gad7.score(&answers).unwrap();
        assert_eq!(outcome.total, Some(Total::whole(sum)));
        assert!(sum <= 21);
        assert_eq!(outcome.band.as_ref().map(|b| b.id.as_str()), Some(expected_gad7_band(sum)));
        assert_eq!(outcome.case, Some(sum >= 8));
        assert!(outcome.risk_items.is_empty());
        for item in 0..7 {
            let Some(value) = answers[item] else { continue };
            if value < 3 {
                let mut raised = answers.clone();
                raised[item] = Some(value + 1);
                assert!(score_total(gad7, &raised) > outcome.total);
                assert!(band_position(gad7, &raised) >= band_position(gad7, &answers));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn raising_one_phq9_answer_never_lowers_the_total_or_band(
        scored in proptest::collection::vec(0u8..4, 9),
        item in 0usize..9,
        difficulty in proptest::option::of(0u8..4),
    ) {
        let phq9 = instrument("phq9");
        let mut answers: Vec<Option<u8>> = scored.iter().copied().map(Some).collect();
        answers.push(difficulty);
        prop_assume!(scored[item] < 3);
        let mut raised = answers.clone();
        raised[item] = Some(scored[item] + 1);
        let (before, after) = (score_total(phq9, &answers).unwrap(), score_total(phq9, &raised).unwrap());
        prop_assert_eq!(after.whole_points(), before.whole_points().map(|t| t + 1));
        prop_assert!(band_position(phq9, &raised) >= band_position(phq9, &answers));
    }

    #[test]
    fn phq9_risk_follows_item_9_in_partial_answers(
        answers in proptest::collection::vec(proptest::option::of(0u8..4), 10),
    ) {
        let phq9 = instrument("phq9");
        let flagged = matches!(answers[8], Some(score) if score > 0);
        prop_assert_eq!(phq9.risk_flagged(&answers), flagged);
        prop_assert_eq!(phq9.score(&answers).unwrap().risk_items.contains(&8), flagged);
    }

    #[test]
    fn any_answers_score_or_fail_without_panicking(
        id in proptest::sample::select(vec!["phq9", "gad7", "wsas", "phobia", "pcl5"]),
        answers in proptest::collection::vec(proptest::option::of(any::<u8>()), 0..25),
    ) {
        let instrument = instrument(id);
        if let Ok(outcome) = instrument.score(&answers) {
            if let Some(total) = outcome.total {
                prop_assert!(total >= Total::whole(instrument.min_total()));
                prop_assert!(total <= Total::whole(instrument.max_total()));
            }
        }
    }

    #[test]
    fn history_from_arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = HistoryEntry::from_json(&text);
    }
}

// ----- reliable change and paired outcomes -----

#[test]
fn reliable_change_is_exactly_6_for_phq9_and_4_for_gad7() {
    let phq9 = instrument("phq9");
    let t = Total::whole;
    assert_eq!(reliable_change(phq9, t(16), t(10)), Some(Change::ReliablyImproved));
    assert_eq!(reliable_change(phq9, t(16), t(11)), Some(Change::NoReliableChange));
    assert_eq!(reliable_change(phq9, t(10), t(16)), Some(Change::ReliablyDeteriorated));
    assert_eq!(reliable_change(phq9, t(10), t(15)), Some(Change::NoReliableChange));
    assert_eq!(reliable_change(phq9, t(7), t(7)), Some(Change::NoReliableChange));
    let gad7 = instrument("gad7");
    assert_eq!(reliable_change(gad7, t(12), t(8)), Some(Change::ReliablyImproved));
    assert_eq!(reliable_change(gad7, t(12), t(9)), Some(Change::NoReliableChange));
    assert_eq!(reliable_change(gad7, t(8), t(12)), Some(Change::ReliablyDeteriorated));
    assert_eq!(reliable_change(gad7, t(9), t(12)), Some(Change::NoReliableChange));
    for id in ["wsas", "phobia", "pcl5"] {
        assert_eq!(reliable_change(instrument(id), t(30), t(0)), None, "{id} has no verified index");
    }
}

fn sitting(depression: u32, anxiety: u32) -> Sitting {
    Sitting { depression: Total::whole(depression), anxiety: Total::whole(anxiety) }
}

fn phq9_gad7(sittings: &[Sitting]) -> Option<PairedOutcome> {
    PairedMeasures::phq9_gad7().expect("PHQ-9 and GAD-7 pair").compare(sittings)
}

#[test]
fn case_at_start_is_phq9_at_least_10_or_gad7_at_least_8() {
    let case = |phq9, gad7| phq9_gad7(&[sitting(phq9, gad7), sitting(0, 0)]).unwrap().case_at_start;
    assert!(case(10, 0));
    assert!(case(0, 8));
    assert!(case(20, 15));
    assert!(!case(9, 7));
}

#[test]
fn recovery_needs_a_case_at_the_start_and_both_below_threshold_at_the_end() {
    // Case at the start, below both at the end, without reliable change.
    let outcome = phq9_gad7(&[sitting(12, 9), sitting(9, 7)]).unwrap();
    assert_eq!(outcome.recovered, Some(true));
    assert!(!outcome.reliably_improved);
    assert_eq!(outcome.reliably_recovered, Some(false));

    // Still at the GAD-7 threshold at the end: not recovered.
    let outcome = phq9_gad7(&[sitting(16, 12), sitting(9, 8)]).unwrap();
    assert_eq!(outcome.recovered, Some(false));
    assert!(outcome.reliably_improved, "PHQ-9 fell by 7 and GAD-7 by 4");
    assert_eq!(outcome.reliably_recovered, Some(false));

    // Not a case at the start: recovery does not apply.
    let outcome = phq9_gad7(&[sitting(9, 7), sitting(2, 1)]).unwrap();
    assert!(!outcome.case_at_start);
    assert_eq!((outcome.recovered, outcome.reliably_recovered), (None, None));
    assert!(outcome.reliably_improved, "PHQ-9 fell by 7");
}

#[test]
fn reliable_recovery_is_recovery_with_reliable_improvement() {
    let outcome = phq9_gad7(&[sitting(16, 12), sitting(8, 6)]).unwrap();
    assert_eq!(
        outcome,
        PairedOutcome {
            case_at_start: true,
            recovered: Some(true),
            reliably_improved: true,
            reliably_deteriorated: false,
            reliably_recovered: Some(true),
        }
    );
    // Only the middle sittings changed: the first and last are compared.
    let outcome = phq9_gad7(&[sitting(16, 12), sitting(25, 20), sitting(3, 3), sitting(8, 6)]).unwrap();
    assert_eq!(outcome.reliably_recovered, Some(true));
}

#[test]
fn improvement_on_one_measure_with_deterioration_on_the_other_is_not_improvement() {
    // PHQ-9 falls by 7 but GAD-7 rises by 5.
    let outcome = phq9_gad7(&[sitting(16, 3), sitting(9, 8)]).unwrap();
    assert!(!outcome.reliably_improved);
    assert!(outcome.reliably_deteriorated);
    assert_eq!(outcome.recovered, Some(false));

    // GAD-7 improves reliably; PHQ-9 rises by 5, short of reliable.
    let outcome = phq9_gad7(&[sitting(3, 14), sitting(8, 10)]).unwrap();
    assert!(outcome.reliably_improved);
    assert!(!outcome.reliably_deteriorated);

    // Deterioration on one measure alone.
    let outcome = phq9_gad7(&[sitting(4, 4), sitting(10, 4)]).unwrap();
    assert!(outcome.reliably_deteriorated);
    assert!(!outcome.reliably_improved);
}

#[test]
fn outcomes_need_two_measured_points_and_verified_thresholds() {
    assert_eq!(phq9_gad7(&[]), None);
    assert_eq!(phq9_gad7(&[sitting(20, 20)]), None);
    assert_eq!(
        PairedMeasures::new(instrument("phq9"), instrument("wsas")),
        Err(OutcomeError::NoCaseness("wsas".into()))
    );
    assert_eq!(
        PairedMeasures::new(instrument("phq9"), instrument("pcl5")),
        Err(OutcomeError::NoReliableChange("pcl5".into()))
    );
}

// ----- history entries -----

fn entry_json(version: &str, instrument: &str, time: &str, answers: &str) -> String {
    format!(r#"{{"format_version":{version},"instrument":"{instrument}","taken_at_ms":{time},"answers":{answers}}}"#)
}

#[test]
fn history_entries_round_trip_and_are_rescored_from_answers() {
    let phq9 = instrument("phq9");
    let answers = answers_with_total(phq9, 14);
    let entry = HistoryEntry::new(phq9, 1_763_700_000_000, answers.clone()).unwrap();
    assert_eq!(entry.format_version, FORMAT_VERSION);
    let text = serde_json::to_string(&entry).unwrap();
    let read = HistoryEntry::from_json(&text).unwrap();
    assert_eq!(read, entry);
    assert_eq!(read.score(Instrument::builtin()).unwrap(), phq9.score(&answers).unwrap());
}

#[test]
fn history_rejects_other_format_versions() {
    let answers = "[0,0,0,0,0,0,0]";
    for version in ["0", "2", "99", "4294967296"] {
        let text = entry_json(version, "gad7", "1", answers);
        let found = version.parse().unwrap();
        assert_eq!(HistoryEntry::from_json(&text), Err(HistoryError::UnsupportedVersion { found }), "{version}");
    }
    // A newer build's entry in another shape still reports its version.
    let newer = r#"{"format_version":2,"questionnaire":"gad7","when":"2026-11-21","responses":{}}"#;
    assert_eq!(HistoryEntry::from_json(newer), Err(HistoryError::UnsupportedVersion { found: 2 }));
    // An entry deserialised directly is checked again.
    let direct: HistoryEntry = serde_json::from_str(&entry_json("3", "gad7", "1", answers)).unwrap();
    assert_eq!(direct.validate(Instrument::builtin()), Err(HistoryError::UnsupportedVersion { found: 3 }));
}

#[test]
fn history_rejects_tampered_entries() {
    let builtin = Instrument::builtin();
    let read = |text: &str| HistoryEntry::from_json(text).and_then(|entry| entry.score(builtin));

    assert!(read(&entry_json("1", "gad7", "1", "[0,0,0,0,0,0,0]")).is_ok());
    let malformed = [
        String::new(),
        "not json".into(),
        "[]".into(),
        r#"{"instrument":"gad7","taken_at_ms":1,"answers":[]}"#.into(),
        entry_json("\"1\"", "gad7", "1", "[0,0,0,0,0,0,0]"),
        entry_json("-1", "gad7", "1", "[0,0,0,0,0,0,0]"),
        entry_json("1", "gad7", "1", "[0,0,0,0,0,0,256]"),
        entry_json("1", "gad7", "1", "[0,0,0,0,0,0,-1]"),
        entry_json("1", "gad7", "1.5", "[0,0,0,0,0,0,0]"),
        entry_json("1", "7", "1", "[0,0,0,0,0,0,0]").replace(r#""7""#, "7"),
        // A stored score is never trusted: the field is refused outright.
        r#"{"format_version":1,"instrument":"gad7","taken_at_ms":1,"answers":[0,0,0,0,0,0,0],"total":21}"#.into(),
    ];
    for text in &malformed {
        assert!(matches!(read(text), Err(HistoryError::Malformed(_))), "{text}");
    }
    assert_eq!(read(&entry_json("1", "spin", "1", "[0]")), Err(HistoryError::UnknownInstrument("spin".into())));
    assert_eq!(read(&entry_json("1", "gad7", "-5", "[0,0,0,0,0,0,0]")), Err(HistoryError::ImpossibleTime(-5)));
    assert_eq!(
        read(&entry_json("1", "gad7", "9223372036854775807", "[0,0,0,0,0,0,0]")),
        Err(HistoryError::ImpossibleTime(i64::MAX))
    );
    assert_eq!(
        read(&entry_json("1", "gad7", "1", "[0,0,0,0,0,0]")),
        Err(HistoryError::Answers(ScoreError::WrongLength { expected: 8, found: 6 }))
    );
    assert_eq!(
        read(&entry_json("1", "gad7", "1", "[0,0,0,9,0,0,0]")),
        Err(HistoryError::Answers(ScoreError::AnswerOutOfRange { item: 3, value: 9 }))
    );
    assert_eq!(
        read(&entry_json("1", "wsas", "1", "[0,255,0,0,0]")),
        Err(HistoryError::Answers(ScoreError::AnswerOutOfRange { item: 1, value: 255 }))
    );
    assert!(HistoryEntry::new(instrument("phq9"), 0, vec![Some(7); 10]).is_err());
}

#[test]
fn history_keeps_unanswered_and_not_applicable_answers() {
    let entry = HistoryEntry::from_json(&entry_json("1", "wsas", "1", "[255,null,4,4,4]")).unwrap();
    assert_eq!(entry.answers, [Some(NOT_APPLICABLE), None, Some(4), Some(4), Some(4)]);
    assert_eq!(entry.score(Instrument::builtin()).unwrap().total, None, "two items missing");
}

// ----- instruments supplied as data -----

const DEMO: &str = r#"{
    "id": "demo",
    "name": "demo-name",
    "stem": "demo-stem",
    "options": [
        { "score": 0, "text": "demo-option-0" },
        { "score": 1, "text": "demo-option-1" },
        { "score": 2, "text": "demo-option-2" }
    ],
    "items": [
        { "text": "demo-item-1" },
        { "text": "demo-item-2", "risk": { "above": 1 } },
        { "text": "demo-item-3", "options": [
            { "score": 2, "text": "demo-reversed-0" },
            { "score": 1, "text": "demo-reversed-1" },
            { "score": 0, "text": "demo-reversed-2" }
        ] }
    ],
    "scoring": { "kind": "sum" },
    "bands": [
        { "id": "low", "min": 0, "max": 2, "name": "demo-low", "explanation": "demo-low-explanation" },
        { "id": "high", "min": 3, "max": 6, "name": "demo-high", "explanation": "demo-high-explanation" }
    ],
    "caseness": { "at_least": 3, "explanation": "demo-caseness" },
    "reliable_change": 2,
    "citation": "demo-citation",
    "licence": { "kind": "public-domain", "note": "demo-licence" },
    "translations": { "en-GB": "official" }
}"#;

#[test]
fn a_new_measure_is_just_data() {
    let demo = Instrument::from_json(DEMO).unwrap();
    // Item 3 is reverse-scored through its own options.
    let outcome = demo.score(&[Some(1), Some(0), Some(0)]).unwrap();
    assert_eq!(outcome.total, Some(Total::whole(3)));
    assert_eq!(outcome.band.map(|b| b.id).as_deref(), Some("high"));
    assert_eq!(outcome.case, Some(true));
    assert!(demo.risk_flagged(&[None, Some(2), None]));
    assert!(!demo.risk_flagged(&[None, Some(1), None]));
    assert_eq!(reliable_change(&demo, Total::whole(5), Total::whole(3)), Some(Change::ReliablyImproved));
    assert!(demo.text_ids().contains(&"demo-reversed-2"));
}

#[test]
fn inconsistent_measures_are_rejected() {
    let variant = |from: &str, to: &str| {
        assert!(DEMO.contains(from), "{from}");
        Instrument::from_json(&DEMO.replacen(from, to, 1))
    };
    let invalid = |result: Result<Instrument, InstrumentError>| matches!(result, Err(InstrumentError::Invalid { .. }));

    assert!(invalid(variant(r#""min": 3, "max": 6"#, r#""min": 4, "max": 6"#)), "a gap between bands");
    assert!(invalid(variant(r#""min": 3, "max": 6"#, r#""min": 2, "max": 6"#)), "overlapping bands");
    assert!(invalid(variant(r#""max": 6"#, r#""max": 5"#)), "the highest total outside every band");
    assert!(invalid(variant(r#""at_least": 3"#, r#""at_least": 7"#)), "an unreachable threshold");
    assert!(invalid(variant(r#""reliable_change": 2"#, r#""reliable_change": 0"#)));
    assert!(invalid(variant(r#""above": 1"#, r#""above": 2"#)), "a risk rule that can never be met");
    assert!(invalid(variant(r#""en-GB": "official""#, r#""ur": "official""#)), "no source locale");
    assert!(invalid(variant(r#""text": "demo-item-1""#, r#""text": "demo item 1""#)), "not a Fluent id");
    assert!(invalid(variant(r#""id": "demo""#, r#""id": "Demo""#)));
    // Under proration, whole-number bands (0–2, 3–6) leave gaps, such as
    // 2.5, that a prorated total could fall into.
    assert!(invalid(variant(r#"{ "kind": "sum" }"#, r#"{ "kind": "sum_with_proration", "max_missing": 1 }"#)));
    assert!(invalid(variant(r#"{ "kind": "sum" }"#, r#"{ "kind": "sum_with_proration", "max_missing": 3 }"#)));
    assert!(matches!(variant(r#""reliable_change": 2"#, r#""reliabel_change": 2"#), Err(InstrumentError::Parse(_))));
    assert!(matches!(variant(r#""kind": "sum""#, r#""kind": "average""#), Err(InstrumentError::Parse(_))));
    assert!(matches!(Instrument::from_json("{}"), Err(InstrumentError::Parse(_))));
    let two = format!("[{DEMO},{DEMO}]");
    assert_eq!(Instrument::list_from_json(&two), Err(InstrumentError::DuplicateId("demo".into())));
}

#[test]
fn exclusive_band_bounds_make_prorated_totals_exact() {
    // With half-open bands the same measure may prorate: 2.5 and 1.5 are placed.
    let demo = DEMO
        .replacen(r#"{ "kind": "sum" }"#, r#"{ "kind": "sum_with_proration", "max_missing": 1 }"#, 1)
        .replacen(r#""min": 0, "max": 2"#, r#""min": 0, "below": 3"#, 1);
    let demo = Instrument::from_json(&demo).unwrap();
    // 1 + 0 (reversed 2) answered, one missing: 1 × 3/2 = 1.5.
    let outcome = demo.score(&[Some(1), None, Some(2)]).unwrap();
    assert_eq!(outcome.total, Total::ratio(3, 2));
    assert_eq!(outcome.band.map(|b| b.id).as_deref(), Some("low"));
    // 2 + 0 answered → 3: high.
    assert_eq!(score_total(&demo, &[Some(2), None, Some(2)]), Some(Total::whole(3)));
}

#[test]
fn totals_are_exact_fractions() {
    assert_eq!(Total::ratio(85, 4).unwrap().to_string(), "21.25");
    assert_eq!(Total::ratio(20, 2), Some(Total::whole(10)));
    assert_eq!(Total::ratio(1, 0), None);
    assert_eq!(Total::ratio(0, 4), Some(Total::whole(0)));
    assert_eq!(Total::ratio(10, 3).unwrap().to_string(), "3.33");
    assert_eq!(Total::ratio(5, 2).unwrap().to_string(), "2.5");
    assert!(Total::ratio(41, 2).unwrap() > Total::whole(20));
    assert!(Total::ratio(39, 4).unwrap() < Total::whole(10));
    assert_eq!(Total::whole(16).abs_diff(Total::whole(10)), Total::whole(6));
    assert_eq!(Total::ratio(85, 4).unwrap().abs_diff(Total::whole(20)), Total::ratio(5, 4).unwrap());
    assert_eq!(Total::ratio(85, 4).unwrap().whole_points(), None);
}

// ----- texts -----

fn ftl_messages() -> Vec<(String, Option<String>, bool)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
    let resource = fluent_syntax::parser::parse(CHECKS_FTL).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let uses_variables = message.value.iter().flat_map(|p| &p.elements).any(|element| {
                    matches!(
                        element,
                        PatternElement::Placeable {
                            expression: Expression::Inline(InlineExpression::VariableReference { .. })
                                | Expression::Select { .. }
                        }
                    )
                });
                let comment = message.comment.as_ref().map(|c| c.content.join("\n"));
                Some((message.id.name.to_string(), comment, uses_variables && message.value.is_some()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn checks_ftl_parses_without_errors() {
    assert!(fluent_syntax::parser::parse(CHECKS_FTL).is_ok());
    let ids: Vec<String> = ftl_messages().into_iter().map(|(id, _, _)| id).collect();
    let distinct: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(distinct.len(), ids.len(), "duplicate message ids");
}

#[test]
fn every_text_id_in_the_data_exists_in_english_and_none_is_unused() {
    let defined: BTreeSet<String> = ftl_messages().into_iter().map(|(id, _, _)| id).collect();
    let mut used = BTreeSet::new();
    for instrument in Instrument::builtin() {
        for id in instrument.text_ids() {
            assert!(defined.contains(id), "{id} is missing from locales/en-GB/checks.ftl");
            assert!(id.starts_with(&format!("{}-", instrument.id)), "{id} is not scoped by {}", instrument.id);
            used.insert(id.to_string());
        }
    }
    let unused: Vec<&String> = defined.difference(&used).collect();
    assert!(unused.is_empty(), "unused ids in checks.ftl: {unused:?}");
}

#[test]
fn messages_with_variables_document_them() {
    for (id, comment, uses_variables) in ftl_messages() {
        if uses_variables {
            assert!(comment.is_some_and(|c| c.contains("Variables:")), "{id} needs a # Variables: comment");
        }
    }
}

#[test]
fn published_wording_and_licence_lines() {
    let text = |id: &str| {
        let prefix = format!("\n{id} = ");
        let start = CHECKS_FTL.find(&prefix).unwrap_or_else(|| panic!("{id}")) + prefix.len();
        CHECKS_FTL[start..].lines().next().unwrap().to_string()
    };
    let stem = "Over the last 2 weeks, how often have you been bothered by any of the following problems?";
    assert_eq!(text("phq9-stem"), stem);
    assert_eq!(text("gad7-stem"), stem);
    assert_eq!(text("phq9-item-9"), "Thoughts that you would be better off dead, or of hurting yourself in some way");
    for id in ["phq9", "gad7"] {
        assert_eq!(text(&format!("{id}-option-0")), "Not at all", "never \"Not at all sure\"");
        assert!(text(&format!("{id}-licence")).starts_with(
            "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc."
        ));
    }
    for (id, _, _) in ftl_messages() {
        let value = text(&id).to_lowercase();
        assert!(!value.contains("not depressed enough") && !value.contains("not anxious enough"), "{id}");
    }
}
