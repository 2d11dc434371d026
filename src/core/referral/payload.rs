//! Waymark's referral JSON, version 1 (docs/referral-payload.md,
//! docs/referral-payload.schema.json).
//!
//! The shape is fixed: every key is always present and an unanswered or
//! hidden question is `null` (or an empty list), so a receiver can map fields
//! without guessing. Free text is carried exactly as typed; JSON escaping is
//! the only transformation, and a receiver must treat it as text, never markup.

use serde::{Deserialize, Serialize};

use super::fields::{rfc3339_utc, Date, NhsNumber, PhoneNumber, Postcode};
use super::form::{
    Answer, Employment, EthnicCategory, FieldError, Gender, HelpTopic, Interpreter, Measure, Perinatal,
    QuestionSettings, ReferralForm, Religion, SecondaryCare, SexualOrientation, Taken, Wording, YesNo,
};
use super::ReferralId;

/// The version this module writes. A change that could break a receiver
/// gets a new number; adding a key is such a change, since the schema
/// forbids unknown keys. Version 2 added `risk` and each measure's `wording`
/// (docs/referral-payload.md, "Changes").
pub const SCHEMA_VERSION: u32 = 2;

/// The facts about a referral that are not the person's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// Made once when the person presses "Send" (see [`ReferralId`]).
    pub referral_id: ReferralId,
    /// When the person pressed "Send", Unix milliseconds.
    pub created_at_ms: i64,
    /// The service's name from its configuration.
    pub service_name: String,
    /// The interface language the person used (BCP 47).
    pub locale: String,
}

/// The whole JSON v1 document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferralPayload {
    /// Always 1.
    pub schema_version: u32,
    pub referral_id: ReferralId,
    /// RFC 3339 UTC, to the second.
    pub created_at: String,
    pub service_name: String,
    pub locale: String,
    /// First after the envelope, so whoever triages reads it before anything else.
    pub risk: Risk,
    pub person: Person,
    pub contact: Contact,
    pub referral: ReferralDetails,
    pub measures: Measures,
    pub equality: Equality,
    pub consent: Consent,
}

/// What the person said that may mean they are at risk now. A service's
/// triage must read this first: talking therapies are not crisis services,
/// and the person was shown crisis routes when they said it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    /// True when anything below suggests risk: the crisis answer is yes now
    /// or was yes earlier, or a risk item scored above 0.
    pub flagged: bool,
    /// The answer to "Do you feel you cannot keep yourself safe right now?"
    /// as sent; `null` if not answered.
    pub in_crisis_now: Option<bool>,
    /// The person answered yes to that question earlier in this referral,
    /// then changed it to go on.
    pub said_in_crisis_earlier: bool,
    /// Questionnaire items about risk that scored above 0 (PHQ-9 item 9).
    pub items: Vec<RiskItem>,
}

/// One questionnaire answer about risk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskItem {
    /// `phq9`.
    pub instrument: String,
    /// The item's number in the published questionnaire, from 1.
    pub item: u8,
    /// The item's official English wording.
    pub text: String,
    /// The score given, 0 to 3.
    pub answer: u8,
    /// The answer's official English wording.
    pub answer_text: String,
    /// When the questionnaire was finished (RFC 3339 UTC), if known.
    pub answered_at: Option<String>,
}

/// The official English wording of PHQ-9 item 9 (Kroenke et al. 2001).
pub const PHQ9_ITEM_9_TEXT: &str = "Thoughts that you would be better off dead, or of hurting yourself in some way";

/// The PHQ-9 and GAD-7 answer wordings for scores 0 to 3.
pub const FREQUENCY_TEXTS: [&str; 4] = ["Not at all", "Several days", "More than half the days", "Nearly every day"];

impl Risk {
    /// The risk section for a form: the crisis answers, and PHQ-9 item 9
    /// whenever the person added a complete PHQ-9, even where the service
    /// does not ask for the questionnaire itself.
    pub fn of(form: &ReferralForm) -> Risk {
        let items: Vec<RiskItem> = Measure::Phq9
            .total(&form.phq9)
            .and(form.phq9.get(8).copied())
            .filter(|&score| score > 0)
            .map(|score| RiskItem {
                instrument: "phq9".to_string(),
                item: 9,
                text: PHQ9_ITEM_9_TEXT.to_string(),
                answer: score,
                answer_text: FREQUENCY_TEXTS[usize::from(score.min(3))].to_string(),
                answered_at: form.phq9_taken.as_ref().map(|t| rfc3339_utc(t.at_ms)),
            })
            .into_iter()
            .collect();
        let in_crisis_now = form.in_crisis;
        let said_in_crisis_earlier = form.crisis_disclosed && in_crisis_now != Some(true);
        Risk {
            flagged: in_crisis_now == Some(true) || said_in_crisis_earlier || !items.is_empty(),
            in_crisis_now,
            said_in_crisis_earlier,
            items,
        }
    }
}

