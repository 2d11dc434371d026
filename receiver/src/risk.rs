//! Risk first: what a referral says about risk, summarised so a triage
//! clinician sees it before anything else in an export or a read.
//!
//! - JSON v2 carries a `risk` section: it is taken as sent.
//! - FHIR carries a first item with linkId `risk` (`risk.flagged`,
//!   `risk.in-crisis-now`, `risk.said-in-crisis-earlier`, and one item per
//!   questionnaire answer that suggests risk).
//! - JSON v1, and FHIR without a `risk` item, have no risk section: the PHQ-9
//!   item 9 answer (thoughts of being better off dead or of self-harm) is used,
//!   and the summary says so.
//!
//! Bodies here have passed validation when stored, but this code never trusts
//! that: anything missing or odd gives an "unknown" summary, never a panic and
//! never "no risk".

use serde::Serialize;
use serde_json::Value;

/// PHQ-9 item 9, as the app words it.
const PHQ9_ITEM_9: &str = "Thoughts that you would be better off dead, or of hurting yourself in some way";

/// The PHQ-9 answers' English wording, by score.
const FREQUENCY: [&str; 4] = ["Not at all", "Several days", "More than half the days", "Nearly every day"];

/// FHIR linkIds (the LOINC codes the app uses).
const FHIR_RISK: &str = "risk";
const FHIR_PHQ9_PANEL: &str = "44249-1";
const FHIR_PHQ9_ITEM_9: &str = "44260-8";

/// One answer that suggests risk.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RiskItem {
    /// The questionnaire, e.g. `phq9`.
    pub instrument: String,
    /// The item's number in it, from 1.
    pub item: u32,
    /// The item's wording.
    pub text: String,
    /// The score given.
    pub answer: u32,
    /// The answer's wording.
    pub answer_text: String,
}

/// What a referral says about risk.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Risk {
    /// Whether anything suggests risk; `null` when it cannot be told (an
    /// encrypted body without its key, or no risk information at all).
    pub flagged: Option<bool>,
    /// One line for a person, starting with the answer to "is there risk?".
    pub summary: String,
    /// The answer to "Do you feel you cannot keep yourself safe right now?", when sent.
    pub in_crisis_now: Option<bool>,
    /// Whether they answered yes to it earlier in the referral, then changed it, when sent.
    pub said_in_crisis_earlier: Option<bool>,
    /// The answers that suggest risk.
    pub items: Vec<RiskItem>,
    /// Where this came from: `risk` (the referral's own risk section),
    /// `phq9_item_9` (worked out from the PHQ-9 answer), or `none`.
    pub source: &'static str,
}

impl Risk {
    /// Risk that cannot be told, with the reason.
    pub fn unknown(why: &str) -> Self {
        Self {
            flagged: None,
            summary: format!("RISK UNKNOWN: {why}"),
            in_crisis_now: None,
            said_in_crisis_earlier: None,
            items: Vec::new(),
            source: "none",
        }
    }

    /// `yes`, `no` or `unknown`, for the CSV column.
    pub fn flag_text(&self) -> &'static str {
        match self.flagged {
            Some(true) => "yes",
            Some(false) => "no",
            None => "unknown",
        }
    }

    fn from_parts(
        flagged: bool,
        in_crisis_now: Option<bool>,
        said_in_crisis_earlier: Option<bool>,
        items: Vec<RiskItem>,
        source: &'static str,
    ) -> Self {
        let mut parts = Vec::new();
        if in_crisis_now == Some(true) {
            parts.push("says they cannot keep themselves safe right now".to_string());
        }
        if said_in_crisis_earlier == Some(true) {
            parts
                .push("said earlier in this referral that they could not keep themselves safe, then changed it".into());
        }
        for item in &items {
            let name = if item.instrument == "phq9" { "PHQ-9".to_string() } else { item.instrument.to_uppercase() };
            parts.push(format!("{name} item {} ({}): {} ({})", item.item, item.text, item.answer_text, item.answer));
        }
        let note = if source == "phq9_item_9" { " [no risk section: from the PHQ-9 answer]" } else { "" };
        let summary = match (flagged, parts.is_empty()) {
            (true, true) => format!("RISK FLAGGED{note}"),
            (true, false) => format!("RISK FLAGGED: {}{note}", parts.join("; ")),
            (false, _) => format!("No risk indicated{note}"),
        };
        Self { flagged: Some(flagged), summary, in_crisis_now, said_in_crisis_earlier, items, source }
    }
}

