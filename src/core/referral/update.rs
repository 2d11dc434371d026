//! "Tell the service things have changed": a short update to a referral the
//! service already has, sent with the person's consent through the same
//! outbox (same endpoint, retries and `Idempotency-Key`; sealed when the
//! service publishes a key). A documented, versioned message type:
//! `docs/referral-update.schema.json` (JSON) and a FHIR R4 `Communication`
//! that names the referral (docs/referral-payload.md, "Updates").
//!
//! Risk comes first, then the person's own words, then any results they
//! chose to include. The request is parsed into a valid update or refused
//! with a reason; nothing half-valid is ever built.

use serde::{Deserialize, Serialize};
use serde_json::json;
use thiserror::Error;

use super::fhir::URI_SYSTEM;
use super::fields::rfc3339_utc;
use super::form::Wording;
use super::outbox::reference;
use super::payload::{MeasureWording, RiskItem, FREQUENCY_TEXTS, PHQ9_ITEM_9_TEXT};
use super::{BodyFormat, ReferralId};
use crate::core::instruments::Instrument;
use crate::core::outcomes::{reliable_change, Change as ReliableChange};
use crate::core::waiting::{harder_since, Harder};

/// Tells an update from a referral on the same endpoint.
pub const MESSAGE_TYPE: &str = "referral-update";
/// The update format's version.
pub const UPDATE_SCHEMA_VERSION: u32 = 1;
/// The most the person's own words may hold, in characters.
pub const MAX_WORDS: usize = 1000;
/// The FHIR code system naming Waymark's message types.
pub const MESSAGE_TYPE_SYSTEM: &str = "https://waymark.example/fhir/CodeSystem/message-type";

/// The whole update, as JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdatePayload {
    pub message_type: String,
    pub schema_version: u32,
    pub update_id: ReferralId,
    pub referral_id: ReferralId,
    pub referral_reference: String,
    pub created_at: String,
    pub service_name: String,
    pub locale: String,
    /// First, so whoever triages reads it before anything else.
    pub risk: UpdateRisk,
    pub change: ChangeReport,
    pub measures: Vec<UpdateMeasure>,
}

/// Risk items in the included results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateRisk {
    pub flagged: bool,
    pub items: Vec<RiskItem>,
}

/// What the person says has changed, and what Waymark saw.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeReport {
    pub in_own_words: String,
    pub reasons: Vec<Reason>,
}

/// What Waymark saw in an included result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    ReliableDeterioration,
    HighestBand,
}

/// One included result, with the one before it if the person kept one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateMeasure {
    pub instrument: String,
    pub items: Vec<u8>,
    pub total: u8,
    pub taken_at: String,
    pub wording: Option<MeasureWording>,
    pub previous_total: Option<u8>,
    pub previous_taken_at: Option<String>,
    pub reliable_change: Option<ChangeWord>,
}

/// Reliable change against the previous total, in the schema's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeWord {
    Deteriorated,
    Improved,
    None,
}

/// A self-check result the person chose to include.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedResult {
    pub instrument: &'static Instrument,
    /// Every item's answer, as the questionnaire took them.
    pub answers: Vec<Option<u8>>,
    pub taken_at_ms: i64,
    /// The language and trust of the wording it was answered in.
    pub wording: Option<(String, Wording)>,
    /// The person's previous kept result of the same questionnaire.
    pub previous: Option<(Vec<Option<u8>>, i64)>,
}

/// What the person asked to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpdateRequest {
    pub update_id: ReferralId,
    pub referral_id: ReferralId,
    pub created_at_ms: i64,
    pub service_name: String,
    pub locale: String,
    pub words: String,
    pub results: Vec<SharedResult>,
}

/// Why an update cannot be built.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum UpdateError {
    #[error("say in a few words what has changed")]
    NoWords,
    #[error("what has changed must be {MAX_WORDS} characters or fewer")]
    TooManyWords,
    #[error("the {0} result is not complete, so it cannot be sent")]
    IncompleteResult(String),
    #[error("only PHQ-9 and GAD-7 results go with an update, not {0}")]
    NotAnUpdateMeasure(String),
}

/// The answers of the scored items and their total; `None` unless complete.
fn scored(instrument: &Instrument, answers: &[Option<u8>]) -> Option<(Vec<u8>, u8)> {
    let outcome = instrument.score(answers).ok()?;
    let total = u8::try_from(outcome.total?.whole_points()?).ok()?;
    let items = answers
        .iter()
        .zip(&instrument.items)
        .filter(|(_, item)| item.scored)
        .map(|(a, _)| *a)
        .collect::<Option<Vec<u8>>>()?;
    Some((items, total))
}

