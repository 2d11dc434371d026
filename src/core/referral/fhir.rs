//! The referral as an HL7 FHIR R4 QuestionnaireResponse, for services whose
//! systems take FHIR (`Content-Type: application/fhir+json`).
//!
//! Built from the JSON v1 payload, so both formats say the same thing. It
//! follows the base R4 resource (hl7.org/fhir/R4/questionnaireresponse.html)
//! and UK Core's conventions for identifiers (NHS number system
//! `https://fhir.nhs.uk/Id/nhs-number`; ethnic category coded in UK Core's
//! CodeSystem UKCore-EthnicCategoryEngland). An R4 response item has no
//! `code` element, so the PHQ-9 and GAD-7 are identified the way LOINC-based
//! forms do it: their LOINC codes are the `linkId`s. No `questionnaire`
//! canonical is given because Waymark publishes no Questionnaire resource.

use serde::Serialize;

use super::form::{Answer, Choice, EthnicCategory, Measure, Wording};
use super::payload::{MeasureResult, ReferralPayload, Risk};

/// Identifier system for a URI value (`urn:uuid:…`), per the FHIR R4 spec.
pub const URI_SYSTEM: &str = "urn:ietf:rfc:3986";
/// UK Core's identifier system for NHS numbers.
pub const NHS_NUMBER_SYSTEM: &str = "https://fhir.nhs.uk/Id/nhs-number";
/// LOINC.
pub const LOINC_SYSTEM: &str = "http://loinc.org";
/// UK Core's code system for the NHS Data Dictionary ethnic categories (England).
pub const ETHNIC_CATEGORY_SYSTEM: &str = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";
/// The FHIR R4 core extension that gives a coded answer its score.
pub const ORDINAL_VALUE_EXTENSION: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

/// LOINC panel code of the PHQ-9.
pub const PHQ9_PANEL: &str = "44249-1";
/// LOINC code of the PHQ-9 total score.
pub const PHQ9_TOTAL: &str = "44261-6";
/// LOINC code of the PHQ-9 difficulty question.
pub const PHQ9_DIFFICULTY: &str = "69722-7";
/// LOINC panel code of the GAD-7.
pub const GAD7_PANEL: &str = "69737-5";
/// LOINC code of the GAD-7 total score.
pub const GAD7_TOTAL: &str = "70274-6";
/// The GAD-7 difficulty question's linkId: its LOINC code was not verified,
/// so it carries none.
pub const GAD7_DIFFICULTY: &str = "gad7-difficulty";

/// The linkId of the risk group, the first item of every response.
pub const RISK: &str = "risk";
/// The linkId of its yes/no summary.
pub const RISK_FLAGGED: &str = "risk.flagged";

/// PHQ-9 items: LOINC code and the item's English text, in form order.
pub const PHQ9_ITEMS: [(&str, &str); 9] = [
    ("44250-9", "Little interest or pleasure in doing things"),
    ("44255-8", "Feeling down, depressed, or hopeless"),
    ("44259-0", "Trouble falling or staying asleep, or sleeping too much"),
    ("44254-1", "Feeling tired or having little energy"),
    ("44251-7", "Poor appetite or overeating"),
    ("44258-2", "Feeling bad about yourself, or that you are a failure or have let yourself or your family down"),
    ("44252-5", "Trouble concentrating on things, such as reading the newspaper or watching television"),
    ("44253-3", "Moving or speaking so slowly that other people could have noticed, or the opposite, being so fidgety or restless that you have been moving around a lot more than usual"),
    ("44260-8", "Thoughts that you would be better off dead, or of hurting yourself in some way"),
];

/// GAD-7 items: LOINC code and English text, in form order.
pub const GAD7_ITEMS: [(&str, &str); 7] = [
    ("69725-0", "Feeling nervous, anxious, or on edge"),
    ("68509-9", "Not being able to stop or control worrying"),
    ("69733-4", "Worrying too much about different things"),
    ("69734-2", "Trouble relaxing"),
    ("69735-9", "Being so restless that it is hard to sit still"),
    ("69689-8", "Becoming easily annoyed or irritable"),
    ("69736-7", "Feeling afraid, as if something awful might happen"),
];

/// The LOINC answers for scores 0 to 3 (answer list LL358-3).
pub const FREQUENCY_ANSWERS: [(&str, &str); 4] = [
    ("LA6568-5", "Not at all"),
    ("LA6569-3", "Several days"),
    ("LA6570-1", "More than half the days"),
    ("LA6571-9", "Nearly every day"),
];