/// The risk in a plaintext body of the given format (`json` or `fhir`).
pub fn of_body(format: crate::store::Format, body: &[u8]) -> Risk {
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return Risk::unknown("the body is not JSON");
    };
    match format {
        crate::store::Format::Json => of_json(&value),
        crate::store::Format::Fhir => of_fhir(&value),
    }
}

/// The risk in a plaintext referral update (JSON `referral-update`, or a FHIR
/// `Communication`). Read the same way as a referral's, so a flagged update
/// is as visible as a flagged referral.
pub fn of_update(format: crate::store::Format, body: &[u8]) -> Risk {
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return Risk::unknown("the body is not JSON");
    };
    match format {
        crate::store::Format::Json if value.get("risk").is_some_and(Value::is_object) => of_json(&value),
        crate::store::Format::Json => Risk::unknown("the update has no risk section"),
        crate::store::Format::Fhir => of_communication(&value),
    }
}

/// A FHIR update: `priority` `urgent` and payload lines starting `RISK: `
/// (one per risk item, before the rest) both mean flagged; either is enough:
/// unknown or mixed signals are never read as "no risk".
fn of_communication(value: &Value) -> Risk {
    let lines: Vec<&str> = value
        .get("payload")
        .and_then(Value::as_array)
        .map(|p| p.iter().filter_map(|e| e.get("contentString").and_then(Value::as_str)).collect())
        .unwrap_or_default();
    let risk_lines: Vec<&str> =
        lines.iter().map_while(|t| t.strip_prefix("RISK: ")).map(str::trim).filter(|t| !t.is_empty()).collect();
    let risk_line = (!risk_lines.is_empty()).then(|| risk_lines.join("; "));
    let urgent = match value.get("priority").and_then(Value::as_str) {
        Some("urgent") => Some(true),
        Some("routine") => Some(false),
        _ => None,
    };
    let flagged = |summary: String| Risk {
        flagged: Some(true),
        summary,
        in_crisis_now: None,
        said_in_crisis_earlier: None,
        items: Vec::new(),
        source: "risk",
    };
    match (urgent, risk_line) {
        (_, Some(line)) => flagged(format!("RISK FLAGGED: {line}")),
        (Some(true), None) => flagged("RISK FLAGGED: the update is marked urgent (no RISK line was sent)".into()),
        (Some(false), None) => Risk::from_parts(false, None, None, Vec::new(), "risk"),
        (None, None) => Risk::unknown("the update has no priority and no RISK line"),
    }
}