impl UpdatePayload {
    /// Parses the person's request into an update, or says why it cannot be.
    pub fn build(request: &UpdateRequest) -> Result<UpdatePayload, UpdateError> {
        let words = request.words.trim();
        if words.is_empty() {
            return Err(UpdateError::NoWords);
        }
        if words.chars().count() > MAX_WORDS {
            return Err(UpdateError::TooManyWords);
        }
        let mut measures = Vec::new();
        let mut risk_items = Vec::new();
        let mut reasons = Vec::new();
        for result in &request.results {
            let instrument = result.instrument;
            if !matches!(instrument.id.as_str(), "phq9" | "gad7") {
                return Err(UpdateError::NotAnUpdateMeasure(instrument.id.clone()));
            }
            let incomplete = || UpdateError::IncompleteResult(instrument.id.clone());
            let (items, total) = scored(instrument, &result.answers).ok_or_else(incomplete)?;
            let latest = instrument.score(&result.answers).map_err(|_| incomplete())?;
            let previous = result.previous.as_ref().and_then(|(answers, at)| {
                let (_, total) = scored(instrument, answers)?;
                Some((instrument.score(answers).ok()?, total, *at))
            });
            // Risk is reported in its own section; the reasons say what else changed.
            for reason in harder_since(instrument, previous.as_ref().map(|(o, _, _)| o), &latest) {
                let reason = match reason {
                    Harder::ReliablyWorse { .. } => Reason::ReliableDeterioration,
                    Harder::IntoHighestBand => Reason::HighestBand,
                };
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                }
            }
            let taken_at = rfc3339_utc(result.taken_at_ms);
            for index in instrument.risk_items(&result.answers) {
                let answer = result.answers[index].unwrap_or(0);
                risk_items.push(RiskItem {
                    instrument: instrument.id.clone(),
                    item: (index + 1) as u8,
                    text: PHQ9_ITEM_9_TEXT.to_string(),
                    answer,
                    answer_text: FREQUENCY_TEXTS[usize::from(answer.min(3))].to_string(),
                    answered_at: Some(taken_at.clone()),
                });
            }
            let reliable = previous.as_ref().and_then(|(before, _, _)| {
                let change = reliable_change(instrument, before.total?, latest.total?)?;
                Some(match change {
                    ReliableChange::ReliablyDeteriorated => ChangeWord::Deteriorated,
                    ReliableChange::ReliablyImproved => ChangeWord::Improved,
                    ReliableChange::NoReliableChange => ChangeWord::None,
                })
            });
            measures.push(UpdateMeasure {
                instrument: instrument.id.clone(),
                items,
                total,
                taken_at,
                wording: result.wording.clone().map(|(locale, status)| MeasureWording { locale, status }),
                previous_total: previous.as_ref().map(|(_, total, _)| *total),
                previous_taken_at: previous.as_ref().map(|(_, _, at)| rfc3339_utc(*at)),
                reliable_change: reliable,
            });
        }
        Ok(UpdatePayload {
            message_type: MESSAGE_TYPE.to_string(),
            schema_version: UPDATE_SCHEMA_VERSION,
            update_id: request.update_id,
            referral_id: request.referral_id,
            referral_reference: reference(request.referral_id),
            created_at: rfc3339_utc(request.created_at_ms),
            service_name: request.service_name.clone(),
            locale: request.locale.clone(),
            risk: UpdateRisk { flagged: !risk_items.is_empty(), items: risk_items },
            change: ChangeReport { in_own_words: words.to_string(), reasons },
            measures,
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The update as a FHIR R4 `Communication` about the referral: urgent
    /// when risk is flagged, and its lines in the JSON's order, risk first.
    pub fn to_fhir(&self) -> serde_json::Value {
        let mut lines = Vec::new();
        for item in &self.risk.items {
            lines.push(format!(
                "RISK: {} item {} (\"{}\"): {} ({})",
                instrument_name(&item.instrument),
                item.item,
                item.text,
                item.answer_text,
                item.answered_at.as_deref().unwrap_or("date not known")
            ));
        }
        lines.push(self.change.in_own_words.clone());
        for measure in &self.measures {
            let before = match (measure.previous_total, &measure.previous_taken_at) {
                (Some(total), Some(at)) => {
                    let change = match measure.reliable_change {
                        Some(ChangeWord::Deteriorated) => "reliable deterioration",
                        Some(ChangeWord::Improved) => "reliable improvement",
                        _ => "no reliable change",
                    };
                    format!("; before: {total} on {at}; {change}")
                }
                _ => String::new(),
            };
            let items = measure.items.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
            lines.push(format!(
                "{}: total {} on {}{before} (items: {items})",
                instrument_name(&measure.instrument),
                measure.total,
                measure.taken_at
            ));
        }
        json!({
            "resourceType": "Communication",
            "identifier": [{ "system": URI_SYSTEM, "value": self.update_id.urn() }],
            "status": "completed",
            "category": [{ "coding": [{ "system": MESSAGE_TYPE_SYSTEM, "code": MESSAGE_TYPE }] }],
            "priority": if self.risk.flagged { "urgent" } else { "routine" },
            "about": [{
                "identifier": { "system": URI_SYSTEM, "value": self.referral_id.urn() },
                "display": format!("Referral {}", self.referral_reference),
            }],
            "sent": self.created_at,
            "payload": lines.into_iter().map(|line| json!({ "contentString": line })).collect::<Vec<_>>(),
        })
    }

    /// The body and its `Content-Type`, in the service's format.
    pub fn encode(&self, format: BodyFormat) -> (String, &'static str) {
        match format {
            BodyFormat::Json => (self.to_json(), format.content_type()),
            BodyFormat::Fhir => (self.to_fhir().to_string(), format.content_type()),
        }
    }
}

fn instrument_name(id: &str) -> &'static str {
    match id {
        "phq9" => "PHQ-9",
        "gad7" => "GAD-7",
        _ => "Questionnaire",
    }
}