/// The difficulty question's answers 0 to 3, as Waymark codes (their LOINC
/// answer codes were not verified, so no system is claimed).
pub const DIFFICULTY_ANSWERS: [(&str, &str); 4] = [
    ("not-difficult-at-all", "Not difficult at all"),
    ("somewhat-difficult", "Somewhat difficult"),
    ("very-difficult", "Very difficult"),
    ("extremely-difficult", "Extremely difficult"),
];

/// An R4 QuestionnaireResponse, with the elements Waymark fills.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireResponse {
    /// Always "QuestionnaireResponse".
    pub resource_type: &'static str,
    /// The language the person answered in (BCP 47).
    pub language: String,
    /// `urn:uuid:<referral_id>`, the same id as the JSON payload's.
    pub identifier: Identifier,
    /// Always "completed".
    pub status: &'static str,
    /// The person: NHS number (if given) and name.
    pub subject: Reference,
    /// When the person sent it (FHIR dateTime, UTC).
    pub authored: String,
    pub item: Vec<Item>,
}

/// A FHIR Identifier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Identifier {
    pub system: String,
    pub value: String,
}

/// A FHIR Reference by identifier (no resource is sent with it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reference {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<Identifier>,
    pub display: String,
}

/// One question or group.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub link_id: String,
    pub text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answer: Vec<AnswerValue>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<Item>,
}

/// An answer's `value[x]`, serialised under its typed name (`valueString`…).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum AnswerValue {
    #[serde(rename = "valueBoolean")]
    Boolean(bool),
    #[serde(rename = "valueInteger")]
    Integer(i64),
    #[serde(rename = "valueDate")]
    Date(String),
    #[serde(rename = "valueDateTime")]
    DateTime(String),
    #[serde(rename = "valueString")]
    String(String),
    #[serde(rename = "valueCoding")]
    Coding(Coding),
}

/// A FHIR Coding. `system` is left out for Waymark's own answer codes, which
/// have no published code system; their codes are the JSON v1 slugs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Coding {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extension: Vec<Extension>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    pub code: String,
    pub display: String,
}

/// A FHIR extension with a decimal value (here, always a whole score).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Extension {
    pub url: &'static str,
    pub value_decimal: i64,
}

fn question(link_id: &str, text: &str, answer: Vec<AnswerValue>) -> Item {
    Item { link_id: link_id.to_string(), text: text.to_string(), answer, item: Vec::new() }
}

/// Appends a question when it has an answer.
fn push(items: &mut Vec<Item>, link_id: &str, text: &str, answer: Option<AnswerValue>) {
    if let Some(answer) = answer {
        items.push(question(link_id, text, vec![answer]));
    }
}

fn string(value: &Option<String>) -> Option<AnswerValue> {
    value.clone().map(AnswerValue::String)
}

fn waymark_coding(code: &str, display: &str) -> AnswerValue {
    AnswerValue::Coding(Coding {
        extension: Vec::new(),
        system: None,
        code: code.to_string(),
        display: display.to_string(),
    })
}

fn choice<T: Choice>(value: Option<T>) -> Option<AnswerValue> {
    value.map(|c| waymark_coding(c.slug(), c.english()))
}

fn answer<T: Choice>(value: Option<Answer<T>>) -> Option<AnswerValue> {
    value.map(|a| waymark_coding(a.slug(), a.english()))
}

fn group(link_id: &str, text: &str, item: Vec<Item>) -> Option<Item> {
    (!item.is_empty()).then(|| Item { link_id: link_id.to_string(), text: text.to_string(), answer: Vec::new(), item })
}

