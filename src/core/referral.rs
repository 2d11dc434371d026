//! The self-referral core: field validators, eligibility rules, the form
//! model, the two payload formats (Waymark JSON v1 and HL7 FHIR R4) and the
//! outbox that delivers a referral exactly once.
//!
//! Everything here is pure: time ("today", "now") and randomness come in as
//! arguments, so the browser layer supplies them and the tests can fix them.
//! Every message a person may see is a Fluent id in `locales/*/referral.ftl`;
//! nothing here builds an id at runtime.

pub mod eligibility;
pub mod fhir;
pub mod fields;
pub mod form;
pub mod journey;
pub mod outbox;
pub mod payload;
pub mod update;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use eligibility::{Eligibility, EligibilityAnswers, EligibilityRules, Redirect};
pub use fields::{Date, DateError, NhsNumber, NhsNumberError, PhoneError, PhoneNumber, Postcode, PostcodeError};
pub use form::{Ask, FieldError, FieldErrorKind, Offer, QuestionSettings, ReferralForm};
pub use outbox::{OutboxEntry, OutboxState, Outcome};
pub use payload::{Envelope, ReferralPayload};

/// The Fluent file that holds this module's messages, in every locale.
pub const FTL_FILE: &str = "referral.ftl";

/// The client-generated identity of one referral: a random (version 4) UUID.
///
/// It is made once, when the person presses "Send", and travels with the
/// referral for ever: inside the body, as the `Idempotency-Key` header, and
/// as the FHIR identifier. A retry reuses it, so a receiver can always tell a
/// retry from a new referral.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReferralId([u8; 16]);

impl ReferralId {
    /// A version 4 UUID from 16 random bytes (RFC 9562 section 5.4). The
    /// browser layer passes bytes from `crypto.getRandomValues`; 6 of the 128
    /// bits are overwritten with the version and variant.
    pub fn from_random_bytes(mut bytes: [u8; 16]) -> Self {
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        ReferralId(bytes)
    }

    /// Reads the canonical hyphenated form (`8-4-4-4-12` hex digits, either
    /// case) of a version 4 UUID; anything else is `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.as_bytes();
        if text.len() != 36 {
            return None;
        }
        let mut bytes = [0u8; 16];
        let mut nibbles = 0;
        for (i, &c) in text.iter().enumerate() {
            if matches!(i, 8 | 13 | 18 | 23) {
                if c != b'-' {
                    return None;
                }
                continue;
            }
            let value = (c as char).to_digit(16)? as u8;
            bytes[nibbles / 2] |= if nibbles % 2 == 0 { value << 4 } else { value };
            nibbles += 1;
        }
        let is_v4 = bytes[6] >> 4 == 4 && bytes[8] >> 6 == 0b10;
        is_v4.then_some(ReferralId(bytes))
    }

    /// `urn:uuid:…`, the form FHIR identifiers use.
    pub fn urn(&self) -> String {
        format!("urn:uuid:{self}")
    }
}

impl fmt::Display for ReferralId {
    /// Lowercase hyphenated, as the JSON schema requires.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, byte) in self.0.iter().enumerate() {
            if matches!(i, 4 | 6 | 8 | 10) {
                f.write_str("-")?;
            }
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for ReferralId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReferralId({self})")
    }
}

impl Serialize for ReferralId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ReferralId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ReferralId::parse(&text).ok_or_else(|| serde::de::Error::custom("referral_id is not a version 4 UUID"))
    }
}

/// How a referral body is encoded on the wire. The service's configuration
/// chooses one (`referral.format`: `"json"` or `"fhir"`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BodyFormat {
    /// Waymark's own JSON, version 1 (docs/referral-payload.md).
    #[default]
    Json,
    /// An HL7 FHIR R4 QuestionnaireResponse.
    Fhir,
}

impl BodyFormat {
    /// The `Content-Type` header value for this format.
    pub fn content_type(self) -> &'static str {
        match self {
            BodyFormat::Json => "application/json",
            BodyFormat::Fhir => "application/fhir+json",
        }
    }
}

/// Encodes a built referral in the service's chosen format, returning the
/// body and its content type. Both carry the same `referral_id`.
pub fn encode(payload: &ReferralPayload, format: BodyFormat) -> (String, &'static str) {
    let body = match format {
        BodyFormat::Json => payload.to_json(),
        BodyFormat::Fhir => fhir::QuestionnaireResponse::from_payload(payload).to_json(),
    };
    (body, format.content_type())
}