/// Who the referral is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub given_name: String,
    pub family_name: String,
    pub date_of_birth: Date,
    pub nhs_number: Option<NhsNumber>,
    pub address: Option<Address>,
    pub postcode: Option<Postcode>,
    pub gp_practice: Option<GpPractice>,
}

/// Address lines; the postcode is [`Person::postcode`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub line_1: String,
    pub line_2: Option<String>,
    pub town: Option<String>,
}

/// The person's GP practice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GpPractice {
    pub name: String,
    /// ODS code, when the practice was chosen from the service's list.
    pub ods_code: Option<String>,
}

/// How and when the service may make contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// E.164.
    pub phone: Option<PhoneNumber>,
    pub email: Option<String>,
    pub voicemail_ok: Option<bool>,
    pub texts_ok: Option<bool>,
    pub safe_times: Option<String>,
    pub preferred_language: Option<String>,
    pub interpreter: Option<Interpreter>,
    pub interpreter_language: Option<String>,
}

/// What the person is asking for help with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferralDetails {
    pub help_with: Option<String>,
    pub help_topics: Vec<HelpTopic>,
    pub secondary_care: Option<SecondaryCare>,
}

/// Questionnaire results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measures {
    pub phq9: Option<MeasureResult>,
    pub gad7: Option<MeasureResult>,
}

/// One completed questionnaire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureResult {
    /// Item scores 0 to 3, in item order.
    pub items: Vec<u8>,
    /// Sum of the items.
    pub total: u8,
    /// The unscored difficulty question, 0 to 3.
    pub difficulty: Option<u8>,
    /// The wording the person answered in, if known. Scores from a wording
    /// that is not official were not validated against the thresholds.
    pub wording: Option<MeasureWording>,
}

/// The language and trust of the wording a questionnaire was answered in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureWording {
    /// BCP 47, e.g. `ur`.
    pub locale: String,
    /// `official`, `reviewed` or `unreviewed`.
    pub status: Wording,
}

/// The optional equality questions. `None` is "not answered or not asked".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Equality {
    /// NHS Data Dictionary ethnic category code; `Z` is "prefer not to say".
    pub ethnic_category: Option<EthnicCategory>,
    pub gender: Option<Answer<Gender>>,
    pub gender_same_as_birth: Option<Answer<YesNo>>,
    pub sexual_orientation: Option<Answer<SexualOrientation>>,
    pub religion: Option<Answer<Religion>>,
    pub disability: Option<Answer<YesNo>>,
    pub long_term_condition: Option<Answer<YesNo>>,
    pub employment: Option<Answer<Employment>>,
    pub armed_forces_veteran: Option<Answer<YesNo>>,
    pub perinatal: Option<Answer<Perinatal>>,
}

/// What the person agreed to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub share_with_gp: Option<bool>,
    /// Always true: a referral cannot be sent without it.
    pub privacy_notice: bool,
}

