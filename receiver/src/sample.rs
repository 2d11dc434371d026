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