fn measure_group(measure: Measure, result: &MeasureResult) -> Item {
    let (panel, title, items, total, difficulty): (_, _, &[(&str, &str)], _, _) = match measure {
        Measure::Phq9 => {
            (PHQ9_PANEL, "PHQ-9 quick depression assessment panel", &PHQ9_ITEMS, PHQ9_TOTAL, PHQ9_DIFFICULTY)
        }
        Measure::Gad7 => {
            (GAD7_PANEL, "Generalized anxiety disorder 7 item (GAD-7)", &GAD7_ITEMS, GAD7_TOTAL, GAD7_DIFFICULTY)
        }
    };
    let mut children: Vec<Item> = items
        .iter()
        .zip(&result.items)
        .map(|(&(code, text), &score)| {
            let (answer_code, display) = FREQUENCY_ANSWERS[usize::from(score.min(3))];
            let coding = Coding {
                extension: vec![Extension { url: ORDINAL_VALUE_EXTENSION, value_decimal: i64::from(score) }],
                system: Some(LOINC_SYSTEM.to_string()),
                code: answer_code.to_string(),
                display: display.to_string(),
            };
            question(code, text, vec![AnswerValue::Coding(coding)])
        })
        .collect();
    children.push(question(total, "Total score", vec![AnswerValue::Integer(i64::from(result.total))]));
    if let Some(score) = result.difficulty {
        let (code, display) = DIFFICULTY_ANSWERS[usize::from(score.min(3))];
        children.push(question(
            difficulty,
            "How difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
            vec![waymark_coding(code, display)],
        ));
    }
    if let Some(wording) = &result.wording {
        let status = match wording.status {
            Wording::Official => "official",
            Wording::Reviewed => "reviewed",
            Wording::Unreviewed => "unreviewed",
            Wording::Machine => "machine",
        };
        children.push(question(
            &format!("{panel}-wording"),
            "Wording answered in (language, status); scores from a wording that is not official were not validated against the thresholds",
            vec![AnswerValue::String(format!("{} {status}", wording.locale))],
        ));
    }
    Item { link_id: panel.to_string(), text: title.to_string(), answer: Vec::new(), item: children }
}

/// The risk group, always first: `risk.flagged` says whether anything in it
/// suggests risk, so a triage system can act on one answer.
fn risk_group(risk: &Risk) -> Item {
    let mut children = vec![question(
        RISK_FLAGGED,
        "Anything here suggests risk: read before anything else",
        vec![AnswerValue::Boolean(risk.flagged)],
    )];
    push(
        &mut children,
        "risk.in-crisis-now",
        "Do you feel you cannot keep yourself safe right now?",
        risk.in_crisis_now.map(AnswerValue::Boolean),
    );
    children.push(question(
        "risk.said-in-crisis-earlier",
        "Answered yes to that question earlier in this referral, then changed it",
        vec![AnswerValue::Boolean(risk.said_in_crisis_earlier)],
    ));
    for risk_item in &risk.items {
        let (code, display) = FREQUENCY_ANSWERS[usize::from(risk_item.answer.min(3))];
        let coding = Coding {
            extension: vec![Extension { url: ORDINAL_VALUE_EXTENSION, value_decimal: i64::from(risk_item.answer) }],
            system: Some(LOINC_SYSTEM.to_string()),
            code: code.to_string(),
            display: display.to_string(),
        };
        let mut item = question(
            &format!("risk.{}-{}", risk_item.instrument, risk_item.item),
            &risk_item.text,
            vec![AnswerValue::Coding(coding)],
        );
        if let Some(at) = &risk_item.answered_at {
            item.item.push(question("risk.answered-at", "Answered at", vec![AnswerValue::DateTime(at.clone())]));
        }
        children.push(item);
    }
    Item { link_id: RISK.to_string(), text: "Risk".to_string(), answer: Vec::new(), item: children }
}