/// Trimmed text, or `None` when blank.
fn line(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// Free text exactly as typed, or `None` when blank.
fn free_text(text: &str) -> Option<String> {
    (!text.trim().is_empty()).then(|| text.to_string())
}

fn measure(
    measure: Measure,
    answers: &[u8],
    difficulty: Option<u8>,
    taken: &Option<Taken>,
    shown: bool,
) -> Option<MeasureResult> {
    if !shown {
        return None;
    }
    let total = measure.total(answers)?;
    let wording = taken.as_ref().map(|t| MeasureWording { locale: t.locale.clone(), status: t.wording });
    Some(MeasureResult { items: answers[..measure.item_count()].to_vec(), total, difficulty, wording })
}

impl ReferralPayload {
    /// Builds the payload from a form that passes validation; otherwise
    /// returns the same errors [`ReferralForm::validate`] gives. Hidden
    /// questions are sent as `null` even if a saved draft answered them.
    pub fn build(
        form: &ReferralForm,
        config: &QuestionSettings,
        envelope: &Envelope,
        today: Date,
    ) -> Result<Self, Vec<FieldError>> {
        let errors = form.validate(config, today);
        if !errors.is_empty() {
            return Err(errors);
        }
        let shown = |shown: bool, value: Option<String>| value.filter(|_| shown);
        let date_of_birth = form.date_of_birth(today).map_err(|_| Vec::new())?;
        let address = line(&form.address.line_1).filter(|_| config.address.is_shown()).map(|line_1| Address {
            line_1,
            line_2: line(&form.address.line_2),
            town: line(&form.address.town),
        });
        let gp_practice = line(&form.gp_practice).filter(|_| config.gp_practice.is_shown()).map(|name| GpPractice {
            name,
            ods_code: line(&form.gp_practice_code).map(|code| code.to_ascii_uppercase()),
        });
        let phone = PhoneNumber::parse(&form.phone).ok().filter(|_| config.phone.is_shown());
        let permissions_shown = config.contact_permissions.is_shown() && phone.is_some();
        let interpreter = form.interpreter.filter(|_| config.interpreter.is_shown());
        let equality = &form.equality;
        let offered = &config.equality;
        let phq9 = measure(Measure::Phq9, &form.phq9, form.phq9_difficulty, &form.phq9_taken, config.phq9.is_shown());
        let gad7 = measure(Measure::Gad7, &form.gad7, form.gad7_difficulty, &form.gad7_taken, config.gad7.is_shown());

        Ok(ReferralPayload {
            schema_version: SCHEMA_VERSION,
            referral_id: envelope.referral_id,
            created_at: rfc3339_utc(envelope.created_at_ms),
            service_name: envelope.service_name.clone(),
            locale: envelope.locale.clone(),
            risk: Risk::of(form),
            person: Person {
                given_name: form.given_name.trim().to_string(),
                family_name: form.family_name.trim().to_string(),
                date_of_birth,
                nhs_number: NhsNumber::parse(&form.nhs_number).ok().filter(|_| config.nhs_number.is_shown()),
                address,
                postcode: Postcode::parse(&form.postcode).ok().filter(|_| config.postcode.is_shown()),
                gp_practice,
            },
            contact: Contact {
                phone,
                email: shown(config.email.is_shown(), line(&form.email)),
                voicemail_ok: form.voicemail_ok.filter(|_| permissions_shown),
                texts_ok: form.texts_ok.filter(|_| permissions_shown),
                safe_times: shown(config.safe_times.is_shown(), free_text(&form.safe_times)),
                preferred_language: shown(config.preferred_language.is_shown(), line(&form.preferred_language)),
                interpreter,
                interpreter_language: shown(interpreter == Some(Interpreter::Spoken), line(&form.interpreter_language)),
            },
            referral: ReferralDetails {
                help_with: shown(config.help_with.is_shown(), free_text(&form.help_with)),
                help_topics: if config.help_topics.is_shown() { form.help_topics.clone() } else { Vec::new() },
                secondary_care: form.secondary_care.filter(|_| config.secondary_care.is_shown()),
            },
            measures: Measures { phq9, gad7 },
            equality: Equality {
                ethnic_category: equality.ethnic_category.filter(|_| offered.ethnic_category.is_shown()),
                gender: equality.gender.filter(|_| offered.gender.is_shown()),
                gender_same_as_birth: equality.gender_same_as_birth.filter(|_| offered.gender_same_as_birth.is_shown()),
                sexual_orientation: equality.sexual_orientation.filter(|_| offered.sexual_orientation.is_shown()),
                religion: equality.religion.filter(|_| offered.religion.is_shown()),
                disability: equality.disability.filter(|_| offered.disability.is_shown()),
                long_term_condition: equality.long_term_condition.filter(|_| offered.long_term_condition.is_shown()),
                employment: equality.employment.filter(|_| offered.employment.is_shown()),
                armed_forces_veteran: equality.armed_forces_veteran.filter(|_| offered.armed_forces_veteran.is_shown()),
                perinatal: equality.perinatal.filter(|_| offered.perinatal.is_shown()),
            },
            consent: Consent {
                share_with_gp: form.consent_share_with_gp.filter(|_| config.consent_share_with_gp.is_shown()),
                privacy_notice: form.consent_privacy_notice,
            },
        })
    }

    /// The body to POST with `Content-Type: application/json`.
    pub fn to_json(&self) -> String {
        // Serialising plain structs of strings, numbers and options cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The person's name as one line, for displays.
    pub fn display_name(&self) -> String {
        format!("{} {}", self.person.given_name, self.person.family_name)
    }
}
