//! Made-up referrals for the benchmark and the tests. Every person in them is fictional.

use serde_json::json;
use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicU64, Ordering};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A fresh lowercase UUID v4 string.
///
/// Unique rather than secret: it hashes the process id, the time and a counter,
/// which is all a test or benchmark needs (the app makes real ids in the browser).
pub fn new_referral_id() -> String {
    let mut hasher = Sha256::new();
    hasher.update(std::process::id().to_le_bytes());
    hasher.update(crate::clock::now_micros().to_le_bytes());
    hasher.update(COUNTER.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    let digest = hasher.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// A complete, schema-valid Waymark JSON v1 body for `referral_id`.
pub fn json_v1(referral_id: &str) -> Vec<u8> {
    let body = json!({
        "schema_version": 1,
        "referral_id": referral_id,
        "created_at": "2025-06-15T09:30:05Z",
        "service_name": "Anytown Talking Therapies",
        "locale": "en-GB",
        "person": {
            "given_name": "Testperson",
            "family_name": "Example",
            "date_of_birth": "1988-02-29",
            "nhs_number": null,
            "address": { "line_1": "1 High Street", "line_2": null, "town": "Leeds" },
            "postcode": "LS1 4AP",
            "gp_practice": { "name": "Park Surgery", "ods_code": "B86001" }
        },
        "contact": {
            "phone": "+447700900982",
            "email": "test@example.com",
            "voicemail_ok": false,
            "texts_ok": true,
            "safe_times": "Weekdays after 6pm",
            "preferred_language": null,
            "interpreter": "none",
            "interpreter_language": null
        },
        "referral": {
            "help_with": "I have been worrying a lot and cannot sleep. <script>not markup</script>",
            "help_topics": ["worry", "sleep"],
            "secondary_care": "no"
        },
        "measures": {
            "phq9": { "items": [1, 2, 1, 0, 3, 1, 0, 0, 0], "total": 8, "difficulty": 1 },
            "gad7": null
        },
        "equality": {
            "ethnic_category": null, "gender": null, "gender_same_as_birth": null, "sexual_orientation": null,
            "religion": null, "disability": null, "long_term_condition": null, "employment": null,
            "armed_forces_veteran": null, "perinatal": null
        },
        "consent": { "share_with_gp": true, "privacy_notice": true }
    });
    body.to_string().into_bytes()
}

/// PHQ-9 item 9, in its official English wording.
const PHQ9_ITEM_9: &str = "Thoughts that you would be better off dead, or of hurting yourself in some way";

/// A complete, schema-valid Waymark JSON v2 body (what the app sends now) for
/// `referral_id`, with nothing in its risk section.
pub fn json_v2(referral_id: &str) -> Vec<u8> {
    v2(referral_id, false)
}

/// A JSON v2 body whose risk section is flagged: the person said earlier in
/// the referral that they could not keep themselves safe, and answered PHQ-9
/// item 9 with "More than half the days".
pub fn json_v2_at_risk(referral_id: &str) -> Vec<u8> {
    v2(referral_id, true)
}

fn v2(referral_id: &str, at_risk: bool) -> Vec<u8> {
    // A struct, so the keys keep the app's order: the risk section first after the envelope.
    #[derive(serde::Serialize)]
    struct V2 {
        schema_version: u8,
        referral_id: serde_json::Value,
        created_at: serde_json::Value,
        service_name: serde_json::Value,
        locale: serde_json::Value,
        risk: serde_json::Value,
        person: serde_json::Value,
        contact: serde_json::Value,
        referral: serde_json::Value,
        measures: serde_json::Value,
        equality: serde_json::Value,
        consent: serde_json::Value,
    }
    let mut v1: serde_json::Value = serde_json::from_slice(&json_v1(referral_id)).unwrap_or_default();
    let mut take = |key: &str| v1.get_mut(key).map(serde_json::Value::take).unwrap_or_default();
    let item_9 = if at_risk { 2 } else { 0 };
    let items = if at_risk {
        json!([{ "instrument": "phq9", "item": 9, "text": PHQ9_ITEM_9, "answer": 2,
                 "answer_text": "More than half the days", "answered_at": "2025-06-15T09:12:40Z" }])
    } else {
        json!([])
    };
    let body = V2 {
        schema_version: 2,
        referral_id: take("referral_id"),
        created_at: take("created_at"),
        service_name: take("service_name"),
        locale: take("locale"),
        risk: json!({ "flagged": at_risk, "in_crisis_now": false, "said_in_crisis_earlier": at_risk, "items": items }),
        person: take("person"),
        contact: take("contact"),
        referral: take("referral"),
        measures: json!({
            "phq9": { "items": [1, 2, 1, 0, 3, 1, 0, 0, item_9], "total": 8 + item_9, "difficulty": 1,
                      "wording": { "locale": "en-GB", "status": "official" } },
            "gad7": null
        }),
        equality: take("equality"),
        consent: take("consent"),
    };
    serde_json::to_vec(&body).unwrap_or_default()
}

/// A structurally valid FHIR R4 QuestionnaireResponse body for `referral_id`.
pub fn fhir(referral_id: &str) -> Vec<u8> {
    let body = json!({
        "resourceType": "QuestionnaireResponse",
        "language": "en-GB",
        "identifier": { "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{referral_id}") },
        "status": "completed",
        "subject": { "display": "Testperson Example" },
        "authored": "2025-06-15T09:30:05Z",
        "item": [
            {
                "linkId": "about-you",
                "text": "About you",
                "item": [
                    { "linkId": "given-name", "text": "Given name", "answer": [{ "valueString": "Testperson" }] },
                    { "linkId": "date-of-birth", "text": "Date of birth", "answer": [{ "valueDate": "1988-02-29" }] }
                ]
            },
            {
                "linkId": "consent",
                "text": "Consent",
                "item": [
                    { "linkId": "consent-privacy-notice", "answer": [{ "valueBoolean": true }] }
                ]
            }
        ]
    });
    body.to_string().into_bytes()
}

/// A FHIR body as the app builds it for schema v2: the `risk` group first
/// (flagged or not, as `json_v2` and `json_v2_at_risk`), then the answers,
/// with the PHQ-9 panel.
pub fn fhir_v2(referral_id: &str, at_risk: bool) -> Vec<u8> {
    let coding = |score: u8, code: &str, display: &str| {
        json!([{ "valueCoding": {
            "extension": [{ "url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": score }],
            "system": "http://loinc.org", "code": code, "display": display } }])
    };
    let mut risk = vec![
        json!({ "linkId": "risk.flagged", "text": "Anything here suggests risk: read before anything else",
                "answer": [{ "valueBoolean": at_risk }] }),
        json!({ "linkId": "risk.in-crisis-now", "text": "Do you feel you cannot keep yourself safe right now?",
                "answer": [{ "valueBoolean": false }] }),
        json!({ "linkId": "risk.said-in-crisis-earlier",
                "text": "Answered yes to that question earlier in this referral, then changed it",
                "answer": [{ "valueBoolean": at_risk }] }),
    ];
    let item_9 = if at_risk {
        risk.push(json!({ "linkId": "risk.phq9-9", "text": PHQ9_ITEM_9,
            "answer": coding(2, "LA6570-1", "More than half the days"),
            "item": [{ "linkId": "risk.answered-at", "text": "Answered at",
                       "answer": [{ "valueDateTime": "2025-06-15T09:12:40Z" }] }] }));
        coding(2, "LA6570-1", "More than half the days")
    } else {
        coding(0, "LA6568-5", "Not at all")
    };
    let mut body: serde_json::Value = serde_json::from_slice(&fhir(referral_id)).unwrap_or_default();
    let mut items = vec![json!({ "linkId": "risk", "text": "Risk", "item": risk })];
    items.extend(body["item"].as_array().cloned().unwrap_or_default());
    items.push(json!({ "linkId": "44249-1", "text": "PHQ-9 quick depression assessment panel", "item": [
        { "linkId": "44260-8", "text": PHQ9_ITEM_9, "answer": item_9 }
    ]}));
    body["item"] = serde_json::Value::Array(items);
    body.to_string().into_bytes()
}

/// The short reference the person was shown for a referral: its first 8 characters, in capitals.
pub fn reference(referral_id: &str) -> String {
    referral_id.chars().take(8).collect::<String>().to_uppercase()
}

/// A schema-valid referral update (JSON, `referral-update` version 1) about
/// `referral_id`: flagged (PHQ-9 item 9 "Several days") or not.
pub fn update_json(update_id: &str, referral_id: &str, at_risk: bool) -> Vec<u8> {
    let risk_items = if at_risk {
        json!([{ "instrument": "phq9", "item": 9, "text": PHQ9_ITEM_9, "answer": 1,
                 "answer_text": "Several days", "answered_at": "2026-12-07T20:00:00Z" }])
    } else {
        json!([])
    };
    let item_9 = u8::from(at_risk);
    let body = json!({
        "message_type": "referral-update",
        "schema_version": 1,
        "update_id": update_id,
        "referral_id": referral_id,
        "referral_reference": reference(referral_id),
        "created_at": "2026-12-07T20:05:00Z",
        "service_name": "Anytown Talking Therapies",
        "locale": "en-GB",
        "risk": { "flagged": at_risk, "items": risk_items },
        "change": { "in_own_words": "I feel worse. <b>not markup</b>", "reasons": ["reliable-deterioration"] },
        "measures": [{
            "instrument": "phq9", "items": [2, 2, 2, 2, 2, 1, 0, 0, item_9], "total": 11 + item_9,
            "taken_at": "2026-12-07T20:00:00Z", "wording": { "locale": "en-GB", "status": "official" },
            "previous_total": 5, "previous_taken_at": "2026-11-16T10:00:00Z", "reliable_change": "deteriorated"
        }]
    });
    body.to_string().into_bytes()
}

/// The same update as a FHIR R4 `Communication`, as the app builds it
/// (`src/core/referral/update.rs`): one `RISK: ` line per risk item, the
/// person's words, one line per measure.
pub fn update_fhir(update_id: &str, referral_id: &str, at_risk: bool) -> Vec<u8> {
    let mut payload = Vec::new();
    if at_risk {
        payload.push(json!({ "contentString":
            format!("RISK: PHQ-9 item 9 (\"{PHQ9_ITEM_9}\"): Several days (2026-12-07T20:00:00Z)") }));
    }
    payload.push(json!({ "contentString": "I feel worse." }));
    let total = 11 + u8::from(at_risk);
    payload.push(json!({ "contentString": format!(
        "PHQ-9: total {total} on 2026-12-07T20:00:00Z; before: 5 on 2026-11-16T10:00:00Z; reliable deterioration \
         (items: 2, 2, 2, 2, 2, 1, 0, 0, {})", u8::from(at_risk)) }));
    let body = json!({
        "resourceType": "Communication",
        "identifier": [{ "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{update_id}") }],
        "status": "completed",
        "category": [{ "coding": [{ "system": crate::validate::MESSAGE_TYPE_SYSTEM, "code": "referral-update" }] }],
        "priority": if at_risk { "urgent" } else { "routine" },
        "about": [{ "identifier": { "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{referral_id}") },
                    "display": format!("Referral {}", reference(referral_id)) }],
        "sent": "2026-12-07T20:05:00Z",
        "payload": payload
    });
    body.to_string().into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_update_samples_are_accepted_with_their_ids() {
        let validator = crate::validate::JsonValidator::new().unwrap();
        let (update, referral) = (new_referral_id(), new_referral_id());
        for flagged in [false, true] {
            let value: serde_json::Value = serde_json::from_slice(&update_json(&update, &referral, flagged)).unwrap();
            assert!(crate::validate::is_update_json(&value));
            let ids = validator.check_update(&value).unwrap();
            assert_eq!((ids.update_id.as_str(), ids.referral_id.as_str()), (update.as_str(), referral.as_str()));
            let value: serde_json::Value = serde_json::from_slice(&update_fhir(&update, &referral, flagged)).unwrap();
            assert!(crate::validate::is_update_fhir(&value));
            let ids = crate::validate::check_fhir_update(&value).unwrap();
            assert_eq!((ids.update_id.as_str(), ids.referral_id.as_str()), (update.as_str(), referral.as_str()));
        }
    }

    #[test]
    fn the_v2_samples_are_what_the_receiver_accepts_with_risk_first() {
        let validator = crate::validate::JsonValidator::new().unwrap();
        for (body, flagged) in [(json_v2(&new_referral_id()), false), (json_v2_at_risk(&new_referral_id()), true)] {
            let text = String::from_utf8(body.clone()).unwrap();
            let value: serde_json::Value = serde_json::from_slice(&body).unwrap();
            validator.check(&value).unwrap();
            assert!(text.find("\"risk\"").unwrap() < text.find("\"person\"").unwrap());
            assert_eq!(crate::risk::of_body(crate::store::Format::Json, &body).flagged, Some(flagged));
        }
        for flagged in [false, true] {
            let id = new_referral_id();
            let body = fhir_v2(&id, flagged);
            let value: serde_json::Value = serde_json::from_slice(&body).unwrap();
            assert_eq!(crate::validate::check_fhir(&value).unwrap(), id);
            assert_eq!(value["item"][0]["linkId"], "risk");
            assert_eq!(crate::risk::of_body(crate::store::Format::Fhir, &body).flagged, Some(flagged));
        }
    }
}