impl QuestionnaireResponse {
    /// Maps a built JSON v1 payload to FHIR. Unanswered questions are left
    /// out (an R4 response lists answered items only).
    pub fn from_payload(payload: &ReferralPayload) -> Self {
        let person = &payload.person;
        let mut about = Vec::new();
        push(&mut about, "given-name", "First name", Some(AnswerValue::String(person.given_name.clone())));
        push(&mut about, "family-name", "Last name", Some(AnswerValue::String(person.family_name.clone())));
        push(&mut about, "date-of-birth", "Date of birth", Some(AnswerValue::Date(person.date_of_birth.to_iso())));
        push(
            &mut about,
            "nhs-number",
            "NHS number",
            person.nhs_number.as_ref().map(|n| AnswerValue::String(n.digits().to_string())),
        );
        if let Some(address) = &person.address {
            push(&mut about, "address-line-1", "Address line 1", Some(AnswerValue::String(address.line_1.clone())));
            push(&mut about, "address-line-2", "Address line 2", string(&address.line_2));
            push(&mut about, "address-town", "Town or city", string(&address.town));
        }
        push(
            &mut about,
            "postcode",
            "Postcode",
            person.postcode.as_ref().map(|p| AnswerValue::String(p.as_str().to_string())),
        );
        if let Some(practice) = &person.gp_practice {
            push(&mut about, "gp-practice", "GP practice", Some(AnswerValue::String(practice.name.clone())));
            push(&mut about, "gp-practice-ods-code", "GP practice ODS code", string(&practice.ods_code));
        }

        let contact = &payload.contact;
        let mut reach = Vec::new();
        push(
            &mut reach,
            "phone",
            "Phone number",
            contact.phone.as_ref().map(|p| AnswerValue::String(p.e164().to_string())),
        );
        push(&mut reach, "email", "Email address", string(&contact.email));
        push(&mut reach, "voicemail-ok", "Can we leave a voicemail?", contact.voicemail_ok.map(AnswerValue::Boolean));
        push(&mut reach, "texts-ok", "Can we send text messages?", contact.texts_ok.map(AnswerValue::Boolean));
        push(&mut reach, "safe-times", "Safe times to contact", string(&contact.safe_times));
        push(&mut reach, "preferred-language", "Preferred language", string(&contact.preferred_language));
        push(&mut reach, "interpreter", "Interpreter needed", choice(contact.interpreter));
        push(&mut reach, "interpreter-language", "Interpreter language", string(&contact.interpreter_language));

        let details = &payload.referral;
        let mut referral = Vec::new();
        push(&mut referral, "help-with", "What would you like help with?", string(&details.help_with));
        if !details.help_topics.is_empty() {
            let topics = details.help_topics.iter().map(|t| waymark_coding(t.slug(), t.english())).collect();
            referral.push(question("help-topics", "Help topics", topics));
        }
        push(&mut referral, "secondary-care", "Under a mental health team now", choice(details.secondary_care));

        let e = &payload.equality;
        let mut equality = Vec::new();
        let ethnicity = e.ethnic_category.map(|c: EthnicCategory| {
            AnswerValue::Coding(Coding {
                extension: Vec::new(),
                system: Some(ETHNIC_CATEGORY_SYSTEM.to_string()),
                code: c.slug().to_string(),
                display: c.english().to_string(),
            })
        });
        push(&mut equality, "ethnic-category", "Ethnic category", ethnicity);
        push(&mut equality, "gender", "Gender", answer(e.gender));
        push(
            &mut equality,
            "gender-same-as-birth",
            "Gender same as sex registered at birth",
            answer(e.gender_same_as_birth),
        );
        push(&mut equality, "sexual-orientation", "Sexual orientation", answer(e.sexual_orientation));
        push(&mut equality, "religion", "Religion or belief", answer(e.religion));
        push(&mut equality, "disability", "Disability", answer(e.disability));
        push(
            &mut equality,
            "long-term-condition",
            "Long-term physical health condition",
            answer(e.long_term_condition),
        );
        push(&mut equality, "employment", "Employment status", answer(e.employment));
        push(&mut equality, "armed-forces-veteran", "Armed forces veteran", answer(e.armed_forces_veteran));
        push(&mut equality, "perinatal", "Pregnant or baby under 12 months", answer(e.perinatal));

        let mut consent = Vec::new();
        push(
            &mut consent,
            "consent-share-with-gp",
            "Consent to share with GP",
            payload.consent.share_with_gp.map(AnswerValue::Boolean),
        );
        push(
            &mut consent,
            "consent-privacy-notice",
            "Read the privacy notice",
            Some(AnswerValue::Boolean(payload.consent.privacy_notice)),
        );

        let measures = [(Measure::Phq9, &payload.measures.phq9), (Measure::Gad7, &payload.measures.gad7)];
        let item = [
            Some(risk_group(&payload.risk)),
            group("about-you", "About you", about),
            group("contact", "Contact", reach),
            group("referral", "Referral", referral),
        ]
        .into_iter()
        .chain(measures.into_iter().map(|(m, result)| result.as_ref().map(|r| measure_group(m, r))))
        .chain([group("equality", "Equality monitoring", equality), group("consent", "Consent", consent)])
        .flatten()
        .collect();

        QuestionnaireResponse {
            resource_type: "QuestionnaireResponse",
            language: payload.locale.clone(),
            identifier: Identifier { system: URI_SYSTEM.to_string(), value: payload.referral_id.urn() },
            status: "completed",
            subject: Reference {
                identifier: person
                    .nhs_number
                    .as_ref()
                    .map(|n| Identifier { system: NHS_NUMBER_SYSTEM.to_string(), value: n.digits().to_string() }),
                display: payload.display_name(),
            },
            authored: payload.created_at.clone(),
            item,
        }
    }

    /// The body to POST with `Content-Type: application/fhir+json`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