fn of_json(value: &Value) -> Risk {
    if let Some(risk) = value.get("risk").filter(|r| r.is_object()) {
        let Some(flagged) = risk.get("flagged").and_then(Value::as_bool) else {
            return Risk::unknown("the risk section has no flagged answer");
        };
        let items = risk
            .get("items")
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|i| {
                        Some(RiskItem {
                            instrument: i.get("instrument")?.as_str()?.to_string(),
                            item: u32::try_from(i.get("item")?.as_u64()?).ok()?,
                            text: i.get("text")?.as_str()?.to_string(),
                            answer: u32::try_from(i.get("answer")?.as_u64()?).ok()?,
                            answer_text: i.get("answer_text")?.as_str()?.to_string(),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        return Risk::from_parts(
            flagged,
            risk.get("in_crisis_now").and_then(Value::as_bool),
            risk.get("said_in_crisis_earlier").and_then(Value::as_bool),
            items,
            "risk",
        );
    }
    // Version 1: no risk section; PHQ-9 item 9 is the one risk question.
    match value.pointer("/measures/phq9/items/8").and_then(Value::as_u64) {
        Some(score) => from_item_9(score),
        None => Risk::unknown("no risk section and no PHQ-9 answers (schema version 1)"),
    }
}

fn from_item_9(score: u64) -> Risk {
    let score = u32::try_from(score.min(3)).unwrap_or(3);
    let items = if score > 0 {
        vec![RiskItem {
            instrument: "phq9".into(),
            item: 9,
            text: PHQ9_ITEM_9.into(),
            answer: score,
            answer_text: FREQUENCY[score as usize].into(),
        }]
    } else {
        Vec::new()
    };
    Risk::from_parts(score > 0, None, None, items, "phq9_item_9")
}

fn items(value: &Value) -> &[Value] {
    value.get("item").and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

fn link_id(item: &Value) -> &str {
    item.get("linkId").and_then(Value::as_str).unwrap_or_default()
}

fn first_answer(item: &Value) -> Option<&Value> {
    item.get("answer").and_then(Value::as_array).and_then(|a| a.first())
}

fn boolean_answer(item: &Value) -> Option<bool> {
    first_answer(item)?.get("valueBoolean")?.as_bool()
}

/// A coded answer's score (the ordinalValue extension) and wording.
fn coded_answer(item: &Value) -> Option<(u32, String)> {
    let coding = first_answer(item)?.get("valueCoding")?;
    let score = coding
        .get("extension")
        .and_then(Value::as_array)
        .and_then(|e| e.iter().find_map(|x| x.get("valueDecimal").and_then(Value::as_f64)))?;
    let display = coding.get("display").and_then(Value::as_str).unwrap_or_default().to_string();
    Some((score.clamp(0.0, 100.0) as u32, display))
}

fn of_fhir(value: &Value) -> Risk {
    let top = items(value);
    if let Some(group) = top.iter().find(|i| link_id(i) == FHIR_RISK) {
        let children = items(group);
        let find = |id: &str| children.iter().find(|c| link_id(c) == id);
        let Some(flagged) = find("risk.flagged").and_then(boolean_answer) else {
            return Risk::unknown("the risk item has no risk.flagged answer");
        };
        let risk_items = children
            .iter()
            .filter_map(|c| {
                let rest = link_id(c).strip_prefix("risk.")?;
                let (instrument, number) = rest.rsplit_once('-')?;
                let item = number.parse().ok()?;
                let (answer, answer_text) = coded_answer(c)?;
                let text = c.get("text").and_then(Value::as_str).unwrap_or_default().to_string();
                Some(RiskItem { instrument: instrument.to_string(), item, text, answer, answer_text })
            })
            .collect();
        return Risk::from_parts(
            flagged,
            find("risk.in-crisis-now").and_then(boolean_answer),
            find("risk.said-in-crisis-earlier").and_then(boolean_answer),
            risk_items,
            "risk",
        );
    }
    let item_9 = top
        .iter()
        .filter(|i| link_id(i) == FHIR_PHQ9_PANEL)
        .flat_map(items)
        .find(|i| link_id(i) == FHIR_PHQ9_ITEM_9)
        .and_then(coded_answer);
    match item_9 {
        Some((score, _)) => from_item_9(u64::from(score)),
        None => Risk::unknown("no risk item and no PHQ-9 item 9 answer"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Format;
    use serde_json::json;

    #[test]
    fn a_v2_risk_section_is_taken_as_sent() {
        let body = json!({ "schema_version": 2, "risk": {
            "flagged": true, "in_crisis_now": false, "said_in_crisis_earlier": true,
            "items": [{ "instrument": "phq9", "item": 9, "text": PHQ9_ITEM_9, "answer": 2,
                        "answer_text": "More than half the days", "answered_at": "2026-12-07T10:15:00Z" }]
        }});
        let risk = of_body(Format::Json, body.to_string().as_bytes());
        assert_eq!((risk.flagged, risk.source, risk.flag_text()), (Some(true), "risk", "yes"));
        assert!(risk.summary.starts_with("RISK FLAGGED: said earlier"), "{}", risk.summary);
        assert!(risk.summary.contains("PHQ-9 item 9") && risk.summary.contains("More than half the days (2)"));
        let calm =
            json!({ "risk": { "flagged": false, "in_crisis_now": null, "said_in_crisis_earlier": false, "items": [] }});
        let risk = of_body(Format::Json, calm.to_string().as_bytes());
        assert_eq!((risk.flagged, risk.summary.as_str()), (Some(false), "No risk indicated"));
    }

    #[test]
    fn updates_read_their_risk_in_both_formats() {
        let id = crate::sample::new_referral_id();
        let update = crate::sample::new_referral_id();
        let risk = of_update(Format::Json, &crate::sample::update_json(&update, &id, true));
        assert_eq!((risk.flagged, risk.source), (Some(true), "risk"));
        assert!(risk.summary.starts_with("RISK FLAGGED: PHQ-9 item 9"), "{}", risk.summary);
        let calm = of_update(Format::Json, &crate::sample::update_json(&update, &id, false));
        assert_eq!((calm.flagged, calm.summary.as_str()), (Some(false), "No risk indicated"));
        let risk = of_update(Format::Fhir, &crate::sample::update_fhir(&update, &id, true));
        assert_eq!(risk.flagged, Some(true));
        assert!(risk.summary.starts_with("RISK FLAGGED: PHQ-9 item 9"), "{}", risk.summary);
        // One RISK line per item: all of the leading ones are in the summary.
        let mut body: Value = serde_json::from_slice(&crate::sample::update_fhir(&update, &id, true)).unwrap();
        let extra = json!({ "contentString": "RISK: GAD-7 item 1 (\"x\"): Nearly every day (date not known)" });
        body["payload"].as_array_mut().unwrap().insert(1, extra);
        let risk = of_update(Format::Fhir, body.to_string().as_bytes());
        assert!(risk.summary.contains("Several days") && risk.summary.contains("GAD-7 item 1"), "{}", risk.summary);
        assert!(!risk.summary.contains("I feel worse"), "{}", risk.summary);
        let calm = of_update(Format::Fhir, &crate::sample::update_fhir(&update, &id, false));
        assert_eq!(calm.flagged, Some(false));
        // Urgent without a RISK line is still flagged; no priority and no line is unknown.
        let mut body: Value = serde_json::from_slice(&crate::sample::update_fhir(&update, &id, false)).unwrap();
        body["priority"] = "urgent".into();
        assert_eq!(of_update(Format::Fhir, body.to_string().as_bytes()).flagged, Some(true));
        body.as_object_mut().unwrap().remove("priority");
        assert_eq!(of_update(Format::Fhir, body.to_string().as_bytes()).flagged, None);
        assert_eq!(of_update(Format::Json, b"{}").flagged, None);
        assert_eq!(of_update(Format::Json, b"not json").flagged, None);
    }

    #[test]
    fn v1_falls_back_to_phq9_item_9_and_says_so() {
        let id = crate::sample::new_referral_id();
        let mut body: Value = serde_json::from_slice(&crate::sample::json_v1(&id)).unwrap();
        let risk = of_body(Format::Json, body.to_string().as_bytes());
        assert_eq!((risk.flagged, risk.source), (Some(false), "phq9_item_9"));
        body["measures"]["phq9"]["items"][8] = 3.into();
        let risk = of_body(Format::Json, body.to_string().as_bytes());
        assert_eq!(risk.flagged, Some(true));
        assert!(risk.summary.contains("Nearly every day (3)") && risk.summary.contains("no risk section"));
        body["measures"]["phq9"] = Value::Null;
        assert_eq!(of_body(Format::Json, body.to_string().as_bytes()).flagged, None);
        assert_eq!(of_body(Format::Json, b"not json").flagged, None);
    }

    #[test]
    fn fhir_risk_item_or_phq9_item_9() {
        let coding = |score: u32, display: &str| {
            json!([{ "valueCoding": {
            "extension": [{ "url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": score }],
            "system": "http://loinc.org", "code": "LA1", "display": display } }])
        };
        let body = json!({ "resourceType": "QuestionnaireResponse", "item": [
            { "linkId": "risk", "text": "Risk", "item": [
                { "linkId": "risk.flagged", "answer": [{ "valueBoolean": true }] },
                { "linkId": "risk.in-crisis-now", "answer": [{ "valueBoolean": true }] },
                { "linkId": "risk.said-in-crisis-earlier", "answer": [{ "valueBoolean": false }] },
                { "linkId": "risk.phq9-9", "text": PHQ9_ITEM_9, "answer": coding(1, "Several days") }
            ]},
            { "linkId": "about-you", "item": [] }
        ]});
        let risk = of_body(Format::Fhir, body.to_string().as_bytes());
        assert_eq!(
            (risk.flagged, risk.in_crisis_now, risk.said_in_crisis_earlier),
            (Some(true), Some(true), Some(false))
        );
        assert_eq!(risk.items.len(), 1);
        assert_eq!((risk.items[0].instrument.as_str(), risk.items[0].item, risk.items[0].answer), ("phq9", 9, 1));
        assert!(risk.summary.starts_with("RISK FLAGGED: says they cannot keep themselves safe right now"));

        let older = json!({ "resourceType": "QuestionnaireResponse", "item": [
            { "linkId": "44249-1", "item": [{ "linkId": "44260-8", "answer": coding(2, "More than half the days") }] }
        ]});
        let risk = of_body(Format::Fhir, older.to_string().as_bytes());
        assert_eq!((risk.flagged, risk.source), (Some(true), "phq9_item_9"));
        let none = json!({ "resourceType": "QuestionnaireResponse", "item": [{ "linkId": "about-you" }] });
        assert_eq!(of_body(Format::Fhir, none.to_string().as_bytes()).flagged, None);
        // The sample FHIR body (no risk group, no PHQ-9) is unknown, not "no risk".
        let id = crate::sample::new_referral_id();
        assert_eq!(of_body(Format::Fhir, &crate::sample::fhir(&id)).flagged, None);
    }
}
